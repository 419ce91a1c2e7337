//! Highlighting one paragraph: its sentences' word diffs against the
//! reference column (from the alignment's sentence links), then the
//! analysis's quotations, unique facts and off-topic paragraphs on top.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use super::overlay::overlay;
use super::{Mark, QuoteKind, QuoteRef, RowStatus, Segment, ViewParagraph};
use crate::Comparison;
use crate::align::{DiffOp, LinkGrade, SentenceLink};
use crate::analysis::QuoteStatus;
use crate::model::{Article, ArticleId, ParaKind, Paragraph, SentenceRef};

/// A quotation's byte range in its paragraph.
type QuoteSpan = (Range<usize>, QuoteRef);

/// A unique fact's byte range in its paragraph (no tag).
type FactSpan = (Range<usize>, ());

/// Lookups built once per view from the comparison.
pub(super) struct Context<'a> {
    /// The comparison being shown.
    pub cmp: &'a Comparison,
    /// Shown reports, reference first.
    pub columns: &'a [ArticleId],
    offtopic: &'a HashSet<(ArticleId, usize)>,
    facts: HashMap<(ArticleId, usize), Vec<FactSpan>>,
    conflicts: HashMap<(ArticleId, usize), Vec<FactSpan>>,
    quotes: HashMap<(ArticleId, usize), Vec<QuoteSpan>>,
    /// Links of a sentence into one other report, in the alignment's
    /// (sorted) order.
    links: HashMap<(SentenceRef, ArticleId), Vec<&'a SentenceLink>>,
}

/// Who a piece of a linked sentence belongs to, seen from one side.
pub(super) enum Side {
    /// In both sentences.
    Both,
    /// Only in this side's sentence.
    Mine,
    /// Only in the other side's sentence.
    Theirs,
    /// Worded differently: this side's words, then the other's.
    Changed,
}

impl<'a> Context<'a> {
    /// Indexes links, quotes and facts for the shown columns.
    pub fn new(
        cmp: &'a Comparison,
        columns: &'a [ArticleId],
        offtopic: &'a HashSet<(ArticleId, usize)>,
    ) -> Self {
        let mut facts: HashMap<(ArticleId, usize), Vec<FactSpan>> = HashMap::new();
        for u in cmp
            .analysis
            .unique_facts
            .iter()
            .chain(&cmp.analysis.added_details)
        {
            let sentence = cmp
                .articles
                .get(u.article)
                .and_then(|x| x.paragraphs.get(u.paragraph))
                .and_then(|p| p.sentences.get(u.sentence_index));
            // The fact spans; the whole sentence when none is given.
            let spans: Vec<Range<usize>> = if u.spans.is_empty() {
                sentence.cloned().into_iter().collect()
            } else {
                u.spans.clone()
            };
            facts
                .entry((u.article, u.paragraph))
                .or_default()
                .extend(spans.into_iter().map(|r| (r, ())));
        }
        let mut conflicts: HashMap<(ArticleId, usize), Vec<FactSpan>> = HashMap::new();
        for v in cmp.analysis.conflicts.iter().flat_map(|c| &c.values) {
            conflicts
                .entry((v.article, v.paragraph))
                .or_default()
                .push((v.span.clone(), ()));
        }
        for spans in conflicts.values_mut() {
            spans.sort_by_key(|(r, ())| r.start);
        }
        let mut quotes: HashMap<(ArticleId, usize), Vec<QuoteSpan>> = HashMap::new();
        for (index, q) in cmp.analysis.quotes.iter().enumerate() {
            let kind = match q.status {
                QuoteStatus::Verbatim | QuoteStatus::Partial => QuoteKind::Shared,
                QuoteStatus::Altered => QuoteKind::Altered,
                QuoteStatus::Unique => QuoteKind::Unique,
            };
            for o in &q.occurrences {
                // A quotation split by its attribution, or run over
                // paragraphs, has several parts; a plain one only its span.
                let first = [(o.paragraph, o.span.clone())];
                let parts = if o.parts.is_empty() {
                    &first[..]
                } else {
                    &o.parts[..]
                };
                for (p, r) in parts {
                    quotes
                        .entry((o.article, *p))
                        .or_default()
                        .push((r.clone(), QuoteRef { kind, index }));
                }
            }
        }
        let mut links: HashMap<(SentenceRef, ArticleId), Vec<&SentenceLink>> = HashMap::new();
        for l in &cmp.alignment.links {
            for (me, other) in [(l.a, l.b), (l.b, l.a)] {
                links.entry((me, other.article)).or_default().push(l);
            }
        }
        Context {
            cmp,
            columns,
            offtopic,
            facts,
            conflicts,
            quotes,
            links,
        }
    }

