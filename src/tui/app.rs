//! The application: the immutable comparison and its view model, the small
//! [`UiState`], and the laid-out document for the current screen size.
//! [`App::handle`] is the Elm loop's step (event → action → update →
//! effects); drawing goes through [`App::screen`], which only borrows.

use std::path::PathBuf;

use crossterm::event::{Event, KeyEventKind};
use ratatui::layout::Rect;

use crate::export::file::WriteFileError;
use crate::model::ArticleId;
use crate::view::{self, ViewModel, ViewOptions};
use crate::{Comparison, Options};

use super::action::Action;
use super::keymap::{KeyContext, action_for, mouse_action};
use super::layout::{Doc, DocSpec};
use super::nav::Nav;
use super::side;
use super::state::{Effect, Mode, UiState, Wrap};
use super::theme::Theme;
use super::ui::Screen;
use super::ui::areas::Areas;
use super::ui::legend::Legend;

/// What the document was laid out for; a change means a new layout.
#[derive(Debug, Clone, PartialEq, Eq)]
struct DocKey {
    shown: Vec<ArticleId>,
    panes: Vec<usize>,
    width: u16,
    wrap: Wrap,
    pivot: ArticleId,
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
        App {
            options,
            cmp,
            view,
            state,
            doc: Doc::default(),
            key: None,
            areas: Areas::default(),
            theme,
        }
    }

    /// The comparison shown.
    pub fn comparison(&self) -> &Comparison {
        &self.cmp
    }

    /// Lays the document out for a screen of `size`, when anything that
    /// decides the layout changed, and brings the state in line.
    pub fn resize(&mut self, size: Rect) {
        let reports = self.cmp.articles.len();
        let legend_height = Legend::height(&self.view, size.width, self.markers());
        self.areas = Areas::compute(size, &self.state, reports, legend_height);
        let shown = self.state.shown(reports);
        let key = DocKey {
            panes: self.areas.panes.iter().map(|p| p.index).collect(),
            shown,
            width: self.areas.pane_width(),
            wrap: self.state.wrap,
            pivot: self.state.pivot,
        };
        if self.key.as_ref() != Some(&key) {
            if self
                .key
                .as_ref()
                .is_none_or(|k| k.shown != key.shown || k.pivot != key.pivot)
            {
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
            };
            let entries = side::entries(&self.view.report, &self.cmp.articles);
            self.doc = Doc::build(&self.cmp, &self.view, spec, entries);
            self.key = Some(key);
        }
        let page = self.page();
        if self.state.selected.is_none() && self.state.scroll == 0 {
            // Start with the first sentence selected, so that its links
            // show and j/k have a place to start.
            self.state.selected = self
                .doc
                .stops(self.state.focused_pane())
                .first()
                .map(|s| s.sentence);
        }
        self.state.follow(&self.doc, page);
    }

    fn page(&self) -> usize {
        usize::from(self.areas.body_height())
    }

    /// One terminal event. Returns `true` when the program should end.
    pub fn handle(&mut self, event: &Event, size: Rect) -> bool {
        let action = match event {
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                let context = match self.state.mode {
                    Mode::Search { .. }
                    | Mode::ExportPath { .. }
                    | Mode::ConfirmOverwrite { .. } => KeyContext::Prompt,
                    Mode::Browse | Mode::Help { .. } => KeyContext::Normal,
                };
                action_for(*k, context)
            }
            Event::Mouse(m) => mouse_action(*m),
            _ => None,
        };
        if let Some(a) = action {
            return self.apply(a, size);
        }
        self.resize(size);
        false
    }

    /// Applies one action and its effect. Returns `true` to quit.
    pub fn apply(&mut self, action: Action, size: Rect) -> bool {
        let page = self.page();
        let effect = self.state.update(action, &self.doc, page);
        match effect {
            Effect::None => {}
            Effect::Quit => return true,
            Effect::Repivot => self.repivot(),
            Effect::Export { path, overwrite } => self.export(&path, overwrite),
        }
        self.resize(size);
        false
    }

    fn repivot(&mut self) {
        let mut options = self.options;
        options.align.pivot = self.state.pivot;
        let articles = std::mem::take(&mut self.cmp.articles);
        self.cmp = Comparison::new(articles, &options);
        self.options = options;
        self.key = None;
        let label = self.cmp.articles[self.state.pivot].label();
        self.state.say(format!(
            "rows now follow report {}: {label}",
            self.state.pivot + 1
        ));
    }

    fn export(&mut self, path: &str, overwrite: bool) {
        let path = PathBuf::from(path);
        let width = usize::from(self.areas.screen.width);
        match super::export::write(&self.view, width, &path, overwrite) {
            Ok(lines) => {
                let shown = std::path::absolute(&path).unwrap_or(path);
                self.state
                    .say(format!("wrote {lines} lines to {}", shown.display()));
            }
            Err(WriteFileError::Exists(_)) => self.state.ask_overwrite(path.display().to_string()),
            Err(e) => self.state.say(format!("export failed: {e}")),
        }
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
        }
    }

    /// Without colour, highlights are spelt out with the view's markers.
    fn markers(&self) -> bool {
        self.theme.markers
    }
}
