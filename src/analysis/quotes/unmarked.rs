//! Quotations without quote marks: direct speech opened by a dash (the
//! convention of Scandinavian, Spanish, French, Russian and other sites)
//! and posts embedded from a social network, scraped as text with their
//! credit line. Both come out as [`MarkedQuote`]s, so the rest of the
//! quote analysis treats them like marked quotations.

use super::MarkedQuote;
use crate::text::words;

/// Dashes that open direct speech or set off its attribution.
const DASHES: [char; 3] = ['\u{2014}', '\u{2013}', '\u{2015}'];

/// A post embedded from a social network and scraped as text: "words ...
/// pic.twitter.com/x — Ada Moss (@adamoss) May 2, 2018". Its words are a
/// quotation of the credited author; `close` is the dash before the
/// credit (where [`super::super::attribution::post_credit`] reads the name).
pub(super) fn embedded_post(text: &str) -> Option<MarkedQuote> {
    let handle = text.rfind("(@")?;
    let after = &text[handle..];
    let end = handle + after.find(')')? + 1;
    // At most a date after the credit.
    if crate::text::words_once(&text[end..]).count() > 6 {
        return None;
    }
    // The dash before the name (a hyphen only with spaces: "Jean-Luc").
    let dash = text[..handle]
        .rfind(DASHES)
        .max(text[..handle].rfind(" - ").map(|i| i + 1))?;
    let name = &text[dash..handle];
    if !(1..=6).contains(&words(name).count()) {
        return None;
    }
    // The post's words, without the links a scrape leaves at their end.
    let mut stop = dash;
    loop {
        let body = text[..stop].trim_end();
        let last = body.rsplit(char::is_whitespace).next().unwrap_or("");
        let link = ["http://", "https://", "pic.twitter.com/", "t.co/", "www."]
            .iter()
            .any(|p| last.starts_with(p));
        if !link || last.is_empty() {
            stop = body.len();
            break;
        }
        stop = body.len() - last.len();
    }
    let lead = text.len() - text.trim_start().len();
    (words(&text[lead..stop]).count() >= 3).then_some(MarkedQuote {
        content: lead..stop,
        open: lead,
        close: dash,
        runs_on: false,
        nested: false,
    })
}

