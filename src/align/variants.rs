//! Spelling variants: what differs between outlets' house
//! styles without changing what a sentence says.
//!
//! - [`spelling_key`]: one spelling of a lower-case word for British and
//!   American forms ("organisation"/"organization", "harbour"/"harbor",
//!   "centre"/"center", "travelled"/"traveled", "defence"/"defense") and
//!   number words ("three" = "3"). Two
//!   different words of English never get the same key through these
//!   rules but for rare pairs such as "prise"/"prize".
//! - [`match_form`]: a sentence with its wire dateline
//!   ([`crate::text::dateline`]) cut and every word in its
//!   spelling key's form, which the link scorer reads (the text shown is
//!   never changed).

use std::borrow::Cow;

use crate::text::dateline::dateline_len;
use crate::text::number_word;

/// British words whose American spelling no suffix rule gives.
const WORDS: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("defences", "defenses"),
    ("offence", "offense"),
    ("offences", "offenses"),
    ("licence", "license"),
    ("licences", "licenses"),
    ("pretence", "pretense"),
    ("grey", "gray"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("aluminium", "aluminum"),
    ("jewellery", "jewelry"),
    ("plough", "plow"),
    ("mould", "mold"),
    ("sceptic", "skeptic"),
    ("sceptical", "skeptical"),
    ("sceptics", "skeptics"),
    ("kerb", "curb"),
    ("tyre", "tire"),
    ("tyres", "tires"),
    ("pyjamas", "pajamas"),
    ("storey", "story"),
    ("storeys", "stories"),
    ("judgement", "judgment"),
    ("ageing", "aging"),
    ("cheque", "check"),
    ("cheques", "checks"),
    ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuvers"),
    ("paediatric", "pediatric"),
    ("anaemia", "anemia"),
    ("foetus", "fetus"),
    ("oestrogen", "estrogen"),
];

/// Endings that follow "our" in British spellings ("colour", "colours",
/// "coloured", "colourful", "favourite").
const OUR_TAILS: &[&str] = &[
    "", "s", "ed", "ing", "ite", "ites", "able", "ably", "ful", "less", "er", "ers",
];

/// Endings of "-ise" verbs and nouns ("organise", "organisation").
const ISE: &[(&str, &str)] = &[
    ("isation", "ization"),
    ("isations", "izations"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("yses", "yzes"),
    ("ysing", "yzing"),
];

/// "centre", "metre", "fibre": "-tre"/"-bre" and their plurals.
const RE: &[(&str, &str)] = &[
    ("tre", "ter"),
    ("tres", "ters"),
    ("tred", "tered"),
    ("bre", "ber"),
    ("bres", "bers"),
];

/// "travelled", "cancelling", "modeller": an unstressed "el"/"al" whose
/// final l British spelling doubles.
const DOUBLED_L: &[&str] = &["led", "ling", "ler", "lers"];

/// The spelling key of a lower-case word (see the module docs); the word
/// itself when no rule applies.
#[must_use]
pub fn spelling_key(lower: &str) -> Cow<'_, str> {
    if let Some(d) = number_word(lower) {
        return Cow::Borrowed(d);
    }
    if let Some(us) = american_word(lower) {
        return Cow::Borrowed(us);
    }
    if !lower.is_ascii() || lower.len() < 5 {
        return Cow::Borrowed(lower);
    }
    // Each rule below needs its letters inside the word: most words have
    // none of them and skip the suffix lists (a quarter of the link
    // scorer's string compares went there).
    // One pass for the three groups' letters (their first bytes differ).
    let (mut our, mut is_re, mut ll) = (false, false, false);
    let b = lower.as_bytes();
    for i in 0..b.len() {
        match &b[i..] {
            [b'o', b'u', b'r', ..] => our = true,
            [b'i' | b'y', b's', ..] | [b't' | b'b', b'r', ..] => is_re = true,
            [b'e' | b'a', b'l', b'l', ..] => ll = true,
            _ => {}
        }
    }
    // "-our": the base ends with "our".
    if our {
        for tail in OUR_TAILS {
            if let Some(base) = lower.strip_suffix(tail)
                && let Some(stem) = base.strip_suffix("our")
                && base.len() >= 6
            {
                return Cow::Owned(format!("{stem}or{tail}"));
            }
        }
    }
    // Every `ISE` and `RE` ending opens with "is", "ys", "tr" or "br".
    if is_re {
        for (uk, us) in ISE.iter().chain(RE) {
            if let Some(stem) = lower.strip_suffix(uk)
                && stem.len() >= 3
            {
                return Cow::Owned(format!("{stem}{us}"));
            }
        }
    }
    // A doubled l after "el"/"al".
    if ll {
        for tail in DOUBLED_L {
            // "travel|led" → "travel" + "ed".
            if let Some(stem) = lower.strip_suffix(tail)
                && (stem.ends_with("el") || stem.ends_with("al"))
                && stem.len() >= 5
            {
                return Cow::Owned(format!("{stem}{}", &tail[1..]));
            }
        }
    }
    Cow::Borrowed(lower)
}

