//! Alignment at scale on generated reports: a small vocabulary (so that
//! every word is common), large inputs and many reports. The generator is
//! deterministic and knows which paragraph each one came from, so recall
//! and false merges are exact.

use storydiff::align::{AlignOptions, Alignment, align};
use storydiff::load::{Format, parse_text};
use storydiff::model::Article;

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).expect("fits")
    }

    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

/// `n` made-up words built from syllables, so none is an English stop word.
fn vocabulary(n: usize) -> Vec<String> {
    const ON: [&str; 12] = ["b", "d", "f", "g", "k", "l", "m", "p", "r", "s", "t", "v"];
    const NU: [&str; 5] = ["a", "e", "i", "o", "u"];
    let mut out = Vec::new();
    'outer: for a in ON {
        for b in NU {
            for c in ON {
                for d in NU {
                    out.push(format!("{a}{b}{c}{d}rn"));
                    if out.len() == n {
                        break 'outer;
                    }
                }
            }
        }
    }
    out
}

fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn paragraph(rng: &mut Rng, vocab: &[String]) -> Vec<String> {
    let sentences = 2 + rng.below(3);
    let mut words = Vec::new();
    for _ in 0..sentences {
        let len = 8 + rng.below(12);
        for k in 0..len {
            let mut w = vocab[rng.below(vocab.len())].clone();
            if k == 0 {
                w = capitalised(&w);
            }
            if k + 1 == len {
                w.push('.');
            }
            words.push(w);
        }
    }
    words
}

/// Edits 8-20 % of the words (substitutions, keeping sentence ends).
fn edit(rng: &mut Rng, vocab: &[String], words: &[String]) -> Vec<String> {
    let share = 0.08 + 0.12 * (rng.below(100) as f64 / 100.0);
    words
        .iter()
        .map(|w| {
            if rng.chance(share) {
                let mut n = vocab[rng.below(vocab.len())].clone();
                if w.starts_with(char::is_uppercase) {
                    n = capitalised(&n);
                }
                if w.ends_with('.') {
                    n.push('.');
                }
                n
            } else {
                w.clone()
            }
        })
        .collect()
}

/// The paragraph of `a` a paragraph came from, and whether verbatim.
type Origin = Option<(usize, bool)>;

struct Member {
    text: String,
    /// For each paragraph (after the title), the paragraph of `a` it came
    /// from and whether it was copied verbatim.
    from: Vec<Option<(usize, bool)>>,
    /// For each paragraph of `a`, its first identical twin in `a` (itself
    /// when it has none).
    twin_of: Vec<usize>,
    /// For each paragraph, the first of this member's paragraphs with the
    /// same text (itself when it has none).
    copy_of: Vec<usize>,
}

/// Report `a` of about `bytes` bytes and `members` reports derived from it:
/// each of a's paragraphs kept with p = 0.5 (half of them edited, a quarter
/// moved), unique paragraphs added until as large as `a`.
fn cluster(seed: u64, bytes: usize, members: usize, vocab_size: usize) -> (String, Vec<Member>) {
    cluster_from(seed, bytes, members, vocab_size, None, false)
}

/// The same sentences in reverse order.
fn reordered(words: &[String]) -> Vec<String> {
    let mut sentences: Vec<&[String]> = words.split_inclusive(|w| w.ends_with('.')).collect();
    sentences.reverse();
    sentences.concat()
}

