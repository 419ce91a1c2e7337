//! Noise: paragraphs that are no part of any report of the event. Two
//! kinds: page furniture that scrapers keep ("Read more", related-link
//! lists, newsletter and subscription blurbs, "Advertisement", photo
//! credits, wire copyright lines) and off-topic blocks (another story
//! pasted in) that no sentence link touches and that share little
//! vocabulary with the rest of the cluster: under a pasted headline, as a
//! run of three or more paragraphs that share words only with each other
//! (a photo gallery about another subject), or alone when the paragraph
//! attributes nothing ("... said" makes it a detail of the story).
//! Background about related
//! events shares the story's names and words, so it stays. Vocabulary is
//! only compared between reports in one language
//! ([`crate::text::furniture::lang`]): a report in Japanese or German is
//! never off-topic for sharing no words with English ones. The learned
//! furniture model adds, at a strict threshold, the unlinked paragraphs
//! the rules miss, unless they carry the cluster's topic words.

mod lines;
mod sections;

use std::collections::HashSet;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use super::OffTopic;
use crate::align::Alignment;
use crate::model::{Article, ParaKind, SentenceRef};
use crate::text::furniture::lang;
use crate::text::furniture::{Logistic, Noise, cues, judge, labelled_address, tails, weights};
use crate::text::{word_count_upto, words};

/// Share of a paragraph's terms found elsewhere in the cluster below which
/// an unlinked paragraph under a pasted headline is off-topic (the text
/// under it may share up to twice as much). On the corpus clusters, pasted
/// foreign stories and promotion blurbs share 0.11–0.16, story paragraphs
/// with new names 0.20 and up.
const MIN_SHARED: f64 = 0.18;
/// A lone paragraph (no pasted headline above it) must share even less to
/// be flagged: new details of the story share little vocabulary too.
const MIN_SHARED_ALONE: f64 = 0.1;
/// Fewest paragraphs of a run of unlinked paragraphs that is judged as
/// one block (a photo gallery or another story scraped into a report):
/// its paragraphs share words with each other, so each alone looks
/// topical, but the run shares little with anything outside it.
const MIN_RUN: usize = 3;
/// Fewest words of a paragraph of such a run (gallery captions are short).
const MIN_WORDS_RUN: usize = 4;
/// Paragraphs shorter than this (in words) are too small to judge by
/// vocabulary; only furniture patterns flag them.
const MIN_WORDS_TOPIC: usize = 6;
/// Furniture is short: longer paragraphs are prose even when a pattern
/// matches.
const MAX_WORDS_FURNITURE: usize = 40;

/// Probability from which the learned furniture model
/// ([`crate::text::furniture`]) flags a paragraph the rules let through:
/// the lowest threshold at which its leave-one-cluster-out precision
/// reaches 0.95 (`examples/fit_noise` prints the sweep: at 0.7, 19 of 46
/// labelled paragraphs found with one false alarm; at 0.5, 26 with two).
const MODEL_THRESHOLD: f64 = 0.7;

/// The learned furniture model at [`MODEL_THRESHOLD`].
const STRICT_FURNITURE: Logistic = Logistic {
    threshold: MODEL_THRESHOLD,
    ..weights::FURNITURE
};

/// The pasted-block model is not used: its held-out verdicts flag story
/// paragraphs next to pasted blocks (see the fitter's block table).
const NO_BLOCK: Logistic = Logistic {
    threshold: f64::INFINITY,
    ..weights::BLOCK
};

/// Lines that are page furniture when a paragraph starts with them.
const FURNITURE_START: &[&str] = &[
    "read more",
    "read or share",
    "also read",
    "related:",
    "related coverage",
    "related articles",
    "see also",
    "more from",
    "more:",
    "click here",
    "sign up",
    "subscribe",
    "advertisement",
    "image copyright",
    "image caption",
    "photo:",
    "photo credit",
    "photograph:",
    "picture:",
    "now playing",
    "watch:",
    "listen:",
    "follow us",
    "share this",
    "slideshow",
    "getty images",
    "copyright",
    "\u{a9}",
    "for more ",
    "like ",
    "today\u{2019}s coverage",
    "today's coverage",
    // Wire staff credits: "(Reporting by ...; Editing by ...)".
    "reporting by",
    "(reporting by",
    "additional reporting",
    "editing by",
    "writing by",
    // Science-news reference lines and list prompts.
    "citation:",
    "more information:",
    "join our",
    "sharing is caring",
];

/// Phrases that make a short paragraph furniture wherever they occur,
/// grouped by the general kind of notice; each is a common wording of it,
/// not one site's.
const FURNITURE_ANY: &[&str] = &[
    // Subscription, rights and wire notices.
    "newsletter",
    "all rights reserved",
    "thanks for subscribing",
    "privacy policy",
    "continue reading the main story",
    "this material may not be published",
    "contributed to this report",
    // Reading-list and app prompts (sign-up prompts: `lines::sign_up_prompt`).
    "most read",
    // Calls for readers' tips and stories, and app prompts.
    "we pay for your stories",
    "email us at",
    "download the app",
    // Comment-section notices.
    "have not been moderated",
    "comments are closed",
    "join the conversation",
    "leave a comment",
    "post a comment",
    "your email address will not be published",
    "required fields are marked",
    "want to join the discussion",
    "to reduce spam",
    // The comment form's phrase, not a portal's rule in a story (R3).
    "must be logged in to comment",
    "must be logged in to post",
    "must be logged in to reply",
    "must be logged in to recommend",
    "must be logged in to report",
    "loading comments",
    // Account and notification prompts.
    "forgot your password",
    "turn on desktop notifications",
];

