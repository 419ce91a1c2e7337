//! The front of a whole comparison as the memory probes run it
//! (`stage_memory` counts live heap, `stage_rss` resident pages): the
//! files from the command line loaded, then their furniture marked, each
//! as one measured stage, so that both probes measure the same work.

use storydiff::model::Article;

/// How a probe measures one stage.
pub trait Meter {
    /// Runs `f` as the stage `name`, printing what it cost.
    fn stage<T>(&self, name: &str, f: impl FnOnce() -> T) -> T;
}

/// Loads the files named on the command line (at least two, else usage
/// and exit 2; a load error is one line and exit 2) and marks their page
/// furniture: the stages "load" and "furniture".
pub fn load_marked(meter: &impl Meter, program: &str) -> Vec<Article> {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.len() < 2 {
        eprintln!("usage: {program} FILE FILE...");
        std::process::exit(2);
    }
    let mut articles = meter.stage("load", || {
        storydiff::load::load_inputs(&files, &mut std::io::empty()).unwrap_or_else(|e| {
            eprintln!("{program}: {e}");
            std::process::exit(2)
        })
    });
    meter.stage("furniture", || {
        storydiff::text::furniture::mark_furniture(&mut articles);
    });
    articles
}
