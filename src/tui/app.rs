//! The application: the immutable comparison and its view model, the small
//! [`UiState`], and the laid-out document for the current screen size.
//! [`App::handle`] is the Elm loop's step (event → action → update →
//! effects); drawing goes through [`App::screen`], which only borrows.

use std::collections::BTreeSet;

use crossterm::event::{Event, KeyEventKind};
use ratatui::layout::{Position, Rect};

use crate::export::file::WriteFileError;
use crate::model::ArticleId;
use crate::view::{self, ViewModel, ViewOptions};
use crate::{Comparison, Options};

use super::action::Action;
use super::keymap::{KeyContext, Keymap, mouse_action};
use super::layout::{Doc, DocSpec};
use super::nav::Nav;
use super::side;
use super::state::{Columns, Effect, Mode, UiState, Wrap};
use super::theme::Theme;
use super::ui::Screen;
use super::ui::areas::Areas;
use super::ui::legend::Legend;

/// Below this share of their words in linked sentences, the reports are
/// said to share little (a banner and the status bar say so). Links are
/// learned and strict (a shared topic is no link), so two reports of one
/// event told from different angles may link only a tenth of their words.
pub const LOW_SHARE: f64 = 0.08;

/// What the document was laid out for; a change means a new layout.
#[derive(Debug, Clone, PartialEq, Eq)]
struct DocKey {
    shown: Vec<ArticleId>,
    panes: Vec<usize>,
    width: u16,
    wrap: Wrap,
    pivot: ArticleId,
    para_numbers: bool,
    fold: Option<BTreeSet<usize>>,
}

/// An export the user asked for, for the event loop to carry out
/// ([`App::take_export`], [`App::write_export`], [`App::exported`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportJob {
    /// Where to write (`~` expanded).
    pub path: std::path::PathBuf,
    /// The user agreed to replace an existing file.
    pub overwrite: bool,
    /// Text width: the screen's.
    pub width: usize,
}

/// What the event loop does after an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Draw and wait for the next event.
    Continue,
    /// Stop the process until the shell resumes it (Ctrl-Z).
    Suspend,
    /// Write the export [`App::take_export`] gives (on a worker, behind
    /// the progress screen).
    Export,
    /// Realign around the new pivot ([`App::repivot_job`]), then hand the
    /// result to [`App::repivoted`] (or call [`App::repivot_cancelled`]).
    Repivot,
    /// Leave.
    Quit,
}

/// The running application.
pub struct App {
    options: Options,
    cmp: Comparison,
    /// The view of the shown reports (rebuilt when they change).
    view: ViewModel,
    /// The state (public for tests that drive it).
    pub state: UiState,
    doc: Doc,
    key: Option<DocKey>,
    areas: Areas,
    theme: &'static Theme,
    keymap: Keymap,
    /// Share (0-1) of all reports' words in linked sentences.
    shared: f64,
    /// The first layout chose the starting selection.
    started: bool,
    /// What the loader's sanitiser removed, one line per input.
    warnings: Vec<String>,
    /// The state before a pivot change under way (put back on cancel).
    before_repivot: Option<UiState>,
    /// An export asked for and not yet written.
    export: Option<ExportJob>,
}

impl App {
    /// Prepares the view of a comparison made with `options`.
    pub fn new(cmp: Comparison, options: Options, theme: &'static Theme) -> Self {
        let state = UiState::new(cmp.articles.len(), cmp.alignment.pivot);
        let view = view::build(
            &cmp,
            &ViewOptions {
                columns: state.shown(cmp.articles.len()),
            },
        );
        let shared = shared_share(&cmp);
        App {
            options,
            cmp,
            view,
            state,
            doc: Doc::default(),
            key: None,
            areas: Areas::default(),
            theme,
            keymap: Keymap::default(),
            shared,
            started: false,
            warnings: Vec::new(),
            before_repivot: None,
            export: None,
        }
    }

    /// Shows `warnings` (what the sanitiser removed from each input, so
    /// the text on screen is not byte for byte the file) in a banner and
    /// in the help.
    #[must_use]
    pub fn with_warnings(mut self, warnings: Vec<String>) -> Self {
        self.warnings = warnings;
        self.key = None;
        self
    }