/// Phrases of a web page's interface (sign-up boxes, subscription and
/// consent forms). One of them can occur in a story ("she had to subscribe
/// to the channel"); four different ones in one paragraph are a form.
const INTERFACE_CUES: &[&str] = &[
    "newsletter",
    "sign up",
    "subscribe",
    "inbox",
    "email address",
    "privacy policy",
    "terms of service",
    "continue reading",
    "click here",
    "download the app",
    "all rights reserved",
    "advertisement",
];

/// Labels of an editor's note about the report itself, not the event
/// ("Correction: An earlier version of this story ...").
const EDITOR_LABELS: &[&str] = &[
    "correction:",
    "corrections:",
    "clarification:",
    "editor's note:",
    "editor\u{2019}s note:",
    "editors' note:",
    "editors\u{2019} note:",
    "note to readers:",
];

/// Whether a lower-cased paragraph is an editor's note: a correction or
/// update label, or a sentence about an earlier version of the report
/// ("An earlier version of this article misstated ...", "This story has
/// been updated"). Such a note speaks of the report, so none of its
/// figures or names is a finding about the event.
fn editor_note(lower: &str) -> bool {
    if EDITOR_LABELS.iter().any(|l| lower.starts_with(l)) {
        return true;
    }
    let report = ["story", "article", "report", "post"];
    let earlier = ["an earlier version of this ", "a previous version of this "];
    let changed = [
        "has been corrected",
        "has been updated",
        "was corrected",
        "was updated",
    ];
    // The correction idiom opens the paragraph and says what was wrong
    // (not "An earlier version of this report, leaked in March, put ...").
    let wrong = [
        "misstated",
        "misspell",
        "misspelt",
        "misidentified",
        "incorrectly",
        "wrongly",
        "mistakenly",
        "omitted",
        "gave the wrong",
    ];
    earlier.iter().any(|e| {
        lower
            .strip_prefix(e)
            .is_some_and(|t| report.iter().any(|r| t.starts_with(r)))
            && wrong.iter().any(|w| lower.contains(w))
    }) || report.iter().any(|r| {
        changed
            .iter()
            .any(|c| lower.starts_with(&format!("this {r} {c}")))
    })
}

/// How many of [`INTERFACE_CUES`] a lower-cased text contains.
fn interface_cues(lower: &str) -> usize {
    INTERFACE_CUES.iter().filter(|c| lower.contains(*c)).count()
}

/// Phrases of a cookie or consent banner, in English and the languages a
/// cluster may mix in: never written in a news story's prose.
const CONSENT_CUES: &[&str] = &[
    "we use cookies",
    "use of cookies",
    "accept all cookies",
    "accept cookies",
    "cookie policy",
    "cookie settings",
    "cookie preferences",
    "manage cookies",
    "manage preferences",
    "by continuing to use this site",
    "by continuing to browse",
    "nous utilisons des cookies",
    "utilisation de cookies",
    "utilizamos cookies",
    "wir verwenden cookies",
    "utilizziamo i cookie",
    "utilizziamo cookie",
    "tout accepter",
    "alle akzeptieren",
    "aceptar todas",
    "accetta tutti",
];

/// Words of a banner's buttons and links, which a story about cookie
/// rules seldom has beside a banner phrase.
const CONSENT_BUTTONS: &[&str] = &["manage", "preferences", "settings", "reject", "consent"];

/// Whether a lower-cased paragraph is a cookie or consent banner: two of
/// [`CONSENT_CUES`], or one and a button word, in a paragraph that
/// attributes nothing (a story about privacy rules quotes someone).
fn consent_banner(lower: &str, text: &str) -> bool {
    let cues = CONSENT_CUES.iter().filter(|c| lower.contains(*c)).count();
    let button = CONSENT_BUTTONS.iter().any(|b| lower.contains(b));
    (cues >= 2 || (cues == 1 && button))
        && !attributed(text)
        && words(text).count() <= MAX_WORDS_CONSENT
}

/// Longest consent banner, in words.
const MAX_WORDS_CONSENT: usize = 90;

/// Roles of a report's author in the bio that closes some sites' pages
/// ("Sarah Quell is a transport correspondent at ...").
const AUTHOR_ROLES: &[&str] = &[
    "reporter",
    "correspondent",
    "editor",
    "writer",
    "journalist",
    "columnist",
    "contributor",
    "producer",
    "freelancer",
    "photographer",
    "intern",
];

/// Whether a lower-cased paragraph tells how to reach its author: "follow
/// him/her/them on" a network ("Follow her on Twitter @annlee"), or "may
/// be reached at", "can be reached at", "email him/her at" an address
/// within three words. A story's sentence speaks of its people by name,
/// not as "him" or "her" to follow.
fn contact_line(lower: &str) -> bool {
    let follow = ["follow him on ", "follow her on ", "follow them on "]
        .iter()
        .any(|c| {
            lower.match_indices(c).any(|(at, _)| {
                let rest = &lower[at + c.len()..];
                // With a handle: "fans who follow him on TikTok" is prose.
                lines::NETWORKS.iter().any(|n| rest.starts_with(n))
                    && rest.split_whitespace().take(3).any(|w| w.starts_with('@'))
            })
        });
    let reach = [
        "may be reached at ",
        "can be reached at ",
        "email him at ",
        "email her at ",
    ]
    .iter()
    .any(|c| {
        lower.match_indices(c).any(|(at, _)| {
            lower[at + c.len()..]
                .split_whitespace()
                .take(3)
                .any(|w| w.contains('@'))
        })
    });
    follow || reach
}

