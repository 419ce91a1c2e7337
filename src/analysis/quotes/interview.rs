//! Interviews printed as questions and answers ("Q: What does the town
//! need? A: Machines, food ..."), the layout of Q&A pieces and of live
//! blogs that transcribe a call: each answer is the interviewee's words,
//! a quotation without marks that other reports may quote.
//!
//! Guarantees: an answer counts only after a question label in the same
//! report, and only the words after its label are the quotation.

use std::ops::Range;

/// Labels that open a question paragraph.
const QUESTIONS: &[&str] = &["q", "question"];

/// Labels that open an answer paragraph.
const ANSWERS: &[&str] = &["a", "answer"];

/// The separator and the range after a paragraph's opening label ("Q:",
/// "A.", "Answer:") when the label is one of `labels`.
fn after_label(text: &str, labels: &[&str]) -> Option<(char, Range<usize>)> {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let cut = rest.find([':', '.'])?;
    if !labels.contains(&rest[..cut].to_lowercase().as_str()) {
        return None;
    }
    let sep = if rest[cut..].starts_with(':') {
        ':'
    } else {
        '.'
    };
    let body = &rest[cut + 1..];
    // A label is followed by a space, then the words ("A:B testing" is none).
    if !body.starts_with(char::is_whitespace) {
        return None;
    }
    let start = lead + cut + 1 + (body.len() - body.trim_start().len());
    let end = text.trim_end().len();
    (start < end).then_some((sep, start..end))
}

/// The separator of an interviewer's question label ("Q: ..." → ':').
fn question(text: &str) -> Option<char> {
    after_label(text, QUESTIONS).map(|(sep, _)| sep)
}

/// The words of an answer paragraph whose label ends with `sep` ("A:
/// Machines ..."), without the label and its closing stop. The
/// separator must be the questions' own: after "Q:" questions, "A.
/// Rahman said ..." opens with an initial, not a label.
fn answer(text: &str, sep: char) -> Option<Range<usize>> {
    let (_, r) = after_label(text, ANSWERS).filter(|(s, _)| *s == sep)?;
    let body = text[r.clone()].trim_end_matches(['.', '!', '?']);
    (crate::text::words(body).count() >= 2).then_some(r.start..r.start + body.len())
}

/// Walks a report's paragraphs in reading order: the person named last
/// before an interview's first question is the one who answers.
#[derive(Debug, Default)]
pub(crate) struct Interview {
    /// The last person named so far.
    named_last: Option<String>,
    /// The separator of the first question's label, once one was asked.
    asked: Option<char>,
    /// Who answers, fixed at the first question.
    interviewee: Option<String>,
}

impl Interview {
    /// Reads the next paragraph (`free`: no quotation of its own opens
    /// or runs on in it; `last_named`: the last person it names) and
    /// returns its answer's range and speaker when it answers a question.
    pub(crate) fn read(
        &mut self,
        text: &str,
        free: bool,
        last_named: Option<&str>,
    ) -> Option<(Range<usize>, Option<String>)> {
        let mut found = None;
        if let Some(sep) = question(text) {
            if self.asked.is_none() {
                self.interviewee.clone_from(&self.named_last);
                self.asked = Some(sep);
            }
        } else if let Some(sep) = self.asked.filter(|_| free) {
            found = answer(text, sep).map(|r| (r, self.interviewee.clone()));
        }
        if let Some(name) = last_named {
            self.named_last = Some(name.to_string());
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_open_questions_and_answers_only_when_followed_by_words() {
        assert_eq!(question("Q: What does the town need?"), Some(':'));
        assert_eq!(question("Question. Will they go back?"), Some('.'));
        assert_eq!(question("Quebec: a province"), None);
        let t = "A: Machines, food and dry clothes.";
        assert_eq!(
            &t[answer(t, ':').unwrap()],
            "Machines, food and dry clothes"
        );
        // A one-word reply, a label with no space and another separator
        // than the questions' are no answers.
        assert_eq!(answer("A: Yes.", ':'), None);
        assert_eq!(answer("A:B testing works", ':'), None);
        assert_eq!(
            answer("A. Rahman, the analyst, said the dam would hold.", ':'),
            None
        );
    }

    #[test]
    fn answers_count_only_after_a_question_and_speak_for_the_one_named_before() {
        let mut qa = Interview::default();
        assert_eq!(qa.read("A: Not before any question.", true, None), None);
        assert_eq!(
            qa.read("We called the mayor, Ada Moss.", true, Some("Ada Moss")),
            None
        );
        assert_eq!(qa.read("Q: How are you?", true, None), None);
        let t = "A: Tired, but we keep going.";
        assert_eq!(
            qa.read(t, true, None),
            Some((3..t.len() - 1, Some("Ada Moss".to_string())))
        );
        // A paragraph with marks of its own is read as marked quotes.
        assert_eq!(qa.read(t, false, None), None);
        // After "Q:" questions, an initial opening a paragraph is a name.
        assert_eq!(
            qa.read(
                "A. Rahman, the analyst, said the dam would hold.",
                true,
                None
            ),
            None
        );
    }
}
