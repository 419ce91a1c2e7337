//! Text primitives shared by every stage: display cleaning, typography
//! folding, sentence and word segmentation, content terms, word vectors
//! ([`embed`]).

pub mod calendar;
pub mod dateline;
pub mod embed;
pub mod furniture;
mod lcs;
mod normalize;
mod sanitize;
pub mod scan;
mod segment;
mod terms;
mod wordbreak;
mod wordmemo;

pub use lcs::lcs_len;
pub use normalize::{clean_display, fold_char, normalize, normalize_cow, same_but_typography};
pub use sanitize::{Removed, clean_line, is_bidi_control, removed};
pub use segment::{split_sentences, tokens, word_count, word_count_upto, words, words_once};
pub use terms::{
    Term, TermClass, is_stop_word, lower_is_in, lowercase, lowercase_in, number_word, term_of,
    terms,
};
pub use wordmemo::{Words, forget as forget_words, forget_for as forget_words_for};
