//! Reporting verbs and pronouns of other languages a news cluster may
//! mix in (reports from European sites, quotes left in the original):
//! the written forms themselves, since these languages inflect in ways
//! the English suffix rules do not cover. Only forms that are no common
//! English word are listed ("dice", "lance" and German "so" are left out).

/// Reporting verb forms: Scandinavian, German, Dutch, French, Spanish,
/// Portuguese, Italian, Polish, Czech, Finnish and Russian.
#[rustfmt::skip]
pub(super) const VERBS: &[&str] = &[
    // Swedish, Norwegian, Danish
    "säger", "sade", "sa", "berättar", "berättade", "skriver", "skrev", "förklarar", "förklarade",
    "sier", "forteller", "fortalte", "siger", "sagde", "fortæller", "tilføjer", "understreker",
    // German, Dutch
    "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "meinte", "schrieb",
    "fügte", "warnte", "zei", "zegt", "aldus", "verklaarde", "schreef", "benadrukte",
    "ergänzte", "berichtete", "kritisierte", "mahnte", "sagen", "sprach", "kündigte",
    "forderte", "räumte", "bekräftigte", "versicherte", "versprach",
    // French
    "dit", "déclare", "déclaré", "affirme", "affirmé", "explique", "expliqué", "ajoute",
    "ajouté", "souligne", "souligné", "estime", "estimé", "indique", "indiqué", "précise",
    "précisé", "raconte", "raconté", "confie", "confié", "assure", "assuré", "insiste",
    "insisté", "avertit", "averti", "témoigne", "témoigné", "martèle", "martelé", "rappelle",
    "rappelé", "poursuit", "poursuivi", "prévient", "prévenu", "reconnaît", "lancé",
    "annonce", "annoncé", "dénonce", "dénoncé", "promet",
    // Spanish, Portuguese
    "dijo", "afirmó", "declaró", "explicó", "añadió", "aseguró", "señaló", "indicó", "agregó",
    "manifestó", "comentó", "sostuvo", "subrayó", "disse", "afirmou", "declarou", "explicou",
    "acrescentou", "diz", "afirma", "explica", "asegura", "advirtió", "insistió", "precisó",
    "destacó", "relató", "apuntó", "recordó", "lamentó", "reconoció", "contó", "advierte",
    "relata", "añade", "señala", "anunció", "denunció", "prometió",
    // Verbs that report by judging ("calificaron el plan de «...»").
    "calificó", "calificaron", "califica", "califican", "considera", "consideran", "consideró",
    "qualificou", "qualifica", "considerou",
    // Italian
    "detto", "dichiarato", "spiegato", "aggiunto", "afferma", "spiega", "aggiunge", "sottolinea",
    "ammesso", "affermato", "sottolineato", "ribadito", "commentato", "raccontato", "precisato",
    "avvertito", "osservato", "concluso", "ammette", "ribadisce", "annunciato", "denunciato", "admiti\u{f3}", "reconnu",
    // Polish, Czech, Finnish
    "powiedział", "powiedziała", "stwierdził", "stwierdziła", "dodał", "dodała", "mówi",
    "podkreślił", "řekl", "řekla", "uvedl", "uvedla", "dodal", "dodala", "prohlásil", "sanoo",
    "sanoi", "kertoo", "kertoi",
    // Russian
    "сказал", "сказала", "заявил", "заявила", "отметил", "отметила", "добавил", "добавила",
    "говорит", "пояснил", "пояснила", "подчеркнул", "подчеркнула",
];

/// Auxiliaries that come before a past participle in an attribution after
/// the quote ("a déclaré Marie Roux", "ha detto il sindaco").
#[rustfmt::skip]
pub(super) const AUXILIARIES: &[&str] = &[
    "a", "ha", "hat", "har", "heeft", "ont", "hanno", "t",
];

/// Personal pronouns a speaker may hide behind ("dit-elle", "sagte er").
#[rustfmt::skip]
pub(super) const PRONOUNS: &[&str] = &[
    "il", "elle", "er", "sie", "han", "hon", "hun", "él", "ella", "lui", "lei", "ele", "ela",
    "hij", "zij", "ona", "он", "она",
];

/// Definite articles before a role noun ("der Sprecher", "le ministre").
#[rustfmt::skip]
pub(super) const ARTICLES: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "le", "la", "les", "el", "il", "lo", "het",
];

/// Prepositions that end the speaker after an inverted reporting verb
/// ("afirmó Ferrer en rueda de prensa", "sagte Weber im Radio"), as
/// written in lower case.
#[rustfmt::skip]
pub(super) const PREPOSITIONS: &[&str] = &[
    "en", "à", "au", "aux", "lors", "durante", "ante", "bei", "im", "vor", "auf", "nach", "i",
    "på", "vid", "w", "na", "v", "ve", "op", "tijdens", "sur",
];

/// Days and times that follow an inverted speaker with no preposition
/// ("a déclaré la CGT lundi", "dijo el sindicato ayer"): the speaker ends
/// there.
#[rustfmt::skip]
pub(super) const TIME_WORDS: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "soir",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "ayer", "hoy",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "ieri", "oggi",
    "am", "gestern", "heute",
];
