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
    // Other languages' forms of address ("Mme Roux", "Frau Weber", "Sra. Ruiz").
    "mme", "mlle", "sra", "srta", "herr", "frau", "signora", "dott",
];

/// Roles written before a person's name as a title ("Chief Executive Ann
/// Lee", "Professor Ann Lee"). Unlike [`TITLES`] they also close the names
/// of bodies ("the Health Service Executive", "the Executive Yuan"), so
/// they are dropped only in front of a name of two words or more.
pub(crate) const PRE_NAME_ROLES: &[&str] = &[
    "executive",
    "professor",
    "founder",
    "cofounder",
    "chair",
    "chairperson",
    "manager",
    "adviser",
    "advisor",
    "treasurer",
    "coordinator",
    "administrator",
    "leader",
    "analyst",
    "economist",
    "strategist",
    "editor",
    "researcher",
    "developer",
];

/// Whether a lower-case word is one of [`TITLES`], from a set built on
/// first use (names ask it of every capitalised word, several times).
pub(crate) fn is_title(lower: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| TITLES.iter().copied().collect())
        .contains(lower)
}

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
    "bureau", "center", "centre", "reserve", "federal", "studies", "statistics", "fund",
    "authority", "society", "alliance", "coalition", "network", "hospital", "museum",
    "college", "academy", "laboratory", "observatory",
    // The same in the languages a cluster may mix in ("Instituto Nacional
    // de ...", "Ministère de ...", "Bundesamt für ...").
    "instituto", "institut", "istituto", "ministerio", "ministère", "ministero",
    "ministerium", "consejo", "conseil", "consiglio", "comisión", "commissione", "gobierno",
    "gouvernement", "governo", "regierung", "partido", "partito", "universidad", "université",
    "università", "universität", "agencia", "agence", "agenzia", "tribunal", "tribunale",
    "gericht", "asamblea", "assemblée", "policía", "polizia", "polizei", "bundesamt",
];

/// Words that make a name an event's or a thing's ("Iraq War").
#[rustfmt::skip]
pub(crate) const OTHER_WORDS: &[&str] = &[
    "war", "act", "treaty", "agreement", "accord", "cup", "games", "series", "award", "prize",
    "bowl", "olympics", "day", "eve", "christmas", "summit",
    // Other languages' cups, leagues, championships and laws.
    "coppa", "copa", "coupe", "pokal", "liga", "ligue", "campeonato", "championnat",
    "campionato", "torneo", "tournoi", "trofeo", "troph\u{e9}e", "ley", "loi", "legge",
    "gesetz", "cumbre", "sommet", "vertice", "gipfel",
];

/// Words after a name that make it a place ("Kunduz province").
#[rustfmt::skip]
pub(crate) const PLACE_AFTER: &[&str] = &[
    "province", "city", "county", "region", "district", "state", "river", "island", "valley",
    "airport", "street", "square",
];

/// First words of place names in many languages ("San Bartolo de
/// Huayco", "Port Ellan", "Mount Kirra"): a name opening with one is a
/// place, not a person with the particle "de".
#[rustfmt::skip]
pub(crate) const PLACE_PREFIXES: &[&str] = &[
    "san", "santa", "santo", "sao", "saint", "sainte", "st", "ste", "port", "puerto", "porto",
    "fort", "mount", "mont", "monte", "lake", "lago", "cape", "cabo", "sankt", "villa", "ciudad",
];