/// [`cluster`], with `a`'s paragraphs drawn from `pool` distinct ones when
/// given (so that `a` repeats itself, as a long live blog or a generator
/// recycling its source does); with `reorder`, the pool also holds each
/// of them with its sentences in reverse order (the same content terms,
/// written otherwise).
fn cluster_from(
    seed: u64,
    bytes: usize,
    members: usize,
    vocab_size: usize,
    pool: Option<usize>,
    reorder: bool,
) -> (String, Vec<Member>) {
    let mut rng = Rng(seed);
    let vocab = vocabulary(vocab_size);
    let mut sources: Vec<Vec<String>> = (0..pool.unwrap_or(0))
        .map(|_| paragraph(&mut rng, &vocab))
        .collect();
    if reorder {
        let turned: Vec<Vec<String>> = sources.iter().map(|p| reordered(p)).collect();
        sources.extend(turned);
    }
    let mut a: Vec<Vec<String>> = Vec::new();
    let mut size = 0;
    while size < bytes {
        let p = if sources.is_empty() {
            paragraph(&mut rng, &vocab)
        } else {
            sources[rng.below(sources.len())].clone()
        };
        size += p.iter().map(|w| w.len() + 1).sum::<usize>();
        a.push(p);
    }
    let join = |title: &str, paras: &[Vec<String>]| {
        let mut t = format!("{title}\n\n");
        for p in paras {
            t.push_str(&p.join(" "));
            t.push_str("\n\n");
        }
        t
    };
    let text_a = join("Report A", &a);
    // With a pool, a paragraph's twins in `a` are its first occurrence's.
    let first: Vec<usize> = (0..a.len())
        .map(|i| a.iter().position(|p| *p == a[i]).unwrap_or(i))
        .collect();
    let mut out = Vec::new();
    for m in 0..members {
        let mut paras: Vec<(Vec<String>, Origin)> = Vec::new();
        let mut moved = Vec::new();
        for (i, p) in a.iter().enumerate() {
            if !rng.chance(0.5) {
                continue;
            }
            let verbatim = rng.chance(0.5);
            let q = if verbatim {
                p.clone()
            } else {
                edit(&mut rng, &vocab, p)
            };
            if rng.chance(0.25) {
                moved.push((q, Some((i, verbatim))));
            } else {
                paras.push((q, Some((i, verbatim))));
            }
        }
        for q in moved {
            let at = rng.below(paras.len() + 1);
            paras.insert(at, q);
        }
        let mut size: usize = paras.iter().flat_map(|p| &p.0).map(|w| w.len() + 1).sum();
        while size < bytes {
            let p = paragraph(&mut rng, &vocab);
            size += p.iter().map(|w| w.len() + 1).sum::<usize>();
            let at = rng.below(paras.len() + 1);
            paras.insert(at, (p, None));
        }
        let (texts, from): (Vec<_>, Vec<_>) = paras.into_iter().unzip();
        let copy_of = (0..texts.len())
            .map(|j| texts.iter().position(|t| *t == texts[j]).unwrap_or(j))
            .collect();
        out.push(Member {
            text: join(&format!("Report {m}"), &texts),
            from,
            twin_of: first.clone(),
            copy_of,
        });
    }
    (text_a, out)
}

fn article(name: &str, text: &str) -> Article {
    parse_text(name, text, Format::Plain)
        .expect("generated text parses")
        .remove(0)
}

/// Shared-paragraph recall measured two ways, the worst member's each.
struct Recall {
    /// A paragraph counts in a row with its source or any identical twin
    /// of it.
    any_twin: f64,
    /// As `../shared/bench/align_recall.py` counts: the first of the
    /// member's paragraphs with the paragraph's text must share a row with
    /// the first of a's paragraphs with its source's text (the tellings
    /// of a repeated paragraph read where it first appears).
    first_twin: f64,
}

/// (recall, verbatim paragraphs missed, share of a's paragraphs sharing a
/// row with another of a's).
fn measure(al: &Alignment, members: &[Member]) -> (Recall, usize, f64) {
    // Paragraph 0 is the title in every generated report.
    let row = |r: usize, p: usize| al.row_of(r, p + 1);
    let mut worst = Recall {
        any_twin: 1.0,
        first_twin: 1.0,
    };
    let mut verbatim_missed = 0;
    for (m, member) in members.iter().enumerate() {
        let (mut ok, mut first_ok, mut total) = (0usize, 0usize, 0usize);
        for (j, from) in member.from.iter().enumerate() {
            let Some((i, verbatim)) = *from else { continue };
            total += 1;
            // A row with an identical twin of the source is as good.
            let good = row(m + 1, j).is_some_and(|r| {
                (0..member.twin_of.len())
                    .filter(|&t| member.twin_of[t] == member.twin_of[i])
                    .any(|t| row(0, t) == Some(r))
            });
            ok += usize::from(good);
            verbatim_missed += usize::from(verbatim && !good);
            let first = row(m + 1, member.copy_of[j]);
            first_ok += usize::from(first.is_some() && first == row(0, member.twin_of[i]));
        }
        worst.any_twin = worst.any_twin.min(ok as f64 / total.max(1) as f64);
        worst.first_twin = worst.first_twin.min(first_ok as f64 / total.max(1) as f64);
    }
    let a_paras = al.rows.iter().map(|r| r.cells[0].len()).sum::<usize>();
    let merged: usize = al
        .rows
        .iter()
        .map(|r| r.cells[0].len())
        .filter(|&n| n > 1)
        .sum();
    (worst, verbatim_missed, merged as f64 / a_paras as f64)
}

