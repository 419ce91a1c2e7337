//! HTML export of a [`ViewModel`]: one self-contained page (inline CSS, no
//! scripts, no network) with the legend, the rows side by side with every
//! highlight, and the report. Highlights never rely on colour alone (lines
//! through, underlines, borders), and the page prints: rows do not split
//! across pages and colours are kept.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::report::{place, quote_changes, quote_notes, short};
use crate::view::{
    Mark, Parts, QuoteKind, RowStatus, Segment, ViewModel, ViewParagraph, report_name,
};

/// Escapes text for HTML content and attribute values.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The CSS class of a highlight.
fn class(m: Mark) -> &'static str {
    match m {
        Mark::Plain => "plain",
        Mark::Equal => "eq",
        Mark::Related => "rel",
        Mark::Inserted => "ins",
        Mark::Deleted => "del",
        Mark::Replaced => "rep",
        Mark::SharedQuote => "q-shared",
        Mark::AlteredQuote => "q-altered",
        Mark::UniqueQuote => "q-unique",
        Mark::UniqueFact => "fact",
        Mark::Conflict => "conflict",
        Mark::Unmatched => "unmatched",
        Mark::OffTopic => "offtopic",
        Mark::Meta => "meta",
        Mark::Title => "title",
    }
}

/// The CSS class of a row status.
fn row_class(s: RowStatus) -> &'static str {
    match s {
        RowStatus::Matched => "r-matched",
        RowStatus::Partial => "r-partial",
        RowStatus::Unmatched => "r-unmatched",
        RowStatus::OffTopic => "r-offtopic",
        RowStatus::Meta => "r-meta",
    }
}