    /// The link of `s` into report `other` to show: the best one into
    /// `near` (the other report's paragraphs in the same row, so that a
    /// cell's changes are against what sits beside it), else the best one.
    /// Ties (up to float noise) go to the first in the alignment's order,
    /// so the view is the same on every run.
    pub fn link(
        &self,
        s: SentenceRef,
        other: ArticleId,
        near: &[usize],
    ) -> Option<&'a SentenceLink> {
        let all = self.links.get(&(s, other))?;
        let best = |near_only: bool| {
            all.iter()
                .filter(|l| {
                    let end = if l.a == s { l.b } else { l.a };
                    !near_only || near.contains(&end.paragraph)
                })
                .fold(None::<&&SentenceLink>, |acc, l| match acc {
                    Some(b) if rounded(b.similarity) >= rounded(l.similarity) => Some(b),
                    _ => Some(l),
                })
                .copied()
        };
        best(true).or_else(|| best(false))
    }

    /// The best link of `s` into report `other` whose other end lies in
    /// one of the `near` paragraphs (the cell beside), if any.
    pub fn link_beside(
        &self,
        s: SentenceRef,
        other: ArticleId,
        near: &[usize],
    ) -> Option<&'a SentenceLink> {
        self.link(s, other, near).filter(|l| {
            let end = if l.a == s { l.b } else { l.a };
            near.contains(&end.paragraph)
        })
    }

    /// The mark of a paragraph's text outside any linked sentence.
    pub fn base_mark(&self, a: ArticleId, p: usize, kind: ParaKind, status: RowStatus) -> Mark {
        match kind {
            ParaKind::Title | ParaKind::Headline => Mark::Title,
            ParaKind::Meta => Mark::Meta,
            ParaKind::Furniture => Mark::OffTopic,
            ParaKind::Body if self.offtopic.contains(&(a, p)) => Mark::OffTopic,
            ParaKind::Body if status == RowStatus::Unmatched => Mark::Unmatched,
            ParaKind::Body => Mark::Plain,
        }
    }

    /// Paragraph `p` of report `a`, shown in column `ci` of a row with
    /// `status` whose shown cells are `row`.
    pub fn paragraph(
        &self,
        ci: usize,
        a: ArticleId,
        p: usize,
        status: RowStatus,
        row: &[&[usize]],
    ) -> ViewParagraph {
        let Some(para) = self.cmp.articles.get(a).and_then(|x| x.paragraphs.get(p)) else {
            return empty(a, p);
        };
        let base = self.base_mark(a, p, para.kind, status);
        let others: Vec<(ArticleId, &[usize])> = if ci == 0 {
            self.columns
                .iter()
                .zip(row)
                .skip(1)
                .map(|(&o, c)| (o, *c))
                .collect()
        } else {
            vec![(self.columns[0], row.first().copied().unwrap_or(&[]))]
        };
        let segs = linked_segments(
            &self.cmp.articles,
            para,
            a,
            p,
            base,
            // Side by side, changes are told against the paragraph beside
            // only: a link into another row would mark words against text
            // that is not on the screen's line (a "+" paragraph with edits).
            |s| {
                others
                    .iter()
                    .find_map(|&(o, near)| self.link_beside(s, o, near))
            },
            |segs, s, equal, _, runs| {
                for (side, mine, _) in runs {
                    let mark = match side {
                        Side::Both => equal,
                        Side::Changed => Mark::Replaced,
                        Side::Mine if ci == 0 => Mark::Deleted,
                        Side::Mine => Mark::Inserted,
                        Side::Theirs => continue,
                    };
                    segs.push(Segment::new(mine, mark, Some(s)));
                }
            },
        );
        ViewParagraph {
            article: a,
            paragraph: p,
            kind: para.kind,
            segments: merge(self.highlight(a, p, segs, |_| true)),
        }
    }

    /// Marks of a sentence's text: in a link (equal parts) and alone.
    pub fn sentence_marks(base: Mark) -> (Mark, Mark) {
        match base {
            Mark::Title | Mark::Meta | Mark::OffTopic => (base, base),
            _ => (Mark::Equal, base),
        }
    }

    /// Applies the analysis to a paragraph's segments: quotations tag
    /// the words they span, unique facts mark theirs. `own` says which
    /// segments are the paragraph's own text (the inline layout adds other
    /// reports' words, which take no room in the paragraph's byte offsets).
    pub fn highlight(
        &self,
        a: ArticleId,
        p: usize,
        segs: Vec<Segment>,
        own: impl Fn(&Segment) -> bool,
    ) -> Vec<Segment> {
        let segs = match self.quotes.get(&(a, p)) {
            Some(spans) => overlay(segs, spans, &own, |s, q| s.quote = Some(q)),
            None => segs,
        };
        let body = |m: Mark| {
            matches!(
                m,
                Mark::Plain
                    | Mark::Equal
                    | Mark::Unmatched
                    | Mark::Inserted
                    | Mark::Deleted
                    | Mark::Replaced
            )
        };
        let segs = match self.facts.get(&(a, p)) {
            Some(spans) => overlay(segs, spans, &own, |s, ()| {
                if body(s.mark) {
                    s.mark = Mark::UniqueFact;
                }
            }),
            None => segs,
        };
        // Conflicting figures show over every other body mark.
        match self.conflicts.get(&(a, p)) {
            Some(spans) => overlay(segs, spans, &own, |s, ()| {
                if body(s.mark) || s.mark == Mark::UniqueFact {
                    s.mark = Mark::Conflict;
                }
            }),
            None => segs,
        }
    }

    /// Linked sentences in shown columns, for every shown sentence, best
    /// link first.
    pub fn counterparts(&self) -> BTreeMap<SentenceRef, Vec<SentenceRef>> {
        let shown: HashSet<ArticleId> = self.columns.iter().copied().collect();
        let mut map: BTreeMap<SentenceRef, Vec<(f64, SentenceRef)>> = BTreeMap::new();
        for l in &self.cmp.alignment.links {
            if shown.contains(&l.a.article) && shown.contains(&l.b.article) {
                map.entry(l.a).or_default().push((l.similarity, l.b));
                map.entry(l.b).or_default().push((l.similarity, l.a));
            }
        }
        map.into_iter()
            .map(|(k, mut v)| {
                v.sort_by(|x, y| rounded(y.0).cmp(&rounded(x.0)).then(x.1.cmp(&y.1)));
                (k, v.into_iter().map(|(_, s)| s).collect())
            })
            .collect()
    }
}