/// Whether a paragraph is an author's bio: it opens "About the author", or
/// it tells how to reach its author ([`contact_line`]),
/// or its first sentence is a name of two or three capitalised words,
/// "is" or "was", an article or "our", and within four more words one of
/// [`AUTHOR_ROLES`] ("Tom Harlan is our Europe correspondent"). Short (at
/// most [`MAX_WORDS_FURNITURE`] words) and read only among a report's
/// last paragraphs by the caller: a story's own "X is a reporter who ..."
/// stands in its body.
fn author_bio(text: &str) -> bool {
    if word_count_upto(text, MAX_WORDS_FURNITURE) > MAX_WORDS_FURNITURE {
        return false;
    }
    let lower = text.trim().to_lowercase();
    if lower.starts_with("about the author") || contact_line(&lower) {
        return true;
    }
    let ws: Vec<&str> = words(text).map(|(_, w)| w).take(12).collect();
    let Some(verb) = ws.iter().position(|w| *w == "is" || *w == "was") else {
        return false;
    };
    let named = (2..=3).contains(&verb)
        && ws[..verb]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let article = ws
        .get(verb + 1)
        .is_some_and(|w| ["a", "an", "the", "our"].contains(w));
    named
        && article
        && ws[verb + 2..ws.len().min(verb + 6)].iter().any(|w| {
            let l = w.to_lowercase();
            AUTHOR_ROLES.contains(&l.trim_end_matches('s'))
        })
}

/// Whether a pasted block goes on over a paragraph: under a furniture
/// line ("Related: ...", "Explore more on these topics") only over tags
/// and labels, not over a sentence that attributes what it tells (the
/// report's own text may follow such a line).
fn block_goes_on(furniture_above: bool, text: &str) -> bool {
    !furniture_above || !attributed(text)
}

/// How many of a report's last paragraphs may be an author's bio.
const BIO_TAIL: usize = 3;

/// Where the end block of a report opens, in which an author's bio may
/// stand: its last [`BIO_TAIL`] paragraphs, not counting the page's
/// furniture after them (share bars, comment prompts, credits).
fn bio_tail_start(art: &Article) -> usize {
    let mut left = BIO_TAIL;
    for (pi, p) in art.paragraphs.iter().enumerate().rev() {
        let page =
            matches!(p.kind, ParaKind::Furniture | ParaKind::Meta) || furniture(&p.text).is_some();
        if !page {
            left -= 1;
            if left == 0 {
                return pi;
            }
        }
    }
    0
}

/// Why a paragraph is furniture, if it is.
fn furniture(text: &str) -> Option<&'static str> {
    let lower = text.trim().to_lowercase();
    // Sign-up and subscription boxes of any length, scraped as one block.
    if interface_cues(&lower) >= 4 {
        return Some("page furniture");
    }
    // Cookie and consent banners, and a page's scripts.
    if consent_banner(&lower, text) || lines::code_line(text) {
        return Some("page furniture");
    }
    // Promotion blocks of any length.
    if ["most read", "we pay for your stories", "read more:"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return Some("page furniture");
    }
    if word_count_upto(text, MAX_WORDS_FURNITURE) > MAX_WORDS_FURNITURE {
        return None;
    }
    if editor_note(&lower) {
        return Some("editor's note");
    }
    if lower == "photo" || lower.chars().all(|c| !c.is_alphanumeric()) || desk_code(text) {
        return Some("page furniture");
    }
    if FURNITURE_START.iter().any(|p| lower.starts_with(p))
        || FURNITURE_ANY.iter().any(|p| lower.contains(p))
        || sections::section_label(text)
        || sections::control_line(text)
        || lines::interface_line(text)
        || lines::ad_label(text)
        || lines::reading_time(text)
        || lines::follow_line(text)
        || lines::gallery_counter(text)
        || lines::sign_up_prompt(&lower)
    {
        return Some("page furniture");
    }
    if lines::credit_line(text) {
        return Some("picture credit");
    }
    if provenance_line(&lower) || super::credits::agency_line(text) {
        return Some("credit line");
    }
    if DISCLOSURES.iter().any(|d| lower.contains(d)) {
        return Some("page furniture");
    }
    if tails::post_signature_at(text.trim()) == Some(0) {
        return Some("embedded post");
    }
    if lines::byline_line(text) {
        return Some("byline");
    }
    if lines::stamp_line(text) {
        return Some("time stamp");
    }
    if lines::update_note(text) {
        return Some("editor's note");
    }
    // "Updated 2 hours ago": a stamp, not a comment's signature.
    if crate::text::furniture::stamps::leading_stamp(text) == Some(text.len()) {
        return Some("time stamp");
    }
    if sections::reader_comment(text) {
        return Some("reader comment");
    }
    // "Information from: Valley Times, http://...": a label and an address.
    if labelled_address(text) {
        return Some("page furniture");
    }
    // "[Related story title]" and "... Read more" link lines.
    if (lower.starts_with('[') && lower.ends_with(']')) || lower.ends_with("read more") {
        return Some("related link");
    }
    // Photo credits: "(Mark Schiefelbein/AP)" at the end of a caption.
    let t = text.trim_end();
    if t.ends_with(')')
        && t.rfind('(')
            .is_some_and(|i| t[i..].contains('/') && t.len() - i < 48)
    {
        return Some("photo caption");
    }
    None
}

/// A shop's disclosure of its commission on the products a page links to,
/// or a sponsor's credit ("Disclosure: the Courier may earn a commission
/// ...", "This sponsored deal is brought to you by Acme."): read only in
/// short paragraphs, where a story has no reason to say it.
const DISCLOSURES: &[&str] = &[
    "may earn a commission",
    "may earn an affiliate commission",
    "may receive a commission",
    "contains affiliate links",
    "through our affiliate links",
    "sponsored deal is brought to you by",
    "sponsored content is brought to you by",
];

