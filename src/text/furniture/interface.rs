//! A page's button bar scraped as one line of text: the same short
//! imperative label repeated for each network or channel ("Share on
//! Network A Share on Network B Share via Email", "Follow us on X Follow
//! us on Y"). Marked as furniture before alignment
//! ([`super::mark_furniture`]), so it takes no part in links or rows: two
//! pages' bars share their words with each other and with a live blog's
//! "Share this post", and the link scorer would pair them.
//!
//! Guarantee: told by the line's form, not by a site's wording. The line
//! has no sentence punctuation, its first word opens every label (at
//! least two labels of at most `MAX_LABEL_WORDS` words each), and at
//! least two labels end on a network or channel name, with only joining
//! words ("on", "via", "us") between a label's verb and its channel. A sentence that
//! names networks ("Share prices fell on Facebook and Twitter.") closes
//! with a full stop and does not repeat its opening word as labels.

use super::words;

/// Longest interface run, in words.
const MAX_RUN_WORDS: usize = 30;

/// Longest label of a run, in words ("Share on Facebook", "Follow us on
/// Instagram").
const MAX_LABEL_WORDS: usize = 4;

/// Networks and channels a button names (lower case).
const CHANNELS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "instagram",
    "linkedin",
    "whatsapp",
    "telegram",
    "pinterest",
    "reddit",
    "tumblr",
    "flipboard",
    "messenger",
    "tiktok",
    "youtube",
    "threads",
    "bluesky",
    "mastodon",
    "snapchat",
    "email",
    "e-mail",
    "mail",
    "sms",
    "print",
    "link",
];

/// Words that may stand between a label's verb and its channel.
const JOINERS: &[&str] = &[
    "on", "via", "by", "to", "with", "us", "me", "in", "this", "our",
];

/// Whether a whole paragraph is a run of repeated interface labels.
#[must_use]
pub fn interface_run(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || t.contains(['.', '!', '?', ',', ';', '"', '\u{201c}', '\u{201d}']) {
        return false;
    }
    let ws: Vec<&str> = words(t).map(|(_, w)| w).take(MAX_RUN_WORDS + 1).collect();
    if ws.len() < 4 || ws.len() > MAX_RUN_WORDS {
        return false;
    }
    let opener = ws[0];
    if !opener.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    // Labels: each opens with the run's first word, written the same way.
    let mut labels: Vec<&[&str]> = Vec::new();
    let mut start = 0;
    for k in 1..=ws.len() {
        if k == ws.len() || ws[k] == opener {
            labels.push(&ws[start..k]);
            start = k;
        }
    }
    let channel = |l: &[&str]| {
        l.last()
            .is_some_and(|w| CHANNELS.contains(&w.to_lowercase().as_str()))
    };
    // Between the verb and the channel only joining words ("on", "via",
    // "us on"): a label names no thing of the story.
    let plain = |l: &[&str]| {
        // A one-word label has no middle (`get` rather than a slice that
        // would start past its end).
        l.len() <= MAX_LABEL_WORDS
            && l.get(1..l.len().saturating_sub(1))
                .unwrap_or(&[])
                .iter()
                .all(|w| JOINERS.contains(&w.to_lowercase().as_str()))
    };
    labels.len() >= 2
        && labels.iter().all(|l| plain(l))
        && labels.iter().filter(|l| channel(l)).count() >= 2
}

#[cfg(test)]
mod tests {
    use super::interface_run;
    use proptest::prelude::*;

    proptest! {
        /// Any run of label-like words, with openers repeated anywhere and
        /// labels of any length, gets an answer and no panic.
        #[test]
        fn never_panics_on_word_runs(
            ws in proptest::collection::vec(
                prop::sample::select(vec!["Share", "Go", "on", "via", "Email", "Facebook", "the", "Live", "x"]),
                0..40,
            )
        ) {
            let _ = interface_run(&ws.join(" "));
        }
    }

    #[test]
    fn button_bars_are_interface_runs() {
        for t in [
            "Share on Facebook Share on Twitter Share via Email",
            "Share on WhatsApp Share on Reddit Share on LinkedIn",
            "Follow us on Instagram Follow us on TikTok",
            "Email Print Email Link",
        ] {
            assert!(interface_run(t), "{t}");
        }
    }

    #[test]
    fn prose_and_single_labels_are_not() {
        for t in [
            "Share on Facebook",
            "Share this post",
            "Shares rose on Facebook and fell on Twitter.",
            "Share prices of Facebook Share prices of Twitter",
            "Follow the river Follow the road",
            // One-word labels (review R1: these panicked).
            "Go Go Go Go",
            "Live Live updates here",
            "Share on Facebook Share",
            "The mayor said Facebook and Twitter had removed the posts",
            "",
        ] {
            assert!(!interface_run(t), "{t}");
        }
    }
}