/// A similarity in millionths: the engine sums floats in hash order, so
/// equal scores may differ in their last bits from one run to the next.
fn rounded(x: f64) -> i64 {
    // Similarities lie in [0, 1]; the product fits an i64 exactly.
    #[allow(clippy::cast_possible_truncation)]
    let r = (x * 1e6).round() as i64;
    r
}

/// A paragraph that is not there (a stale index): shown as nothing.
fn empty(article: ArticleId, paragraph: usize) -> ViewParagraph {
    ViewParagraph {
        article,
        paragraph,
        kind: ParaKind::Body,
        segments: Vec::new(),
    }
}

/// The segments of one paragraph: gaps and unlinked sentences keep the
/// base marks; each sentence with a link (found by `link_of`) hands its
/// diff runs and its "equal" mark to `emit` (a `related` link marks its
/// sentence [`Mark::Related`] as a whole instead). Shared by the side-by-side
/// cells and the inline layout, which differ only in how they show a change.
pub(super) fn linked_segments<'l>(
    articles: &'l [Article],
    para: &Paragraph,
    a: ArticleId,
    p: usize,
    base: Mark,
    mut link_of: impl FnMut(SentenceRef) -> Option<&'l SentenceLink>,
    mut emit: impl FnMut(
        &mut Vec<Segment>,
        SentenceRef,
        Mark,
        &'l SentenceLink,
        Vec<(Side, &'l str, &'l str)>,
    ),
) -> Vec<Segment> {
    let mut segs = Vec::new();
    for_each_sentence(para, |piece| match piece {
        Piece::Gap(t) => segs.push(Segment::new(t, base, None)),
        Piece::Sentence(si, text) => {
            let s = SentenceRef {
                article: a,
                paragraph: p,
                sentence: si,
            };
            let (equal, alone) = Context::sentence_marks(base);
            let linked = link_of(s).and_then(|l| sided_runs(articles, l, s, text).map(|r| (l, r)));
            match linked {
                // A related link shares only part of a claim: a word diff
                // would be confetti, so the sentence is marked as a whole.
                Some((l, _)) if l.grade == LinkGrade::Related => {
                    let mark = if equal == Mark::Equal {
                        Mark::Related
                    } else {
                        equal
                    };
                    segs.push(Segment::new(text, mark, Some(s)));
                }
                Some((l, runs)) => emit(&mut segs, s, equal, l, runs),
                None => segs.push(Segment::new(text, alone, Some(s))),
            }
        }
    });
    segs
}