const CSS: &str = "
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK SC',sans-serif;color:#1b1b1b;background:#fff;margin:1.5rem}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}h3{font-size:1rem}
table{border-collapse:collapse;width:100%}
th,td{vertical-align:top;text-align:left;padding:.35rem .6rem;border-bottom:1px solid #ddd}
table.sbs td{overflow-wrap:anywhere;width:calc(100%/var(--cols))}
table.sbs td.g{width:1.5rem;text-align:center;font-family:monospace;color:#555}
td p{margin:0 0 .5rem}td p:last-child{margin:0}
th small{display:block;font-weight:normal;color:#555}
.legend span{margin-right:.8rem;white-space:nowrap}
tr.r-unmatched td:not(.g){background:#fafafa}
tr.r-offtopic td:not(.g){background:repeating-linear-gradient(135deg,#fff,#fff 6px,#f3f3f3 6px,#f3f3f3 12px)}
@media print{body{margin:0;font-size:9.5pt}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
tr{break-inside:avoid}thead{display:table-header-group}h2{break-after:avoid}}
";

/// The page's style sheet: the layout above, then one rule per highlight
/// from the one theme's light palette (the TUI and coloured text use the
/// same definitions).
fn css() -> String {
    let mut s = CSS.to_string();
    for m in Mark::LEGEND {
        let look = crate::theme::LIGHT.mark(m).css();
        if !look.is_empty() {
            let _ = writeln!(s, ".{}{{{look}}}", class(m));
        }
    }
    s.push_str(".meta{font-size:.9em}\n");
    s
}

/// Highlighted segments as HTML, each quotation in one span.
fn spans(segs: &[Segment]) -> String {
    let mut s = String::new();
    let mut open_quote = None;
    for seg in segs {
        if seg.quote != open_quote {
            if open_quote.is_some() {
                s.push_str("</span>");
            }
            if let Some(q) = seg.quote {
                let m = q.kind.mark();
                let _ = write!(s, "<span class=\"{}\" title=\"{}\">", class(m), m.label());
            }
            open_quote = seg.quote;
        }
        let text = escape(&seg.text);
        match seg.mark {
            Mark::Plain | Mark::Equal => s.push_str(&text),
            Mark::Inserted => {
                let _ = write!(s, "<ins class=\"ins\">{text}</ins>");
            }
            Mark::Deleted => {
                let _ = write!(s, "<del class=\"del\">{text}</del>");
            }
            m => {
                let _ = write!(s, "<span class=\"{}\">{text}</span>", class(m));
            }
        }
    }
    if open_quote.is_some() {
        s.push_str("</span>");
    }
    s
}

fn cell(paras: &[ViewParagraph]) -> String {
    let mut s = String::new();
    for p in paras {
        let _ = write!(s, "<p>{}</p>", spans(&p.segments));
    }
    s
}

/// The parts of a view model that [`write()`] reads: the rows' cells and
/// the report, not the inline rows nor the counterparts.
pub const PARTS: Parts = Parts {
    inline: false,
    report: true,
    counterparts: false,
};

/// Writes `vm` as one HTML page.
///
/// # Errors
/// Any write error (a closed pipe included).
pub fn write(vm: &ViewModel, out: &mut dyn Write) -> io::Result<()> {
    let mut h = String::new();
    let names: Vec<String> = vm.headers.iter().map(|h| report_name(h.article)).collect();
    let title = vm
        .headers
        .iter()
        .map(|x| x.label.as_str())
        .collect::<Vec<_>>()
        .join(" vs ");
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>storydiff: {}</title>\n<style>{}</style>\n</head>\n<body>\n",
        escape(&title),
        css()
    );
    let _ = writeln!(
        h,
        "<h1>storydiff: {} reports compared</h1>",
        vm.headers.len()
    );
    h.push_str("<p class=\"legend\">");
    for e in &vm.legend {
        let _ = write!(
            h,
            "<span><span class=\"{}\" title=\"{}\">{}</span></span>",
            class(e.mark),
            escape(e.description),
            escape(e.label)
        );
    }
    h.push_str("</p>\n<p class=\"legend\">Rows: ");
    for s in RowStatus::ALL {
        let _ = write!(h, "<span><code>{}</code> {}</span>", s.gutter(), s.label());
    }
    h.push_str("</p>\n");
    let _ = writeln!(
        h,
        "<table class=\"sbs\" style=\"--cols:{}\">\n<thead><tr><th class=\"g\"></th>",
        names.len()
    );
    for (n, hd) in names.iter().zip(&vm.headers) {
        let _ = write!(
            h,
            "<th>{n}: {}<small>{} · {}</small></th>",
            escape(&hd.title),
            escape(&hd.label),
            escape(&hd.summary)
        );
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for row in &vm.rows {
        let _ = write!(
            h,
            "<tr class=\"{}\"><td class=\"g\" title=\"{}\">{}</td>",
            row_class(row.status),
            row.status.label(),
            escape(&row.status.gutter().to_string())
        );
        for c in &row.cells {
            let _ = write!(h, "<td>{}</td>", cell(c));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n");
    report(vm, &names, &mut h);
    h.push_str("</body>\n</html>\n");
    out.write_all(h.as_bytes())
}

/// The report sections: similarity, quotes, unique facts, substitutions,
/// off-topic paragraphs.
fn report(vm: &ViewModel, names: &[String], h: &mut String) {
    let r = &vm.report;
    h.push_str("<h2>Similarity</h2>\n<p>Share of their words in linked sentences.</p>\n<table><tr><th></th>");
    for n in names {
        let _ = write!(h, "<th>{n}</th>");
    }
    h.push_str("</tr>\n");
    for (n, row) in names.iter().zip(&r.similarity) {
        let _ = write!(h, "<tr><th>{n}</th>");
        for x in row {
            let _ = write!(h, "<td>{:.0}%</td>", x * 100.0);
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</table>\n<h2>Quotes</h2>\n<p>Paragraphs are numbered from 1.</p>\n");
    for (kind, title) in [
        (QuoteKind::Shared, "Shared quotes"),
        (QuoteKind::Altered, "Altered quotes"),
        (QuoteKind::Unique, "Unique quotes"),
    ] {
        let qs: Vec<_> = r.quotes.iter().filter(|q| q.kind == kind).collect();
        let _ = writeln!(h, "<h3>{title} ({})</h3>\n<ul>", qs.len());
        for q in qs {
            let first = q.places.first().map_or("", |p| p.text.as_str());
            let places: Vec<String> = q.places.iter().map(|p| escape(&place(vm, p))).collect();
            let _ = write!(
                h,
                "<li><span class=\"{}\">“{}”</span>{} — {}",
                class(kind.mark()),
                escape(first),
                escape(&quote_notes(q)),
                places.join("; ")
            );
            if kind == QuoteKind::Altered && !q.diff.is_empty() {
                let _ = write!(h, "<br>changes: {}", spans(&quote_changes(q)));
            }
            h.push_str("</li>\n");
        }
        h.push_str("</ul>\n");
    }
    let _ = writeln!(h, "<h2>Unique facts ({})</h2>\n<ul>", r.unique_facts.len());
    for u in &r.unique_facts {
        let _ = writeln!(
            h,
            "<li><b>{}</b> ¶{}: <span class=\"fact\">{}</span> {}</li>",
            escape(&short(vm, u.sentence.article, &u.label)),
            u.sentence.paragraph + 1,
            escape(&u.text),
            escape(&u.facts.join("; "))
        );
    }
    let _ = writeln!(
        h,
        "</ul>\n<h2>Substitutions ({})</h2>\n<ul>",
        r.substitutions.len()
    );
    for s in &r.substitutions {
        let _ = writeln!(
            h,
            "<li><del class=\"del\">{}</del> ({}) → <ins class=\"ins\">{}</ins> ({}), {}×</li>",
            escape(&s.from),
            escape(&short(vm, s.articles[0], &s.labels[0])),
            escape(&s.to),
            escape(&short(vm, s.articles[1], &s.labels[1])),
            s.count
        );
    }
    let _ = writeln!(
        h,
        "</ul>\n<h2>Off-topic paragraphs ({})</h2>\n<ul>",
        r.offtopic.len()
    );
    for o in &r.offtopic {
        let _ = writeln!(
            h,
            "<li>{} ¶{}: <span class=\"offtopic\">{}</span> — {}</li>",
            escape(&short(vm, o.article, &o.label)),
            o.paragraph + 1,
            escape(&o.text),
            escape(&o.reason)
        );
    }
    h.push_str("</ul>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<b>\"Tom & 'Jerry'\"</b>"),
            "&lt;b&gt;&quot;Tom &amp; &#39;Jerry&#39;&quot;&lt;/b&gt;"
        );
    }

    #[test]
    fn quotes_wrap_their_changes() {
        let q = crate::view::QuoteRef {
            kind: QuoteKind::Altered,
            index: 0,
        };
        let mut a = Segment::new("We are ", Mark::Equal, None);
        a.quote = Some(q);
        let mut b = Segment::new("ready", Mark::Replaced, None);
        b.quote = Some(q);
        assert_eq!(
            spans(&[a, b, Segment::new(" <now>", Mark::Inserted, None)]),
            "<span class=\"q-altered\" title=\"altered quote\">We are <span class=\"rep\">ready</span></span><ins class=\"ins\"> &lt;now&gt;</ins>"
        );
    }
}