/// Aligns `a` with one generated member and holds the issue's bars for a
/// pair: recall at least 0.99, every verbatim paragraph aligned, at most
/// 1% of a's paragraphs falsely merged.
fn assert_pair_aligns(a: &str, member: &Member) {
    let arts = vec![article("a.txt", a), article("b.txt", &member.text)];
    let al = align(&arts, &AlignOptions::default());
    let (recall, verbatim_missed, merged) = measure(&al, std::slice::from_ref(member));
    assert!(recall.any_twin >= 0.99, "recall {}", recall.any_twin);
    assert!(recall.first_twin >= 0.99, "recall {}", recall.first_twin);
    assert_eq!(verbatim_missed, 0);
    assert!(merged <= 0.01, "false merges {merged}");
}

#[test]
fn two_large_reports_with_a_small_vocabulary_align() {
    // 500 words, 2 x 300 KB: every single word is in thousands of
    // sentences, so only n-gram keys and twins can find the pairs.
    let (a, members) = cluster(7, 300_000, 1, 500);
    assert_pair_aligns(&a, &members[0]);
}

#[test]
fn a_report_that_repeats_itself_aligns_every_copy() {
    // 60 distinct paragraphs make up 120 KB: each is in `a` about 15
    // times, so sentence profiles are shared by many copies and every
    // copy's source has identical twins.
    let (a, members) = cluster_from(5, 120_000, 1, 500, Some(60), false);
    assert_pair_aligns(&a, &members[0]);
}

#[test]
fn an_edited_copy_goes_with_its_source_not_with_the_source_reordered() {
    // 40 paragraphs and the same 40 with their sentences in reverse order
    // make up 100 KB: an edited copy has the same content score for the
    // copies of its source and of its reordered twin, and must go with
    // the former (as a repeat when they are all taken).
    let (a, members) = cluster_from(9, 100_000, 1, 500, Some(40), true);
    assert_pair_aligns(&a, &members[0]);
}

/// Aligns a generated report `a` (seed `seed`, 6,500 words) with `n`
/// members and checks the N-way bars: recall >= 0.98, every verbatim
/// paragraph aligned, false merges <= 0.02.
fn members_align(seed: u64, n: usize) -> Alignment {
    let (a, members) = cluster(seed, 6_500, n, 2_000);
    let mut arts = vec![article("a.txt", &a)];
    arts.extend(
        members
            .iter()
            .enumerate()
            .map(|(i, m)| article(&format!("m{i}.txt"), &m.text)),
    );
    let al = align(&arts, &AlignOptions::default());
    let (recall, verbatim_missed, merged) = measure(&al, &members);
    assert!(recall.any_twin >= 0.98, "recall {}", recall.any_twin);
    assert!(recall.first_twin >= 0.98, "recall {}", recall.first_twin);
    assert_eq!(verbatim_missed, 0);
    assert!(merged <= 0.02, "false merges {merged}");
    al
}

#[test]
fn ten_reports_align_pairwise_without_chaining() {
    // Up to ten reports every pair of reports is linked.
    let al = members_align(13, 9);
    assert!(
        al.links.iter().any(|l| l.a.article > 0),
        "links between members"
    );
}

#[test]
fn twenty_reports_align_without_chaining() {
    let al = members_align(11, 19);
    // Beyond ten reports, links are with the pivot only, and groups lead
    // with the pivot's sentence and hold one sentence per report.
    assert!(al.links.iter().all(|l| l.a.article == 0));
    assert!(!al.sentence_groups.is_empty());
    for g in &al.sentence_groups {
        assert!(g.len() >= 2);
        let mut reports: Vec<usize> = g.iter().map(|s| s.article).collect();
        assert_eq!(reports[0], 0, "{g:?}");
        reports.dedup();
        assert_eq!(reports.len(), g.len(), "one sentence per report: {g:?}");
    }
}

