//! The learned furniture / off-topic model (`text::furniture`) and the
//! pipeline's noise guarantees, on fixtures that look like other
//! sites' scrapes (written for these tests): a photo gallery about another
//! subject pasted inside a story, a "More from ..." link block, newsletter,
//! share and cookie lines, a copyright notice glued to a paragraph, a
//! German lead of the same story, a syndicated pair sharing story text.

use std::collections::HashSet;

use proptest::prelude::*;
use storydiff::model::{Article, ParaKind, Paragraph};
use storydiff::text::furniture::{judge_cluster, split_credits};
use storydiff::{Comparison, Options};

fn report(source: &str, title: &str, paras: &[&str]) -> Article {
    let mut paragraphs = vec![Paragraph::new(ParaKind::Title, title.to_string())];
    paragraphs.extend(
        paras
            .iter()
            .map(|t| Paragraph::new(ParaKind::Body, (*t).to_string())),
    );
    Article {
        source: source.to_string(),
        paragraphs,
        ..Article::default()
    }
}

const STORY_A: &[&str] = &[
    "The Harlow river bridge was closed to all traffic on Tuesday after inspectors found a deep crack in one of its steel supports, county officials said.",
    "Engineers from the state transport department spent the morning examining the span, which carries about 14,000 vehicles a day between Milford and the town of Easton.",
    "\"We could not take the risk of keeping it open,\" said county engineer Maria Okafor, who ordered the closure shortly after 6 a.m.",
    "Commuters faced long delays as traffic was diverted over the older Quarry Road crossing, adding up to forty minutes to some journeys.",
    "The bridge, built in 1958, had been scheduled for repairs next spring, according to the county's capital plan.",
    "Okafor said the crack was about 30 centimetres long and had not been visible during the last inspection in March.",
];

const STORY_B: &[&str] = &[
    "County officials shut the Harlow river bridge on Tuesday after inspectors discovered a crack in a steel support beam.",
    "The span, which links Milford with Easton, is used by some 14,000 vehicles every day, according to the state transport department.",
    "County engineer Maria Okafor said she ordered the closure early in the morning because the risk was too great.",
    "Drivers were sent over the Quarry Road crossing, and the morning rush saw delays of up to forty minutes.",
    "Repairs to the 1958 bridge had been planned for next spring.",
    "A school bus company said it would change its routes for the rest of the week.",
];

/// A photo gallery about a food festival, scraped into the middle of report A.
const GALLERY: &[&str] = &[
    "Chefs from twelve countries served dumplings, tacos and spiced lamb at the annual street food festival in the old harbour district.",
    "A pastry cook decorates a tray of honey cakes before the judges arrive for the tasting competition.",
    "Visitors queue for grilled sweetcorn as a brass band plays near the fish market stalls.",
    "The winning noodle soup, made with smoked duck and ginger, took the festival's golden ladle award.",
    "Children watch a juggler balance plates of fruit during the festival's family afternoon.",
];

const MORE_FROM: &[&str] = &[
    "More from the Valley Courier:",
    "Council votes to raise parking fees in the town centre",
    "Ten walks to try before the autumn rains arrive",
    "Local bakery wins national sourdough prize",
];

const BOXES: &[&str] = &[
    "Sign up for our morning newsletter and get the day's top stories in your inbox. Subscribe",
    "Share this article: Facebook Twitter Email WhatsApp",
    "We use cookies to improve your experience on our site. By continuing you accept our privacy policy.",
];

fn cluster() -> Vec<Article> {
    let mut a: Vec<&str> = STORY_A[..3].to_vec();
    a.extend(GALLERY);
    a.extend(&STORY_A[3..]);
    a.extend(MORE_FROM);
    a.extend(BOXES);
    a.push("Copyright 2031 Valley Courier. All rights reserved.");
    let mut b: Vec<&str> = vec![
        "Die Harlow-Brücke wurde am Dienstag für den gesamten Verkehr gesperrt, nachdem Prüfer einen tiefen Riss in einem Stahlträger entdeckt hatten.",
    ];
    b.extend(STORY_B);
    vec![
        report(
            "a.txt",
            "Harlow bridge closed after crack found in support",
            &a,
        ),
        report("b.txt", "Cracked beam shuts Harlow river bridge", &b),
    ]
}

/// What the learned model flags (no paragraph linked), as `(article,
/// text)`.
fn flagged(arts: &[Article]) -> HashSet<(usize, String)> {
    let mut arts = arts.to_vec();
    split_credits(&mut arts);
    let verdicts = judge_cluster(&arts, |_, _| false);
    let mut out = HashSet::new();
    for (a, (art, vs)) in arts.iter().zip(verdicts).enumerate() {
        for (p, v) in art.paragraphs.iter().zip(vs) {
            if v.is_some() || p.kind == ParaKind::Furniture {
                out.insert((a, p.text.clone()));
            }
        }
    }
    out
}

#[test]
#[ignore = "known gap: the pasted-block model misses this short gallery (see the report of the furniture branch)"]
fn a_gallery_about_another_subject_is_flagged() {
    let got = flagged(&cluster());
    for t in GALLERY {
        assert!(
            got.contains(&(0, (*t).to_string())),
            "not flagged: {t}\nflagged: {got:#?}"
        );
    }
}