/// Whether a short lower-cased line says where the report came from
/// rather than what happened: a republication note ("This article
/// originally appeared on The Ledger.", "Originally published on Wire
/// Science."; a short name after it, no figure) or a wire-service credit
/// ("With Post wires", "Valley News wire services").
fn provenance_line(lower: &str) -> bool {
    let t = lower.trim_end_matches(['.', ' ']);
    let republished = [
        "originally appeared",
        "originally published",
        "first appeared",
        "first published",
    ];
    let opener = [
        "this article ",
        "this story ",
        "this post ",
        "this piece ",
        "this report ",
    ];
    let note = opener.iter().any(|o| {
        t.strip_prefix(o).is_some_and(|r| {
            let r = r.strip_prefix("was ").unwrap_or(r);
            // Only a short name after it, no clause ("... first published
            // by the committee in March, but ..." is prose).
            republished.iter().any(|p| {
                r.strip_prefix(p)
                    .is_some_and(|n| words(n).count() <= 8 && !n.contains([',', ';']))
            })
        })
    }) || ["originally published ", "originally appeared "]
        .iter()
        .any(|p| {
            // Only a short name after it: "Originally published in 1931,
            // the novel ..." is prose.
            t.strip_prefix(p).is_some_and(|r| {
                ["on ", "in ", "at ", "by "]
                    .iter()
                    .any(|o| r.starts_with(o))
                    && words(r).count() <= 6
                    && !r.contains([',', ';'])
                    && !r.contains(|c: char| c.is_ascii_digit())
            })
        });
    let wires = word_count_upto(t, 6) <= 6
        && (t.ends_with(" wire services") || (t.starts_with("with ") && t.ends_with(" wires")));
    note || wires
}

/// An agency's desk code closing a wire story: the initials of the
/// editors who handled it, joined by slashes ("ar/lm", "bur-ab/mpd",
/// "jm/dg/es").
fn desk_code(text: &str) -> bool {
    let t = text.trim();
    t.contains('/')
        && t.len() <= 24
        && t.split('/').all(|part| {
            !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        })
}

/// What the cluster says about one paragraph's vocabulary.
struct Topicality {
    /// A sentence of it is linked to another report.
    linked: bool,
    /// Share of its terms found elsewhere (terms also in another report or in a paragraph of its own report that
    /// is not its neighbour; counted, not weighted by rarity, so a story
    /// paragraph naming a new person still shares the story's words).
    share: f64,
    /// It has a term every report uses (the story's own words).
    topic_term: bool,
}

/// Term statistics of the cluster: where each term occurs.
struct TermPlaces {
    /// Up to a few `(article, paragraph)` places per term.
    places: FxHashMap<u32, Vec<(usize, usize)>>,
    /// Per term, how many paragraphs of each report use it.
    per_article: FxHashMap<u32, Vec<usize>>,
}

impl TermPlaces {
    fn new(alignment: &Alignment, n_articles: usize) -> Self {
        // Fx hashing: one entry per term and sentence, looked up only
        // (never iterated), so the hasher changes no result.
        let mut places: FxHashMap<u32, Vec<(usize, usize)>> = FxHashMap::default();
        let mut per_article: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
        // The terms already counted in the current paragraph: the vectors
        // come in reading order, so a paragraph's sentences are adjacent.
        // A set of (term, report, paragraph) over the whole cluster was
        // 37 MiB for two 5 MB reports (the analysis's peak).
        let mut seen: FxHashSet<u32> = FxHashSet::default();
        let mut at = None;
        for (s, v) in &alignment.sentence_vectors {
            if at != Some((s.article, s.paragraph)) {
                at = Some((s.article, s.paragraph));
                seen.clear();
            }
            for &(id, _) in &v.entries {
                let e = places.entry(id).or_default();
                if e.len() < 8 && !e.contains(&(s.article, s.paragraph)) {
                    e.push((s.article, s.paragraph));
                }
                if seen.insert(id) {
                    per_article.entry(id).or_insert_with(|| vec![0; n_articles])[s.article] += 1;
                }
            }
        }
        TermPlaces {
            places,
            per_article,
        }
    }

    /// Whether a term of a paragraph of report `a` is one of the story's
    /// own words: every report uses it in two paragraphs or more (the
    /// paragraph itself not counted).
    fn is_topic(&self, id: u32, a: usize) -> bool {
        self.per_article.get(&id).is_some_and(|counts| {
            counts.len() > 1
                && counts
                    .iter()
                    .enumerate()
                    .all(|(b, &c)| c >= 2 + usize::from(b == a))
        })
    }
}

/// `found` of every report, side by side, in input order.
fn by_report<T: Send>(
    articles: &[Article],
    found: impl Fn((usize, &Article)) -> Vec<T> + Sync + Send,
) -> Vec<T> {
    articles
        .par_iter()
        .enumerate()
        .flat_map_iter(found)
        .collect()
}

/// `(article, paragraph)` of the paragraphs a sentence link touches.
fn linked_paragraphs(alignment: &Alignment) -> HashSet<(usize, usize)> {
    alignment
        .links
        .iter()
        .flat_map(|l| [l.a, l.b])
        .map(|s| (s.article, s.paragraph))
        .collect()
}

/// The learned furniture model's verdicts at a strict threshold, for what
/// the rules do not know (other sites' boxes and link lines).
fn learned_furniture(
    articles: &[Article],
    linked: &HashSet<(usize, usize)>,
    cues: Option<Vec<Vec<Option<cues::Cues>>>>,
) -> Vec<Vec<Option<Noise>>> {
    cues.unwrap_or_else(|| cues::cluster_cues(articles))
        .iter()
        .enumerate()
        .map(|(a, cs)| {
            let links: Vec<bool> = (0..cs.len()).map(|i| linked.contains(&(a, i))).collect();
            judge(cs, &links, &STRICT_FURNITURE, &NO_BLOCK)
        })
        .collect()
}