#[test]
fn many_reports_pair_name_variants_with_the_pivot_only() {
    // Twelve reports, half writing "United States" and half "US" twice
    // each: every report pair would be a name variant. Beyond ten reports
    // the table holds pairs with the pivot only, so it grows with the
    // reports, not with their pairs.
    let reports = 12;
    let arts: Vec<Article> = (0..reports)
        .map(|i| {
            let name = if i % 2 == 0 { "United States" } else { "US" };
            let text = format!(
                "Envoys meet in Geneva\n\n\
                 The {name} envoy met the council on Monday to discuss the harbour.\n\n\
                 Officials said the {name} delegation would stay for {d} days.\n\n\
                 Report {i} adds a line of its own about the weather in Geneva.\n",
                d = 3 + i % 4
            );
            article(&format!("r{i}.txt"), &text)
        })
        .collect();
    let cmp = storydiff::Comparison::new(arts, &storydiff::Options::default());
    let subs = &cmp.analysis.substitutions;
    assert!(!subs.is_empty(), "the variants are found");
    assert!(
        subs.iter().all(|s| s.articles.contains(&0)),
        "pivot pairs only: {subs:?}"
    );
    assert!(subs.len() <= 2 * (reports - 1), "{}", subs.len());
}

#[test]
fn an_edited_copy_goes_with_its_source_over_a_reordered_rewrite_scoring_a_little_higher() {
    // Report a tells the fares and the storms twice: as paragraph 2 ("Last
    // winter ...") and reordered without the time words as paragraph 3.
    // Report b's paragraph 2 is paragraph 2 edited ("This year", "went
    // up", "shut"): by content terms it is a little closer to paragraph 3
    // (no "last winter" left over), but it is written as a copy of 2.
    let a = article(
        "a.txt",
        "Harbour board meets\n\n\
         The harbour board met on Tuesday evening to discuss the ferry timetable for the coming summer season.\n\n\
         Last winter the ferry fares rose by four percent while the crossing times grew longer. \
         The board blamed the storms that closed the northern pier.\n\n\
         The board blamed the storms that closed the northern pier. \
         The ferry fares rose by four percent while the crossing times grew longer.\n\n\
         A new pier is planned for the eastern shore, but no date has been set for the building work.\n",
    );
    let b = article(
        "b.txt",
        "Ferry fares up\n\n\
         The harbour board met on Tuesday evening to discuss the ferry timetable for the coming summer season.\n\n\
         This year the ferry fares went up by four percent while the crossing times grew longer. \
         The board blamed the storms that shut the northern pier.\n\n\
         A new pier is planned for the eastern shore, but no date has been set for the building work.\n",
    );
    let al = align(&[a, b], &AlignOptions::default());
    assert_eq!(al.row_of(1, 2), al.row_of(0, 2), "{:?}", al.rows);
    assert_eq!(al.row_of(1, 3), al.row_of(0, 4));
}

#[test]
fn an_edited_copy_goes_with_the_twin_whose_marks_it_kept() {
    // Report a prints one statement twice, quoted (paragraph 1) and
    // unquoted (paragraph 3): the same words, the same content score for
    // any copy. Report b's paragraph 1 is the unquoted one edited: it
    // kept its marks, so it goes with paragraph 3, not with the earlier
    // quoted twin.
    let a = article(
        "a.txt",
        "Harbour board meets\n\n\
         \"The ferry fares rose by four percent this spring and the crossing grew longer,\" the mayor said.\n\n\
         A new pier is planned for the eastern shore, but no date has been set for the building work.\n\n\
         The ferry fares rose by four percent this spring and the crossing grew longer, the mayor said.\n",
    );
    let b = article(
        "b.txt",
        "Ferry fares up\n\n\
         The ferry fares rose by four percent this spring and the crossing grew slower, the mayor said.\n",
    );
    let al = align(&[a, b], &AlignOptions::default());
    assert_eq!(al.row_of(1, 1), al.row_of(0, 3), "{:?}", al.rows);
}
