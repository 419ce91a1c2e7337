//! Word lists the analysis reads: titles, organisation and place words,
//! aliases of names, reporting verbs and the small words around them.
//! Kept apart from the code so that the lists can grow without hiding it.

/// Words that make a following name a person's ("President Putin").
#[rustfmt::skip]
pub(crate) const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "president", "secretary", "minister", "premier",
    "chancellor", "senator", "sen", "rep", "representative", "gov", "governor", "mayor", "judge",
    "general", "gen", "col", "colonel", "captain", "capt", "sgt", "lt", "chief", "king", "queen",
    "prince", "princess", "pope", "rev", "sir", "lord", "lady", "spokesman", "spokeswoman",
    "spokesperson", "coach", "ceo", "chairman", "chairwoman", "director", "ambassador", "envoy",
    "officer", "physician", "neurosurgeon", "attorney", "lawyer", "prosecutor", "deputy", "vice",
    "foreign", "defence", "defense", "prime", "state", "inspector", "superintendent", "detective",
    "constable", "commissioner", "sheriff", "pastor", "bishop", "rabbi", "imam", "scientist",
];

/// Words that make a name an organisation's.
#[rustfmt::skip]
pub(crate) const ORG_WORDS: &[&str] = &[
    "council", "committee", "ministry", "department", "party", "company", "inc", "corp", "ltd",
    "group", "bank", "university", "agency", "association", "union", "organization",
    "organisation", "kremlin", "congress", "senate", "parliament", "army", "forces", "league",
    "airlines", "airline", "air", "times", "post", "news", "press", "reuters", "institute",
    "foundation", "court", "police", "office", "house", "board", "federation", "commission",
    "administration", "government", "service", "guard", "navy", "pentagon", "taliban", "isis",
    "nato", "club", "team", "brigade", "corporation", "holdings", "ventures", "labs",
];

/// Words that make a name an event's or a thing's ("Iraq War").
#[rustfmt::skip]
pub(crate) const OTHER_WORDS: &[&str] = &[
    "war", "act", "treaty", "agreement", "accord", "cup", "games", "series", "award", "prize",
    "bowl", "olympics", "day", "eve", "christmas", "summit",
];

/// Words after a name that make it a place ("Kunduz province").
#[rustfmt::skip]
pub(crate) const PLACE_AFTER: &[&str] = &[
    "province", "city", "county", "region", "district", "state", "river", "island", "valley",
    "airport", "street", "square",
];

/// Places writers name without any hint: countries, capitals, regions.
#[rustfmt::skip]
pub(crate) const PLACES: &[&str] = &[
    "us", "uk", "russia", "syria", "china", "iran", "iraq", "israel", "france", "germany",
    "britain", "england", "afghanistan", "pakistan", "india", "japan", "korea", "ukraine",
    "turkey", "egypt", "moscow", "washington", "beijing", "london", "paris", "berlin", "kabul",
    "damascus", "tehran", "baghdad", "jerusalem", "kiev", "kyiv", "tokyo", "europe", "asia",
    "africa", "kosovo", "arizona", "houston", "texas", "louisiana", "georgia", "california",
    "florida", "new york", "canada", "mexico", "italy", "spain", "australia", "nigeria",
    "palestine", "gaza", "west bank", "kunduz", "balkh", "mazar-e-sharif", "mazar-i-sharif",
];

/// Lower-case particles that may sit inside a name ("Deir al-Zor").
#[rustfmt::skip]
pub(crate) const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "abu", "de", "da", "di", "van", "von", "der", "den", "du", "la",
    "le", "i", "e", "of",
];

/// Months and weekdays are dates, not names.
#[rustfmt::skip]
pub(crate) const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// Weekday names.
#[rustfmt::skip]
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Whole-name aliases: every spelling maps to one key.
#[rustfmt::skip]
pub(crate) const ALIASES: &[(&str, &str)] = &[
    ("us", "us"), ("usa", "us"), ("u.s", "us"), ("u.s.a", "us"), ("united states", "us"),
    ("united states of america", "us"), ("america", "us"), ("un", "un"), ("u.n", "un"),
    ("united nations", "un"), ("uk", "uk"), ("u.k", "uk"), ("united kingdom", "uk"),
    ("britain", "uk"), ("great britain", "uk"), ("eu", "eu"), ("european union", "eu"),
    ("russian federation", "russia"), ("nato", "nato"), ("kyiv", "kiev"),
    ("mazar-i-sharif", "mazar-e-sharif"),
];

/// Reporting verbs in their base form; inflections are derived.
#[rustfmt::skip]
pub(crate) const VERBS: &[&str] = &[
    "say", "tell", "add", "state", "declare", "explain", "insist", "claim", "warn", "note",
    "stress", "argue", "announce", "reply", "respond", "write", "ask", "tweet", "acknowledge",
    "admit", "understate", "conclude", "recall", "remark", "suggest", "caution", "complain",
    "confirm", "deny", "emphasise", "emphasize", "quip", "retort", "comment", "urge", "call",
    "describe", "vow", "promise", "predict", "observe", "shout", "exclaim", "mock", "joke",
    "concede", "maintain", "continue", "yell", "whisper", "testify", "reiterate", "assert",
    "contend", "allege", "boast", "lament", "recount", "chant", "announce", "demand",
];

/// Irregular forms the suffix rules miss.
#[rustfmt::skip]
pub(crate) const IRREGULAR: &[&str] = &[
    "said", "told", "wrote", "written", "saying", "says", "tells",
];

/// Words that show a chunk is a clause, not a speaker's noun phrase.
#[rustfmt::skip]
pub(crate) const NOT_NOUN: &[&str] = &[
    "i", "we", "you", "it", "this", "had", "has", "have", "was", "is", "were", "are", "will",
    "would", "did", "not", "there", "be",
];

/// Auxiliaries and adverbs between a subject and its reporting verb.
#[rustfmt::skip]
pub(crate) const AUXILIARIES: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "would", "will", "also", "then", "later",
    "previously", "repeatedly", "again", "once", "reportedly",
];

/// Words that end a subject chunk when walking back from a verb.
#[rustfmt::skip]
pub(crate) const CHUNK_STOP: &[&str] = &[
    "that", "and", "but", "as", "while", "when", "because", "if", "which", "who", "what", "so",
];

/// Words before a name that make it no sentence subject ("for Assad").
#[rustfmt::skip]
pub(crate) const NOT_SUBJECT_AFTER: &[&str] = &[
    "that", "for", "to", "with", "by", "of", "against", "about", "on", "at", "from", "in", "nor",
    "neither", "before", "after", "met", "than", "into", "over", "behind",
];
