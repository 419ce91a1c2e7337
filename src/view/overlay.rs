//! Laying byte spans of a paragraph (quotations, fact spans) over its
//! highlighted segments: segments are cut at the spans' ends and the parts
//! inside are changed.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::ops::Range;

use super::Segment;

/// Cuts `segs` at the ends of `spans` (byte ranges into the paragraph's
/// text) and calls `apply` on each part inside a span, with that span's
/// tag (the first such span in `spans` order). Segments for which `own` is
/// false are not the paragraph's text: they take no room in its offsets
/// and are left alone. Spans off the text or inside a character are
/// ignored.
///
/// O((segments + spans) log spans): the cut points are sorted once and the
/// spans covering the current part are kept in a heap (a paragraph of
/// megabytes has thousands of both).
pub(super) fn overlay<T: Copy>(
    segs: Vec<Segment>,
    spans: &[(Range<usize>, T)],
    own: impl Fn(&Segment) -> bool,
    apply: impl Fn(&mut Segment, T),
) -> Vec<Segment> {
    let mut out = Vec::with_capacity(segs.len() + 2 * spans.len());
    let mut points: Vec<usize> = spans.iter().flat_map(|(r, _)| [r.start, r.end]).collect();
    points.sort_unstable();
    points.dedup();
    // Span indices by start; `open` holds (as a min-heap on the index) the
    // spans that start at or before the current part.
    let mut by_start: Vec<usize> = (0..spans.len()).collect();
    by_start.sort_by_key(|&i| spans[i].0.start);
    let mut next_span = 0;
    let mut open: BinaryHeap<Reverse<usize>> = BinaryHeap::new();
    let mut offset = 0;
    for seg in segs {
        if !own(&seg) {
            out.push(seg);
            continue;
        }
        let start = offset;
        offset += seg.text.len();
        // Cut points inside this segment, relative to its start.
        let lo = points.partition_point(|&c| c <= start);
        let hi = points.partition_point(|&c| c < offset).max(lo);
        let mut cuts: Vec<usize> = points[lo..hi]
            .iter()
            .map(|&c| c - start)
            .filter(|&c| seg.text.is_char_boundary(c))
            .collect();
        cuts.push(seg.text.len());
        let mut from = 0;
        for to in cuts {
            let abs = start + from..start + to;
            let mut part = Segment {
                text: seg.text[from..to].to_string(),
                mark: seg.mark,
                quote: seg.quote,
                sentence: seg.sentence,
            };
            while next_span < by_start.len() && spans[by_start[next_span]].0.start <= abs.start {
                open.push(Reverse(by_start[next_span]));
                next_span += 1;
            }
            // Parts come in text order: a span ending before this part
            // covers no later one.
            while let Some(&Reverse(i)) = open.peek() {
                if spans[i].0.end >= abs.end {
                    break;
                }
                open.pop();
            }
            if let Some(&Reverse(i)) = open.peek() {
                apply(&mut part, spans[i].1);
            }
            out.push(part);
            from = to;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::Mark;

    #[test]
    fn cuts_at_span_ends_only_in_own_text() {
        let segs = vec![
            Segment::new("He said we are ", Mark::Equal, None),
            Segment::new("[theirs]", Mark::Inserted, None),
            Segment::new("ready now", Mark::Replaced, None),
        ];
        // "we are ready" is bytes 8..20 of "He said we are ready now".
        let out = overlay(
            segs,
            &[(8..20, ())],
            |s| s.mark != Mark::Inserted,
            |s, ()| {
                s.mark = Mark::UniqueFact;
            },
        );
        let got: Vec<(&str, Mark)> = out.iter().map(|s| (s.text.as_str(), s.mark)).collect();
        assert_eq!(
            got,
            [
                ("He said ", Mark::Equal),
                ("we are ", Mark::UniqueFact),
                ("[theirs]", Mark::Inserted),
                ("ready", Mark::UniqueFact),
                (" now", Mark::Replaced),
            ]
        );
        // A span inside a character or off the text changes nothing.
        let segs = vec![Segment::new("台风", Mark::Plain, None)];
        let out = overlay(
            segs,
            &[(1..2, ()), (9..12, ())],
            |_| true,
            |s, ()| {
                s.mark = Mark::UniqueFact;
            },
        );
        assert_eq!(out, [Segment::new("台风", Mark::Plain, None)]);
    }

    /// The plain definition: every span checked for every part.
    fn naive(segs: &[Segment], spans: &[(Range<usize>, u8)]) -> Vec<Segment> {
        let mut out = Vec::new();
        let mut offset = 0;
        for seg in segs {
            let start = offset;
            offset += seg.text.len();
            let mut cuts: Vec<usize> = spans
                .iter()
                .flat_map(|(r, _)| [r.start, r.end])
                .filter(|&c| c > start && c < offset)
                .map(|c| c - start)
                .filter(|&c| seg.text.is_char_boundary(c))
                .collect();
            cuts.sort_unstable();
            cuts.dedup();
            cuts.push(seg.text.len());
            let mut from = 0;
            for to in cuts {
                let abs = start + from..start + to;
                let mut part = Segment::new(&seg.text[from..to], seg.mark, None);
                if let Some((_, tag)) = spans
                    .iter()
                    .find(|(r, _)| r.start <= abs.start && abs.end <= r.end)
                {
                    part.mark = if *tag == 0 {
                        Mark::UniqueFact
                    } else {
                        Mark::Inserted
                    };
                }
                out.push(part);
                from = to;
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn same_as_checking_every_span(
            texts in proptest::collection::vec("[ab é]{0,6}", 0..8),
            spans in proptest::collection::vec((0usize..40, 0usize..12, 0u8..2), 0..8),
        ) {
            let segs: Vec<Segment> =
                texts.iter().map(|t| Segment::new(t.as_str(), Mark::Plain, None)).collect();
            let spans: Vec<(Range<usize>, u8)> =
                spans.into_iter().map(|(s, l, t)| (s..s + l, t)).collect();
            let got = overlay(segs.clone(), &spans, |_| true, |s, t| {
                s.mark = if t == 0 { Mark::UniqueFact } else { Mark::Inserted };
            });
            proptest::prop_assert_eq!(got, naive(&segs, &spans));
        }
    }
}