    /// Uses `keymap` (the config file's keys) and starts in one column per
    /// report when `all_columns` (and there are more than two reports).
    #[must_use]
    pub fn configured(mut self, keymap: Keymap, all_columns: bool) -> Self {
        self.keymap = keymap;
        if all_columns && self.cmp.articles.len() > 2 {
            self.state.columns = Columns::All;
        }
        self
    }

    /// The comparison shown.
    pub fn comparison(&self) -> &Comparison {
        &self.cmp
    }

    /// Share (0-1) of all reports' words in sentences linked to another
    /// report: the figure the status bar and the warning banner give.
    pub fn shared(&self) -> f64 {
        self.shared
    }

    /// Lays the document out for a screen of `size`, when anything that
    /// decides the layout changed, and brings the state in line. The row
    /// at the top of the screen stays at the top, so the reader keeps
    /// their place across resizes (a too-small screen changes nothing).
    pub fn resize(&mut self, size: Rect) {
        let reports = self.cmp.articles.len();
        let legend_height = Legend::height(&self.view, size.width, self.markers());
        let banner = self.shared < LOW_SHARE || !self.warnings.is_empty();
        self.areas = Areas::compute(size, &self.state, reports, legend_height, banner);
        if self.areas.too_small {
            return;
        }
        let shown = self.state.shown(reports);
        let key = DocKey {
            panes: self.areas.panes.iter().map(|p| p.index).collect(),
            shown,
            width: self.areas.pane_width(),
            wrap: self.state.wrap,
            pivot: self.state.pivot,
            para_numbers: self.state.para_numbers,
            fold: self
                .state
                .only_differences
                .then(|| self.state.expanded.clone()),
        };
        if self.key.as_ref() != Some(&key) {
            let anchor = self.doc.row_at(self.state.scroll).map(|r| r.view_row);
            let same_rows = self
                .key
                .as_ref()
                .is_some_and(|k| k.shown == key.shown && k.pivot == key.pivot);
            if !same_rows {
                self.view = view::build(
                    &self.cmp,
                    &ViewOptions {
                        columns: key.shown.clone(),
                    },
                );
            }
            // The view dedups and orders columns; find each pane's column.
            let columns = self.view.columns();
            let panes: Vec<(usize, usize)> = key
                .panes
                .iter()
                .filter_map(|&i| {
                    let article = key.shown.get(i)?;
                    Some((i, columns.iter().position(|c| c == article)?))
                })
                .collect();
            let spec = DocSpec {
                panes: &panes,
                width: usize::from(key.width),
                wrap: key.wrap,
                markers: self.markers(),
                para_numbers: key.para_numbers,
                fold: key.fold.as_ref(),
            };
            let entries = side::entries(&self.view.report, &self.cmp.articles);
            self.doc = Doc::build(&self.cmp, &self.view, spec, entries);
            self.key = Some(key);
            if let (Some(row), true) = (anchor, same_rows) {
                // The same rows, laid out anew: keep the top one on top.
                self.state.scroll = self
                    .doc
                    .rows
                    .iter()
                    .rev()
                    .find(|r| r.view_row <= row)
                    .map_or(0, |r| r.first_line);
            }
        }
        let page = self.page();
        if !self.started {
            // Start at row 1 with the first sentence selected when it is
            // on screen, so that its links show and j/k have a place.
            self.started = true;
            self.state.selected = self
                .doc
                .stops(self.state.focused_pane())
                .first()
                .filter(|s| s.line < page)
                .map(|s| s.sentence);
        }
        self.state.follow(&self.doc, page);
    }

    fn page(&self) -> usize {
        usize::from(self.areas.body_height())
    }

    /// One terminal event. Returns `true` when the program should end.
    pub fn handle(&mut self, event: &Event, size: Rect) -> bool {
        self.handle_step(event, size) == Step::Quit
    }

