//! Wording.
use super::Substitution;
use super::names::NameContext;
use crate::align::Alignment;
use crate::model::Article;
pub(crate) fn find_substitutions(
    _ctx: &NameContext,
    _a: &[Article],
    _al: &Alignment,
) -> (Vec<Substitution>, usize) {
    (vec![], 0)
}