/// A paragraph's text in order: sentences and the gaps between them.
pub(super) enum Piece<'t> {
    /// Text outside any sentence.
    Gap(&'t str),
    /// Sentence `i` and its text.
    Sentence(usize, &'t str),
}

/// Walks a paragraph's sentences and gaps; invalid ranges count as gaps.
pub(super) fn for_each_sentence<'t>(para: &'t Paragraph, mut f: impl FnMut(Piece<'t>)) {
    let text = para.text.as_str();
    let mut at = 0;
    for (i, r) in para.sentences.iter().enumerate() {
        let (Some(gap), Some(s)) = (text.get(at..r.start), text.get(r.clone())) else {
            continue;
        };
        if !gap.is_empty() {
            f(Piece::Gap(gap));
        }
        f(Piece::Sentence(i, s));
        at = r.end;
    }
    if let Some(rest) = text.get(at..).filter(|r| !r.is_empty()) {
        f(Piece::Gap(rest));
    }
}

/// The link's diff seen from sentence `s`: `(side, my words, their
/// words)`. `None` when the runs do not rebuild `text` (a link from an
/// older comparison), so the caller shows the sentence unmarked.
pub(super) fn sided_runs<'l>(
    articles: &'l [Article],
    l: &'l SentenceLink,
    s: SentenceRef,
    text: &str,
) -> Option<Vec<(Side, &'l str, &'l str)>> {
    let mine_is_a = l.a == s;
    let runs: Vec<(Side, &str, &str)> = l
        .runs(articles)
        .map(|r| {
            let (mine, theirs) = if mine_is_a { (r.a, r.b) } else { (r.b, r.a) };
            let side = match r.op {
                DiffOp::Equal => Side::Both,
                DiffOp::Replace => Side::Changed,
                DiffOp::Delete if mine_is_a => Side::Mine,
                DiffOp::Insert if !mine_is_a => Side::Mine,
                DiffOp::Delete | DiffOp::Insert => Side::Theirs,
            };
            (side, mine, theirs)
        })
        .collect();
    let rebuilt: usize = runs.iter().map(|r| r.1.len()).sum();
    let same = rebuilt == text.len() && {
        let mut at = 0;
        runs.iter().all(|r| {
            let ok = text.get(at..at + r.1.len()) == Some(r.1);
            at += r.1.len();
            ok
        })
    };
    same.then_some(runs)
}

/// Joins neighbours with the same highlight, sentence and quotation, and
/// drops empty segments.
pub(super) fn merge(segs: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segs.len());
    for s in segs {
        if s.text.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last)
                if last.mark == s.mark && last.sentence == s.sentence && last.quote == s.quote =>
            {
                last.text.push_str(&s.text);
            }
            _ => out.push(s),
        }
    }
    out
}
