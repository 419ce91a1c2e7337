//! Facts.
use super::names::NameContext;
use super::{Fact, UniqueFact};
use crate::align::Alignment;
use crate::model::{Article, ArticleId};
use std::collections::HashSet;
pub(crate) fn find_facts(
    _ctx: &NameContext,
    _a: &[Article],
    _al: &Alignment,
    _s: &HashSet<(ArticleId, usize)>,
) -> (Vec<Fact>, Vec<UniqueFact>) {
    (vec![], vec![])
}