/// Why a paragraph split off as furniture before alignment is noise: a
/// promo pasted inside a paragraph, a button bar, a live blog's time
/// stamp, or credit debris.
fn split_reason(text: &str) -> &'static str {
    if crate::text::furniture::interface::interface_run(text) {
        "page furniture"
    } else if crate::text::furniture::promo::inline_promo(text).is_some() {
        "related link"
    } else if crate::text::furniture::stamps::leading_stamp(text).is_some() {
        "time stamp"
    } else {
        "picture credit"
    }
}

/// Flags noise paragraphs, in reading order.
pub(crate) fn find_noise(articles: &[Article], alignment: &Alignment) -> Vec<OffTopic> {
    find_noise_with(articles, alignment, None)
}

/// [`find_noise`], with the cluster's furniture cues
/// ([`cues::cluster_cues`] of the same `articles`) when they were computed
/// beforehand.
pub(crate) fn find_noise_with(
    articles: &[Article],
    alignment: &Alignment,
    cues: Option<Vec<Vec<Option<cues::Cues>>>>,
) -> Vec<OffTopic> {
    let linked = linked_paragraphs(alignment);
    let terms = TermPlaces::new(alignment, articles.len());
    // Vocabulary is only compared between reports in one language: a
    // Japanese lead shares no words with English reports of the event.
    let tongues = lang::of_reports(articles);
    let comparable = |a: usize, text: &str| lang::comparable_with_others(&tongues, a, text);
    let learned = learned_furniture(articles, &linked, cues);
    let runs = pasted_runs(articles, alignment, &terms, &linked, &comparable);
    let lists = link_lists(articles, &linked);
    // Reports side by side, in input order (one core idled through it).
    let found = |(a, art): (usize, &Article)| {
        let mut out = Vec::new();
        let mut after_read_more = false;
        // Under a section label with no colon ("RELATED ARTICLES"), only
        // link-like lines (no closing punctuation) belong to its list.
        let mut under_label = false;
        // In a pasted block; its first line is furniture (not a headline).
        let (mut block, mut furniture_above) = (false, false);
        let tail = bio_tail_start(art);
        for (pi, p) in art.paragraphs.iter().enumerate() {
            if p.kind == ParaKind::Title {
                continue;
            }
            // Meta lines (bylines, credits) are never compared, but a
            // photo credit or copyright line among them is still furniture.
            if p.kind == ParaKind::Furniture {
                out.push(OffTopic {
                    article: a,
                    paragraph: pi,
                    reason: split_reason(&p.text).to_string(),
                });
                continue;
            }
            if p.kind == ParaKind::Meta {
                // A dateline among them ("Posted April 17, 2017") is the
                // report's metadata, not debris.
                if let Some(r) = furniture(&p.text).filter(|_| !lines::stamp_line(&p.text)) {
                    out.push(OffTopic {
                        article: a,
                        paragraph: pi,
                        reason: r.to_string(),
                    });
                }
                continue;
            }
            let n = words(&p.text).count();
            let t = topicality(alignment, &terms, &linked, a, pi, p.sentences.len());
            // A paragraph that carries the cluster's topic words (a caption
            // of the event) is never furniture by the model alone.
            let modelled =
                !t.topic_term && learned[a].get(pi).copied().flatten() == Some(Noise::Furniture);
            let bio = pi >= tail && !t.linked && author_bio(&p.text);
            let reason = furniture(&p.text).or_else(|| {
                if modelled || bio {
                    return Some(if bio { "author bio" } else { "page furniture" });
                }
                // A teaser cut off by the page; a story's own paragraph
                // cut by the scraper links to the other reports.
                if lists.contains(&(a, pi)) || (!t.linked && lines::truncated_teaser(&p.text)) {
                    return Some("related link");
                }
                // A list of link titles follows "Read more:".
                if after_read_more && n <= 25 && (!t.linked || !p.text.trim_end().ends_with('.')) {
                    return Some("related link");
                }
                if under_label && n <= 20 && !t.linked && sections::link_like(&p.text) {
                    return Some("related link");
                }
                None
            });
            let lower = p.text.trim().to_lowercase();
            if sections::section_label(&p.text) {
                under_label = true;
            } else if reason.is_none() {
                under_label = false;
            }
            if lower.starts_with("read more")
                || lower.starts_with("more from")
                || lower.starts_with("related")
            {
                after_read_more = lower.ends_with(':') || lower == "read more";
            } else if reason.is_none() {
                after_read_more = false;
            }
            let foreign = !t.linked && !t.topic_term && comparable(a, &p.text);
            // Another story pasted in: its headline, then its text.
            let starts_block = foreign
                && p.kind == ParaKind::Headline
                && t.share < MIN_SHARED
                && art
                    .paragraphs
                    .get(pi + 1)
                    .is_some_and(|next| next.kind == ParaKind::Body);
            let goes_on = block_goes_on(furniture_above, &p.text);
            block = starts_block || (block && foreign && t.share < 2.0 * MIN_SHARED && goes_on);
            furniture_above =
                (starts_block && reason.is_some()) || (!starts_block && furniture_above);
            let alone = foreign && lone_foreign(n, &t, &p.text);
            let pasted = runs.contains(&(a, pi));
            let reason =
                reason.or((block || alone || pasted).then_some("unrelated to the other reports"));
            if let Some(r) = reason {
                out.push(OffTopic {
                    article: a,
                    paragraph: pi,
                    reason: r.to_string(),
                });
            }
        }
        out
    };
    let mut out = by_report(articles, found);
    drop_lone_headlines(articles, &mut out);
    out
}

