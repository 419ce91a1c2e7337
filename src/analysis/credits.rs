//! Source credits: news outlets and agencies that a report names only to
//! say where something came from ("he told Reuters", "seen by the
//! Associated Press", "(AFP)", "Image copyright EPA", "the Daily Planet
//! reported", "Ridge Herald news agency", "told The Courant"). They are not facts of the story,
//! so fact finding ([`super::facts`]) skips them. An outlet that the story
//! is about ("Reuters journalists were detained") is still a fact.
//!
//! An outlet is a name in the list of wire and photo agencies, the outlet
//! of a report of the cluster (its metadata), a name whose last word names
//! a kind of outlet ("... Times", "... Herald", "... News"), a name after
//! a capital "The" inside a sentence (a publication's title: "told The
//! Courant"), or a name followed by such a word ("Kavala newspaper"). It is a credit when a
//! crediting word comes before it ("told", "according to", "seen by",
//! "via", "copyright", "photo:", an opening parenthesis or slash) or a
//! reporting word comes after it ("reported", "news agency", a closing
//! parenthesis), or when it opens a paragraph in front of other words in
//! capitals (a picture credit stuck to a caption: "AFP Crowds gather").

use std::collections::HashSet;
use std::ops::Range;

use crate::model::Article;
use crate::text::{normalize, words_once};

/// Wire services and picture agencies, lower case.
#[rustfmt::skip]
const AGENCIES: &[&str] = &[
    "reuters", "ap", "associated press", "afp", "agence france-presse", "agence france presse",
    "dpa", "deutsche presse-agentur", "xinhua", "kyodo", "kyodo news", "yonhap", "ansa", "efe",
    "tass", "itar-tass", "interfax", "ria novosti", "upi", "united press international",
    "anadolu agency", "pti", "press trust of india", "ians", "bernama", "press association",
    "pa media", "aap", "australian associated press", "bloomberg", "getty", "getty images",
    "epa", "epa-efe", "shutterstock", "rex features", "alamy", "ap photo", "afp photo",
    "nurphoto", "irna", "kcna", "korean central news agency", "jiji press", "al jazeera", "bbc",
    "cnn", "nbc", "abc", "cbs", "fox news", "msnbc", "npr", "pbs", "sky news",
];

/// Last words that make a name an outlet's ("Daily Planet Herald").
#[rustfmt::skip]
const OUTLET_WORDS: &[&str] = &[
    "news", "times", "post", "journal", "herald", "tribune", "telegraph", "gazette", "chronicle",
    "observer", "press", "agency", "radio", "tv", "television", "broadcasting", "magazine",
    "ilbo", "shimbun", "daily", "mail", "express", "inquirer", "courier", "dispatch", "bulletin",
    "sentinel", "examiner", "reporter", "monitor", "wire", "newswire", "network", "channel",
];

/// Words right after a name that show it is an outlet ("X newspaper").
#[rustfmt::skip]
const OUTLET_AFTER: &[&str] = &[
    "newspaper", "paper", "daily", "weekly", "broadcaster", "channel", "television", "tv",
    "radio", "website", "magazine", "agency", "news", "tabloid",
];

/// Words right before an outlet that credit it as a source.
#[rustfmt::skip]
const CREDIT_BEFORE: &[&str] = &[
    "told", "tells", "telling", "to", "by", "via", "copyright", "photo", "photos", "photograph",
    "picture", "pictures", "image", "images", "credit", "credits", "source", "sources", "from",
    "with", "courtesy", "©", "footage", "video", "on",
];

/// Words right after an outlet that credit it as a source.
#[rustfmt::skip]
const CREDIT_AFTER: &[&str] = &[
    "reported", "reports", "reporting", "report", "said", "says", "wrote", "writes", "quoted",
    "cited", "learned", "learnt", "understands", "contributed", "news", "agency", "newspaper",
    "broadcaster", "television", "tv", "radio", "website", "photo", "photos", "image",
    "images", "correspondent", "interview",
];

/// The outlets a cluster names, for telling credits from facts.
#[derive(Debug, Default, Clone)]
pub(crate) struct Credits {
    /// The reports' own outlets (metadata), lower case.
    own: HashSet<String>,
}

/// A name as compared with the lists: normalised, lower case, possessive,
/// trailing dots and a leading "the" dropped.
fn folded(name: &str) -> String {
    let f = normalize(name).to_lowercase();
    let f = f
        .strip_suffix("'s")
        .or_else(|| f.strip_suffix('\''))
        .unwrap_or(&f)
        .trim_end_matches('.');
    f.strip_prefix("the ").unwrap_or(f).trim().to_string()
}

/// Whether a whole line is only a wire or picture agency's name, the
/// credit a scraper keeps on a line of its own above or below the story
/// ("Associated Press", "\u{2014} Reuters", "By AFP"); at most four words.
pub(crate) fn agency_line(text: &str) -> bool {
    let t = text
        .trim()
        .trim_start_matches(['\u{2014}', '\u{2013}', '-', ' ', '('])
        .trim_end_matches([')', '.', ' ']);
    let t = t
        .strip_prefix("By ")
        .or_else(|| t.strip_prefix("BY "))
        .unwrap_or(t);
    (1..=4).contains(&words_once(t).count()) && AGENCIES.contains(&folded(t).as_str())
}

impl Credits {
    /// Learns the reports' own outlets.
    pub(crate) fn learn(articles: &[Article]) -> Self {
        Credits {
            own: articles
                .iter()
                .filter_map(|a| a.outlet.as_deref())
                .map(folded)
                .filter(|o| !o.is_empty())
                .collect(),
        }
    }

