//! Saved web pages (`.html`, `.htm`) → one [`Article`].
//!
//! The article is found by `dom_smoothie`, a maintained Rust port of
//! Mozilla's Readability (the algorithm behind Firefox's Reader View; the
//! crate follows readability.js step by step and runs Mozilla's own test
//! pages). Readability scores blocks by text and link density and drops
//! what looks like page furniture: navigation, headers and footers,
//! sidebars, "related" and comment sections, share bars, cookie and
//! consent banners, adverts.
//!
//! Before Readability runs, blocks whose class or id names furniture that
//! Readability's own list lacks (newsletter sign-ups, subscription and
//! promotion boxes, consent dialogs) are removed, so they never reach the
//! comparison.
//!
//! Then, on the content Readability keeps, these rules make paragraphs:
//!
//! - a paragraph is a block element (`p`, `h1`-`h6`, `li`, `blockquote`,
//!   `pre`, `dd`, `dt`, `figcaption`) that holds no other such block, in
//!   document order, its whitespace collapsed;
//! - headings are [`ParaKind::Headline`];
//! - captions (`figcaption`, or a class naming a caption or credit) are
//!   kept as [`ParaKind::Meta`]: shown, never compared;
//! - a block whose text is mostly link text (a list of links) is dropped:
//!   what is left of navigation or related links;
//! - byline and dateline lines ("By ...") are [`ParaKind::Meta`].
//!
//! Metadata: the title (JSON-LD `headline`, `og:title`, else `<title>`),
//! byline (JSON-LD `author`, `<meta name=author>`, the page's byline),
//! published date (JSON-LD `datePublished`, `article:published_time`),
//! outlet (JSON-LD `publisher`, `og:site_name`) and URL (`og:url`,
//! canonical link, JSON-LD `url`), as Readability reads them, with a
//! JSON-LD reader of our own as the fallback (it also looks inside
//! `@graph` lists, which Readability skips).

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};
use serde_json::Value;

use super::plain::is_meta_line;
use crate::model::{Article, ParaKind, Paragraph};
use crate::text::clean_display;

/// Most elements Readability looks at in one page (a news page has a few
/// thousand): bounds the time a hostile page can take.
const MAX_ELEMENTS: usize = 200_000;

/// Page furniture Readability does not know, by class or id.
const FURNITURE: &[&str] = &[
    "newsletter",
    "signup",
    "sign-up",
    "subscribe",
    "promo",
    "consent",
];

/// Deepest element nesting read. Parsing a page whose tags nest ever
/// deeper takes time that grows with the square of the depth (the HTML
/// tree builder scans its stack of open elements per tag), so such a page
/// is refused before parsing; real pages nest a few dozen deep.
pub const MAX_DEPTH: usize = 1500;

/// Elements that never nest: void elements, and those whose end tag may
/// be left out (the next one closes them).
const NO_DEPTH: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
    "tfoot", "colgroup", "caption", "rt", "rp", "html", "head", "body", "param",
];

/// Elements whose content is text, not tags.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];