/// A pasted headline whose text did not qualify is no block after all.
fn drop_lone_headlines(articles: &[Article], out: &mut Vec<OffTopic>) {
    let flagged: HashSet<(usize, usize)> = out.iter().map(|o| (o.article, o.paragraph)).collect();
    out.retain(|o| {
        let p = &articles[o.article].paragraphs[o.paragraph];
        o.reason != "unrelated to the other reports"
            || p.kind != ParaKind::Headline
            || flagged.contains(&(o.article, o.paragraph + 1))
    });
}

/// Fewest headline-like lines in a row, none linked, that make a list of
/// links with no label above it.
const MIN_LIST: usize = 3;

/// Paragraphs of runs of consecutive headline-like lines (short, no
/// closing punctuation) that no sentence link touches, [`MIN_LIST`] or
/// more of them no page furniture by themselves,
/// below a report's first body paragraph: a list of related stories. A
/// story's own subheadings stand one at a time between its paragraphs.
fn link_lists(articles: &[Article], linked: &HashSet<(usize, usize)>) -> HashSet<(usize, usize)> {
    let mut out = HashSet::new();
    for (a, art) in articles.iter().enumerate() {
        let Some(first_body) = art.paragraphs.iter().position(|p| p.kind == ParaKind::Body) else {
            continue;
        };
        let open = |pi: usize| {
            let p = &art.paragraphs[pi];
            pi > first_body && p.kind == ParaKind::Headline && !linked.contains(&(a, pi))
        };
        let mut start = 0;
        while start < art.paragraphs.len() {
            if !open(start) {
                start += 1;
                continue;
            }
            let end = (start..art.paragraphs.len())
                .find(|&i| !open(i))
                .unwrap_or(art.paragraphs.len());
            // Furniture lines of the run ("Share this post", a live blog's
            // time stamp) are no link titles: a live blog's entry heading
            // after them is no list.
            let titles = (start..end)
                .filter(|&pi| furniture(&art.paragraphs[pi].text).is_none())
                .count();
            if titles >= MIN_LIST {
                out.extend((start..end).map(|pi| (a, pi)));
            }
            start = end;
        }
    }
    out
}

/// Whether a paragraph with no link and no topic word shares so little
/// with the cluster that it is another story on its own. A lone paragraph
/// that attributes what it tells ("a bus company said ...") is a detail of
/// the story that only this report has: pasted stories come in blocks.
fn lone_foreign(n: usize, t: &Topicality, text: &str) -> bool {
    n >= MIN_WORDS_TOPIC && t.share < MIN_SHARED_ALONE && !attributed(text)
}

/// Whether a paragraph attributes a statement with one of the commonest
/// reporting words ("said", "told", "according to").
fn attributed(text: &str) -> bool {
    words(text).any(|(_, w)| {
        matches!(
            w.to_lowercase().as_str(),
            "said" | "says" | "told" | "tells" | "according" | "added" | "announced"
        )
    })
}

/// Paragraphs of runs of [`MIN_RUN`] or more consecutive unlinked body
/// paragraphs of a report with story paragraphs (two or more linked),
/// none with a topic word, whose terms (counted over the whole
/// run) are found outside the run, in another report or elsewhere in their
/// own, less than [`MIN_SHARED`] of the time: a gallery or another story
/// pasted into a report, whose captions share words only with each other.
fn pasted_runs(
    articles: &[Article],
    alignment: &Alignment,
    terms: &TermPlaces,
    linked: &HashSet<(usize, usize)>,
    comparable: &dyn Fn(usize, &str) -> bool,
) -> HashSet<(usize, usize)> {
    let mut out = HashSet::new();
    for (a, art) in articles.iter().enumerate() {
        // A block is pasted into a story: a report none of whose
        // paragraphs another report tells (two reports of different
        // events) has no story to be pasted into.
        let told = (0..art.paragraphs.len())
            .filter(|&pi| linked.contains(&(a, pi)))
            .count();
        if told < 2 {
            continue;
        }
        let eligible: Vec<bool> = art
            .paragraphs
            .iter()
            .enumerate()
            .map(|(pi, p)| {
                p.kind == ParaKind::Body
                    && !linked.contains(&(a, pi))
                    && words(&p.text).count() >= MIN_WORDS_RUN
                    && !paragraph_terms(alignment, a, pi, p.sentences.len())
                        .any(|id| terms.is_topic(id, a))
                    && comparable(a, &p.text)
            })
            .collect();
        let mut start = 0;
        while start < eligible.len() {
            if !eligible[start] {
                start += 1;
                continue;
            }
            let end = (start..eligible.len())
                .find(|&i| !eligible[i])
                .unwrap_or(eligible.len());
            if end - start >= MIN_RUN {
                let (mut total, mut shared) = (0.0, 0.0);
                for pi in start..end {
                    let n = art.paragraphs[pi].sentences.len();
                    for id in paragraph_terms(alignment, a, pi, n) {
                        total += 1.0;
                        let outside = terms.places.get(&id).is_some_and(|ps| {
                            ps.iter().any(|&(b, q)| b != a || q + 1 < start || q > end)
                        });
                        if outside {
                            shared += 1.0;
                        }
                    }
                }
                if total > 0.0 && shared / total < MIN_SHARED {
                    out.extend((start..end).map(|pi| (a, pi)));
                }
            }
            start = end;
        }
    }
    out
}

