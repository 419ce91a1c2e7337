//! Moving through the document: the sentence cursor, scrolling, jumps to
//! findings, search matches, linked sentences and side-panel entries, and
//! [`UiState::follow`], which keeps the selection on screen after any
//! change (including a new layout).

use super::{Focus, UiState};
use crate::tui::action::Action;
use crate::tui::nav::{Nav, Stop, Target};

/// Lines kept between the selection and the screen edge when scrolling to
/// it, so the reader sees some context.
const MARGIN: usize = 2;

impl UiState {
    pub(super) fn movement(&mut self, action: Action, nav: &dyn Nav, page: usize) {
        match action {
            Action::Down | Action::Up => self.step(action == Action::Down, nav, page),
            Action::HalfPageDown => self.scroll_by(nav, page, signed(page / 2)),
            Action::HalfPageUp => self.scroll_by(nav, page, -signed(page / 2)),
            Action::PageDown => self.scroll_by(nav, page, signed(page.saturating_sub(1))),
            Action::PageUp => self.scroll_by(nav, page, -signed(page.saturating_sub(1))),
            Action::Scroll(n) => self.scroll_by(nav, page, isize::from(n)),
            Action::Top => {
                // Row 1, whoever has it: select the focused pane's first
                // sentence only if it is on the first screen.
                self.scroll = 0;
                self.selected = nav
                    .stops(self.focused_pane())
                    .first()
                    .filter(|s| s.line < page)
                    .map(|s| s.sentence);
                self.side_selected = 0;
            }
            Action::ExpandFold => {
                let on_screen = nav
                    .folds()
                    .iter()
                    .find(|f| f.line >= self.scroll && f.line < self.scroll + page);
                match on_screen {
                    Some(f) => {
                        self.expanded.insert(f.row);
                    }
                    None => self.message = Some("no folded rows on screen".to_string()),
                }
            }
            Action::ExpandAt(line) => {
                if let Some(f) = nav.folds().iter().find(|f| f.line == line) {
                    self.expanded.insert(f.row);
                }
            }
            Action::SelectAt { pane, line } => {
                self.focus = Focus::Pane(pane);
                if let Some(s) = nav
                    .stops(pane)
                    .iter()
                    .find(|s| s.line <= line && line < s.line + s.height)
                {
                    self.selected = Some(s.sentence);
                }
            }
            Action::SideAt(n) => {
                self.focus = Focus::Side;
                self.side_selected = n.min(nav.side_entries().len().saturating_sub(1));
            }
            Action::Bottom => {
                self.scroll = max_scroll(nav, page);
                self.selected = nav.stops(self.focused_pane()).last().map(|s| s.sentence);
                self.side_selected = nav.side_entries().len().saturating_sub(1);
            }
            Action::NextChange => self.jump_target(nav, Target::Change, true, "change"),
            Action::PrevChange => self.jump_target(nav, Target::Change, false, "change"),
            Action::NextQuote => self.jump_target(nav, Target::Quote, true, "quote"),
            Action::PrevQuote => self.jump_target(nav, Target::Quote, false, "quote"),
            Action::NextFact => self.jump_target(nav, Target::Fact, true, "unique fact"),
            Action::PrevFact => self.jump_target(nav, Target::Fact, false, "unique fact"),
            Action::NextConflict => {
                self.jump_target(nav, Target::Conflict, true, "conflicting figure");
            }
            Action::PrevConflict => {
                self.jump_target(nav, Target::Conflict, false, "conflicting figure");
            }
            Action::SearchNext | Action::SearchPrev => {
                if self.search.is_empty() {
                    self.message = Some("no search: press / to search".to_string());
                } else {
                    let here = self.here(nav).map(|s| (s.line, s.pane));
                    let start = here.unwrap_or((self.scroll, 0));
                    let forward = action == Action::SearchNext;
                    self.jump_match(nav, page, start, here.is_none(), forward);
                }
            }
            Action::Jump => self.jump(nav),
            _ => {}
        }
    }

    /// The selected sentence's place, if it is shown.
    fn here(&self, nav: &dyn Nav) -> Option<Stop> {
        self.selected.and_then(|s| nav.locate(s))
    }

