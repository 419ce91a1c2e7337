//! Invariants of the engine, checked on generated reports.

use proptest::prelude::*;
use storydiff::align::{LinkGrade, word_diff};
use storydiff::load::{Format, parse_text};
use storydiff::model::Article;
use storydiff::{Comparison, Options};

mod common;
use common::assert_each_paragraph_in_one_row;

/// A sentence of 3-12 lower-case pseudo-words, capitalised, with a full stop.
fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec("[a-z]{3,9}", 3..12).prop_map(|ws| {
        let mut s = ws.join(" ");
        s[..1].make_ascii_uppercase();
        s.push('.');
        s
    })
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..4).prop_map(|ss| ss.join(" "))
}

fn report() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(paragraph(), 2..9)
}

fn article(name: &str, paragraphs: &[String]) -> Article {
    parse_text(name, &paragraphs.join("\n\n"), Format::Plain)
        .expect("generated text parses")
        .remove(0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_report_against_itself_links_every_sentence_to_itself(paras in report()) {
        let a = article("a", &paras);
        let c = Comparison::new(vec![a.clone(), a], &Options::default());
        for (pi, p) in c.articles[0].paragraphs.iter().enumerate() {
            if !p.kind.is_compared() {
                continue;
            }
            for (si, text) in p.sentence_texts().enumerate() {
                let found = c.alignment.links.iter().any(|l| {
                    l.a.article == 0
                        && l.a.paragraph == pi
                        && l.a.sentence == si
                        && c.articles[1].paragraphs[l.b.paragraph].sentence(l.b.sentence) == text
                        && l.grade == LinkGrade::Same
                });
                prop_assert!(found, "sentence {text:?} not linked to itself");
            }
        }
        assert_each_paragraph_in_one_row(&c);
    }

    #[test]
    fn a_shuffled_copy_finds_every_twin(paras in report(), seed in any::<u64>()) {
        // Distinct paragraphs only: a duplicate has two equally good twins.
        let mut uniq = paras.clone();
        uniq.sort();
        uniq.dedup();
        prop_assume!(uniq.len() == paras.len());
        let mut shuffled = paras.clone();
        // A deterministic Fisher-Yates driven by the seed.
        let mut x = seed | 1;
        for i in (1..shuffled.len()).rev() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let j = usize::try_from(x % (i as u64 + 1)).unwrap();
            shuffled.swap(i, j);
        }
        // Keep the first paragraph first: it may be read as the title.
        let first = shuffled.iter().position(|p| *p == paras[0]).unwrap();
        shuffled.swap(0, first);
        let a = article("a", &paras);
        let b = article("b", &shuffled);
        let c = Comparison::new(vec![a, b], &Options::default());
        for (pi, p) in c.articles[0].paragraphs.iter().enumerate() {
            let twin = c.articles[1].paragraphs.iter().position(|q| q.text == p.text).unwrap();
            prop_assert_eq!(
                c.alignment.row_of(0, pi),
                c.alignment.row_of(1, twin),
                "paragraph {:?} not with its twin", p.text
            );
        }
        assert_each_paragraph_in_one_row(&c);
    }

    #[test]
    fn every_paragraph_is_in_exactly_one_row(reports in prop::collection::vec(report(), 2..5), pivot in 0usize..4) {
        let arts: Vec<Article> = reports.iter().enumerate().map(|(i, r)| article(&i.to_string(), r)).collect();
        let mut opts = Options::default();
        opts.align.pivot = pivot % arts.len();
        let c = Comparison::new(arts, &opts);
        assert_each_paragraph_in_one_row(&c);
    }

    #[test]
    fn word_diff_runs_rebuild_both_texts(a in "\\PC{0,80}", b in "\\PC{0,80}") {
        let runs = word_diff(&a, &b);
        let ra: String = runs.iter().map(|r| r.a.as_str()).collect();
        let rb: String = runs.iter().map(|r| r.b.as_str()).collect();
        prop_assert_eq!(ra, a);
        prop_assert_eq!(rb, b);
    }

    #[test]
    fn arbitrary_unicode_never_panics(a in "\\PC{1,400}", b in any::<String>()) {
        let arts: Vec<Article> = [a, b]
            .iter()
            .enumerate()
            .filter_map(|(i, t)| parse_text(&i.to_string(), t, Format::Sniff).ok())
            .flatten()
            .collect();
        if arts.len() >= 2 {
            let c = Comparison::new(arts, &Options::default());
            assert_each_paragraph_in_one_row(&c);
            for l in &c.alignment.links {
                let ra: String = l.runs(&c.articles).map(|r| r.a).collect();
                let sa = c.articles[l.a.article].paragraphs[l.a.paragraph].sentence(l.a.sentence);
                prop_assert_eq!(ra, sa);
            }
        }
    }
}