/// The terms of paragraph `(a, pi)` (with `sentences` sentences), one per
/// sentence they occur in.
fn paragraph_terms(
    alignment: &Alignment,
    a: usize,
    pi: usize,
    sentences: usize,
) -> impl Iterator<Item = u32> + '_ {
    (0..sentences).flat_map(move |s| {
        alignment
            .sentence_vectors
            .get(&SentenceRef {
                article: a,
                paragraph: pi,
                sentence: s,
            })
            .into_iter()
            .flat_map(|v| v.entries.iter().map(|&(id, _)| id))
    })
}

/// How paragraph `(a, pi)` relates to the rest of the cluster.
fn topicality(
    alignment: &Alignment,
    terms: &TermPlaces,
    linked: &HashSet<(usize, usize)>,
    a: usize,
    pi: usize,
    sentences: usize,
) -> Topicality {
    let (mut total, mut shared, mut topic_term) = (0.0, 0.0, false);
    for s in 0..sentences {
        let r = SentenceRef {
            article: a,
            paragraph: pi,
            sentence: s,
        };
        let Some(v) = alignment.sentence_vectors.get(&r) else {
            continue;
        };
        for &(id, _) in &v.entries {
            total += 1.0;
            let elsewhere = terms
                .places
                .get(&id)
                .is_some_and(|ps| ps.iter().any(|&(b, q)| b != a || q.abs_diff(pi) > 1));
            if elsewhere {
                shared += 1.0;
            }
            topic_term |= terms.is_topic(id, a);
        }
    }
    Topicality {
        linked: linked.contains(&(a, pi)),
        share: if total <= 0.0 { 1.0 } else { shared / total },
        topic_term,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn term_places_count_each_paragraph_once() {
        // A word twice in one paragraph's two sentences counts once for it.
        let article = crate::load::test_article;
        let articles = vec![
            article(
                "a",
                "The harbour crane failed on Monday. The crane had been inspected.\n\n\
                 Engineers said the crane was old.\n\nNothing else happened.",
            ),
            article(
                "b",
                "A crane failed at the harbour on Monday.\n\nThe old crane was inspected in May.",
            ),
        ];
        let alignment = crate::align::align(&articles, &crate::align::AlignOptions::default());
        let terms = TermPlaces::new(&alignment, articles.len());
        let mut expected: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
        let mut seen: FxHashSet<(u32, usize, usize)> = FxHashSet::default();
        for (s, v) in &alignment.sentence_vectors {
            for &(id, _) in &v.entries {
                if seen.insert((id, s.article, s.paragraph)) {
                    expected.entry(id).or_insert_with(|| vec![0; 2])[s.article] += 1;
                }
            }
        }
        assert_eq!(terms.per_article, expected);
        // "crane" is in two paragraphs of each report (three sentences of a).
        assert!(terms.per_article.values().any(|c| c == &vec![2, 2]));
    }

    #[test]
    fn comment_and_account_prompts() {
        for prompt in [
            "You must be logged in to recommend a comment.",
            "Loading Comments...",
            "Forgot your password?",
            "Turn on desktop notifications for breaking stories?",
        ] {
            assert_eq!(furniture(prompt), Some("page furniture"), "{prompt}");
        }
        for story in [
            "Staff said the password had been forgotten for years.",
            "Voters must be registered by Friday to take part.",
        ] {
            assert_eq!(furniture(story), None, "{story}");
        }
    }

    #[test]
    fn a_portal_rule_in_a_story_is_no_comment_prompt() {
        // Review R3: the comment form's phrase, not a story's sentence.
        assert_eq!(
            furniture(
                "Voters must be logged in to the state portal before they can ask for a ballot."
            ),
            None
        );
        assert_eq!(
            furniture("You must be logged in to post a comment."),
            Some("page furniture")
        );
    }

    #[test]
    fn a_bio_before_the_page_tail_is_in_the_end_block() {
        let body = |t: &str| crate::model::Paragraph::new(ParaKind::Body, t.to_string());
        let art = Article {
            paragraphs: vec![
                body("The storm struck the coast on Friday, the governor said."),
                body("Crews pulled 14 people from flooded cars, the fire service said."),
                body("Schools will stay closed until Monday, officials said."),
                body("Ada Lund is a reporter for the Harbour Times who covers the coast."),
                body("Share on Facebook"),
                body("Leave a comment"),
                body("Advertisement"),
                body("Please sign up for our newsletter."),
            ],
            ..Article::default()
        };
        // The three last paragraphs of prose open at the second one: the
        // bio (fourth from the end of the page) is in the end block, the
        // lead is not.
        assert_eq!(bio_tail_start(&art), 1);
        assert!(author_bio(&art.paragraphs[3].text));
    }

    #[test]
    fn consent_banners_and_author_bios() {
        for banner in [
            "We use cookies to improve your visit. Manage preferences",
            "Nous utilisons des cookies pour mesurer l'audience. Tout accepter",
            "Wir verwenden Cookies, um Inhalte zu personalisieren. Alle akzeptieren",
        ] {
            assert_eq!(furniture(banner), Some("page furniture"), "{banner}");
        }
        // Review R13: stories about privacy rules are no banners.
        for story in [
            "Regulators said the site's cookie policy breached the law.",
            "Users who did not accept cookies saw fewer adverts.",
            "The use of cookies for advertising is now under review.",
        ] {
            assert_eq!(furniture(story), None, "{story}");
        }
        // A story about biscuits or about a consent law is no banner.
        assert_eq!(
            furniture("The bakery sold 4,000 cookies on Saturday."),
            None
        );
        assert!(author_bio(
            "Ana Lind is a senior politics reporter at the Courier. She lives in Leeds."
        ));
        assert!(author_bio(
            "About the author: Ana Lind writes about housing."
        ));
        assert!(author_bio(
            "Tom Harlan is our Europe correspondent, based in Brussels."
        ));
        for story in [
            "The mayor is a former teacher who grew up in the town.",
            "Ana Lind is the mayor of Leeds.",
            "Ana Lind said a reporter had asked her about it.",
        ] {
            assert!(!author_bio(story), "{story}");
        }
        // Bios that tell how to reach their author; a story's "follow him"
        // and a contact named by place stay prose.
        assert!(author_bio(
            "Ann Lee covers farming for the Courier. Follow her on Twitter @annlee."
        ));
        assert!(author_bio(
            "Have a tip? Ann Lee may be reached at alee@courier.example."
        ));
        for prose in [
            "Fans follow him on tour across the country, the promoter said.",
            "The clinic may be reached at its office on Main Street.",
            // Review R5: fans who follow someone, with no handle.
            "He now has two million fans who follow him on TikTok.",
        ] {
            assert!(!author_bio(prose), "{prose}");
        }
    }

    #[test]
    fn page_furniture() {
        for line in [
            "Read more: Five bridges that need urgent repairs",
            "Sign up for our morning newsletter",
            "Advertisement",
            "Advertisement Continue reading the main story",
            "Image copyright AFP Image caption A large crater was left",
            "Copyright 2018 The Associated Press. All rights reserved.",
            "\u{a9} 2024 Valley News Agency",
            "[How a wife\u{2019}s suspicions diverted an entire flight]",
            "Chinese officials met in Beijing. (Mark Schiefelbein/AP)",
            "ALSO READ: Dog found frozen on its porch",
            "___",
            "Information from: The Harbour Times, http://www.harbourtimes.example",
            "Follow the inquiry live: https://news.example/live/inquiry",
            "(Reporting by Ada Moss; Editing by Tom Bell)",
            "Additional reporting by Lena Ortiz in Madrid",
            "ar/lm",
            "bur-ab/mpd",
            "Correction: The match was played on Saturday, not Sunday.",
            "An earlier version of this article misspelt the mayor's name.",
            "This story has been updated with comments from the club.",
            "Editor\u{2019}s note: The reporter is a member of the rowing club.",
            // Chrome of other sites, seen on saved pages (the wording here
            // is invented): reading times, credit lines with no caption,
            // social prompts, stamps alone, update notes, reference lines.
            "3 Min Read",
            "Photograph by Ed Lund, Harbour Trust",
            "Kim Dale / Harbour Wire",
            "Follow Tom Harlan on Twitter: @tomharlan",
            "Published: 10:00am, 20 Jan, 2020",
            "4 months ago",
            "Update March 3, 8:05AM ET: Added the council's statement.",
            "Citation: Harbour bridge reopens (2019, October 22) retrieved 20 January 2020",
            "Trending Articles",
            "Story continues below advertisement",
        ] {
            assert!(furniture(line).is_some(), "{line}");
        }
        for line in [
            "The bridge, built in 1962, carried about 12,000 vehicles a day.",
            "Officials said they would read more reports before deciding.",
            "President Ashraf Ghani has condemned the attack (his office said).",
            "The council published its report, which critics called thin, on Monday.",
            "Update: barriers held https://t.co/x1 \u{2014} Ada Moss (@adamoss) May 2, 2019",
            "The desk said the codes ab/cd were internal.",
            "The club said an earlier version of the stadium plan was dropped.",
            "The correction came in the second half, when the coach changed shape.",
            // Review R6: a story about a report.
            "An earlier version of this report, leaked in March, put the shortfall at \u{a3}22bn.",
            "The inspectors said an earlier version of this report had been shared with the airline in May.",
        ] {
            assert!(furniture(line).is_none(), "{line}");
        }
        // Where the report came from, and an embedded post's signature.
        for (line, why) in [
            (
                "This article originally appeared on The Ledger.",
                "credit line",
            ),
            (
                "This story was first published by Valley Wire.",
                "credit line",
            ),
            ("Originally published on Harbour Science.", "credit line"),
            ("With Post wires", "credit line"),
            ("Associated Press", "credit line"),
            ("Valley News wire services", "credit line"),
            (
                "\u{2014} The City Council (@citycouncil) May 2, 2031",
                "embedded post",
            ),
            (
                "Your email address will not be published.",
                "page furniture",
            ),
            (
                "Disclosure: The Courier may earn a commission from products on this page.",
                "page furniture",
            ),
        ] {
            assert_eq!(furniture(line), Some(why), "{line}");
        }
        for prose in [
            "This article originally cost $3 at the newsstand, the publisher said.",
            "The wires were cut before dawn.",
            "Originally published in 1931, the novel sold slowly.",
            // Review R6: a report's own history, with a clause after it.
            "This report was first published by the committee in March, but the ministry disputed it.",
        ] {
            assert_eq!(furniture(prose), None, "{prose}");
        }
    }

    #[test]
    fn a_long_sign_up_box_is_furniture_and_a_story_about_email_is_not() {
        let form = "Morning Briefing Sign up to get the day's stories in your inbox before \
            breakfast, with analysis from our reporters across the region and a weekly \
            digest of the most discussed pieces from the past seven days. Enter your email \
            address. Please confirm you are human. You may unsubscribe at any time; see our \
            privacy policy for how your data is used by the group and its partners and \
            advertisers in every country where it operates.";
        assert!(form.split_whitespace().count() > MAX_WORDS_FURNITURE);
        assert_eq!(furniture(form), Some("page furniture"));
        let story = "The fraudsters sent messages to thousands of inboxes, asking people to \
            click a link and type their email address, the police said; one victim had \
            signed up for a bank alert service the week before.";
        assert_eq!(furniture(story), None);
    }
}
