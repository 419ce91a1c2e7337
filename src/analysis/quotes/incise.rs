//! Attributions written inside one pair of marks, the convention of
//! French, Italian and other continental sites: « Nous voulons des actes,
//! a-t-il ajouté, pas des promesses. » The inserted clause (an "incise") is
//! no part of what was said: the quotation is cut around it into two
//! parts, which the collector then joins as a quote split by its
//! attribution ("We will," she said, "not give up").
//!
//! An incise is recognised by its first word only, so that English
//! quotations are never cut: an inverted verb with a hyphenated pronoun
//! ("dit-elle", "a-t-il", "poursuit-on") or a reporting verb of another
//! language ("ajoute", "ha detto"), between two commas, at most
//! [`MAX_INCISE_WORDS`] words long.

use super::MarkedQuote;

/// Longest inserted attribution, in words ("a-t-il ajouté devant la
/// presse" is four).
const MAX_INCISE_WORDS: usize = 6;

/// Pronouns an inverted verb carries after its hyphen ("dit-il",
/// "a-t-elle").
const HYPHEN_PRONOUNS: &[&str] = &["il", "elle", "on", "ils", "elles"];

/// Auxiliaries that open a compound past before a reporting verb ("ha
/// detto il sindaco", "a ajouté le ministre").
const AUXILIARIES: &[&str] = &["a", "ha", "hat", "ont", "hanno"];

/// Whether `word` is an inverted verb with its pronoun: "dit-il",
/// "a-t-elle", "poursuit-on".
fn inverted(word: &str) -> bool {
    let lower = word.to_lowercase();
    let mut parts: Vec<&str> = lower.split(['-', '\u{2011}']).collect();
    let Some(pronoun) = parts.pop() else {
        return false;
    };
    if parts.last() == Some(&"t") {
        parts.pop();
    }
    parts.len() == 1
        && parts[0].chars().all(char::is_alphabetic)
        && !parts[0].is_empty()
        && HYPHEN_PRONOUNS.contains(&pronoun)
}

/// Whether the words between two commas inside a quotation are an
/// inserted attribution.
fn is_incise(clause: &str) -> bool {
    let ws: Vec<&str> = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let Some(first) = ws.first() else {
        return false;
    };
    if ws.len() > MAX_INCISE_WORDS || clause.contains(['"', '\u{ab}', '\u{bb}', '\u{201c}']) {
        return false;
    }
    let foreign_verb = |w: &str| super::super::attribution::is_foreign_verb(w);
    inverted(first)
        || foreign_verb(first)
        || (AUXILIARIES.contains(first) && ws.get(1).is_some_and(|w| foreign_verb(w)))
}

/// Cuts each top-level quotation around the inserted attributions it
/// holds; the parts keep the quotation's marks at their outer ends.
pub(super) fn split_incises(text: &str, found: &mut Vec<MarkedQuote>) {
    let mut out = Vec::with_capacity(found.len());
    for q in found.drain(..) {
        if q.nested || q.runs_on {
            out.push(q);
            continue;
        }
        let mut rest = q.clone();
        let commas: Vec<usize> = text[q.content.clone()]
            .match_indices(',')
            .map(|(i, _)| q.content.start + i)
            .collect();
        for pair in commas.windows(2) {
            let (c1, c2) = (pair[0], pair[1]);
            if c1 < rest.content.start || !is_incise(&text[c1 + 1..c2]) {
                continue;
            }
            let tail = &text[c2 + 1..q.content.end];
            if !tail.chars().any(char::is_alphanumeric) {
                continue;
            }
            let lead = tail.len() - tail.trim_start().len();
            out.push(MarkedQuote {
                content: rest.content.start..c1,
                open: rest.open,
                close: c1 + 1,
                runs_on: false,
                nested: false,
            });
            rest = MarkedQuote {
                content: c2 + 1 + lead..q.content.end,
                open: c2,
                close: q.close,
                runs_on: false,
                nested: false,
            };
        }
        out.push(rest);
    }
    *found = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Vec<&str> {
        super::super::find_quotes(text)
            .into_iter()
            .map(|q| &text[q.content])
            .collect()
    }

    #[test]
    fn an_inserted_attribution_is_no_part_of_the_quotation() {
        assert_eq!(
            parts("\u{ab}\u{a0}Nous partons, a-t-il dit, mais pas ce soir.\u{a0}\u{bb}"),
            ["Nous partons", "mais pas ce soir"]
        );
        assert_eq!(
            parts("\u{ab} Resteremo qui, ha detto il sindaco, fino alla fine \u{bb}"),
            ["Resteremo qui", "fino alla fine"]
        );
        assert_eq!(
            parts("\u{201c}On verra, poursuit-elle, ce qu'ils proposent.\u{201d}"),
            ["On verra", "ce qu'ils proposent"]
        );
    }

    #[test]
    fn commas_of_english_quotations_cut_nothing() {
        assert_eq!(
            parts("\"We came, we saw, and we left,\" she said."),
            ["We came, we saw, and we left"]
        );
        // A hyphenated word that is no verb and pronoun.
        assert_eq!(
            parts("\"It was, well, a one-off, really,\" he said."),
            ["It was, well, a one-off, really"]
        );
        assert!(!inverted("well-il-x"));
        assert!(inverted("dit-il") && inverted("a-t-elle") && !inverted("t-il"));
    }
}
