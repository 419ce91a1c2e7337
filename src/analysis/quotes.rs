//! Finding quotations in a paragraph's display text: straight and curly
//! double quotes, single-quoted quotations, guillemets, „German“ quotes,
//! quotes inside quotes, quotes that run over several paragraphs and
//! quotes split by their attribution. Apostrophes (Russia's, '90s,
//! rock 'n' roll) are never taken for marks.
//!
//! This is the first half of quote analysis; [`super::attribution`] finds
//! speakers and [`super::quote_match`] matches quotes across reports.

use std::ops::Range;

mod incise;
pub(crate) mod interview;
mod unmarked;

use unmarked::{dash_speech, embedded_post};

/// The family a quote mark belongs to; a quote closes with its own family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// `"..."` or `“...”`.
    Double,
    /// `'...'` or `‘...’`.
    Single,
    /// `«...»`.
    Guillemet,
    /// `„...“` (or `„...”`).
    Low,
    /// `‚...‘` (or `‚...’`): the single low-high quotes of German,
    /// Czech or Polish text.
    LowSingle,
}

/// One quotation found in one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MarkedQuote {
    /// Byte range of the quoted words (marks and edge punctuation
    /// excluded).
    pub content: Range<usize>,
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just after the closing mark (the paragraph's end when
    /// the quote runs on into the next paragraph).
    pub close: usize,
    /// The quote has no closing mark in this paragraph.
    pub runs_on: bool,
    /// Inside another quotation.
    pub nested: bool,
}

/// How far a possible closing mark looks ahead for a better one.
const LOOKAHEAD_CHARS: usize = 400;

/// Short words that open with an apostrophe and are never quotations.
const ELISIONS: &[&str] = &[
    "n", "em", "til", "cause", "tis", "twas", "round", "bout", "cos",
];

/// Whether a character may stand right before an opening mark.
fn opens_after(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(
                p,
                '(' | '['
                    | '{'
                    | '\u{2014}'
                    | '\u{2013}'
                    | '-'
                    | '/'
                    | ':'
                    | '"'
                    | '\u{201c}'
                    | '\u{ab}'
                    | '\u{201e}'
                    | '\u{2018}'
            )
    })
}

/// Whether a single mark at byte `i` (of char length `len`) is an
/// apostrophe in an elided word ('90s, 'n', 'em) rather than a quote.
fn elided_word(text: &str, i: usize, len: usize) -> bool {
    let rest = &text[i + len..];
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    if word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        // '90s, '17: a year or decade.
        return word.len() <= 3;
    }
    ELISIONS.contains(&word.to_lowercase().as_str())
}