    fn step(&mut self, down: bool, nav: &dyn Nav, page: usize) {
        if self.focus == Focus::Side {
            let n = nav.side_entries().len();
            self.side_selected = if down {
                (self.side_selected + 1).min(n.saturating_sub(1))
            } else {
                self.side_selected.saturating_sub(1)
            };
            return;
        }
        let stops = nav.stops(self.focused_pane());
        let here = self
            .selected
            .and_then(|s| stops.iter().position(|t| t.sentence == s));
        let next = match here {
            Some(i) if down => stops.get(i + 1),
            Some(i) => i.checked_sub(1).and_then(|j| stops.get(j)),
            // Nothing selected here: start from what is on screen.
            None => stops.iter().find(|t| t.line >= self.scroll),
        };
        match next {
            Some(t) => self.selected = Some(t.sentence),
            // At either end, still let the view scroll over what follows
            // the last sentence (filler of the other pane).
            None if down => self.scroll = (self.scroll + 1).min(max_scroll(nav, page)),
            None => self.scroll = self.scroll.saturating_sub(1),
        }
    }

    fn scroll_by(&mut self, nav: &dyn Nav, page: usize, delta: isize) {
        let max = max_scroll(nav, page);
        self.scroll = self.scroll.saturating_add_signed(delta).min(max);
        // The selection stays if still on screen, else moves to the first
        // sentence on screen (or none, over filler).
        let visible = |s: &Stop| s.line >= self.scroll && s.line < self.scroll + page;
        if self.here(nav).is_some_and(|s| visible(&s)) {
            return;
        }
        self.selected = nav
            .stops(self.focused_pane())
            .iter()
            .find(|s| visible(s))
            .map(|s| s.sentence);
    }

    fn jump_target(&mut self, nav: &dyn Nav, kind: Target, forward: bool, name: &str) {
        let targets = nav.targets(kind);
        let (line, pane) = self
            .here(nav)
            .map_or((self.scroll, 0), |s| (s.line, s.pane));
        let key = |t: &Stop| (t.line, t.pane);
        let found = if forward {
            targets.iter().find(|t| key(t) > (line, pane))
        } else {
            targets.iter().rev().find(|t| key(t) < (line, pane))
        };
        match found {
            Some(t) => {
                self.select(*t);
                let i = targets.iter().position(|x| x == t).unwrap_or(0) + 1;
                self.message = Some(format!("{name} {i} of {}", targets.len()));
            }
            None if targets.is_empty() => self.message = Some(format!("no {name} here")),
            None if forward => self.message = Some(format!("no {name} below")),
            None => self.message = Some(format!("no {name} above")),
        }
    }

    /// Selects the next search match from `start` (a line and pane),
    /// `start` itself included when `inclusive`, wrapping round the
    /// document; backwards the match before `start`.
    pub(super) fn jump_match(
        &mut self,
        nav: &dyn Nav,
        page: usize,
        start: (usize, usize),
        inclusive: bool,
        forward: bool,
    ) {
        let matches = nav.matches(&self.search);
        let key = |m: &&Stop| (m.line, m.pane);
        let ahead = if forward {
            matches
                .iter()
                .find(|m| key(m) > start || (inclusive && key(m) == start))
        } else {
            matches.iter().rev().find(|m| key(m) < start)
        };
        // Past the last match, go round, and say so.
        let (found, wrapped) = match ahead {
            Some(m) => (Some(m), ""),
            None if forward => (matches.first(), " (wrapped to the top)"),
            None => (matches.last(), " (wrapped to the bottom)"),
        };
        match found {
            Some(m) => {
                self.select(*m);
                self.reveal(m, page);
                let i = matches.iter().position(|x| x == m).unwrap_or(0) + 1;
                self.message = Some(format!("match {i} of {}{wrapped}", matches.len()));
            }
            None => self.message = Some(format!("not found: {}", self.search)),
        }
    }

