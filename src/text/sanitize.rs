//! The one sanitiser for untrusted text: report text when it is loaded,
//! and every file name or message before it reaches a terminal.
//!
//! It removes, in one linear pass, everything that could drive a terminal
//! or make the text shown differ from the text compared:
//!
//! - escape sequences with their parameters, in their 7-bit (`ESC [`) and
//!   8-bit (C1, `U+009B`) forms: CSI, two-character and `nF` escapes, and
//!   the string commands OSC, DCS, SOS, PM and APC (ended by BEL, ST, CAN,
//!   SUB or the next ESC);
//! - a string command that is never ended loses only its introducer and
//!   parameter bytes, so the text after it stays (a stray `ESC ]` cannot
//!   swallow the rest of a paragraph);
//! - every other C0 and C1 control (NUL and DEL included) except
//!   whitespace, which callers fold;
//! - bidirectional embedding, override and isolate controls (U+202A-202E,
//!   U+2066-2069), which reorder what a reader sees ("Trojan Source").
//!
//! Letters, marks, punctuation and ordinary whitespace are kept as written.

/// What the sanitiser removed from a text, for warnings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Removed {
    /// Bidirectional embedding, override and isolate controls.
    pub bidi: usize,
    /// Escape sequences and string commands (OSC, DCS, ...).
    pub sequences: usize,
    /// Other control characters (NUL, DEL, C0 and C1 controls).
    pub controls: usize,
}

impl Removed {
    /// Whether nothing was removed.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Removed::default()
    }
}

const ESC: char = '\u{1b}';
const BEL: char = '\u{7}';
/// String terminator, 8-bit form.
const ST: char = '\u{9c}';
/// Cancel and substitute: abort a sequence in progress.
const CAN: char = '\u{18}';
const SUB: char = '\u{1a}';

/// Whether `c` is a bidirectional embedding, override or isolate control.
#[must_use]
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Counts what the sanitiser (as [`clean_line`] uses it) would remove from `s`.
#[must_use]
pub fn removed(s: &str) -> Removed {
    if nothing_to_remove(s) {
        return Removed::default();
    }
    let mut r = Removed::default();
    strip(s, &mut r, |_| {});
    r
}

/// Whether `s` surely holds nothing [`strip`] removes, from its bytes
/// alone (every input is counted when it is loaded, and walking it
/// character by character cost as much as splitting it into sentences):
/// no C0 control but whitespace, no DEL, no C1 control (`C2 80`-`C2 9F`,
/// NEL included, though it stays) and no bidi control (`E2 80 AA`-`AE`,
/// `E2 81 A6`-`A9`). `false` only sends the text the slow way.
fn nothing_to_remove(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().all(|(i, &x)| match x {
        0x09..=0x0d | 0x20..=0x7e | 0x80..=0xc1 | 0xc3..=0xe1 | 0xe3..=0xff => true,
        0xc2 => !b.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
        0xe2 => !matches!(
            (b.get(i + 1), b.get(i + 2)),
            (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        _ => false,
    })
}

/// `s` with escape sequences, controls and bidi controls removed, and
/// every remaining control-like whitespace (newline, tab, NEL, line and
/// paragraph separators) turned into a space: safe inside a one-line
/// message. Other characters are kept as written.
#[must_use]
pub fn clean_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    strip(s, &mut Removed::default(), |c| {
        out.push(if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
            ' '
        } else {
            c
        });
    });
    out
}

/// Calls `emit` with every character of `s` that survives sanitising (see
/// the module docs), counting what is removed in `removed`. Whitespace
/// controls (tab, newline, ...) are emitted for the caller to fold.
pub(crate) fn strip(s: &str, removed: &mut Removed, mut emit: impl FnMut(char)) {
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        let after = i + c.len_utf8();
        i = match c {
            ESC => {
                removed.sequences += 1;
                escape(s, after)
            }
            '\u{9b}' => {
                removed.sequences += 1;
                csi(s, after)
            }
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => {
                removed.sequences += 1;
                string(s, after)
            }
            c if is_bidi_control(c) => {
                removed.bidi += 1;
                after
            }
            c if c.is_control() && !c.is_whitespace() => {
                removed.controls += 1;
                after
            }
            c => {
                emit(c);
                after
            }
        };
    }
}

/// The end of an escape sequence whose ESC ends at `i`.
fn escape(s: &str, i: usize) -> usize {
    match s[i..].chars().next() {
        Some('[') => csi(s, i + 1),
        Some(']' | 'P' | 'X' | '^' | '_') => string(s, i + 1),
        // nF escapes: intermediates then a final byte (`ESC ( B`).
        Some('\u{20}'..='\u{2f}') => {
            let j = skip_while(s, i, |c| ('\u{20}'..='\u{2f}').contains(&c));
            match s[j..].chars().next() {
                Some(c @ '\u{30}'..='\u{7e}') => j + c.len_utf8(),
                _ => j,
            }
        }
        // Two-character escapes (`ESC 7`, `ESC c`, `ESC M`).
        Some('\u{30}'..='\u{7e}') => i + 1,
        // A lone ESC: only it goes.
        _ => i,
    }
}