/// Whether the page's tags nest deeper than `limit`, by one linear scan
/// (comments and raw-text elements skipped; an estimate that errs on the
/// side of depth for tags left open).
fn nests_deeper_than(html: &str, limit: usize) -> bool {
    let lower = html.to_ascii_lowercase();
    let b = lower.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(off) = lower[i..].find('<') {
        i += off + 1;
        if lower[i..].starts_with("!--") {
            match lower[i..].find("-->") {
                Some(end) => i += end + 3,
                None => break,
            }
            continue;
        }
        let closing = b.get(i) == Some(&b'/');
        let start = i + usize::from(closing);
        let len = b[start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
            .count();
        if len == 0 {
            continue;
        }
        let name = &lower[start..start + len];
        let Some(gt) = lower[start..].find('>') else {
            break;
        };
        let end = start + gt;
        i = end + 1;
        if NO_DEPTH.contains(&name) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if RAW_TEXT.contains(&name) {
            match lower[i..].find(&format!("</{name}")) {
                Some(close) => i += close,
                None => break,
            }
        } else if b[end - 1] != b'/' {
            depth += 1;
            if depth > limit {
                return true;
            }
        }
    }
    false
}

/// Block elements that become paragraphs.
const BLOCKS: &str = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, figcaption";

/// Parses a saved page into an article named `source`.
///
/// # Errors
/// A message when Readability finds no article text in the page.
pub fn parse_html(source: &str, html: &str) -> Result<Article, String> {
    let cfg = Config {
        max_elements_to_parse: MAX_ELEMENTS,
        // Caption classes survive Readability's clean-up so that captions
        // can be told from prose below.
        classes_to_preserve: ["caption", "credit", "wp-caption-text"]
            .map(String::from)
            .to_vec(),
        ..Config::default()
    };
    if nests_deeper_than(html, MAX_DEPTH) {
        return Err(format!("elements nest more than {MAX_DEPTH} deep"));
    }
    let doc = Document::from(html);
    let page = PageMeta::read(&doc);
    let furniture: Vec<String> = FURNITURE
        .iter()
        .map(|w| format!("[class*={w} i], [id*={w} i]"))
        .collect();
    doc.select(&furniture.join(", ")).remove();
    let mut reader = Readability::with_document(doc, None, Some(cfg)).map_err(|e| e.to_string())?;
    let found = reader
        .parse()
        .map_err(|e| format!("no article found in the page ({e})"))?;
    let title = text_of(&found.title);
    let mut paragraphs = Vec::new();
    if !title.is_empty() {
        paragraphs.push(Paragraph::new(ParaKind::Title, title.clone()));
    }
    let body = paragraphs_of(&found.content, &title);
    if let Some(by) = found
        .byline
        .or(page.author)
        .as_deref()
        .map(text_of)
        .filter(|b| !b.is_empty())
        && !body.iter().any(|p| p.text.contains(&by))
    {
        let line = if by.to_lowercase().starts_with("by ") {
            by
        } else {
            format!("By {by}")
        };
        paragraphs.push(Paragraph::new(ParaKind::Meta, line));
    }
    paragraphs.extend(body);
    if !paragraphs
        .iter()
        .any(|p| matches!(p.kind, ParaKind::Body | ParaKind::Headline))
    {
        return Err("no article text found in the page".into());
    }
    let field = |s: Option<String>| s.map(|s| text_of(&s)).filter(|s| !s.is_empty());
    Ok(Article {
        source: source.to_string(),
        outlet: field(found.site_name.or(page.publisher)),
        url: field(page.url.or(found.url)),
        published: field(found.published_time.or(page.published)),
        paragraphs,
    })
}

/// What the page says about itself outside the article.
#[derive(Debug, Default)]
struct PageMeta {
    url: Option<String>,
    published: Option<String>,
    publisher: Option<String>,
    author: Option<String>,
}

impl PageMeta {
    /// The page's own URL (`og:url`, canonical link) and the first
    /// JSON-LD article's date, publisher, author and URL.
    fn read(doc: &Document) -> PageMeta {
        let attr = |sel: &str, name: &str| {
            doc.select(sel)
                .attr(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let mut meta = doc
            .select("script[type='application/ld+json' i]")
            .nodes()
            .iter()
            .filter_map(|n| serde_json::from_str::<Value>(&n.text()).ok())
            .find_map(|v| ld_article(&v).map(PageMeta::from_ld))
            .unwrap_or_default();
        meta.url = attr("meta[property='og:url']", "content")
            .or_else(|| attr("link[rel='canonical' i]", "href"))
            .or(meta.url);
        meta
    }

    fn from_ld(a: &serde_json::Map<String, Value>) -> PageMeta {
        let name = |v: Option<&Value>| -> Option<String> {
            match v? {
                Value::String(s) => Some(s.clone()),
                Value::Object(o) => o.get("name").and_then(Value::as_str).map(String::from),
                Value::Array(items) => {
                    let names: Vec<String> = items
                        .iter()
                        .filter_map(|i| match i {
                            Value::String(s) => Some(s.clone()),
                            Value::Object(o) => {
                                o.get("name").and_then(Value::as_str).map(String::from)
                            }
                            _ => None,
                        })
                        .collect();
                    (!names.is_empty()).then(|| names.join(", "))
                }
                _ => None,
            }
        };
        let url = |v: Option<&Value>| -> Option<String> {
            match v? {
                Value::String(s) => Some(s.clone()),
                Value::Object(o) => o.get("@id").and_then(Value::as_str).map(String::from),
                _ => None,
            }
        };
        PageMeta {
            url: url(a.get("url")).or_else(|| url(a.get("mainEntityOfPage"))),
            published: a
                .get("datePublished")
                .and_then(Value::as_str)
                .map(String::from),
            publisher: name(a.get("publisher")),
            author: name(a.get("author")),
        }
    }
}

/// The first object in a JSON-LD value whose `@type` names an article
/// (`NewsArticle`, `Article`, `ReportageNewsArticle`, ...), looking into
/// arrays and `@graph`.
fn ld_article(v: &Value) -> Option<&serde_json::Map<String, Value>> {
    match v {
        Value::Array(items) => items.iter().find_map(ld_article),
        Value::Object(o) => {
            let is_article = |t: &Value| t.as_str().is_some_and(|t| t.ends_with("Article"));
            let typed = match o.get("@type") {
                Some(Value::Array(ts)) => ts.iter().any(is_article),
                Some(t) => is_article(t),
                None => false,
            };
            if typed {
                Some(o)
            } else {
                o.get("@graph").and_then(ld_article)
            }
        }
        _ => None,
    }
}

/// Whether sniffed text is a web page: it opens with a doctype or an
/// `<html>` tag (after whitespace and comments are skipped, case aside).
pub fn looks_like_html(text: &str) -> bool {
    let mut t = text.trim_start();
    while let Some(rest) = t.strip_prefix("<!--") {
        t = rest
            .split_once("-->")
            .map_or("", |(_, after)| after)
            .trim_start();
    }
    let head: String = t.chars().take(14).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// The paragraphs of Readability's content, by the rules in the module doc.
fn paragraphs_of(content: &str, title: &str) -> Vec<Paragraph> {
    let doc = Document::from(content);
    let mut out = Vec::new();
    for node in doc.select(BLOCKS).nodes() {
        if node
            .descendants()
            .iter()
            .any(|d| d.is_element() && d.is(BLOCKS))
        {
            continue;
        }
        let text = text_of(&node.text());
        if text.is_empty() || (out.is_empty() && text == title) {
            continue;
        }
        if link_share(node, &text) > 0.6 {
            continue;
        }
        let kind = if is_caption(node) {
            ParaKind::Meta
        } else if node.is("h1, h2, h3, h4, h5, h6") {
            ParaKind::Headline
        } else if is_meta_line(&text) {
            ParaKind::Meta
        } else {
            ParaKind::Body
        };
        out.push(Paragraph::new(kind, text));
    }
    out
}

/// Whether the block is a caption: a `figcaption`, or it or a parent up
/// to its figure has a class naming a caption or a photo credit.
fn is_caption(node: &NodeRef) -> bool {
    if node.is("figcaption") {
        return true;
    }
    std::iter::once(*node)
        .chain(node.ancestors(Some(2)))
        .any(|n| {
            n.attr("class").is_some_and(|c| {
                let c = c.to_ascii_lowercase();
                c.contains("caption") || c.contains("credit")
            })
        })
}

/// Share of the block's text that is link text.
fn link_share(node: &NodeRef, text: &str) -> f64 {
    let total = text.chars().filter(|c| !c.is_whitespace()).count();
    if total == 0 {
        return 0.0;
    }
    let linked: usize = node
        .descendants()
        .iter()
        .filter(|d| d.is_element() && d.has_name("a"))
        .map(|a| a.text().chars().filter(|c| !c.is_whitespace()).count())
        .sum();
    linked as f64 / total as f64
}

/// Text as shown: sanitised, whitespace collapsed.
fn text_of(s: &str) -> String {
    clean_display(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_captions_and_link_lists() {
        let page = r#"<html><head><title>Ferry strike ends</title></head><body>
            <article><h1>Ferry strike ends</h1>
            <p>Ferry crews returned to work on Monday after a three-day strike over pay and rest breaks.</p>
            <figure><img src="f.jpg"><figcaption>Crews at the harbour gate.</figcaption></figure>
            <h2>What was agreed</h2>
            <p>The operator agreed to a four per cent rise and longer breaks on night crossings, union officials said.</p>
            <ul><li><a href="/1">Another story entirely</a></li></ul>
            <p>Sailings to the islands resumed at noon, with extra crossings added for stranded travellers.</p>
            </article></body></html>"#;
        let a = parse_html("f.html", page).unwrap();
        let got: Vec<(ParaKind, &str)> = a
            .paragraphs
            .iter()
            .map(|p| (p.kind, p.text.as_str()))
            .collect();
        assert_eq!(got[0], (ParaKind::Title, "Ferry strike ends"));
        assert!(
            got.contains(&(ParaKind::Meta, "Crews at the harbour gate.")),
            "{got:?}"
        );
        assert!(
            got.contains(&(ParaKind::Headline, "What was agreed")),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(_, t)| t.contains("Another story")),
            "{got:?}"
        );
        assert_eq!(got.iter().filter(|(k, _)| *k == ParaKind::Body).count(), 3);
    }

    #[test]
    fn nesting_is_measured_in_one_pass() {
        let deep = format!(
            "{}<p>x</p>{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        let start = std::time::Instant::now();
        let e = parse_html("deep.html", &deep).unwrap_err();
        assert_eq!(e, "elements nest more than 1500 deep");
        assert!(start.elapsed().as_secs() < 2);
        // Closed, void, optional-end and raw-text elements add no depth.
        let flat = "<div><p>a<p>b<br><img src=x><script>'<div>'</script></div>".repeat(5000);
        assert!(!nests_deeper_than(&flat, 3));
        assert!(nests_deeper_than("<div><span><b>x", 2));
        assert!(!nests_deeper_than(
            "<div><span/><!-- <div><div><div> --></div>",
            1
        ));
    }

    #[test]
    fn a_page_without_text_is_an_error() {
        let e = parse_html(
            "e.html",
            "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        );
        assert!(e.is_err());
    }
}