    fn jump(&mut self, nav: &dyn Nav) {
        if self.focus == Focus::Side {
            match nav
                .side_entries()
                .get(self.side_selected)
                .and_then(|e| e.target)
            {
                Some(target) => self.show_sentence(target, nav),
                None => self.message = Some("this entry has no place to go".to_string()),
            }
            return;
        }
        let Some(here) = self.here(nav) else {
            self.message = Some("select a sentence first (j/k)".to_string());
            return;
        };
        let links = nav.counterparts(here.sentence);
        // Pressing again cycles: the first counterpart after the current
        // one's place, so A → B1 → B2 and back via the link from B.
        match links.iter().find(|l| l.pane != here.pane).or(links.first()) {
            Some(l) => self.select(*l),
            None => self.message = Some("no linked sentence in the shown reports".to_string()),
        }
    }

    /// Shows a sentence of any report: when its report is not on screen,
    /// the right pane switches to it.
    fn show_sentence(&mut self, target: crate::model::SentenceRef, nav: &dyn Nav) {
        self.selected = Some(target);
        self.jumped = true;
        if let Some(stop) = nav.locate(target) {
            self.focus = Focus::Pane(stop.pane);
        } else if self.columns == super::Columns::Two {
            let pane = usize::from(self.panes[0] != target.article);
            self.panes[pane] = target.article;
            self.focus = Focus::Pane(pane);
        }
    }

    fn select(&mut self, stop: Stop) {
        self.selected = Some(stop.sentence);
        self.jumped = true;
        self.focus = Focus::Pane(stop.pane);
    }

    fn reveal(&mut self, stop: &Stop, page: usize) {
        let off_screen = stop.line < self.scroll || stop.line + stop.height > self.scroll + page;
        if std::mem::take(&mut self.jumped) && off_screen {
            self.scroll = stop.line.saturating_sub(page / 4);
            return;
        }
        let top = stop.line.saturating_sub(MARGIN);
        let bottom = stop.line + stop.height.min(page) + MARGIN;
        if stop.line < self.scroll + MARGIN.min(stop.line) {
            self.scroll = top;
        } else if bottom > self.scroll + page {
            self.scroll = bottom.saturating_sub(page).min(top);
        }
    }

    /// Brings the state in line with the (maybe new) layout: focus and
    /// panes in range, the selection on screen (or moved to a shown
    /// report), the scroll within the document.
    pub fn follow(&mut self, nav: &dyn Nav, page: usize) {
        let reports = nav.report_count().max(1);
        for p in &mut self.panes {
            *p = (*p).min(reports - 1);
        }
        self.pivot = self.pivot.min(reports - 1);
        let panes = self.shown(reports).len();
        match self.focus {
            Focus::Pane(p) if p >= panes => self.focus = Focus::Pane(panes - 1),
            Focus::Side if !self.side_panel => self.focus = Focus::Pane(0),
            _ => {}
        }
        self.side_selected = self
            .side_selected
            .min(nav.side_entries().len().saturating_sub(1));
        match self.here(nav) {
            Some(stop) if matches!(self.focus, Focus::Pane(p) if p != stop.pane) => {
                // The focus moved to another pane: select the sentence
                // there that sits at (or after) the old selection's line.
                let stops = nav.stops(self.focused_pane());
                let near = stops
                    .iter()
                    .find(|s| s.line + s.height > stop.line)
                    .or(stops.last());
                self.selected = near.map(|s| s.sentence);
                if let Some(s) = near {
                    self.reveal(&s.clone(), page);
                }
            }
            Some(stop) => self.reveal(&stop, page),
            None if self.selected.is_some() => {
                // Its report left the screen: pick the first sentence on
                // screen in the focused pane instead.
                self.selected = nav
                    .stops(self.focused_pane())
                    .iter()
                    .find(|s| s.line >= self.scroll)
                    .map(|s| s.sentence);
            }
            None => {}
        }
        self.scroll = self.scroll.min(max_scroll(nav, page));
        self.jumped = false;
    }
}

fn max_scroll(nav: &dyn Nav, page: usize) -> usize {
    nav.line_count().saturating_sub(page)
}

fn signed(n: usize) -> isize {
    isize::try_from(n).unwrap_or(isize::MAX)
}