/// Direct speech opened by a dash at the start of a paragraph, the
/// convention of Scandinavian, Spanish, French, Russian and other sites:
/// "– We stay, says Ada Moss." or "—We stay —said the mayor—. Tomorrow
/// too." Speech ends where an attribution starts (a dash before lower
/// case, or a comma before a reporting verb) and resumes after it when a
/// dash (or a new sentence opening with one) takes it up again.
pub(super) fn dash_speech(text: &str) -> Vec<MarkedQuote> {
    let mut out = Vec::new();
    let lead = text.len() - text.trim_start().len();
    let mut open = lead;
    let mut at = match text[lead..].chars().next() {
        Some(c) if DASHES.contains(&c) => lead + c.len_utf8(),
        _ => return out,
    };
    loop {
        // "—dijo la ministra—. Seguiremos": the stop after the closing
        // dash belongs to the attribution.
        let start = at
            + (text[at..].len()
                - text[at..]
                    .trim_start_matches(|c: char| c.is_whitespace() || ".,;:".contains(c))
                    .len());
        if !text[start..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || "\u{bf}\u{a1}".contains(c))
        {
            break;
        }
        let (end, resume) = speech_end(text, start);
        out.push(MarkedQuote {
            content: start..end,
            open,
            close: end,
            runs_on: false,
            nested: false,
        });
        let Some(next) = resume else { break };
        open = next;
        at = next + text[next..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Where speech that starts at `start` ends, and the dash that takes it
/// up again after the attribution, if any.
fn speech_end(text: &str, start: usize) -> (usize, Option<usize>) {
    let mut prev = ' ';
    for (k, c) in text[start..].char_indices() {
        let i = start + k;
        let rest = &text[i + c.len_utf8()..];
        // "—dijo el ministro", ", — заявил он", ", säger hon": an
        // attribution starts with (or soon reaches) a reporting verb; "– as
        // always –" is an aside inside the speech.
        let verb_within = |n: usize| {
            words(rest)
                .take(n)
                .any(|(_, w)| super::super::attribution::is_reporting_verb(w))
        };
        let interrupts = (DASHES.contains(&c)
            && (prev.is_whitespace() || prev == ',')
            && words(rest)
                .next()
                .is_some_and(|(_, w)| w.starts_with(char::is_lowercase))
            && verb_within(3))
            || (c == ',' && verb_within(1));
        if interrupts {
            return (i, resumes(text, i + c.len_utf8()));
        }
        prev = c;
    }
    (text.len(), None)
}

/// After an attribution that starts at `from`: the dash that takes the
/// speech up again ("—said the mayor—. Tomorrow", "says Moss. – Then"),
/// if the attribution ends with one.
fn resumes(text: &str, from: usize) -> Option<usize> {
    // The attribution (after the dash that opens it: ", — заявил мэр")
    // runs to a dash or the end of its sentence.
    let rest = &text[from..];
    let skip = rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_whitespace() || DASHES.contains(&c))
            .len();
    let from = from + skip;
    let rest = &text[from..];
    let stop = rest.find(|c: char| DASHES.contains(&c) || ".!?".contains(c))?;
    let c = rest[stop..].chars().next()?;
    if DASHES.contains(&c) {
        return Some(from + stop);
    }
    let after = &rest[stop + 1..];
    let gap = after.len() - after.trim_start().len();
    after
        .trim_start()
        .starts_with(DASHES)
        .then_some(from + stop + 1 + gap)
}

#[cfg(test)]
mod tests {
    use super::super::find_quotes;
    use super::*;

    /// What the whole mark finder quotes (edge punctuation trimmed).
    fn quoted(text: &str) -> Vec<&str> {
        find_quotes(text)
            .into_iter()
            .map(|q| &text[q.content])
            .collect()
    }

    #[test]
    fn embedded_posts_are_quotations() {
        let t = "Flood barriers held all night. Proud of every volunteer! \
                 pic.twitter.com/Ab12Cd \u{2014} Ada Moss (@adamoss) March 3, 2019";
        let q = find_quotes(t);
        assert_eq!(q.len(), 1);
        assert_eq!(
            &t[q[0].content.clone()],
            "Flood barriers held all night. Proud of every volunteer!"
        );
        assert_eq!(&t[q[0].close..q[0].close + 3], "\u{2014}");
        // A hyphenated name and a straight dash; marks inside are nested.
        let t = "\"Fake\" is the word for it - Jean-Luc Roux (@jlroux) 2 May 2018";
        let q = find_quotes(t);
        assert_eq!(q.len(), 2);
        assert!(
            q.iter()
                .any(|m| m.nested && &t[m.content.clone()] == "Fake")
        );
        assert!(
            q.iter()
                .any(|m| !m.nested && &t[m.content.clone()] == "\"Fake\" is the word for it")
        );
        // A handle in running prose is no post.
        assert!(
            embedded_post("Moss (@adamoss) wrote that the barriers held all night long.").is_none()
        );
    }

    #[test]
    fn speech_after_a_dash() {
        // Scandinavian style: the attribution after a comma.
        assert_eq!(
            quoted("\u{2013} Vi stannar h\u{e4}r, s\u{e4}ger Anna Berg. \u{2013} Alla stannar."),
            vec!["Vi stannar h\u{e4}r", "Alla stannar"]
        );
        // Spanish style: the attribution between dashes, speech resumed.
        assert_eq!(
            quoted("\u{2014}No vamos a ceder \u{2014}dijo la ministra\u{2014}. Seguiremos."),
            vec!["No vamos a ceder", "Seguiremos"]
        );
        // Russian style, and an aside inside the speech that is no attribution.
        assert_eq!(
            quoted(
                "\u{2014} \u{41c}\u{44b} \u{43e}\u{441}\u{442}\u{430}\u{435}\u{43c}\u{441}\u{44f}, \u{2014} \u{437}\u{430}\u{44f}\u{432}\u{438}\u{43b} \u{43c}\u{44d}\u{440}."
            ),
            vec!["\u{41c}\u{44b} \u{43e}\u{441}\u{442}\u{430}\u{435}\u{43c}\u{441}\u{44f}"]
        );
        assert_eq!(
            quoted("\u{2013} We stay \u{2013} as always \u{2013} until the end."),
            vec!["We stay \u{2013} as always \u{2013} until the end"]
        );
        // A dash inside a paragraph opens nothing.
        assert!(quoted("The dam held \u{2014} barely, engineers said.").is_empty());
    }
}