/// Places writers name without any hint: the world's countries (with
/// the short forms news uses), their capitals, the US states and the
/// provinces and states of a few other federations, large cities and world
/// regions. General knowledge, not any report's places: a place missing
/// here is still found by the word after it ("Kunduz province") or left a
/// name of unknown kind.
#[rustfmt::skip]
pub(crate) const PLACES: &[&str] = &[
    "abu dhabi", "abuja", "accra", "addis ababa", "afghanistan", "africa", "alabama", "alaska",
    "albania", "alberta", "aleppo", "algeria", "algiers", "america", "amman", "amsterdam",
    "anchorage", "andorra", "angola", "ankara", "antarctica", "antigua", "arctic", "argentina",
    "arizona", "arkansas", "armenia", "ashgabat", "asia", "astana", "asuncion", "athens",
    "atlanta", "atlantic", "auckland", "austin", "australia", "austria", "azerbaijan", "baghdad",
    "bahamas", "bahrain", "baku", "balkans", "baltimore", "bamako", "bangalore", "bangkok",
    "bangladesh", "barbados", "barcelona", "basra", "bavaria", "beijing", "beirut", "belarus",
    "belfast", "belgium", "belgrade", "belize", "benghazi", "benin", "berlin", "bern", "bhutan",
    "birmingham", "bishkek", "bogota", "bolivia", "bombay", "bosnia", "boston", "botswana",
    "brasilia", "bratislava", "brazil", "brisbane", "bristol", "britain", "british columbia",
    "brunei", "brussels", "bucharest", "budapest", "buenos aires", "bulgaria", "burkina faso",
    "burma", "burundi", "cairo", "calgary", "california", "cambodia", "cameroon", "canada",
    "canberra", "cape town", "cape verde", "caracas", "cardiff", "caribbean", "casablanca",
    "catalonia", "central african republic", "chad", "charlotte", "chechnya", "chennai", "chicago",
    "chile", "china", "chisinau", "cincinnati", "cleveland", "cologne", "colombia", "colombo",
    "colorado", "columbus", "comoros", "congo", "connecticut", "copenhagen", "costa rica",
    "crimea", "croatia", "cuba", "cyprus", "czech republic", "czechia", "dakar", "dallas",
    "damascus", "delaware", "delhi", "denmark", "denver", "detroit", "dhaka", "djibouti", "dodoma",
    "doha", "dominica", "dominican republic", "dubai", "dublin", "dushanbe", "east timor",
    "ecuador", "edinburgh", "egypt", "el salvador", "england", "equatorial guinea", "eritrea",
    "estonia", "eswatini", "ethiopia", "europe", "fiji", "finland", "florence", "florida",
    "france", "frankfurt", "gabon", "gambia", "gaza", "gaza strip", "geneva", "georgia", "germany",
    "ghana", "glasgow", "greece", "greenland", "grenada", "guangzhou", "guatemala", "guinea",
    "guyana", "haiti", "hamburg", "hanoi", "harare", "havana", "hawaii", "helsinki", "herat",
    "holland", "homs", "honduras", "hong kong", "honolulu", "houston", "hungary", "iceland",
    "idaho", "illinois", "india", "indiana", "indianapolis", "indonesia", "iowa", "iran", "iraq",
    "ireland", "islamabad", "israel", "istanbul", "italy", "ivory coast", "jakarta", "jamaica",
    "japan", "jerusalem", "johannesburg", "jordan", "juba", "kabul", "kampala", "kandahar",
    "kansas", "kansas city", "karachi", "kashmir", "kathmandu", "kazakhstan", "kentucky", "kenya",
    "khartoum", "kiev", "kigali", "kingston", "kiribati", "kolkata", "korea", "kosovo",
    "kuala lumpur", "kuwait", "kuwait city", "kyiv", "kyrgyzstan", "lagos", "lahore", "laos",
    "las vegas", "latin america", "latvia", "lebanon", "leeds", "lesotho", "liberia", "libya",
    "liechtenstein", "lima", "lisbon", "lithuania", "liverpool", "ljubljana", "london",
    "los angeles", "louisiana", "luanda", "lusaka", "luxembourg", "lyon", "madagascar", "madrid",
    "maine", "malawi", "malaysia", "maldives", "mali", "malta", "managua", "manama", "manchester",
    "manila", "maputo", "marseille", "marshall islands", "maryland", "massachusetts", "mauritania",
    "mauritius", "melbourne", "memphis", "mexico", "mexico city", "miami", "michigan",
    "micronesia", "middle east", "milan", "milwaukee", "minneapolis", "minnesota", "minsk",
    "mississippi", "missouri", "mogadishu", "moldova", "monaco", "mongolia", "montana",
    "montenegro", "montevideo", "montreal", "morocco", "moscow", "mosul", "mozambique", "mumbai",
    "munich", "muscat", "myanmar", "nairobi", "namibia", "naples", "nashville", "nauru",
    "naypyidaw", "nebraska", "nepal", "netherlands", "nevada", "new delhi", "new hampshire",
    "new jersey", "new mexico", "new orleans", "new south wales", "new york", "new zealand",
    "niamey", "nicaragua", "nicosia", "niger", "nigeria", "north america", "north carolina",
    "north dakota", "north korea", "north macedonia", "northern ireland", "norway", "ohio",
    "oklahoma", "oman", "ontario", "oregon", "orlando", "osaka", "oslo", "ottawa", "pacific",
    "pakistan", "palau", "palestine", "panama", "panama city", "papua new guinea", "paraguay",
    "paris", "pennsylvania", "perth", "peru", "philadelphia", "philippines", "phnom penh",
    "phoenix", "pittsburgh", "podgorica", "poland", "portland", "portugal", "prague", "pretoria",
    "pristina", "puerto rico", "pyongyang", "qatar", "quebec", "queensland", "rabat", "reykjavik",
    "rhode island", "riga", "rio de janeiro", "riyadh", "romania", "rome", "russia", "rwanda",
    "sacramento", "salt lake city", "samoa", "san antonio", "san diego", "san francisco", "sanaa",
    "santiago", "sao paulo", "sarajevo", "saudi arabia", "scandinavia", "scotland", "seattle",
    "senegal", "seoul", "serbia", "seville", "seychelles", "shanghai", "shenzhen", "siberia",
    "sierra leone", "singapore", "skopje", "slovakia", "slovenia", "sofia", "solomon islands",
    "somalia", "south africa", "south america", "south carolina", "south dakota", "south korea",
    "south sudan", "spain", "sri lanka", "st louis", "st petersburg", "stockholm", "sudan",
    "suriname", "sweden", "switzerland", "sydney", "syria", "taipei", "taiwan", "tajikistan",
    "tallinn", "tampa", "tanzania", "tashkent", "tasmania", "tbilisi", "tehran", "tennessee",
    "texas", "thailand", "the middle east", "tibet", "tirana", "togo", "tokyo", "tonga", "toronto",
    "trinidad and tobago", "tripoli", "tunis", "tunisia", "turkey", "turkmenistan", "tuvalu",
    "uganda", "uk", "ukraine", "ulaanbaatar", "united arab emirates", "uruguay", "us", "utah",
    "uzbekistan", "valencia", "valletta", "vancouver", "vanuatu", "vatican city", "venezuela",
    "venice", "vermont", "victoria", "vienna", "vientiane", "vietnam", "vilnius", "virginia",
    "wales", "warsaw", "washington", "wellington", "west bank", "west virginia", "windhoek",
    "wisconsin", "wuhan", "wyoming", "yemen", "yerevan", "zambia", "zimbabwe", "zurich",
];

