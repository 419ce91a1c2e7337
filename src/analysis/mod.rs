//! Stage 3: what a fact-checker reads first (quotes, facts, wording, noise),
//! computed from the alignment.
