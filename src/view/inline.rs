//! The inline layout of a row, for narrow output: the reference column's
//! paragraphs with the other shown reports' word changes interleaved (wdiff
//! style: the reference's words as deleted, the other's as inserted), then
//! the other reports' sentences not interleaved there.

use std::collections::HashSet;

use super::cells::{Context, Piece, Side, for_each_sentence, merge};
use super::{Mark, RowStatus, Segment, ViewParagraph};
use crate::model::SentenceRef;

/// The inline paragraphs of one row; `shown` holds each shown column's
/// paragraphs in the row.
pub(super) fn row(ctx: &Context<'_>, shown: &[&[usize]], status: RowStatus) -> Vec<ViewParagraph> {
    let Some(&reference) = ctx.columns.first() else {
        return Vec::new();
    };
    let others = ctx.columns.get(1..).unwrap_or(&[]);
    let mut out = Vec::new();
    // The other reports' sentences already interleaved above.
    let mut told = HashSet::new();
    for &p in shown.first().copied().unwrap_or(&[]) {
        if let Some(vp) = reference_paragraph(ctx, reference, p, status, shown, &mut told) {
            out.push(vp);
        }
    }
    for (&a, paras) in others.iter().zip(shown.iter().skip(1)) {
        for &p in *paras {
            let Some(para) = ctx.cmp.articles[a].paragraphs.get(p) else {
                continue;
            };
            let base = ctx.base_mark(a, p, para.kind, status);
            // Titles, datelines and noise are shown whole; prose only by
            // the sentences the reference lacks, the rest being inline above.
            let whole = matches!(base, Mark::Title | Mark::Meta | Mark::OffTopic)
                && status != RowStatus::Matched;
            let mut segs = Vec::new();
            for_each_sentence(para, |piece| match piece {
                Piece::Gap(t) => segs.push(Segment::new(t, Mark::Inserted, None)),
                Piece::Sentence(si, t) => {
                    let s = SentenceRef {
                        article: a,
                        paragraph: p,
                        sentence: si,
                    };
                    if whole {
                        segs.push(Segment::new(t, base, Some(s)));
                    } else if !told.contains(&s) {
                        let (_, alone) = Context::sentence_marks(Mark::Inserted);
                        segs.push(Segment::new(t, alone, Some(s)));
                    }
                }
            });
            let segs = trim_gaps(segs);
            if segs.iter().any(|s| s.sentence.is_some()) {
                out.push(ViewParagraph {
                    article: a,
                    paragraph: p,
                    kind: para.kind,
                    segments: merge(ctx.highlight(a, p, segs, |_| whole)),
                });
            }
        }
    }
    out
}

/// A reference paragraph with each linked sentence's changes against the
/// first shown report it links to.
fn reference_paragraph(
    ctx: &Context<'_>,
    a: usize,
    p: usize,
    status: RowStatus,
    shown: &[&[usize]],
    told: &mut HashSet<SentenceRef>,
) -> Option<ViewParagraph> {
    let para = ctx.cmp.articles.get(a)?.paragraphs.get(p)?;
    let base = ctx.base_mark(a, p, para.kind, status);
    let others = ctx.columns.get(1..).unwrap_or(&[]);
    let segs = super::cells::linked_segments(
        &ctx.cmp.articles,
        para,
        a,
        p,
        base,
        |s| {
            others
                .iter()
                .zip(shown.iter().skip(1))
                .find_map(|(&o, near)| ctx.link(s, o, near))
        },
        |segs, s, equal, l, runs| {
            told.insert(if l.a == s { l.b } else { l.a });
            for (side, mine, theirs) in runs {
                match side {
                    Side::Both => segs.push(Segment::new(mine, equal, Some(s))),
                    Side::Mine => segs.push(Segment::new(mine, Mark::Deleted, Some(s))),
                    Side::Theirs => segs.push(Segment::new(theirs, Mark::Inserted, Some(s))),
                    Side::Changed => {
                        segs.push(Segment::new(mine, Mark::Deleted, Some(s)));
                        segs.push(Segment::new(theirs, Mark::Inserted, Some(s)));
                    }
                }
            }
        },
    );
    Some(ViewParagraph {
        article: a,
        paragraph: p,
        kind: para.kind,
        segments: merge(ctx.highlight(a, p, segs, |s| s.mark != Mark::Inserted)),
    })
}

/// Drops gaps left at the ends or doubled where sentences were skipped.
fn trim_gaps(segs: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segs.len());
    for s in segs {
        let gap = s.sentence.is_none();
        if gap && out.last().is_none_or(|l| l.sentence.is_none()) {
            continue;
        }
        out.push(s);
    }
    while out.last().is_some_and(|l| l.sentence.is_none()) {
        out.pop();
    }
    out
}