/// Whether `lower` (a name in lower case, words joined by one space) is in
/// [`PLACES`] (kept sorted, so this is a binary search).
pub(crate) fn is_place(lower: &str) -> bool {
    PLACES.binary_search(&lower).is_ok()
}

/// Lower-case particles that may sit inside a name ("Deir al-Zor").
#[rustfmt::skip]
pub(crate) const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "abu", "de", "da", "di", "van", "von", "der", "den", "du", "la",
    "le", "i", "e", "of",
];

/// Months and weekdays are dates, not names.
pub(crate) use crate::text::calendar::{MONTHS, WEEKDAYS};

/// Month names of other languages (Spanish, French, German, Italian,
/// Portuguese; lower case, with and without accents) and their number,
/// for dates such as "el 3 de mayo", "le 3 mai", "am 3. Mai". Read only
/// after a day number: alone, "mars" or "mai" is another word.
#[rustfmt::skip]
pub(crate) const FOREIGN_MONTHS: &[(&str, u32)] = &[
    ("enero", 1), ("janvier", 1), ("januar", 1), ("gennaio", 1), ("janeiro", 1),
    ("febrero", 2), ("f\u{e9}vrier", 2), ("fevrier", 2), ("februar", 2), ("febbraio", 2),
    ("fevereiro", 2),
    ("marzo", 3), ("mars", 3), ("m\u{e4}rz", 3), ("maerz", 3), ("mar\u{e7}o", 3),
    ("abril", 4), ("avril", 4), ("aprile", 4),
    ("mayo", 5), ("mai", 5), ("maggio", 5), ("maio", 5),
    ("junio", 6), ("juin", 6), ("juni", 6), ("giugno", 6), ("junho", 6),
    ("julio", 7), ("juillet", 7), ("juli", 7), ("luglio", 7), ("julho", 7),
    ("agosto", 8), ("ao\u{fb}t", 8), ("aout", 8),
    ("septiembre", 9), ("setiembre", 9), ("septembre", 9), ("settembre", 9), ("setembro", 9),
    ("octubre", 10), ("octobre", 10), ("oktober", 10), ("ottobre", 10), ("outubro", 10),
    ("noviembre", 11), ("novembre", 11), ("novembro", 11),
    ("diciembre", 12), ("d\u{e9}cembre", 12), ("decembre", 12), ("dezember", 12),
    ("dicembre", 12), ("dezembro", 12),
];

/// The German months of [`FOREIGN_MONTHS`] (written capitalised, unlike
/// the others).
#[rustfmt::skip]
pub(crate) const GERMAN_MONTHS: &[&str] = &[
    "januar", "februar", "m\u{e4}rz", "maerz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember",
];

/// Whole-name aliases: every spelling maps to one key.
#[rustfmt::skip]
pub(crate) const ALIASES: &[(&str, &str)] = &[
    ("us", "us"), ("usa", "us"), ("u.s", "us"), ("u.s.a", "us"), ("united states", "us"),
    ("united states of america", "us"), ("america", "us"), ("un", "un"), ("u.n", "un"),
    ("united nations", "un"), ("uk", "uk"), ("u.k", "uk"), ("united kingdom", "uk"),
    ("britain", "uk"), ("great britain", "uk"), ("eu", "eu"), ("european union", "eu"),
    ("russian federation", "russia"), ("nato", "nato"), ("kyiv", "kiev"),
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

/// Units of length and weight, however spelled, as term keys ("15
/// kilometres" = "15 km"): what conflicts compare and unique facts key;
/// different units are not folded into each other.
pub(crate) const UNIT_CLASSES: &[(&str, &str)] = &[
    ("kilometr", "km"),
    ("kilomet", "km"),
    ("kilometer", "km"),
    ("metr", "m"),
    ("meter", "m"),
    ("mi", "mile"),
    ("kilogram", "kg"),
    ("kilo", "kg"),
    ("tonn", "tonne"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_sorted_and_found() {
        assert!(
            PLACES.windows(2).all(|w| w[0] < w[1]),
            "PLACES must stay sorted"
        );
        for p in [
            "afghanistan",
            "new york",
            "kabul",
            "ohio",
            "middle east",
            "us",
        ] {
            assert!(is_place(p), "{p}");
        }
        assert!(!is_place("smith"));
    }
}
