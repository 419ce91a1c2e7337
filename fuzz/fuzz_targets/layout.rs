//! Text layout: arbitrary segments wrapped, padded and cut to an
//! arbitrary width. Every line fits its width and holds no control
//! character; padding gives exactly the width, cutting at most it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use storydiff::view::text::{decorate, line_width, pad, truncate, width, wrap};
use storydiff::view::{Mark, Segment};

const MARKS: [Mark; 5] = [
    Mark::Plain,
    Mark::Inserted,
    Mark::Deleted,
    Mark::Replaced,
    Mark::Equal,
];

fuzz_target!(|input: (u8, Vec<(u8, String)>)| {
    let (w, pieces) = input;
    let w = usize::from(w % 120) + 1;
    let segs: Vec<Segment> = pieces
        .iter()
        .map(|(m, t)| Segment::new(t.as_str(), MARKS[usize::from(*m) % MARKS.len()], None))
        .collect();
    for segs in [segs.clone(), decorate(&segs)] {
        let lines = wrap(&segs, w);
        for l in &lines {
            assert!(line_width(l) <= w, "line wider than {w}: {l:?}");
            for s in l {
                assert!(!s.text.chars().any(char::is_control), "{:?}", s.text);
            }
        }
    }
    for (_, t) in &pieces {
        assert!(width(&pad(t, w)) == w, "pad {t:?} to {w}");
        assert!(width(&truncate(t, w)) <= w, "truncate {t:?} to {w}");
    }
});