/// The whole pipeline flags the gallery as one pasted block (its captions
/// share words only with each other), and no story paragraph of either
/// report; nothing of the gallery becomes a unique fact or a quote.
#[test]
fn the_pipeline_flags_a_pasted_gallery_and_no_story_text() {
    let cmp = Comparison::new(cluster(), &Options::default());
    let off: HashSet<(usize, String)> = cmp
        .analysis
        .offtopic
        .iter()
        .map(|o| {
            (
                o.article,
                cmp.articles[o.article].paragraphs[o.paragraph].text.clone(),
            )
        })
        .collect();
    for t in GALLERY {
        assert!(
            off.contains(&(0, (*t).to_string())),
            "not flagged: {t}\nflagged: {off:#?}"
        );
    }
    for (a, story) in [(0, STORY_A), (1, STORY_B)] {
        for t in story {
            assert!(
                !off.contains(&(a, (*t).to_string())),
                "story text flagged: {t}"
            );
        }
    }
    for u in &cmp.analysis.unique_facts {
        assert!(
            !GALLERY.iter().any(|g| g.contains(u.sentence.as_str())),
            "unique fact from the gallery: {}",
            u.sentence
        );
    }
}

#[test]
fn link_block_and_boxes_are_flagged_story_text_is_not() {
    let arts = cluster();
    let got = flagged(&arts);
    for t in MORE_FROM.iter().chain(BOXES) {
        assert!(
            got.contains(&(0, (*t).to_string())),
            "not flagged: {t}\nflagged: {got:#?}"
        );
    }
    assert!(
        got.contains(&(
            0,
            "Copyright 2031 Valley Courier. All rights reserved.".to_string()
        )),
        "copyright line not flagged"
    );
    for t in STORY_A {
        assert!(
            !got.contains(&(0, (*t).to_string())),
            "story text flagged: {t}"
        );
    }
    // The German lead and the lone new detail (the bus company) stay.
    for (a, p) in arts
        .iter()
        .enumerate()
        .skip(1)
        .flat_map(|(a, art)| art.paragraphs.iter().map(move |p| (a, p)))
    {
        assert!(
            !got.contains(&(a, p.text.clone())),
            "flagged in report b: {}",
            p.text
        );
    }
}

