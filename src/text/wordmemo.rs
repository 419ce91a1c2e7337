//! Word segmentation done once per text: the word spans of every text
//! [`super::words`] segments a second time are kept (per thread, keyed by
//! the text's content), so each later pass that asks for the same
//! paragraph or sentence reads the spans instead of running the
//! word-break rules again. A text seen once is segmented lazily and only
//! its hash is kept (many are suffixes read for their first word).
//!
//! About twenty passes (links, names, figures, quotes, noise cues, unique
//! facts, ...) each split the same paragraphs and sentences into words;
//! before this memo that was a tenth of a comparison's instructions.
//!
//! Guarantees:
//! - The same segments, with the same offsets, as the word-break rules
//!   give for the text ([`super::wordbreak`]): a memo entry is keyed by the
//!   whole text, compared byte for byte, and holds exactly what the rules
//!   gave for it.
//! - Bounded memory: at most [`MAX_BYTES`] a thread is kept (then
//!   new texts are segmented directly), and beyond that, for reports
//!   small enough for the memo to hold all their paragraphs and sentences
//!   ([`forget_for`]), at most [`SHARED_EXTRA`] more over all threads
//!   together; [`forget`] drops every thread's entries (each thread clears
//!   its own on its next call).

use std::cell::RefCell;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

use super::wordbreak::{WordBounds, word_segments};

/// Texts shorter than this are segmented directly: a lookup costs about
/// what the rules cost on a few words.
const MIN_BYTES: usize = 24;

/// Longer texts are segmented directly: hashing every suffix of a long
/// paragraph (callers read suffixes for their first word) and keeping
/// the ones seen twice made a paragraph of n words cost n² bytes.
const MAX_TEXT: usize = 4096;

/// Most bytes one thread's memo holds (texts, spans and entries, as
/// [`SEEN_COST`] and the entries' sizes count them): about 300 KB of
/// paragraphs with their sentences. Each thread has its own, so this is
/// paid once a thread: 2 MiB raised the peak memory of the 2 x 500 KB
/// bench pair by 3-4 MiB a thread.
const MAX_BYTES: usize = 1 << 20;

/// Bytes the memos of all threads together may hold beyond their own
/// [`MAX_BYTES`] when the reports total at most [`WHOLE_TEXT`]. 1 MiB a
/// thread held about a quarter of the two 500 KB bench reports' texts,
/// so the ten passes that read each paragraph segmented most of them ten
/// times (a tenth of the run's instructions); 1 MiB + 3 MiB holds them all
/// (callgrind, one thread: 5,565 M -> 5,029 M instructions). Shared, not
/// a thread's own, so the bytes counted do not grow with the number of
/// threads. What it costs in peak memory (/usr/bin/time, 2 x 500 KB, two
/// runs each, against main): one thread 31.1-31.5 -> 35.3-35.8 MiB, the
/// default two 38.3-39.9 -> 41.0-42.0 MiB, four 43.8 -> 50.3 MiB (the
/// allocator's per-thread pages, beyond the bytes counted); reports over
/// [`WHOLE_TEXT`] (2 x 1 MB: 52.2 -> 53.5-54.4 MiB, the build's noise)
/// pay nothing.
const SHARED_EXTRA: usize = 3 << 20;

/// Most bytes of report text for which [`SHARED_EXTRA`] is lent: about
/// what 1 MiB + 3 MiB of memo holds (two 500 KB reports; not two 1 MB
/// ones, nor two 5 MB ones, whose memos could not hold them anyway).
const WHOLE_TEXT: usize = 1_500_000;

/// What is left of [`SHARED_EXTRA`] in this comparison (see
/// [`forget_for`]).
static POOL: AtomicUsize = AtomicUsize::new(0);

/// What a text seen once costs (its hash's slot in the table, with room).
const SEEN_COST: usize = 24;

/// What a kept text costs beside its bytes and spans (its entry).
const ENTRY_COST: usize = 96;

/// Bumped by [`forget`]; a thread whose memo is older clears it.
static GENERATION: AtomicU64 = AtomicU64::new(0);

#[derive(Default)]
struct Memo {
    generation: u64,
    bytes: usize,
    /// Hashes of the texts seen once (segmented lazily, nothing kept:
    /// many texts are suffixes read for their first word).
    seen: FxHashSet<u64>,
    /// By the text's hash: the texts seen again, segmented in full.
    spans: FxHashMap<u64, (Box<str>, Spans)>,
}

/// Each word's `(byte offset, byte length)` in its text.
type Spans = Arc<[(u32, u32)]>;

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

/// Drops every thread's memo (call when a comparison is done: the next
/// one has other texts).
pub fn forget() {
    forget_for(usize::MAX);
}

/// [`forget`], then size the memos for a comparison of `text_bytes`
/// bytes of report text: a pool shared by all threads (`SHARED_EXTRA`)
/// beyond each thread's own budget (`MAX_BYTES`) for reports up to
/// `WHOLE_TEXT` bytes in all, else nothing.
pub fn forget_for(text_bytes: usize) {
    POOL.store(shared_for(text_bytes), Ordering::Relaxed);
    GENERATION.fetch_add(1, Ordering::Relaxed);
    MEMO.with_borrow_mut(|m| {
        *m = Memo::default();
    });
}

/// The bytes lent to all threads' memos for reports of `text_bytes`
/// bytes in all.
fn shared_for(text_bytes: usize) -> usize {
    if text_bytes <= WHOLE_TEXT {
        SHARED_EXTRA
    } else {
        0
    }
}

/// Whether a memo holding `held` bytes may keep `cost` more: within the
/// thread's own [`MAX_BYTES`], or taken from [`POOL`].
fn may_keep(held: usize, cost: usize) -> bool {
    held + cost <= MAX_BYTES
        || POOL
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |p| {
                p.checked_sub(cost)
            })
            .is_ok()
}