    /// One terminal event, and what the loop should do next.
    pub fn handle_step(&mut self, event: &Event, size: Rect) -> Step {
        let action = match event {
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                let context = match self.state.mode {
                    Mode::Search { .. }
                    | Mode::ExportPath { .. }
                    | Mode::ConfirmOverwrite { .. } => KeyContext::Prompt,
                    Mode::Browse | Mode::Help { .. } => KeyContext::Normal,
                };
                self.keymap.action_for(*k, context)
            }
            Event::Mouse(m) => mouse_action(*m),
            _ => None,
        };
        if let Some(a) = action {
            return self.step(a, size);
        }
        self.resize(size);
        Step::Continue
    }

    /// Applies one action and its effect. Returns `true` to quit.
    pub fn apply(&mut self, action: Action, size: Rect) -> bool {
        self.step(action, size) == Step::Quit
    }

    /// Applies one action and its effect.
    pub fn step(&mut self, action: Action, size: Rect) -> Step {
        let action = match action {
            Action::Click { x, y } => match self.clicked(x, y) {
                Some(a) => a,
                None => return Step::Continue,
            },
            a => a,
        };
        let page = self.page();
        let before = (action == Action::MakePivot).then(|| self.state.clone());
        let effect = self.state.update(action, &self.doc, page);
        let mut step = Step::Continue;
        match effect {
            Effect::None => {}
            Effect::Quit => return Step::Quit,
            Effect::Suspend => step = Step::Suspend,
            Effect::Repivot => {
                self.before_repivot = before;
                return Step::Repivot;
            }
            Effect::Export { path, overwrite } => {
                self.export = Some(ExportJob {
                    path: super::export::expand_home(&path),
                    overwrite,
                    width: usize::from(self.areas.screen.width),
                });
                step = Step::Export;
            }
        }
        self.resize(size);
        if action == Action::ToggleColumns {
            self.say_what_fits();
        }
        if action == Action::ToggleSide
            && self.state.side_panel
            && self.areas.side.is_none()
            && !self.areas.too_small
        {
            // Focus goes backwards from the first pane straight to it.
            let tab = self.keymap.key_for(Action::FocusPrev).to_string();
            self.state.say(format!(
                "too narrow for the panel beside the panes (108 columns): {tab} shows it"
            ));
        }
        step
    }

    /// What a click at `(x, y)` means: a pane's sentence, a fold, a
    /// side-panel entry.
    fn clicked(&self, x: u16, y: u16) -> Option<Action> {
        if !matches!(self.state.mode, Mode::Browse) {
            return None;
        }
        let at = Position::new(x, y);
        if let Some(side) = self.areas.side
            && side.contains(at)
        {
            let line = usize::from(y - side.y);
            return super::ui::side_panel::entry_at(
                self.doc.side(),
                side,
                self.state.side_selected,
                line,
            )
            .map(Action::SideAt);
        }
        if let Some(p) = self.areas.panes.iter().find(|p| p.header.contains(at)) {
            // A header: focus its pane, at the top of the screen.
            return Some(Action::SelectAt {
                pane: p.index,
                line: self.state.scroll,
            });
        }
        let pane = self.areas.panes.iter().find(|p| p.body.contains(at))?;
        let line = self.state.scroll + usize::from(y - pane.body.y);
        if self.doc.folds().iter().any(|f| f.line == line) {
            return Some(Action::ExpandAt(line));
        }
        Some(Action::SelectAt {
            pane: pane.index,
            line,
        })
    }

    /// After `c`: say when not every column fits, and why.
    fn say_what_fits(&mut self) {
        let shown = self.state.shown(self.cmp.articles.len()).len();
        let drawn = self.areas.panes.len();
        if self.state.columns == Columns::All && drawn < shown {
            self.state.say(format!(
                "{drawn} of {shown} columns fit in {} columns: h/l move across, a wider terminal shows more",
                self.areas.screen.width
            ));
        } else if self.state.columns == Columns::Two && drawn < 2 {
            self.state.say(format!(
                "one pane at {} columns (two need 72): h/l or Tab switch pane",
                self.areas.screen.width
            ));
        }
    }

    /// The work of a pivot change: the reports and the options with the
    /// new pivot, for [`Comparison::new`] on a worker thread.
    pub fn repivot_job(&self) -> (Vec<crate::model::Article>, Options) {
        let mut options = self.options;
        options.align.pivot = self.state.pivot;
        (self.cmp.articles.clone(), options)
    }

    /// Shows `cmp`, the comparison realigned by [`App::repivot_job`].
    pub fn repivoted(&mut self, cmp: Comparison, options: Options, size: Rect) {
        self.cmp = cmp;
        self.options = options;
        self.shared = shared_share(&self.cmp);
        self.before_repivot = None;
        self.key = None;
        let label = self.cmp.articles[self.state.pivot].label();
        self.state.say(format!(
            "rows now follow report {}: {label}",
            self.state.pivot + 1
        ));
        self.resize(size);
    }

    /// The pivot change was cancelled: the view stays as it was.
    pub fn repivot_cancelled(&mut self, size: Rect) {
        if let Some(before) = self.before_repivot.take() {
            self.state = before;
        }
        self.state.say(
            "pivot change cancelled: the rows still follow report ".to_string()
                + &(self.state.pivot + 1).to_string(),
        );
        self.resize(size);
    }

    /// The export asked for by the last step, if any.
    pub fn take_export(&mut self) -> Option<ExportJob> {
        self.export.take()
    }

    /// Writes `job` (the current view); `cancel` stops it. Only borrows,
    /// so a worker thread can write while the loop keeps the screen.
    ///
    /// # Errors
    /// As [`super::export::write`].
    pub fn write_export(
        &self,
        job: &ExportJob,
        cancel: &std::sync::atomic::AtomicBool,
    ) -> Result<String, WriteFileError> {
        super::export::write(
            &self.cmp,
            &self.view,
            job.width,
            &job.path,
            job.overwrite,
            cancel,
        )
    }

    /// Says how `job` went: written, the file exists (ask), or failed.
    pub fn exported(&mut self, job: ExportJob, result: Result<String, WriteFileError>) {
        match result {
            Ok(done) => {
                let shown = std::path::absolute(&job.path).unwrap_or(job.path);
                self.state
                    .say(format!("wrote {done} to {}", shown.display()));
            }
            Err(WriteFileError::Exists(_)) => {
                self.state.ask_overwrite(job.path.display().to_string());
            }
            Err(e) => self.state.say(format!("export failed: {e}")),
        }
    }

    /// The user cancelled the export's writing: no file was written.
    pub fn export_cancelled(&mut self) {
        self.state.say("export cancelled: nothing written");
    }

    /// What one frame draws: borrowed pieces only.
    pub fn screen(&self) -> Screen<'_> {
        Screen {
            view: &self.view,
            doc: &self.doc,
            state: &self.state,
            areas: &self.areas,
            theme: self.theme,
            markers: self.markers(),
            keymap: &self.keymap,
            shared: self.shared,
            warnings: &self.warnings,
        }
    }

    /// Without colour, highlights are spelt out with the view's markers.
    fn markers(&self) -> bool {
        self.theme.markers
    }
}

/// Share (0-1) of all reports' words (in compared paragraphs) that sit in
/// sentences linked to another report.
fn shared_share(cmp: &Comparison) -> f64 {
    let linked: std::collections::HashSet<crate::model::SentenceRef> = cmp
        .alignment
        .links
        .iter()
        .flat_map(|l| [l.a, l.b])
        .collect();
    let (mut words, mut in_links) = (0usize, 0usize);
    for (a, art) in cmp.articles.iter().enumerate() {
        for (p, para) in art.paragraphs.iter().enumerate() {
            if !para.kind.is_compared() {
                continue;
            }
            for (s, text) in para.sentence_texts().enumerate() {
                let n = crate::text::word_count(text);
                words += n;
                let r = crate::model::SentenceRef {
                    article: a,
                    paragraph: p,
                    sentence: s,
                };
                if linked.contains(&r) {
                    in_links += n;
                }
            }
        }
    }
    if words == 0 {
        0.0
    } else {
        in_links as f64 / words as f64
    }
}
