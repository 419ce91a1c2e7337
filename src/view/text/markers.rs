//! Highlights spelt out in text, for output without colour: wdiff-style
//! markers (`[-deleted-]`, `{+inserted+}`, `<<quote>>` ...) around each
//! highlighted run, with the spaces at a run's ends kept outside.

use crate::view::{Mark, Segment};

/// What a decorated segment is, so that wrapping never separates a marker
/// from the words it encloses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    /// Report text.
    Text,
    /// An opening marker.
    Open,
    /// A closing marker.
    Close,
}

/// Adds the no-colour markers of [`crate::view::Mark::plain_markers`]
/// around highlighted runs. Marker segments carry the highlight they open
/// or close.
pub fn decorate(segs: &[Segment]) -> Vec<Segment> {
    decorate_with(segs, Mark::plain_markers).0
}

/// [`decorate`], telling markers from text.
pub(super) fn decorate_tagged(segs: &[Segment]) -> (Vec<Segment>, Vec<Tag>) {
    decorate_with(segs, Mark::plain_markers)
}

/// Adds the markers `markers` gives each highlight (quotations' around
/// each quotation, the segment's own around each run of it), spaces at a
/// run's ends kept outside; says which segments are markers.
pub(crate) fn decorate_with(
    segs: &[Segment],
    markers: impl Fn(Mark) -> (&'static str, &'static str),
) -> (Vec<Segment>, Vec<Tag>) {
    let mut out: Vec<(Segment, Tag)> = Vec::with_capacity(segs.len() * 2);
    let marker = |text: &str, seg: &Segment, mark, tag| {
        (
            Segment {
                text: text.to_string(),
                mark,
                quote: seg.quote,
                sentence: seg.sentence,
            },
            tag,
        )
    };
    for (i, seg) in segs.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| &segs[j]);
        let next = segs.get(i + 1);
        if let Some(q) = seg.quote.filter(|q| prev.and_then(|p| p.quote) != Some(*q)) {
            let m = q.kind.mark();
            out.push(marker(markers(m).0, seg, m, Tag::Open));
        }
        let (open, close) = markers(seg.mark);
        let same =
            |o: Option<&Segment>| o.is_some_and(|o| o.mark == seg.mark && o.quote == seg.quote);
        if !same(prev) {
            out.push(marker(open, seg, seg.mark, Tag::Open));
        }
        out.push((seg.clone(), Tag::Text));
        if !same(next) {
            out.push(marker(close, seg, seg.mark, Tag::Close));
        }
        if let Some(q) = seg.quote.filter(|q| next.and_then(|n| n.quote) != Some(*q)) {
            let m = q.kind.mark();
            out.push(marker(markers(m).1, seg, m, Tag::Close));
        }
    }
    out.retain(|(s, _)| !s.text.is_empty());
    spaces_outside(&mut out);
    out.retain(|(s, _)| !s.text.is_empty());
    drop_empty_pairs(&mut out);
    out.into_iter().unzip()
}

/// Removes markers left around nothing (a run that was only spaces).
fn drop_empty_pairs(out: &mut Vec<(Segment, Tag)>) {
    let mut i = 0;
    while i + 1 < out.len() {
        let pair = out[i].1 == Tag::Open && out[i + 1].1 == Tag::Close;
        if pair && out[i].0.mark == out[i + 1].0.mark {
            out.drain(i..i + 2);
            i = i.saturating_sub(1);
        } else {
            i += 1;
        }
    }
}

/// Moves spaces at the inner ends of markers outside them, so that
/// `Sunday[~ afternoon~]` reads `Sunday [~afternoon~]`.
fn spaces_outside(out: &mut [(Segment, Tag)]) {
    // Opening markers: pull leading spaces of the text after them forward.
    for i in (0..out.len()).rev() {
        if out[i].1 != Tag::Open {
            continue;
        }
        let mut j = i;
        while j > 0 && out[j - 1].1 == Tag::Open {
            j -= 1;
        }
        if let Some(k) = (i + 1..out.len()).find(|&k| out[k].1 == Tag::Text) {
            let text = &out[k].0.text;
            let lead = text.len() - text.trim_start().len();
            if lead > 0 && (i + 1..k).all(|m| out[m].1 == Tag::Open) {
                let ws: String = text[..lead].to_string();
                out[k].0.text.drain(..lead);
                prepend_before(out, j, &ws);
            }
        }
    }
    // Closing markers: push trailing spaces of the text before them back.
    for i in 0..out.len() {
        if out[i].1 != Tag::Close || (i > 0 && out[i - 1].1 == Tag::Close) {
            continue;
        }
        let mut j = i;
        while j + 1 < out.len() && out[j + 1].1 == Tag::Close {
            j += 1;
        }
        if i > 0 && out[i - 1].1 == Tag::Text {
            let text = &out[i - 1].0.text;
            let keep = text.trim_end().len();
            if keep < text.len() {
                let ws = text[keep..].to_string();
                out[i - 1].0.text.truncate(keep);
                append_after(out, j, &ws);
            }
        }
    }
}

/// Puts `ws` at the end of the text before position `j`, or at the start
/// of the marker at `j` when nothing precedes it.
fn prepend_before(out: &mut [(Segment, Tag)], j: usize, ws: &str) {
    match j.checked_sub(1) {
        Some(p) => out[p].0.text.push_str(ws),
        None => out[j].0.text.insert_str(0, ws),
    }
}

/// Puts `ws` at the start of the text after position `j`, or at the end
/// of the marker at `j` when nothing follows.
fn append_after(out: &mut [(Segment, Tag)], j: usize, ws: &str) {
    match out.get_mut(j + 1) {
        Some(n) => n.0.text.insert_str(0, ws),
        None => out[j].0.text.push_str(ws),
    }
}
