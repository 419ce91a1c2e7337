//! Spelling variants: what differs between outlets' house
//! styles without changing what a sentence says.
//!
//! - [`spelling_key`]: one spelling of a lower-case word for British and
//!   American forms ("organisation"/"organization", "harbour"/"harbor",
//!   "centre"/"center", "travelled"/"traveled", "defence"/"defense") and
//!   number words ("three" = "3"). Two
//!   different words of English never get the same key through these
//!   rules but for rare pairs such as "prise"/"prize".
//! - [`match_form`]: a sentence with every word in its spelling key's
//!   form and, where a report's wire dateline stands
//!   ([`dateline_paragraphs`], [`Place::Lead`]), that dateline
//!   ([`crate::text::dateline`]) cut: what the link scorer reads (the text
//!   shown is never changed).

use std::borrow::Cow;

use crate::model::{Article, ParaKind, Paragraph};
use crate::text::dateline::dateline_len;
use crate::text::number_word;

/// Where a sentence stands, as far as wire datelines go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The first sentence of one of its report's [`dateline_paragraphs`]: a
    /// dateline opening it is cut.
    Lead,
    /// Anywhere else: "Tesla (TSLA) - Shares fell" or "Jim Jordan (R-Ohio)
    /// — who ..." further down open with their subject, kept whole.
    Body,
}

/// How many body paragraphs open a report: its dateline stands in the
/// first sentence of one of them (a caption or a standfirst may come
/// first), as the fact finder reads it.
const LEAD_PARAGRAPHS: usize = 3;

/// The paragraphs whose first sentence opens with a wire dateline of the
/// report: among its first `LEAD_PARAGRAPHS` (three) body paragraphs, each whose
/// opening reads as one ([`dateline_len`]) with its place in capitals
/// ("NEW YORK —", "FILE -" over a photo caption), or with no neighbouring
/// body paragraph opening like one: ticker lines of a market report
/// ("Tesla (TSLA) - Shares fell 5%", then "Acme (ACM) - Shares rose 2%")
/// are a list of subjects, not datelines.
#[must_use]
pub fn dateline_paragraphs(article: &Article) -> Vec<usize> {
    // The dateline opening a paragraph's first sentence ("" for none).
    fn opening(p: &Paragraph) -> &str {
        p.sentence_texts()
            .next()
            .map_or("", |s| &s[..dateline_len(s)])
    }
    let heads: Vec<(usize, &str)> = article
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == ParaKind::Body)
        .take(LEAD_PARAGRAPHS + 1)
        .map(|(i, p)| (i, opening(p)))
        .collect();
    let dated = |k: Option<usize>| {
        k.and_then(|k| heads.get(k))
            .is_some_and(|h| !h.1.is_empty())
    };
    (0..heads.len().min(LEAD_PARAGRAPHS))
        .filter(|&k| {
            let place = heads[k].1.split([',', '(']).next().unwrap_or("");
            let shouted = place.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !place.chars().any(char::is_lowercase);
            dated(Some(k)) && (shouted || !(dated(k.checked_sub(1)) || dated(Some(k + 1))))
        })
        .map(|k| heads[k].0)
        .collect()
}

/// The [`Place`] of sentence `sentence` of paragraph `paragraph`, in a
/// report whose [`dateline_paragraphs`] are `datelines`.
#[must_use]
pub fn place(datelines: &[usize], paragraph: usize, sentence: usize) -> Place {
    if sentence == 0 && datelines.contains(&paragraph) {
        Place::Lead
    } else {
        Place::Body
    }
}

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
    if ll && let Some(us) = undoubled_l(lower) {
        return Cow::Owned(us);
    }
    Cow::Borrowed(lower)
}