/// The end of a control sequence whose introducer ends at `i`: parameter
/// and intermediate bytes, then a final byte. A character that cannot be
/// part of the sequence ends it and is kept.
fn csi(s: &str, i: usize) -> usize {
    let j = skip_while(s, i, |c| ('\u{20}'..='\u{3f}').contains(&c));
    match s[j..].chars().next() {
        Some(c @ '\u{40}'..='\u{7e}') => j + c.len_utf8(),
        _ => j,
    }
}

/// The end of a string command (OSC, DCS, SOS, PM, APC) whose introducer
/// ends at `i`: just after its terminator (BEL, ST, `ESC \`, CAN, SUB), or
/// before an ESC or C1 introducer that starts another sequence. Without any terminator only
/// the parameter bytes after the introducer go. The scan stops at the
/// next introducer, so the whole sanitiser stays one linear pass.
fn string(s: &str, i: usize) -> usize {
    for (k, c) in s[i..].char_indices() {
        let at = i + k;
        match c {
            BEL | ST | CAN | SUB => return at + c.len_utf8(),
            ESC if s[at + 1..].starts_with('\\') => return at + 2,
            // Anything that starts a new sequence ends this one.
            ESC | '\u{90}' | '\u{98}' | '\u{9b}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => return at,
            _ => {}
        }
    }
    skip_while(s, i, |c| {
        c.is_ascii_digit() || matches!(c, ';' | ':' | '<'..='?')
    })
}

/// The first byte at or after `i` whose character fails `keep`.
fn skip_while(s: &str, i: usize, keep: impl Fn(char) -> bool) -> usize {
    s[i..].find(|c| !keep(c)).map_or(s.len(), |k| i + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byte pre-check never hides a removal: when it says
        /// nothing, the full pass counts nothing.
        #[test]
        fn byte_check_agrees_with_the_full_pass(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", " ", "\n", "\t", "\x1b[31m", "\x1b", "\x7f", "\x00", "\u{85}", "\u{9b}",
                    "\u{202a}", "\u{202e}", "\u{2066}", "\u{2069}", "\u{2019}", "\u{a0}", "é", "日",
                    "\u{1f44d}", "\u{2028}",
                ]),
                0..12,
            )
        ) {
            let t: String = parts.concat();
            let mut full = Removed::default();
            strip(&t, &mut full, |_| {});
            if nothing_to_remove(&t) {
                proptest::prop_assert!(full.is_empty());
            }
            proptest::prop_assert_eq!(removed(&t), full);
        }
    }

    fn clean(s: &str) -> String {
        let mut out = String::new();
        strip(s, &mut Removed::default(), |c| out.push(c));
        out
    }

    #[test]
    fn every_escape_form_goes_with_its_parameters() {
        let cases = [
            ("a\u{1b}[1;31mb\u{1b}[0mc", "abc"),
            ("a\u{9b}2Jb", "ab"),
            ("a\u{1b}]0;title\u{7}b", "ab"),
            (
                "a\u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\b",
                "alinkb",
            ),
            ("a\u{9d}0;t\u{9c}b", "ab"),
            ("a\u{1b}P0;c1title\u{1b}\\b", "ab"),
            ("a\u{90}1$r\u{9c}b", "ab"),
            (
                "a\u{1b}_apc\u{1b}\\b\u{1b}^pm\u{7}c\u{1b}Xsos\u{9c}d",
                "abcd",
            ),
            ("a\u{1b}(Bb\u{1b}7c\u{1b}", "abc"),
            (
                "nul\0del\u{7f}bel\u{7}c1\u{85}\u{80}x",
                "nuldelbelc1\u{85}x",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(clean(input), want, "{input:?}");
        }
    }

    #[test]
    fn an_unterminated_string_keeps_the_text_after_it() {
        assert_eq!(
            clean("Before \u{1b}]0;the rest stays."),
            "Before the rest stays."
        );
        assert_eq!(clean("x\u{9d}2;y z"), "xy z");
        // Ended by the next escape: the string goes, the escape is read.
        assert_eq!(clean("a\u{1b}]0;t\u{1b}[31mb"), "ab");
    }

    #[test]
    fn bidi_controls_are_removed_and_counted() {
        let s = "admin \u{202e}1=galf\u{202c} ok \u{2066}x\u{2069}";
        assert_eq!(clean(s), "admin 1=galf ok x");
        let r = removed(s);
        assert_eq!(r.bidi, 4);
        assert_eq!(removed("\u{1b}[2J\0").sequences, 1);
        assert_eq!(removed("\u{1b}[2J\0").controls, 1);
        assert!(removed("plain, \u{5d0}\u{5d1} text").is_empty());
    }

    #[test]
    fn clean_line_keeps_one_line() {
        assert_eq!(clean_line("x\u{1b}]0;pwned\u{7}.txt"), "x.txt");
        assert_eq!(clean_line("a\nb\tc\u{2028}d"), "a b c d");
    }
}