/// The American spelling of a word of [`WORDS`] (the first entry's, as
/// a scan of the list finds it), from a table built on first use.
fn american_word(lower: &str) -> Option<&'static str> {
    static TABLE: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| {
            let mut t = rustc_hash::FxHashMap::default();
            for &(uk, us) in WORDS {
                t.entry(uk).or_insert(us);
            }
            t
        })
        .get(lower)
        .copied()
}

#[cfg(test)]
/// [`spelling_key`] as the plain scan of every list (what the guarded
/// version must equal).
fn spelling_key_scan(lower: &str) -> Cow<'_, str> {
    if let Some(d) = number_word(lower) {
        return Cow::Borrowed(d);
    }
    if let Some((_, us)) = WORDS.iter().find(|(uk, _)| *uk == lower) {
        return Cow::Borrowed(us);
    }
    if !lower.is_ascii() || lower.len() < 5 {
        return Cow::Borrowed(lower);
    }
    for tail in OUR_TAILS {
        if let Some(base) = lower.strip_suffix(tail)
            && let Some(stem) = base.strip_suffix("our")
            && base.len() >= 6
        {
            return Cow::Owned(format!("{stem}or{tail}"));
        }
    }
    for (uk, us) in ISE.iter().chain(RE) {
        if let Some(stem) = lower.strip_suffix(uk)
            && stem.len() >= 3
        {
            return Cow::Owned(format!("{stem}{us}"));
        }
    }
    for tail in DOUBLED_L {
        // "travel|led" → "travel" + "ed".
        if let Some(stem) = lower.strip_suffix(tail)
            && (stem.ends_with("el") || stem.ends_with("al"))
            && stem.len() >= 5
        {
            return Cow::Owned(format!("{stem}{}", &tail[1..]));
        }
    }
    Cow::Borrowed(lower)
}

/// "5m", "1.2bn", "3mn" as a number and its scale (`("5", "million")`);
/// `None` for any other token. Read only after a currency sign ("$5m",
/// "£3bn"): "a 4m wave" or "the 100m final" are metres.
#[must_use]
pub fn scaled_number(w: &str) -> Option<(&str, &'static str)> {
    let digits = w.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
    let (n, unit) = w.split_at(digits);
    if n.is_empty() || !n.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let word = match unit {
        "m" | "mn" => "million",
        "bn" | "b" => "billion",
        "k" => "thousand",
        _ => return None,
    };
    Some((n, word))
}

/// Whether a currency sign ends `before` ("$", "£", "€", "US$").
#[must_use]
pub fn after_currency(before: &str) -> bool {
    before.ends_with(['$', '\u{a3}', '\u{20ac}'])
}