/// The American form of a British doubled l after "el"/"al":
/// "travel|led" → "traveled".
fn undoubled_l(lower: &str) -> Option<String> {
    DOUBLED_L.iter().find_map(|tail| {
        lower
            .strip_suffix(tail)
            .filter(|stem| (stem.ends_with("el") || stem.ends_with("al")) && stem.len() >= 5)
            .map(|stem| format!("{stem}{}", &tail[1..]))
    })
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
    match undoubled_l(lower) {
        Some(us) => Cow::Owned(us),
        None => Cow::Borrowed(lower),
    }
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

/// A sentence as the link scorer reads it: its dateline cut when it
/// stands at [`Place::Lead`], "per cent" as one word and every word in its
/// [`spelling_key`] form (a capital kept as a capital, so that names stay
/// names). Alignment computes it once per sentence (the term vectors and
/// the scorer's profiles share it); it allocates only for a sentence it
/// changes (and for a non-ASCII word).
#[must_use]
pub fn match_form(text: &str, place: Place) -> Cow<'_, str> {
    let text = match place {
        Place::Lead => &text[dateline_len(text)..],
        Place::Body => text,
    };
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
    fn the_match_form_cuts_a_lead_dateline_and_keeps_capitals() {
        let lead = "KESTOV (Northline) \u{2014} The Harbour organisation rose 5 per cent.";
        assert_eq!(
            match_form(lead, Place::Lead),
            "The Harbor organization rose 5 percent."
        );
        // Review R2: further down, the same opening is a subject.
        assert_eq!(
            match_form(lead, Place::Body),
            "KESTOV (Northline) \u{2014} The Harbor organization rose 5 percent."
        );
        assert_eq!(
            match_form("Tesla (TSLA) - Shares fell 5% on Monday.", Place::Body),
            "Tesla (TSLA) - Shares fell 5 percent on Monday."
        );
        let body = |t| match_form(t, Place::Body);
        assert_eq!(
            body("It cost $5m, up 12% on 1.2bn in a 4x4 at 5pm."),
            "It cost $5 million, up 12 percent on 1.2bn in a 4x4 at 5pm."
        );
        // Review R7: a height in metres is no money.
        assert!(matches!(
            body("Waves of up to 4m hit the coast."),
            Cow::Borrowed(_)
        ));
        assert_eq!(body("It cost \u{a3}5m."), "It cost \u{a3}5 million.");
        assert!(matches!(body("Nothing to change here."), Cow::Borrowed(_)));
    }

    fn report(text: &str) -> Article {
        crate::load::parse_text("r.txt", text, crate::load::Format::Plain)
            .expect("fixture parses")
            .remove(0)
    }

    /// Paragraph index of the body paragraph that opens with `start`.
    fn para(a: &Article, start: &str) -> usize {
        a.paragraphs
            .iter()
            .position(|p| p.text.starts_with(start))
            .expect("paragraph")
    }

    #[test]
    fn a_dateline_stands_only_where_a_report_opens() {
        // A caption may come before the lead; the dateline is the lead's.
        let wire = report(
            "Ferry runs aground\n\nThe Grey Heron at its berth last spring.\n\n\
             PORT ELLAN (Meridian Press) \u{2014} A ferry ran aground on Monday. No one was hurt.\n\n\
             Tesla (TSLA) \u{2014} Shares of the carmaker were not affected, traders said.",
        );
        let at = dateline_paragraphs(&wire);
        assert_eq!(at, [para(&wire, "PORT ELLAN")]);
        assert_eq!(place(&at, para(&wire, "PORT ELLAN"), 0), Place::Lead);
        assert_eq!(place(&at, para(&wire, "PORT ELLAN"), 1), Place::Body);
        assert_eq!(place(&at, para(&wire, "Tesla"), 0), Place::Body);
        // A photo caption marked "FILE -" before the lead: both cut.
        let file = report(
            "Bank expects loss\n\nFILE - The bank's logo above a trading post in 2016.\n\n\
             NEW YORK \u{2014} The bank expects a $5 billion hit to its profits.",
        );
        assert_eq!(
            dateline_paragraphs(&file),
            [para(&file, "FILE"), para(&file, "NEW YORK")]
        );
        // Ticker lines are a list of subjects: no dateline at all, even in
        // the first body paragraph...
        for text in [
            "Carmakers slide\n\nStocks opened lower on Monday.\n\n\
             Norvale Motors (NVM) - Shares fell 5% after a profit warning.\n\n\
             Grayport Bank (GPB) - Shares rose 2% after a sale.",
            "Carmakers slide\n\nNorvale Motors (NVM) - Shares fell 5% after a profit warning.\n\n\
             Grayport Bank (GPB) - Shares rose 2% after a sale.",
        ] {
            assert!(dateline_paragraphs(&report(text)).is_empty(), "{text}");
        }
        // ... but a place in capitals is a dateline, whatever follows.
        let wrap = report(
            "Carmakers slide\n\nLONDON (Northline) - Stocks opened lower on Monday.\n\n\
             Norvale Motors (NVM) - Shares fell 5% after a profit warning.",
        );
        assert_eq!(dateline_paragraphs(&wrap), [para(&wrap, "LONDON")]);
        let dpa = report("Deich hält\n\nFeldheim (dpa) \u{2013} Der Deich hielt stand.");
        assert_eq!(dateline_paragraphs(&dpa), [para(&dpa, "Feldheim")]);
        // Past the opening paragraphs, no dateline.
        let late = report(
            "Ferry back\n\nThe ferry service resumed on Monday.\n\nFares stayed the same.\n\n\
             Gulls followed the boat.\n\nOSLO \u{2014} The ferry left on time.",
        );
        assert!(dateline_paragraphs(&late).is_empty());
    }
}
