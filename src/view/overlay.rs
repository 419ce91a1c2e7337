//! Laying byte spans of a paragraph (quotations, fact spans) over its
//! highlighted segments: segments are cut at the spans' ends and the parts
//! inside are changed.

use std::ops::Range;

use super::Segment;

/// Cuts `segs` at the ends of `spans` (byte ranges into the paragraph's
/// text) and calls `apply` on each part inside a span, with that span's
/// tag. Segments for which `own` is false are not the paragraph's text:
/// they take no room in its offsets and are left alone. Spans off the text
/// or inside a character are ignored.
pub(super) fn overlay<T: Copy>(
    segs: Vec<Segment>,
    spans: &[(Range<usize>, T)],
    own: impl Fn(&Segment) -> bool,
    apply: impl Fn(&mut Segment, T),
) -> Vec<Segment> {
    let mut out = Vec::with_capacity(segs.len() + 2 * spans.len());
    let mut offset = 0;
    for seg in segs {
        if !own(&seg) {
            out.push(seg);
            continue;
        }
        let start = offset;
        offset += seg.text.len();
        // Cut points inside this segment, relative to its start.
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
            let mut part = Segment {
                text: seg.text[from..to].to_string(),
                ..seg.clone()
            };
            if let Some((_, tag)) = spans
                .iter()
                .find(|(r, _)| r.start <= abs.start && abs.end <= r.end)
            {
                apply(&mut part, *tag);
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
}