/// Whether a closing single mark at `i` comes after a plural possessive
/// ("the players' union") while a later mark could close the quote.
fn plural_possessive(text: &str, i: usize, len: usize) -> bool {
    let before = text[..i].chars().next_back();
    if !before.is_some_and(|c| c == 's' || c == 'S') {
        return false;
    }
    let rest = &text[i + len..];
    if !rest.starts_with(' ') || !rest[1..].starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    // A later closing single mark in the paragraph (looked for over a
    // sentence or two, so that long paragraphs stay linear), unless
    // another quotation opens first: in "she said 'some of the members'
    // had begun ... the new 'dot plot'" the later mark closes 'dot plot',
    // and the first closes the first.
    let mut prev = None;
    for (k, c) in rest.char_indices().take(LOOKAHEAD_CHARS) {
        let after_space = prev.is_none_or(|p: char| p.is_whitespace());
        if c == '\u{2018}' || (c == '\'' && after_space && opens_single(&rest[k + 1..])) {
            return false;
        }
        if matches!(c, '\'' | '\u{2019}') && !after_space {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// Whether a straight single mark after a space, followed by `after`,
/// opens a quotation rather than eliding letters: a letter must follow,
/// and not one of the common elisions ('em, 'til, 'tis, 'twas, 'cause,
/// rock 'n' roll); a digit ('90s) never opens one.
fn opens_single(after: &str) -> bool {
    if !after.starts_with(char::is_alphabetic) {
        return false;
    }
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    // One list with `elided_word` (review R1: a second, shorter copy
    // missed 'round, 'bout, 'cos).
    !ELISIONS.contains(&word.as_str())
}

/// Whether a quote left open at the paragraph's end runs on into the next
/// paragraph. Double-type marks do; single marks were apostrophes after
/// all, unless they open the paragraph (or follow a colon or a sentence
/// end: "..., Lee said. 'That is ...") before a capital: the British
/// convention for a quotation over paragraphs.
fn runs_on(text: &str, fam: Family, open: usize, start: usize) -> bool {
    let lead = text.len() - text.trim_start().len();
    match fam {
        Family::Single => {
            (open == lead || text[..open].trim_end().ends_with([':', '.', '!', '?']))
                && text[start..].starts_with(char::is_uppercase)
        }
        Family::LowSingle => false,
        Family::Double | Family::Guillemet | Family::Low => true,
    }
}

/// What a single mark does.
enum Step {
    Open,
    Close,
    Nothing,
}

/// What a straight or curly single mark at byte `i` does: open or close a
/// single-quoted quotation, or nothing (an apostrophe: Russia's, '90s,
/// rock 'n' roll, the players' union).
fn single_mark(
    text: &str,
    i: usize,
    c: char,
    prev: Option<char>,
    next: Option<char>,
    top: Option<Family>,
) -> Step {
    let len = c.len_utf8();
    let alnum_before = prev.is_some_and(char::is_alphanumeric);
    let alnum_after = next.is_some_and(char::is_alphanumeric);
    if alnum_before && alnum_after {
        return Step::Nothing;
    }
    let can_close = top == Some(Family::Single)
        && prev.is_some_and(|p| !p.is_whitespace())
        && !alnum_after
        && c != '\u{2018}';
    if can_close {
        if plural_possessive(text, i, len) {
            return Step::Nothing;
        }
        return Step::Close;
    }
    if opens_after(prev)
        && next.is_some_and(|n| n.is_alphanumeric() || "\"\u{201c}".contains(n))
        && !elided_word(text, i, len)
        && c != '\u{2019}'
    {
        return Step::Open;
    }
    Step::Nothing
}

/// Finds the quotations of one paragraph, in order of their opening mark.
pub(crate) fn find_quotes(text: &str) -> Vec<MarkedQuote> {
    let mut stack: Vec<(Family, usize, usize)> = Vec::new(); // family, mark start, content start
    let mut found: Vec<MarkedQuote> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut skip = false;
    for (k, &(i, c)) in chars.iter().enumerate() {
        if std::mem::take(&mut skip) {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|x| x.1);
        let len = c.len_utf8();
        let top = stack.last().map(|s| s.0);
        // Wire feeds write a double mark as two single ones: ``...'' or
        // "...'' (and a tabloid's '...,'' closes its single quote so).
        if matches!((c, next), ('\'', Some('\'')) | ('`', Some('`'))) {
            skip = true;
            let after = chars.get(k + 2).map(|x| x.1);
            doubled_mark(&mut stack, &mut found, i, c == '`', prev, after);
            continue;
        }
        let close = |stack: &mut Vec<(Family, usize, usize)>, found: &mut Vec<MarkedQuote>, fam| {
            close_family(stack, found, fam, i, i + len);
        };
        match c {
            '"' => {
                if top == Some(Family::Low) {
                    // „...": a low opener closed by a straight mark.
                    close(&mut stack, &mut found, Family::Low);
                } else if stack.iter().any(|s| s.0 == Family::Double) && !opens_after(prev)
                    || top == Some(Family::Double)
                {
                    close(&mut stack, &mut found, Family::Double);
                } else if opens_after(prev) || prev.is_some_and(|p| "\u{2014},".contains(p)) {
                    stack.push((Family::Double, i, i + len));
                }
            }
            '\u{201c}' => {
                let ends_word = prev.is_some_and(|p| !p.is_whitespace())
                    && next.is_none_or(|n| n.is_whitespace() || ",.;:!?)".contains(n));
                if top == Some(Family::Low) {
                    close(&mut stack, &mut found, Family::Low);
                } else if top == Some(Family::Double) && ends_word {
                    // An opening mark used to close (“Yes,“ he said).
                    close(&mut stack, &mut found, Family::Double);
                } else {
                    stack.push((Family::Double, i, i + len));
                }
            }
            '\u{201d}' => {
                if matches!(top, Some(Family::Low)) {
                    close(&mut stack, &mut found, Family::Low);
                } else if stack.iter().any(|s| s.0 == Family::Double) {
                    close(&mut stack, &mut found, Family::Double);
                } else if opens_after(prev) && next.is_some_and(char::is_alphanumeric) {
                    // A closing mark used as an opener (”Their aim ...”).
                    stack.push((Family::Double, i, i + len));
                }
            }
            '\u{201e}' => stack.push((Family::Low, i, i + len)),
            '\u{ab}' => stack.push((Family::Guillemet, i, i + len)),
            '\u{bb}' => close(&mut stack, &mut found, Family::Guillemet),
            '\u{201a}' if opens_after(prev) && next.is_some_and(char::is_alphanumeric) => {
                stack.push((Family::LowSingle, i, i + len));
            }
            '\'' | '\u{2018}' | '\u{2019}'
                if top == Some(Family::LowSingle)
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && !next.is_some_and(char::is_alphanumeric) =>
            {
                close(&mut stack, &mut found, Family::LowSingle);
            }
            '\'' | '\u{2018}' | '\u{2019}' => match single_mark(text, i, c, prev, next, top) {
                Step::Open => stack.push((Family::Single, i, i + len)),
                Step::Close => close(&mut stack, &mut found, Family::Single),
                Step::Nothing => {}
            },
            _ => {}
        }
    }
    if let Some(&(fam, open, start)) = stack.first()
        && runs_on(text, fam, open, start)
    {
        found.push(MarkedQuote {
            content: start..text.len(),
            open,
            close: text.len(),
            runs_on: true,
            nested: false,
        });
    }
    add_unmarked(text, &mut found);
    incise::split_incises(text, &mut found);
    for q in &mut found {
        q.content = trim_content(text, q.content.clone());
    }
    found.retain(|q| text[q.content.clone()].chars().any(char::is_alphanumeric));
    found.sort_by_key(|q| (q.open, q.nested));
    found
}

/// A double mark written as two single ones at byte `i`: ``` `` ```
/// opens, `''` closes an open double (or single) quotation, or opens one
/// before a word.
fn doubled_mark(
    stack: &mut Vec<(Family, usize, usize)>,
    found: &mut Vec<MarkedQuote>,
    i: usize,
    opening: bool,
    prev: Option<char>,
    next: Option<char>,
) {
    let top = stack.last().map(|s| s.0);
    if !opening && stack.iter().any(|s| s.0 == Family::Double) {
        close_family(stack, found, Family::Double, i, i + 2);
    } else if !opening && top == Some(Family::Single) && prev.is_some_and(|p| !p.is_whitespace()) {
        close_family(stack, found, Family::Single, i, i + 2);
    } else if opens_after(prev) && next.is_some_and(char::is_alphanumeric) {
        stack.push((Family::Double, i, i + 2));
    }
}

/// Adds the quotations a paragraph makes without marks: an embedded post
/// (whose marks become quotes within it), else dash speech when no mark
/// opens the paragraph.
fn add_unmarked(text: &str, found: &mut Vec<MarkedQuote>) {
    let lead = text.len() - text.trim_start().len();
    if let Some(post) = embedded_post(text) {
        for q in found.iter_mut() {
            q.nested |= q.open < post.close;
        }
        found.push(post);
    } else if found.iter().all(|q| q.open > lead) {
        found.extend(dash_speech(text));
    }
}

/// Closes the innermost open quote of family `fam` with a mark at
/// `at..end` (nothing when no such quote is open).
fn close_family(
    stack: &mut Vec<(Family, usize, usize)>,
    found: &mut Vec<MarkedQuote>,
    fam: Family,
    at: usize,
    end: usize,
) {
    if let Some(pos) = stack.iter().rposition(|s| s.0 == fam) {
        let (_, open, start) = stack[pos];
        stack.truncate(pos);
        found.push(MarkedQuote {
            content: start..at,
            open,
            close: end,
            runs_on: false,
            nested: pos > 0,
        });
    }
}

/// Trims spaces and edge punctuation (",", ".", ";", ":") off quoted words.
fn trim_content(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || ",.;:".contains(c));
    // Keep an ellipsis or abbreviation dot? Words only matter for matching.
    r.start + lead..r.start + t.len().max(lead)
}

/// Whether a paragraph opens with a quote mark (the continuation of a
/// quotation that ran on from the previous paragraph).
pub(crate) fn opens_with_mark(text: &str) -> bool {
    text.trim_start().starts_with([
        '"', '\'', '`', '\u{201c}', '\u{201d}', '\u{201e}', '\u{ab}', '\u{2018}', '\u{201a}',
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find_quotes(text)
            .into_iter()
            .map(|q| &text[q.content])
            .collect()
    }

    #[test]
    fn straight_and_curly_double_quotes() {
        assert_eq!(
            quoted("\"There is a low level of trust\", he said."),
            vec!["There is a low level of trust"]
        );
        assert_eq!(
            quoted("He said \u{201c}it would be fantastic\u{201d} but \u{201c}no.\u{201d}"),
            vec!["it would be fantastic", "no"]
        );
    }

    #[test]
    fn single_quotes_guillemets_and_low_quotes() {
        assert_eq!(
            quoted("Relations may be at 'an all-time low' now."),
            vec!["an all-time low"]
        );
        assert_eq!(
            quoted("Er sagte \u{201e}nein\u{201c} und \u{ab}oui\u{bb}."),
            vec!["nein", "oui"]
        );
        assert_eq!(
            quoted("\u{201d}Their aim is to terrorize people,\u{201d} he said."),
            vec!["Their aim is to terrorize people"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(
            quoted("Russia's view of Assad's regime in the '90s was rock 'n' roll.").is_empty()
        );
        assert!(quoted("The players' union met the coaches' staff.").is_empty());
        assert!(quoted("It's the \u{2019}90s and they\u{2019}re back.").is_empty());
        assert_eq!(
            quoted("'The players' union is strong,' he said."),
            vec!["The players' union is strong"]
        );
        // A mark after a plural closes its quote when the next mark
        // opens another quotation.
        assert_eq!(
            quoted(
                "She said \u{2018}some of the members\u{2019} had changed their minds, \
                 according to the new \u{2018}traffic light\u{2019} table."
            ),
            vec!["some of the members", "traffic light"]
        );
        // An elision after a space ('80s, 'em) opens no quotation, so the
        // mark after the plural stays an apostrophe.
        assert_eq!(
            quoted("'The growers' guild, founded in the '80s, will beat 'em all,' the chair said."),
            vec!["The growers' guild, founded in the '80s, will beat 'em all"]
        );
        // Every elision of the one list, after a plural possessive too.
        for w in ["round", "bout", "cos"] {
            let text = format!("'The growers' guild will drive '{w} the market,' the chair said.");
            assert_eq!(
                quoted(&text),
                vec![format!("The growers' guild will drive '{w} the market")],
                "{w}"
            );
        }
    }

    #[test]
    fn quote_inside_quote() {
        let t = "'I prayed. I said, \"God, please don't take my husband now.\"' she said.";
        let q = find_quotes(t);
        assert_eq!(q.len(), 2);
        assert_eq!(
            &t[q[0].content.clone()],
            "I prayed. I said, \"God, please don't take my husband now.\""
        );
        assert!(!q[0].nested);
        assert_eq!(
            &t[q[1].content.clone()],
            "God, please don't take my husband now"
        );
        assert!(q[1].nested);
    }

    #[test]
    fn every_mark_style() {
        // Wire copy, British single quotes, guillemets with and without
        // spaces, German and Polish low marks, Swiss-style reversed marks.
        assert_eq!(
            quoted("\u{201c}We stay,\u{201d} she said. \u{2018}Fine,\u{2019} he said."),
            vec!["We stay", "Fine"]
        );
        assert_eq!(
            quoted("Il a dit \u{ab} non merci \u{bb} et \u{ab}jamais\u{bb}."),
            vec!["non merci", "jamais"]
        );
        assert_eq!(
            quoted("Sie nannte es \u{201e}Unsinn\u{201d} und \u{201a}peinlich\u{2018}."),
            vec!["Unsinn", "peinlich"]
        );
        assert_eq!(
            quoted("Er sagte \u{201a}so geht\u{2019}s nicht\u{2019} dazu."),
            vec!["so geht\u{2019}s nicht"]
        );
        assert_eq!(
            quoted("\u{201c}We will appeal,\u{201c} the lawyer said."),
            vec!["We will appeal"]
        );
    }

    #[test]
    fn british_quote_over_paragraphs_runs_on() {
        let q = find_quotes("'The water rose so fast. We lost everything.");
        assert_eq!(q.len(), 1);
        assert!(q[0].runs_on);
        let q = find_quotes("The mayor said: 'Nobody will be left behind.");
        assert!(q[0].runs_on);
        // After the attribution of the quote before it.
        let q = find_quotes("'We stayed,' Lee said. 'Then the water came up the stairs.");
        assert_eq!(q.len(), 2);
        assert!(!q[0].runs_on && q[1].runs_on);
        // A stray mark before lower case is no quotation.
        assert!(find_quotes("It was 'ours for the taking.").is_empty());
        assert!(opens_with_mark("'We will rebuild,' she said."));
    }

    #[test]
    fn doubled_single_marks_are_double_quotes() {
        assert_eq!(
            quoted("The board called it a ``temporary measure'' on Monday."),
            vec!["temporary measure"]
        );
        assert_eq!(
            quoted("He issued a \"travel warning'' in May, and 'we agree,'' she said."),
            vec!["travel warning", "we agree"]
        );
        assert!(quoted("Rock 'n' roll and the '90s.").is_empty());
    }

    #[test]
    fn unclosed_quote_runs_on() {
        let q = find_quotes("\"We will fight on the beaches,");
        assert_eq!(q.len(), 1);
        assert!(q[0].runs_on);
        assert!(opens_with_mark("\u{201c}we shall never surrender.\u{201d}"));
    }
}
