//! Quotations on invented report pairs in the styles of several kinds of
//! news sites (tests/fixtures/quotes/*/: `a.txt`, `b.txt` and
//! `expected.json`, every quote group with its status and occurrences as
//! `[report, paragraph, text, speaker]`), compared exactly; plus two
//! invariants: a report compared with itself shares every quotation word
//! for word, and the typography of the quote marks changes nothing.
//!
//! The fixtures: wire copy with curly marks, a quotation over two
//! paragraphs and "according to" against a tabloid with single quotes;
//! guillemets, „German“ and ‚single low‘ marks against straight quotes;
//! a British report with a quote inside a quote, apostrophes ('90s) and a
//! quote reworded by the other report, with a shared phrase that is no
//! quotation match ("safety of British mothers" / "... babies"); an
//! AP-style feed (double marks written as two backticks or two
//! apostrophes, a quotation over two
//! paragraphs, one split mid-sentence by its attribution, a post embedded
//! as scraped text with its credit) against a tabloid that quotes the
//! post after a colon; Spanish dash speech ("—No ... —dijo la
//! ministra—. Cada ...") against «guillemets»; Swedish dash speech ("– Vi
//! ..., säger Karin Lund.") against ”Swedish marks”; a tabloid headline
//! quote, a quote over two paragraphs and a bracketed insertion
//! ("[The bridge] will ...") against a report that cuts a quote with an
//! ellipsis, quotes a few words of it and introduces quotes with a colon
//! ("Resident Joan Pike said:" names Joan Pike); a council story whose
//! quotation over two paragraphs names no speaker (it goes on with the
//! one quoted just before) against em-dash dialogue; a French site's
//! « spaced guillemets » with an attribution inside the marks ("..., a-t-il
//! ajouté, ...") and "Mme" before a name, against straight marks and
//! "Pour Paul Ferrand, ..., \"...\"" (his view); a quote introduced by a
//! colon, one split mid-sentence by "Whitlock said", an em-dash credit
//! line after a quote and a quote inside a British single-quoted one
//! against "Ms"/"Mr" + surname speakers; three reports of one dam
//! inspection: British single quotes with apostrophes ("crews’ reports",
//! "didn’t") and a quote split mid-sentence ("‘We will,’ she said, ‘not
//! wait ...’"), a German report („Wir werden“, sagte Okafor, „nicht ...“,
//! "sprach von ...", "kündigte an") and a US report quoting three to
//! seven words inside paraphrase, "Dr." + surname; two reports that
//! both carry two similar quotations word for word, one report with a
//! third similar one (each pairs with its own copy, the third stays
//! unique, none is an altered form of another); a shortened copy of a
//! shared quotation (it joins the group) and a speaker's second quotation
//! that says more (it stays unique, the shared one verbatim). The typography
//! properties restyle the first three (English-style curly pairs).

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use serde_json::Value;
use storydiff::align::DiffOp;
use storydiff::analysis::{Quote, QuoteStatus};
use storydiff::load::{Format, parse_text};
use storydiff::text::{normalize, words};
use storydiff::view::{Mark, QuoteKind, ViewOptions, build};
use storydiff::{Comparison, Options};

/// One occurrence as compared: report, paragraph, text, speaker.
type Occ = (usize, usize, String, Option<String>);

/// A quote group typography aside: status and `(report, paragraph,
/// words)` of each occurrence.
type Finding = (String, Vec<(usize, usize, String)>);

fn fixture_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quotes");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("fixture folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).expect("fixture file")
}

fn compare(texts: &[(&str, String)]) -> Comparison {
    let mut articles = Vec::new();
    for (name, text) in texts {
        articles.extend(parse_text(name, text, Format::Plain).expect("fixture parses"));
    }
    Comparison::new(articles, &Options::default())
}

fn status_name(s: QuoteStatus) -> &'static str {
    match s {
        QuoteStatus::Verbatim => "verbatim",
        QuoteStatus::Partial => "partial",
        QuoteStatus::Altered => "altered",
        QuoteStatus::Unique => "unique",
    }
}

