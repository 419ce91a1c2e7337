//! Key → action → state, on a hand-made screen: two reports, sentences at
//! known lines, findings and links placed by hand.

use super::*;
use crate::tui::nav::{EntryKind, Section, SideEntry, Stop, Target};

struct FakeNav {
    reports: usize,
    stops: [Vec<Stop>; 2],
    changes: Vec<Stop>,
    quotes: Vec<Stop>,
    texts: Vec<(Stop, &'static str)>,
    links: Vec<(SentenceRef, SentenceRef)>,
    side: Vec<SideEntry>,
}

fn sref(article: usize, paragraph: usize) -> SentenceRef {
    SentenceRef {
        article,
        paragraph,
        sentence: 0,
    }
}

fn stop(pane: usize, article: usize, paragraph: usize, line: usize) -> Stop {
    Stop {
        sentence: sref(article, paragraph),
        pane,
        line,
        height: 2,
    }
}

fn side(target: SentenceRef) -> SideEntry {
    SideEntry {
        section: Section::UniqueFacts,
        kind: EntryKind::UniqueFact,
        text: String::new(),
        target: Some(target),
    }
}

impl FakeNav {
    /// Report 0 left: sentences at lines 0, 3, 10, 30, 60. Report 1 right:
    /// lines 0, 10, 40. Report 2 exists but is not shown.
    fn new() -> Self {
        let left: Vec<Stop> = [0, 3, 10, 30, 60]
            .iter()
            .enumerate()
            .map(|(i, &l)| stop(0, 0, i, l))
            .collect();
        let right: Vec<Stop> = [0, 10, 40]
            .iter()
            .enumerate()
            .map(|(i, &l)| stop(1, 1, i, l))
            .collect();
        FakeNav {
            reports: 3,
            changes: vec![right[1], left[3]],
            quotes: vec![left[1], right[2]],
            texts: vec![
                (left[0], "The minister said"),
                (left[2], "Flood waters rose"),
                (right[1], "flood defences failed"),
                (left[4], "The end"),
            ],
            links: vec![(sref(0, 2), sref(1, 1)), (sref(0, 0), sref(1, 0))],
            side: vec![side(sref(0, 3)), side(sref(2, 4))],
            stops: [left, right],
        }
    }
}

impl Nav for FakeNav {
    fn report_count(&self) -> usize {
        self.reports
    }
    fn line_count(&self) -> usize {
        70
    }
    fn stops(&self, pane: usize) -> &[Stop] {
        self.stops.get(pane).map_or(&[], Vec::as_slice)
    }
    fn targets(&self, kind: Target) -> &[Stop] {
        match kind {
            Target::Change => &self.changes,
            Target::Quote => &self.quotes,
            Target::Fact | Target::Conflict => &[],
        }
    }
    fn locate(&self, sentence: SentenceRef) -> Option<Stop> {
        self.stops
            .iter()
            .flatten()
            .find(|s| s.sentence == sentence)
            .copied()
    }
    fn counterparts(&self, sentence: SentenceRef) -> Vec<Stop> {
        self.links
            .iter()
            .filter_map(|&(a, b)| {
                if a == sentence {
                    Some(b)
                } else if b == sentence {
                    Some(a)
                } else {
                    None
                }
            })
            .filter_map(|s| self.locate(s))
            .collect()
    }
    fn matches(&self, query: &str) -> Vec<Stop> {
        let q = query.to_lowercase();
        let mut m: Vec<Stop> = self
            .texts
            .iter()
            .filter(|(_, t)| t.to_lowercase().contains(&q))
            .map(|(s, _)| *s)
            .collect();
        m.sort_by_key(|s| (s.line, s.pane));
        m
    }
    fn side_entries(&self) -> &[SideEntry] {
        &self.side
    }
}

const PAGE: usize = 12;

fn run(state: &mut UiState, nav: &FakeNav, actions: &[Action]) -> Vec<Effect> {
    actions
        .iter()
        .map(|&a| {
            let fx = state.update(a, nav, PAGE);
            state.follow(nav, PAGE);
            fx
        })
        .collect()
}

#[test]
fn down_walks_sentences_and_scrolls_to_keep_them_visible() {
    let nav = FakeNav::new();
    let mut s = UiState::new(3, 0);
    run(&mut s, &nav, &[Action::Down]);
    assert_eq!(s.selected, Some(sref(0, 0)));
    assert_eq!(s.scroll, 0);
    run(&mut s, &nav, &[Action::Down, Action::Down, Action::Down]);
    assert_eq!(s.selected, Some(sref(0, 3)));
    // Line 30, two lines high, two lines of margin: bottom at 34.
    assert_eq!(s.scroll, 34 - PAGE);
    run(&mut s, &nav, &[Action::Up]);
    assert_eq!(s.selected, Some(sref(0, 2)));
    assert_eq!(s.scroll, 8);
}

#[test]
fn paging_moves_the_selection_onto_the_screen_and_clamps() {
    let nav = FakeNav::new();
    let mut s = UiState::new(3, 0);
    run(&mut s, &nav, &[Action::Down, Action::PageDown]);
    assert_eq!(s.scroll, 11);
    // Nothing of the left pane between 11 and 22: no selection.
    assert_eq!(s.selected, None);
    run(&mut s, &nav, &[Action::PageDown]);
    assert_eq!((s.scroll, s.selected), (22, Some(sref(0, 3))));
    run(&mut s, &nav, &[Action::Bottom]);
    assert_eq!(s.scroll, 70 - PAGE);
    assert_eq!(s.selected, Some(sref(0, 4)));
    run(&mut s, &nav, &[Action::HalfPageUp, Action::Top]);
    assert_eq!((s.scroll, s.selected), (0, Some(sref(0, 0))));
    run(&mut s, &nav, &[Action::Scroll(-3)]);
    assert_eq!(s.scroll, 0);
}

#[test]
fn next_change_and_quote_cross_panes_in_line_order() {
    let nav = FakeNav::new();
    let mut s = UiState::new(3, 0);
    run(&mut s, &nav, &[Action::Down, Action::NextChange]);
    assert_eq!(s.selected, Some(sref(1, 1)));
    assert_eq!(s.message.as_deref(), Some("change 1 of 2"));
    assert_eq!(s.focus, Focus::Pane(1));
    run(&mut s, &nav, &[Action::NextChange]);
    assert_eq!(s.selected, Some(sref(0, 3)));
    assert_eq!(s.focus, Focus::Pane(0));
    run(&mut s, &nav, &[Action::NextChange]);
    assert_eq!(s.message.as_deref(), Some("no change below"));
    run(&mut s, &nav, &[Action::PrevQuote]);
    assert_eq!(s.selected, Some(sref(0, 1)));
    run(&mut s, &nav, &[Action::NextFact]);
    assert_eq!(s.message.as_deref(), Some("no unique fact here"));
}

#[test]
fn jump_goes_to_the_linked_sentence_and_back() {
    let nav = FakeNav::new();
    let mut s = UiState::new(3, 0);
    run(&mut s, &nav, &[Action::Jump]);
    assert_eq!(s.message.as_deref(), Some("select a sentence first (j/k)"));
    run(
        &mut s,
        &nav,
        &[Action::Down, Action::Down, Action::Down, Action::Jump],
    );
    assert_eq!(s.selected, Some(sref(1, 1)));
    assert_eq!(s.focus, Focus::Pane(1));
    run(&mut s, &nav, &[Action::Jump]);
    assert_eq!(s.selected, Some(sref(0, 2)));
    run(&mut s, &nav, &[Action::Down, Action::Jump]);
    assert_eq!(
        s.message.as_deref(),
        Some("no linked sentence in the shown reports")
    );
}

#[test]
fn focus_cycles_through_panes_and_side_panel() {
    let nav = FakeNav::new();
    let mut s = UiState::new(3, 0);
    run(&mut s, &nav, &[Action::FocusNext]);
    assert_eq!(s.focus, Focus::Pane(1));
    run(&mut s, &nav, &[Action::FocusNext]);
    assert_eq!(s.focus, Focus::Pane(0), "no side panel: wraps to the left");
    run(&mut s, &nav, &[Action::ToggleSide, Action::FocusPrev]);
    assert_eq!(s.focus, Focus::Side);
    run(&mut s, &nav, &[Action::Down, Action::Down, Action::Down]);
    assert_eq!(s.side_selected, 1, "clamped to the last entry");
    run(&mut s, &nav, &[Action::ToggleSide]);
    assert_eq!(s.focus, Focus::Pane(0));
}

#[test]
fn focusing_the_other_pane_moves_the_selection_there() {
    let nav = FakeNav::new();
    let mut s = UiState::new(3, 0);
    run(
        &mut s,
        &nav,
        &[Action::Down, Action::Down, Action::FocusRight],
    );
    // Left selection at line 3; the right pane's sentence covering or
    // after line 3 is the one at line 10.
    assert_eq!(s.selected, Some(sref(1, 1)));
    run(&mut s, &nav, &[Action::FocusLeft]);
    assert_eq!(s.selected, Some(sref(0, 2)));
}

#[test]
fn side_entry_in_a_hidden_report_switches_the_right_pane() {
    let nav = FakeNav::new();
    let mut s = UiState::new(3, 0);
    run(
        &mut s,
        &nav,
        &[Action::ToggleSide, Action::FocusPrev, Action::Jump],
    );
    assert_eq!((s.selected, s.focus), (Some(sref(0, 3)), Focus::Pane(0)));
    run(&mut s, &nav, &[Action::FocusPrev, Action::Down]);
    assert_eq!(s.focus, Focus::Side);
    // The loop would lay the new report out before `follow`: look at the
    // update alone.
    s.update(Action::Jump, &nav, PAGE);
    assert_eq!(s.panes, [0, 2]);
    assert_eq!(s.selected, Some(sref(2, 4)));
}

#[test]
fn reports_switch_pick_and_pivot() {
    let nav = FakeNav::new();
    let mut s = UiState::new(3, 0);
    assert_eq!(s.panes, [0, 1]);
    run(&mut s, &nav, &[Action::FocusRight, Action::NextReport]);
    assert_eq!(s.panes, [0, 2]);
    run(&mut s, &nav, &[Action::NextReport]);
    assert_eq!(s.panes, [0, 1], "skips report 0, shown on the left");
    run(&mut s, &nav, &[Action::PrevReport]);
    assert_eq!(s.panes, [0, 2]);
    run(&mut s, &nav, &[Action::PickReport(0)]);
    assert_eq!(s.panes, [2, 0], "picking the other pane's report swaps");
    run(
        &mut s,
        &nav,
        &[
            Action::PickReport(1),
            Action::FocusLeft,
            Action::PickReport(0),
        ],
    );
    assert_eq!(s.panes, [0, 1]);
    run(&mut s, &nav, &[Action::PickReport(5)]);
    assert_eq!(s.message.as_deref(), Some("there is no report 6"));
    let fx = run(&mut s, &nav, &[Action::FocusRight, Action::MakePivot]);
    assert_eq!(fx, [Effect::None, Effect::Repivot]);
    assert_eq!((s.pivot, s.panes, s.focus), (1, [1, 0], Focus::Pane(0)));
    let fx = run(&mut s, &nav, &[Action::MakePivot]);
    assert_eq!(fx, [Effect::None]);
    assert_eq!(s.message.as_deref(), Some("report 2 is already the pivot"));
}

#[test]
fn columns_mode_shows_every_report() {
    let nav = FakeNav::new();
    let mut s = UiState::new(3, 0);
    s.pivot = 1;
    run(&mut s, &nav, &[Action::ToggleColumns]);
    assert_eq!(s.shown(3), [1, 0, 2], "pivot first");
    s.pivot = 0;
    run(&mut s, &nav, &[Action::NextReport]);
    assert!(s.message.as_deref().is_some_and(|m| m.contains("press c")));
    run(&mut s, &nav, &[Action::ToggleColumns]);
    assert_eq!(s.shown(3), [0, 1]);
    let nav2 = FakeNav {
        reports: 2,
        ..FakeNav::new()
    };
    let mut two = UiState::new(2, 0);
    run(&mut two, &nav2, &[Action::ToggleColumns]);
    assert_eq!(two.columns, Columns::Two);
}

#[test]
fn incremental_search_then_next_and_escape() {
    let nav = FakeNav::new();
    let mut s = UiState::new(3, 0);
    run(&mut s, &nav, &[Action::SearchStart]);
    for c in "flo".chars() {
        run(&mut s, &nav, &[Action::Type(c)]);
    }
    assert_eq!(s.selected, Some(sref(0, 2)));
    assert_eq!(s.message.as_deref(), Some("match 1 of 2"));
    run(&mut s, &nav, &[Action::Submit]);
    assert_eq!((s.mode.clone(), s.search.as_str()), (Mode::Browse, "flo"));
    run(&mut s, &nav, &[Action::SearchNext]);
    assert_eq!(s.selected, Some(sref(1, 1)));
    run(&mut s, &nav, &[Action::SearchNext]);
    assert_eq!(s.selected, Some(sref(0, 2)), "wraps round");
    run(&mut s, &nav, &[Action::SearchPrev]);
    assert_eq!(s.selected, Some(sref(1, 1)));
    run(
        &mut s,
        &nav,
        &[Action::SearchStart, Action::Type('z'), Action::Cancel],
    );
    assert_eq!(s.mode, Mode::Browse);
    run(
        &mut s,
        &nav,
        &[Action::SearchStart, Action::Type('z'), Action::Submit],
    );
    run(&mut s, &nav, &[Action::SearchNext]);
    assert_eq!(s.message.as_deref(), Some("not found: z"));
}

#[test]
fn export_asks_a_path_and_confirms_overwrite() {
    let nav = FakeNav::new();
    let mut s = UiState::new(3, 0);
    run(&mut s, &nav, &[Action::Export]);
    assert_eq!(
        s.mode,
        Mode::ExportPath {
            path: "storydiff-view.txt".to_string()
        }
    );
    for _ in 0..3 {
        run(&mut s, &nav, &[Action::Backspace]);
    }
    let fx = run(
        &mut s,
        &nav,
        &[Action::Type('m'), Action::Type('d'), Action::Submit],
    );
    let want = Effect::Export {
        path: "storydiff-view.md".to_string(),
        overwrite: false,
    };
    assert_eq!(fx[2], want);
    s.ask_overwrite("storydiff-view.md".to_string());
    assert_eq!(run(&mut s, &nav, &[Action::Type('x')]), [Effect::None]);
    let fx = run(&mut s, &nav, &[Action::Type('y')]);
    assert!(matches!(
        &fx[0],
        Effect::Export {
            overwrite: true,
            ..
        }
    ));
    s.ask_overwrite("a.txt".to_string());
    run(&mut s, &nav, &[Action::Type('n')]);
    assert!(matches!(s.mode, Mode::ExportPath { .. }));
    run(&mut s, &nav, &[Action::Cancel]);
    assert_eq!(s.message.as_deref(), Some("export cancelled"));
}

#[test]
fn help_and_quit() {
    let nav = FakeNav::new();
    let mut s = UiState::new(3, 0);
    run(&mut s, &nav, &[Action::Help]);
    assert_eq!(s.mode, Mode::Help { scroll: 0 });
    // Movement keys scroll the help, not the document.
    run(
        &mut s,
        &nav,
        &[Action::Down, Action::Down, Action::Up, Action::PageDown],
    );
    assert_eq!(
        (s.mode.clone(), s.selected),
        (Mode::Help { scroll: 7 }, None)
    );
    run(&mut s, &nav, &[Action::NextQuote, Action::Top]);
    assert_eq!(
        (s.mode.clone(), s.selected),
        (Mode::Help { scroll: 0 }, None)
    );
    run(&mut s, &nav, &[Action::Cancel]);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(run(&mut s, &nav, &[Action::Quit]), [Effect::Quit]);
}

#[test]
fn a_jump_off_screen_lands_a_quarter_down_a_step_at_the_edge() {
    let nav = FakeNav::new();
    let mut s = UiState::new(3, 0);
    run(&mut s, &nav, &[Action::Bottom, Action::PrevChange]);
    assert_eq!(s.selected, Some(sref(0, 3)));
    assert_eq!(s.scroll, 30 - PAGE / 4);
    run(
        &mut s,
        &nav,
        &[Action::Top, Action::Down, Action::Down, Action::Down],
    );
    assert_eq!(s.scroll, 34 - PAGE, "stepping keeps the nearest edge");
}
