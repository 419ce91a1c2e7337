//! Noise.
use super::OffTopic;
use crate::align::Alignment;
use crate::model::Article;
pub(crate) fn find_noise(_a: &[Article], _al: &Alignment) -> Vec<OffTopic> {
    vec![]
}