/// Quote groups as sorted `(status, occurrences)`, texts as written.
fn groups(quotes: &[Quote]) -> Vec<(String, Vec<Occ>)> {
    let mut out: Vec<(String, Vec<Occ>)> = quotes
        .iter()
        .map(|q| {
            let mut occ: Vec<Occ> = q
                .occurrences
                .iter()
                .map(|o| (o.article, o.paragraph, o.text.clone(), o.speaker.clone()))
                .collect();
            occ.sort();
            (status_name(q.status).to_string(), occ)
        })
        .collect();
    out.sort();
    out
}

/// Lower-case words, typography folded: what a quote says.
fn said(s: &str) -> String {
    words(s)
        .map(|(_, w)| normalize(w).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn quotes_of_each_fixture_are_exactly_the_expected_ones() {
    let dirs = fixture_dirs();
    assert!(dirs.len() >= 6, "fixtures missing");
    for dir in dirs {
        // Two reports, or three where a `c.txt` is given.
        let mut texts = vec![
            ("a.txt", read(&dir, "a.txt")),
            ("b.txt", read(&dir, "b.txt")),
        ];
        if dir.join("c.txt").exists() {
            texts.push(("c.txt", read(&dir, "c.txt")));
        }
        let cmp = compare(&texts);
        let expected: Value =
            serde_json::from_str(&read(&dir, "expected.json")).expect("expected.json");
        let mut want: Vec<(String, Vec<Occ>)> = expected
            .as_array()
            .expect("a list of groups")
            .iter()
            .map(|g| {
                let mut occ: Vec<Occ> = g["occurrences"]
                    .as_array()
                    .expect("occurrences")
                    .iter()
                    .map(|o| {
                        let n = |i: usize| {
                            usize::try_from(o[i].as_u64().expect("index")).expect("small")
                        };
                        (
                            n(0),
                            n(1),
                            o[2].as_str().expect("text").to_string(),
                            o[3].as_str().map(str::to_string),
                        )
                    })
                    .collect();
                occ.sort();
                (g["status"].as_str().expect("status").to_string(), occ)
            })
            .collect();
        want.sort();
        assert_eq!(groups(&cmp.analysis.quotes), want, "{}", dir.display());
    }
}

/// Rewrites the curly double marks of a text in another news style, and
/// the curly single marks (apostrophes included) as straight ones.
fn restyle(text: &str, style: usize) -> String {
    let (open, close) = [
        ("\u{201c}", "\u{201d}"),
        ("\"", "\""),
        ("\u{ab}", "\u{bb}"),
        ("\u{201e}", "\u{201c}"),
        ("\u{ab} ", " \u{bb}"),
    ][style % 5];
    // A „German“ pair keeps its marks: only English-style pairs change.
    let mut doubles = String::with_capacity(text.len());
    let mut low = false;
    for c in text.chars() {
        match c {
            '\u{201e}' => {
                low = true;
                doubles.push(c);
            }
            '\u{201c}' if low => {
                low = false;
                doubles.push(c);
            }
            '\u{201c}' => doubles.push_str(open),
            '\u{201d}' => doubles.push_str(close),
            _ => doubles.push(c),
        }
    }
    if style >= 5 {
        doubles.replace(['\u{2018}', '\u{2019}'], "'")
    } else {
        doubles
    }
}

/// What a comparison says about its quotations, typography aside.
fn findings(cmp: &Comparison) -> Vec<Finding> {
    let mut out: Vec<Finding> = cmp
        .analysis
        .quotes
        .iter()
        .map(|q| {
            let mut occ: Vec<(usize, usize, String)> = q
                .occurrences
                .iter()
                .map(|o| (o.article, o.paragraph, said(&o.text)))
                .collect();
            occ.sort();
            (status_name(q.status).to_string(), occ)
        })
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// A report compared with itself: every quotation is in both copies,
    /// word for word.
    #[test]
    fn a_report_against_itself_is_verbatim(fixture in 0usize..64, side in 0usize..2) {
        let dirs = fixture_dirs();
        let dir = &dirs[fixture % dirs.len()];
        let text = read(dir, ["a.txt", "b.txt"][side]);
        let cmp = compare(&[("one.txt", text.clone()), ("two.txt", text)]);
        prop_assert!(!cmp.analysis.quotes.is_empty());
        for q in &cmp.analysis.quotes {
            prop_assert_eq!(q.status, QuoteStatus::Verbatim, "{:?}", q.occurrences);
        }
    }

    /// In the panes, the words of a shared quotation are never also
    /// marked replaced, whatever the marks' style in each report.
    #[test]
    fn shared_quote_words_are_no_change(
        fixture in 0usize..3,
        style_a in 0usize..10,
        style_b in 0usize..10,
    ) {
        let dir = &fixture_dirs()[fixture];
        let (a, b) = (read(dir, "a.txt"), read(dir, "b.txt"));
        let cmp = compare(&[("a.txt", restyle(&a, style_a)), ("b.txt", restyle(&b, style_b))]);
        let vm = build(&cmp, &ViewOptions::all(&cmp));
        for row in &vm.rows {
            for p in row.cells.iter().flatten() {
                for seg in &p.segments {
                    let shared = seg.quote.is_some_and(|q| q.kind == QuoteKind::Shared);
                    prop_assert!(
                        !(shared && seg.mark == Mark::Replaced),
                        "{:?} in {:?}", seg.text, p.article
                    );
                }
            }
        }
    }

    /// Link word diffs never show quote marks replaced by marks of
    /// another style.
    #[test]
    fn quote_mark_style_is_no_word_change(
        fixture in 0usize..3,
        style_a in 0usize..10,
        style_b in 0usize..10,
    ) {
        let dir = &fixture_dirs()[fixture];
        let (a, b) = (read(dir, "a.txt"), read(dir, "b.txt"));
        let cmp = compare(&[("a.txt", restyle(&a, style_a)), ("b.txt", restyle(&b, style_b))]);
        let marks_only = |t: &str| {
            !t.trim().is_empty()
                && t.chars().all(|c| c.is_whitespace() || "\"'\u{201c}\u{201d}\u{2018}\u{2019}\u{ab}\u{bb}\u{201e}\u{201a}".contains(c))
        };
        for l in &cmp.alignment.links {
            for r in l.runs(&cmp.articles) {
                prop_assert!(
                    !(r.op == DiffOp::Replace && marks_only(r.a) && marks_only(r.b)),
                    "{:?} -> {:?}", r.a, r.b
                );
            }
        }
    }

    /// Curly, straight, guillemets (with or without spaces), „German“
    /// marks, straight apostrophes: the same quotations, statuses and
    /// places.
    #[test]
    fn quote_mark_typography_changes_nothing(
        fixture in 0usize..3,
        style_a in 0usize..10,
        style_b in 0usize..10,
    ) {
        let dir = &fixture_dirs()[fixture];
        let (a, b) = (read(dir, "a.txt"), read(dir, "b.txt"));
        let base = compare(&[("a.txt", a.clone()), ("b.txt", b.clone())]);
        let styled = compare(&[("a.txt", restyle(&a, style_a)), ("b.txt", restyle(&b, style_b))]);
        prop_assert_eq!(findings(&styled), findings(&base));
    }
}

/// Two reports that nest the same words in reworded outer quotes: outer
/// pairs with outer, inner with inner (review R6).
#[test]
fn the_same_nested_words_in_two_reworded_outer_quotes() {
    let a = "Dock talks fail\n\n'The minister told us \"there is no more money\" and walked out of the room,' said Tom Brell.";
    let b = "Dock talks collapse\n\n'The minister told us \"there is no more money\" before he left the room,' Tom Brell said.";
    let cmp = compare(&[("a.txt", a.to_string()), ("b.txt", b.to_string())]);
    let got: Vec<(String, usize)> = groups(&cmp.analysis.quotes)
        .into_iter()
        .map(|(status, occ)| (status, occ.len()))
        .collect();
    let inner = cmp
        .analysis
        .quotes
        .iter()
        .find(|q| {
            q.occurrences
                .iter()
                .all(|o| o.text == "there is no more money")
        })
        .expect("the inner quotes pair");
    assert_eq!(inner.status, QuoteStatus::Verbatim);
    assert_eq!(inner.occurrences.len(), 2);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|(_, n)| *n == 2), "{got:?}");
}