/// Report a's one paragraph `text` splits into the `expected` (kind,
/// text) segments (the title skipped); report b is a plain story.
fn assert_split(text: &str, expected: &[(ParaKind, &str)]) {
    let mut arts = vec![
        report("a.txt", "Bridge closed", &[text]),
        report("b.txt", "Bridge shut", &[STORY_B[0]]),
    ];
    storydiff::text::furniture::split_credits(&mut arts);
    let got: Vec<(ParaKind, &str)> = arts[0]
        .paragraphs
        .iter()
        .skip(1)
        .map(|p| (p.kind, p.text.as_str()))
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn copyright_glued_to_a_paragraph_is_split_off_and_nothing_is_lost() {
    assert_split(
        "The bridge was closed on Tuesday after a crack was found. Copyright 2031 Valley Wire. All rights reserved.",
        &[
            (
                ParaKind::Body,
                "The bridge was closed on Tuesday after a crack was found.",
            ),
            (
                ParaKind::Furniture,
                "Copyright 2031 Valley Wire. All rights reserved.",
            ),
        ],
    );
}

/// A caption whose picture credit closes it ("Photograph: ... for the
/// ..."): the credit becomes its own furniture segment and the caption
/// stays compared text.
#[test]
fn a_picture_credit_closing_a_caption_is_split_off() {
    assert_split(
        "Engineers inspect the cracked steel support under the bridge. Photograph: Lena Ortiz for the Valley Courier",
        &[
            (
                ParaKind::Body,
                "Engineers inspect the cracked steel support under the bridge.",
            ),
            (
                ParaKind::Furniture,
                "Photograph: Lena Ortiz for the Valley Courier",
            ),
        ],
    );
}

#[test]
fn a_syndicated_pair_sharing_story_text_is_not_furniture() {
    let arts = vec![
        report("wire.txt", "Harlow bridge closed", STORY_A),
        report("paper.txt", "Harlow bridge closed", STORY_A),
    ];
    let got = flagged(&arts);
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_japanese_lead_of_the_same_story_is_not_off_topic() {
    let mut b: Vec<&str> =
        vec!["ハーロウ川の橋は火曜日、鉄製の支柱に深い亀裂が見つかったため全面通行止めとなった。"];
    b.extend(STORY_B);
    let arts = vec![
        report("a.txt", "Harlow bridge closed", STORY_A),
        report("b.txt", "ハーロウ橋が通行止め", &b),
    ];
    let got = flagged(&arts);
    assert!(!got.iter().any(|(a, _)| *a == 1), "{got:?}");
}

/// The whole pipeline: a report written in Japanese (or German) shares no
/// vocabulary with an English one, and neither is off-topic for that.
#[test]
fn a_report_in_another_language_is_never_off_topic() {
    let japanese: &[&str] = &[
        "ハーロウ川の橋は火曜日、鉄製の支柱に深い亀裂が見つかったため全面通行止めとなった。郡当局が明らかにした。",
        "州交通局の技術者が午前中に橋を調べた。この橋はミルフォードとイーストンを結び、1日約1万4000台が通行する。",
        "郡の技術者マリア・オカフォー氏は「開けたままにする危険は冒せなかった」と述べた。",
        "通勤者は旧クオリー・ロード橋への迂回で最大40分の遅れに直面した。",
    ];
    let german: &[&str] = &[
        "Die Brücke über den Harlow wurde am Dienstag für den gesamten Verkehr gesperrt, nachdem Prüfer einen tiefen Riss in einer Stahlstütze entdeckt hatten.",
        "Ingenieure des Verkehrsamts untersuchten am Morgen die Brücke, die täglich etwa 14.000 Fahrzeuge zwischen Milford und Easton trägt.",
        "Pendler mussten lange Verzögerungen hinnehmen, da der Verkehr über eine ältere Brücke umgeleitet wurde.",
    ];
    for other in [japanese, german] {
        let arts = vec![
            report("a.txt", "Harlow bridge closed", STORY_A),
            report("b.txt", "Harlow", other),
        ];
        let cmp = Comparison::new(arts, &Options::default());
        assert!(
            cmp.analysis.offtopic.is_empty(),
            "{:?}",
            cmp.analysis.offtopic
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Whatever is flagged takes part in no link, quote, fact or conflict,
    /// and furniture paragraphs sit in no link.
    #[test]
    fn no_finding_from_noise(order in proptest::collection::vec(0usize..20, 4..12), seed in 0usize..4) {
        let base = cluster();
        let pool: Vec<&Paragraph> = base[0].paragraphs.iter().skip(1).collect();
        let paras: Vec<&str> = order.iter().map(|&i| pool[(i + seed) % pool.len()].text.as_str()).collect();
        let arts = vec![report("a.txt", "Bridge", &paras), base[1].clone()];
        let cmp = Comparison::new(arts, &Options::default());
        let noise: HashSet<(usize, usize)> = cmp.analysis.offtopic.iter().map(|o| (o.article, o.paragraph)).collect();
        for l in &cmp.alignment.links {
            for s in [l.a, l.b] {
                prop_assert!(cmp.articles[s.article].paragraphs[s.paragraph].kind != ParaKind::Furniture);
            }
        }
        for q in &cmp.analysis.quotes {
            for o in &q.occurrences {
                prop_assert!(!noise.contains(&(o.article, o.paragraph)));
            }
        }
        for u in &cmp.analysis.unique_facts {
            prop_assert!(!noise.contains(&(u.article, u.paragraph)));
        }
        for c in &cmp.analysis.conflicts {
            for v in &c.values {
                prop_assert!(!noise.contains(&(v.article, v.paragraph)));
            }
        }
        for (a, art) in cmp.articles.iter().enumerate() {
            for (p, para) in art.paragraphs.iter().enumerate() {
                if para.kind == ParaKind::Furniture {
                    prop_assert!(noise.contains(&(a, p)));
                }
            }
        }
    }
}

/// A live blog's entry stamps ("14:05 GMT", "1h ago", "12:15 BST - ...")
/// are furniture, split off the entry's text: no unique fact, no figure,
/// and the entries still compared with the other report.
#[test]
fn live_blog_time_stamps_are_split_off_as_furniture() {
    assert_split(
        "12:15 BST - Engineers closed the bridge after finding a crack.",
        &[
            (ParaKind::Furniture, "12:15 BST -"),
            (
                ParaKind::Body,
                "Engineers closed the bridge after finding a crack.",
            ),
        ],
    );
    assert_split("1h ago", &[(ParaKind::Furniture, "1h ago")]);
    // A time in prose stays prose.
    assert_split(
        "10.30 was the hour the inspectors arrived.",
        &[(ParaKind::Body, "10.30 was the hour the inspectors arrived.")],
    );
    let blog = report(
        "blog.txt",
        "Bridge closure: live",
        &[
            "14:05 GMT",
            STORY_A[0],
            "1h ago",
            "12:15 BST - Commuters faced long delays as traffic was diverted over the older Quarry Road crossing.",
        ],
    );
    let wire = report("wire.txt", "Bridge shut", STORY_B);
    let c = Comparison::new(vec![blog, wire], &Options::default());
    let stamps: Vec<(&str, &str)> = c
        .analysis
        .offtopic
        .iter()
        .map(|o| {
            (
                c.articles[o.article].paragraphs[o.paragraph].text.as_str(),
                o.reason.as_str(),
            )
        })
        .collect();
    assert_eq!(
        stamps,
        vec![
            ("14:05 GMT", "time stamp"),
            ("1h ago", "time stamp"),
            ("12:15 BST -", "time stamp")
        ]
    );
    for u in &c.analysis.unique_facts {
        for f in &u.facts {
            assert!(!f.contains("ago") && !f.contains("12:15"), "{f}");
        }
    }
}