/// Whether [`may_keep`] could grant `cost` more bytes (nothing is taken).
fn could_keep(held: usize, cost: usize) -> bool {
    held + cost <= MAX_BYTES || POOL.load(Ordering::Relaxed) >= cost
}

/// The words of `text` (see [`super::words`]), from the memo when this
/// thread has segmented the same text before.
pub(super) fn words(text: &str) -> Words<'_> {
    if text.len() < MIN_BYTES || text.len() > MAX_TEXT {
        return Words(Inner::Direct(word_segments(text)));
    }
    let hash = {
        let mut h = FxHasher::default();
        h.write(text.as_bytes());
        h.finish()
    };
    let spans = MEMO.with_borrow_mut(|m| {
        let generation = GENERATION.load(Ordering::Relaxed);
        if m.generation != generation {
            *m = Memo {
                generation,
                ..Memo::default()
            };
        }
        if let Some((key, s)) = m.spans.get(&hash) {
            // Another text with the same hash keeps its place.
            return (**key == *text).then(|| Arc::clone(s));
        }
        if !m.seen.contains(&hash) {
            if may_keep(m.bytes, SEEN_COST) {
                m.bytes += SEEN_COST;
                m.seen.insert(hash);
            }
            return None;
        }
        // A memo that could not keep even the text would segment it all
        // for this call alone: the caller reads it lazily instead (many
        // read only its first words). For two 5 MB reports, whose texts
        // were seen before the memo filled, that was every later read.
        if !could_keep(m.bytes, text.len() + ENTRY_COST) {
            return None;
        }
        #[allow(clippy::cast_possible_truncation)] // text.len() <= MAX_TEXT fits in u32
        let s: Spans = word_segments(text)
            .map(|(i, w)| (i as u32, w.len() as u32))
            .collect();
        // The text, its spans as segmented (one-letter words and CJK text
        // have many more than prose), the entry; over budget, the spans
        // serve this call and are not kept.
        let cost = text.len() + s.len() * 8 + ENTRY_COST;
        if may_keep(m.bytes, cost) {
            m.bytes += cost;
            m.spans.insert(hash, (text.into(), Arc::clone(&s)));
        }
        Some(s)
    });
    Words(match spans {
        Some(spans) => Inner::Memo {
            text,
            spans,
            next: 0,
        },
        None => Inner::Direct(word_segments(text)),
    })
}

/// The words of `text` segmented lazily, never through the memo.
pub(super) fn direct(text: &str) -> Words<'_> {
    Words(Inner::Direct(word_segments(text)))
}

/// Iterator of [`super::words`]: `(byte offset, word)` pairs.
pub struct Words<'a>(Inner<'a>);

enum Inner<'a> {
    Direct(WordBounds<'a>),
    Memo {
        text: &'a str,
        spans: Spans,
        next: usize,
    },
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        match &mut self.0 {
            Inner::Direct(it) => it.next(),
            Inner::Memo { text, spans, next } => {
                let &(start, len) = spans.get(*next)?;
                *next += 1;
                let (start, len) = (start as usize, len as usize);
                Some((start, &text[start..start + len]))
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match &self.0 {
            Inner::Direct(it) => it.size_hint(),
            Inner::Memo { spans, next, .. } => {
                let n = spans.len() - next;
                (n, Some(n))
            }
        }
    }

    fn count(self) -> usize {
        match self.0 {
            Inner::Direct(it) => it.count(),
            Inner::Memo { spans, next, .. } => spans.len() - next,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn direct(t: &str) -> Vec<(usize, &str)> {
        word_segments(t).collect()
    }

    /// First call, memo hit, and a different text of the same length all
    /// give what the rules give.
    #[test]
    fn memo_gives_the_rules_segments() {
        let a = "The U.S. paid $3.5 billion, Russia\u{2019}s share: caf\u{e9} 1,000.";
        let b = "THE u.s. PAID $9.5 BILLION, russia\u{2019}s SHARE: CAF\u{c9} 2,000.";
        assert_eq!(a.len(), b.len());
        for _ in 0..3 {
            assert_eq!(words(a).collect::<Vec<_>>(), direct(a));
            assert_eq!(words(b).collect::<Vec<_>>(), direct(b));
            assert_eq!(words(a).count(), direct(a).len());
        }
        let mut it = words(a);
        it.next();
        assert_eq!(it.count(), direct(a).len() - 1);
        forget();
        assert_eq!(words(a).collect::<Vec<_>>(), direct(a));
    }

    /// Two 500 KB reports get the shared bytes (the memo then holds all
    /// their texts); two 1 MB or 5 MB reports, and a comparison of unknown
    /// size, only each thread's own.
    #[test]
    fn shared_bytes_by_size() {
        assert_eq!(shared_for(1_000_000), 3 << 20);
        assert_eq!(shared_for(1_500_000), 3 << 20);
        assert_eq!(shared_for(1_500_001), 0);
        assert_eq!(shared_for(2_080_000), 0);
        assert_eq!(shared_for(10_000_000), 0);
        assert_eq!(shared_for(usize::MAX), 0);
    }

    proptest::proptest! {
        #[test]
        fn same_as_the_rules(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "Zed", "9", "42", " ", "\n", ".", ",", "'", "\u{2019}", "é", "日",
                    "\u{301}", "\u{1f44d}",
                ]),
                0..60,
            )
        ) {
            let t: String = parts.concat();
            let want = direct(&t);
            for _ in 0..3 {
                proptest::prop_assert_eq!(words(&t).collect::<Vec<_>>(), want.clone());
            }
        }
    }
}
