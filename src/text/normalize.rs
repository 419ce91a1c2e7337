//! Two ways of looking at a report's characters: the *display* form (what
//! the report wrote, with anything that could drive a terminal removed) and
//! the *match* form (typography folded so that curly and straight quotes,
//! dashes and odd spaces compare equal).

/// Makes untrusted report text safe to print and tidy to compare.
///
/// Removes what [`super::clean_line`] removes (escape sequences with their
/// parameters, C0/C1 controls, bidi controls), byte-order marks,
/// zero-width characters and soft hyphens (invisible, but they would split
/// words), turns every run of whitespace (NBSP included) into one space and
/// trims both ends. Letters, punctuation and quote marks stay as written.
#[must_use]
pub fn clean_display(s: &str) -> String {
    // Printable ASCII and ASCII whitespace (most lines): nothing for the
    // sanitiser to strip, nothing invisible; only the spaces to fold.
    if !s.bytes().all(|b| matches!(b, 0x09..=0x0d | 0x20..=0x7e)) {
        return clean_any(s);
    }
    // Runs of non-space bytes are copied whole, each after one space
    // when whitespace came before it and the output is not empty.
    let is_space = |b: u8| matches!(b, 0x09..=0x0d | b' ');
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < bytes.len() {
        let spaced = is_space(bytes[i]);
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && !is_space(bytes[i]) {
            i += 1;
        }
        if start < i {
            if spaced && !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&s[start..i]);
        }
    }
    out
}

/// [`clean_display`] of any text.
fn clean_any(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    super::sanitize::strip(s, &mut super::sanitize::Removed::default(), |c| {
        if c.is_whitespace() {
            pending_space = true;
            return;
        }
        // Joiners stay: they build emoji sequences and shape scripts.
        if is_invisible(c) && !is_joiner(c) {
            return;
        }
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    });
    out
}

/// Zero-width joiner and non-joiner: invisible, yet part of how emoji
/// sequences and some scripts are written.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200c}' | '\u{200d}')
}

/// Characters that take no space and carry no meaning for comparison.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{180e}'
    )
}

/// Folds one character to its match form, or `None` to drop it.
#[must_use]
pub fn fold_char(c: char) -> Option<char> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' | '\u{b4}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => '-',
        '\u{2026}' => '.',
        c if c.is_whitespace() => ' ',
        c if is_invisible(c) => return None,
        c => c,
    })
}

/// ASCII bytes that [`fold_char`] keeps as they are: all but the backtick
/// and the whitespace other than the space (a test checks the table).
const ASCII_KEPT: [bool; 128] = {
    let mut t = [true; 128];
    t[b'`' as usize] = false;
    let mut b = 9;
    while b <= 13 {
        t[b] = false;
        b += 1;
    }
    t
};

/// [`normalize`], borrowing `s` when folding leaves it as it is (ASCII
/// with no backtick and no whitespace but spaces: most words), so the
/// callers that only read the match form allocate nothing for those.
#[must_use]
pub fn normalize_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes()
        .all(|b| b.is_ascii() && ASCII_KEPT[usize::from(b)])
    {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(normalize(s))
    }
}

/// The match form of a string: typography folded by [`fold_char`].
#[must_use]
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Runs of ASCII that folds to itself are copied whole.
    let mut kept = 0;
    for (i, c) in s.char_indices() {
        if c.is_ascii() && ASCII_KEPT[c as usize] {
            continue;
        }
        out.push_str(&s[kept..i]);
        if let Some(f) = fold_char(c) {
            out.push(f);
        }
        kept = i + c.len_utf8();
    }
    out.push_str(&s[kept..]);
    out
}

/// Whether two strings differ only in typography (quotes, dashes, spacing,
/// invisible characters).
#[must_use]
pub fn same_but_typography(a: &str, b: &str) -> bool {
    let fold = |s: &str| -> String {
        s.chars()
            .filter_map(fold_char)
            .filter(|c| !c.is_whitespace())
            .collect()
    };
    fold(a) == fold(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The printable-ASCII path cleans exactly as the general one.
        #[test]
        fn ascii_lines_clean_as_any_text(
            bytes in proptest::collection::vec(
                proptest::sample::select(vec![b'a', b'Z', b'.', b' ', b'\t', b'\r', 0x0b, 0x0c, b'~']),
                0..40,
            ),
        ) {
            let s = String::from_utf8(bytes).unwrap();
            proptest::prop_assert_eq!(clean_display(&s), clean_any(&s));
        }
    }

    #[test]
    fn display_form_strips_escapes_and_controls() {
        let s = "Hello\u{1b}[31m red\u{1b}[0m\u{7}\tworld\r\n\u{200b}x\u{ad}y";
        assert_eq!(clean_display(s), "Hello red world xy");
        assert_eq!(clean_display("\u{1b}]0;title\u{7}ok"), "ok");
        assert_eq!(clean_display("  a\u{a0}\u{a0}b  "), "a b");
        assert_eq!(clean_display("a\u{c}b\u{85}c"), "a b c");
        assert_eq!(clean_display("x \u{202e}y\u{202c}"), "x y");
        // A family emoji keeps its joiners.
        let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}";
        assert_eq!(clean_display(family), family);
        assert_eq!(normalize(family), "\u{1f468}\u{1f469}\u{1f467}");
    }

    proptest::proptest! {
        /// The borrowing form is the match form, borrowed or not.
        #[test]
        fn normalize_cow_is_normalize(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "Z", "'s", ".", " ", "\t", "`", "\u{2019}", "\u{ad}", "\u{a0}", "é",
                ]),
                0..12,
            )
        ) {
            let s: String = parts.concat();
            let (cow, owned) = (normalize_cow(&s), normalize(&s));
            proptest::prop_assert_eq!(cow.as_ref(), owned.as_str());
        }
    }

    #[test]
    fn ascii_table_agrees_with_fold_char() {
        for b in 0u8..128 {
            let c = char::from(b);
            assert_eq!(ASCII_KEPT[usize::from(b)], fold_char(c) == Some(c), "{b}");
            let s = format!("ab{c}\u{2019}{c}\u{ad}x");
            let slow: String = s.chars().filter_map(fold_char).collect();
            assert_eq!(normalize(&s), slow, "{b}");
        }
    }

    #[test]
    fn match_form_folds_typography() {
        assert_eq!(
            normalize("\u{201c}Russia\u{2019}s\u{201d} \u{2014} x"),
            "\"Russia's\" - x"
        );
        assert!(same_but_typography(
            "it\u{2019}s  \u{201c}ok\u{201d}",
            "it's \"ok\""
        ));
        assert!(!same_but_typography("its ok", "it's ok"));
    }
}