/// A sentence as the link scorer reads it: its dateline cut, "per cent"
/// as one word and every word in its [`spelling_key`] form (a capital kept
/// as a capital, so that names stay names). Alignment computes it once per
/// sentence (the term vectors and the scorer's profiles share it); it
/// allocates only for a sentence it changes (and for a non-ASCII word).
#[must_use]
pub fn match_form(text: &str) -> Cow<'_, str> {
    let text = &text[dateline_len(text)..];
    let mut out = String::new();
    let mut last = 0;
    let mut changed = false;
    // Each word's lower case, in one buffer for the whole sentence.
    let mut lower = String::new();
    for (i, w) in crate::text::tokens(text) {
        // "12%" reads "12 percent", "$5m" "$5 million", as other outlets
        // write them.
        let spelled = if w == "%" {
            Some(" percent".to_string())
        } else if after_currency(&text[..i]) {
            scaled_number(w).map(|(n, word)| format!("{n} {word}"))
        } else {
            None
        };
        if let Some(x) = spelled {
            out.push_str(&text[last..i]);
            out.push_str(&x);
            last = i + w.len();
            changed = true;
            continue;
        }
        // Short words have no variant but "per" (of "per cent") and "grey".
        if !w.chars().next().is_some_and(char::is_alphabetic)
            || (w.len() < 4 && !w.eq_ignore_ascii_case("per"))
        {
            continue;
        }
        lower.clear();
        if w.is_ascii() {
            lower.push_str(w);
            lower.make_ascii_lowercase();
        } else {
            lower.push_str(&w.to_lowercase());
        }
        let key = if lower == "per" && text[i + w.len()..].starts_with(" cent") {
            // "per cent" → "percent": drop the space.
            out.push_str(&text[last..i]);
            out.push_str(if w.starts_with('P') { "Per" } else { "per" });
            last = i + w.len() + 1;
            changed = true;
            continue;
        } else {
            spelling_key(&lower)
        };
        // Number words and initials are the term index's business already.
        if key.as_ref() == lower || lower.contains('.') || key.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        out.push_str(&text[last..i]);
        if w.starts_with(char::is_uppercase) {
            let mut c = key.chars();
            if let Some(f) = c.next() {
                out.extend(f.to_uppercase());
                out.push_str(c.as_str());
            }
        } else {
            out.push_str(&key);
        }
        last = i + w.len();
        changed = true;
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The guards skip only lists that could not match: the same key
        /// as the plain scan for words built of the rules' own pieces.
        #[test]
        fn guarded_key_is_the_scanned_key(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "our", "is", "ys", "ation", "e", "d", "s", "ing", "tr", "br", "el", "al", "l",
                    "led", "ite", "able", "ful", "er", "c", "h", "a", "o", "u", "r", "t", "y",
                    "grey", "defence", "ten", "é",
                ]),
                0..6,
            )
        ) {
            let w: String = parts.concat();
            proptest::prop_assert_eq!(spelling_key(&w), spelling_key_scan(&w));
        }
    }

    #[test]
    fn british_and_american_spellings_meet() {
        for (uk, us) in [
            ("organisation", "organization"),
            ("organised", "organized"),
            ("harbour", "harbor"),
            ("favourite", "favorite"),
            ("centre", "center"),
            ("travelled", "traveled"),
            ("cancelling", "canceling"),
            ("defence", "defense"),
            ("analysed", "analyzed"),
            ("grey", "gray"),
            ("three", "3"),
        ] {
            assert_eq!(spelling_key(uk), spelling_key(us), "{uk}/{us}");
        }
        for (a, b) in [
            ("four", "for"),
            ("hour", "hor"),
            ("filled", "filed"),
            ("called", "caled"),
        ] {
            assert_ne!(spelling_key(a), spelling_key(b), "{a}/{b}");
        }
    }

    #[test]
    fn the_match_form_cuts_the_dateline_and_keeps_capitals() {
        assert_eq!(
            match_form("KESTOV (Northline) \u{2014} The Harbour organisation rose 5 per cent."),
            "The Harbor organization rose 5 percent."
        );
        assert_eq!(
            match_form("It cost $5m, up 12% on 1.2bn in a 4x4 at 5pm."),
            "It cost $5 million, up 12 percent on 1.2bn in a 4x4 at 5pm."
        );
        // Review R7: a height in metres is no money.
        assert!(matches!(
            match_form("Waves of up to 4m hit the coast."),
            Cow::Borrowed(_)
        ));
        assert_eq!(match_form("It cost \u{a3}5m."), "It cost \u{a3}5 million.");
        assert!(matches!(
            match_form("Nothing to change here."),
            Cow::Borrowed(_)
        ));
    }
}