    /// Whether a name (folded) is an outlet's by itself.
    fn is_outlet_name(&self, name: &str) -> bool {
        AGENCIES.contains(&name)
            || self.own.contains(name)
            || name
                .rsplit(' ')
                .next()
                .is_some_and(|last| name.contains(' ') && OUTLET_WORDS.contains(&last))
    }

    /// Whether the name at `range` of `text` is only a source credit.
    pub(crate) fn is_credit(&self, text: &str, range: &Range<usize>) -> bool {
        let name = folded(&text[range.clone()]);
        if name.is_empty() {
            return false;
        }
        let head = &text[..range.start];
        // The word before the name ("the" skipped);
        // only the paragraph's tail is read, so a long paragraph costs
        // no more per name.
        let before: Vec<String> = head
            .split_whitespace()
            .rev()
            .map(|w| folded(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\u{a9}')))
            .filter(|w| w != "the")
            .take(1)
            .collect();
        let next = words_once(&text[range.end..])
            .next()
            .map_or_else(String::new, |(_, w)| folded(w));
        let next = next.as_str();
        // A picture credit stuck to the caption that follows it: the
        // paragraph opens with a known outlet's name inside a longer run
        // of capitalised words ("Reuters Crowds gather ...").
        let opens_with = |o: &str| name.strip_prefix(o).is_some_and(|r| r.starts_with(' '));
        if head.trim().is_empty()
            && (AGENCIES.iter().any(|o| opens_with(o)) || self.own.iter().any(|o| opens_with(o)))
        {
            return true;
        }
        // "told The Athletic": a capital "The" inside a sentence opens a
        // publication's title.
        let titled = head.strip_suffix("The ").is_some_and(|h| {
            h.trim_end()
                .chars()
                .next_back()
                .is_some_and(|c| c.is_lowercase() || c == ',')
        });
        let outlet = titled || self.is_outlet_name(&name) || OUTLET_AFTER.contains(&next);
        if !outlet {
            return false;
        }
        // Punctuation right around the name: "(Reuters)", "Smith/AP".
        let gap_before = text[..range.start].trim_end_matches(' ');
        let gap_after = text[range.end..].trim_start_matches(' ');
        if gap_before.ends_with(['(', '/', '[', '\u{a9}']) || gap_after.starts_with([')', '/', ']'])
        {
            return true;
        }
        let last = before.first().map_or("", String::as_str);
        // "according to" ends in "to", which is in the list.
        CREDIT_BEFORE.contains(&last) || CREDIT_AFTER.contains(&next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit(text: &str, name: &str) -> bool {
        let at = text.find(name).expect("name in text");
        Credits::default().is_credit(text, &(at..at + name.len()))
    }

    #[test]
    fn agencies_named_as_sources_are_credits() {
        for (text, name) in [
            ("The coach told The Courant that he felt fine.", "Courant"),
            ("according to a story on The Courant, he fell.", "Courant"),
            (
                "\"The wall shook,\" a baker told Reuters by phone.",
                "Reuters",
            ),
            (
                "The indictment, seen by the Associated Press, lists six counts.",
                "Associated Press",
            ),
            ("LAGOS (AFP) \u{2014} Markets reopened.", "AFP"),
            (
                "Image copyright EPA Image caption Smoke over the port",
                "EPA",
            ),
            (
                "Firefighters at the scene (Lena Ortiz/Getty Images)",
                "Getty Images",
            ),
            (
                "The Valley Herald reported that the mayor resigned.",
                "Valley Herald",
            ),
            ("Three ministers quit, according to Kyodo.", "Kyodo"),
            (
                "Officials spoke to the Kavala newspaper on Monday.",
                "Kavala",
            ),
            (
                "Reuters Crowds gather outside the station",
                "Reuters Crowds",
            ),
        ] {
            assert!(credit(text, name), "{name} in {text}");
        }
    }

    #[test]
    fn agency_names_alone_on_a_line() {
        for line in ["Associated Press", "\u{2014} Reuters", "By AFP", "(AP)"] {
            assert!(agency_line(line), "{line}");
        }
        for line in [
            "Reuters journalists were detained on Monday.",
            "The Associated Press reported it first",
            "Harbour News",
        ] {
            assert!(!agency_line(line), "{line}");
        }
    }

    #[test]
    fn outlets_in_the_story_and_other_names_stay_facts() {
        for (text, name) in [
            ("The minister told the Senate on Monday.", "Senate"),
            ("The Courant was sold on Friday.", "Courant"),
            (
                "Reuters journalists were detained at the border for a week.",
                "Reuters",
            ),
            (
                "The Valley Herald was sold to a hedge fund for $4 million.",
                "Valley Herald",
            ),
            (
                "The fire started at the Northside Post office.",
                "Northside Post",
            ),
            (
                "The minister told Parliament the budget was final.",
                "Parliament",
            ),
            (
                "Officials told Maria Ortiz that her house was safe.",
                "Maria Ortiz",
            ),
        ] {
            assert!(!credit(text, name), "{name} in {text}");
        }
    }

    #[test]
    fn a_reports_own_outlet_is_an_outlet() {
        let mut c = Credits::default();
        c.own.insert("ridge courant".into());
        let text = "The mayor spoke to the Ridge Courant after the vote.";
        let at = text.find("Ridge Courant").unwrap_or(0);
        assert!(c.is_credit(text, &(at..at + "Ridge Courant".len())));
        assert!(c.is_credit("Ridge Courant Voters queue", &(0..19)));
        assert!(!Credits::default().is_credit("Ridge Courant Voters queue", &(0..19)));
    }
}
