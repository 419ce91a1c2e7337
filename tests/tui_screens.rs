//! Screens and state of the TUI on invented fixtures (`tests/fixtures/tui`),
//! drawn on ratatui's `TestBackend`: the N-way gutter agreeing with the
//! coverage strip, the differences-only fold, the warning banner for
//! reports that share little, help and legend explaining every mark, the
//! status bar at 80-120 columns, what the sanitiser removed (banner and
//! help); and the state across resizes, a pivot change and its cancel, Esc,
//! search, `g`, mouse clicks and paragraph numbers.

mod screen;

use ratatui::layout::Rect;

use screen::{draw, text};
use storydiff::load::load_inputs;
use storydiff::tui::action::Action;
use storydiff::tui::app::App;
use storydiff::tui::keymap::KEYMAP;
use storydiff::tui::state::Mode;
use storydiff::tui::theme::DARK;
use storydiff::{Comparison, Options};

fn app(names: &[&str]) -> App {
    let files: Vec<String> = names
        .iter()
        .map(|n| format!("{}/tests/fixtures/tui/{n}", env!("CARGO_MANIFEST_DIR")))
        .collect();
    let articles = load_inputs(&files, &mut std::io::empty()).expect("fixtures load");
    let opts = Options::default();
    App::new(Comparison::new(articles, &opts), opts, &DARK)
}

fn bridge() -> App {
    app(&["bridge_1.txt", "bridge_2.txt", "bridge_3.txt"])
}

fn ferry() -> App {
    app(&["ferry_1.txt", "ferry_2.txt"])
}

#[test]
fn n_way_gutter_and_strip_agree() {
    let mut a = bridge();
    let buf = draw(&mut a, 140, 45, &[Action::ToggleColumns]);
    let s = text(&buf);
    // Every row's first line: the strip (3 columns + a space) then the
    // first pane's gutter mark. Digits in the strip count the reports that
    // carry the row; the gutter says all (=), some (~) or one (+).
    let mut checked = 0;
    for line in s.lines().skip(2) {
        let chars: Vec<char> = line.chars().collect();
        if chars.len() < 5 || !chars[..3].iter().any(char::is_ascii_digit) {
            continue;
        }
        let carried = chars[..3].iter().filter(|c| c.is_ascii_digit()).count();
        // The first pane that has the row draws its mark: at the start of
        // the panes, or just after a separator.
        let marks = ['=', '~', '+', 'x', '.'];
        let gutter = std::iter::once(chars[4])
            .chain(
                chars
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| **c == '│')
                    .filter_map(|(i, _)| chars.get(i + 1).copied()),
            )
            .find(|c| marks.contains(c))
            .unwrap_or(' ');
        let expected = match carried {
            3 => ['='].as_slice(),
            1 => &['+', 'x', '.'],
            _ => &['~'],
        };
        assert!(expected.contains(&gutter), "{line:?}\n{s}");
        checked += 1;
    }
    assert!(checked >= 8, "{s}");
    // Two panes of three: the gutter still counts all three reports.
    let mut two = bridge();
    let s2 = text(&draw(&mut two, 140, 45, &[]));
    let mayor = s2
        .lines()
        .find(|l| l.contains("Mayor Ines Calder"))
        .expect("mayor row");
    assert!(mayor.starts_with("12· ~"), "{mayor}\n{s2}");
    insta::assert_snapshot!(s);
}

#[test]
fn differences_only_folds_alike_rows_and_x_opens_them() {
    let mut a = ferry();
    let buf = draw(&mut a, 100, 30, &[Action::ToggleDifferences]);
    let s = text(&buf);
    assert!(s.contains("… 8 matching rows …"), "{s}");
    assert!(!s.contains("Ticket machines"), "{s}");
    insta::assert_snapshot!(s);
    let open = text(&draw(&mut a, 100, 30, &[Action::ExpandFold]));
    assert!(!open.contains("matching rows"), "{open}");
    assert!(open.contains("Ticket machines"), "{open}");
    // d again shows every row; d once more folds them again.
    let all = text(&draw(&mut a, 100, 30, &[Action::ToggleDifferences]));
    assert!(all.contains("every row shown"), "{all}");
    let again = text(&draw(&mut a, 100, 30, &[Action::ToggleDifferences]));
    assert!(again.contains("… 8 matching rows …"), "{again}");
}

#[test]
fn reports_that_share_little_get_a_banner_and_a_figure() {
    let mut a = app(&["bridge_1.txt", "pottery.txt"]);
    let s = text(&draw(&mut a, 100, 30, &[]));
    assert!(a.shared() < 0.15, "{}", a.shared());
    let first = s.lines().next().unwrap_or("");
    assert!(
        first.contains("share little") && first.contains("may not be about the same event"),
        "{s}"
    );
    assert!(s.contains("shared 0%"), "{s}");
    insta::assert_snapshot!(s);
    // Reports of one event get neither.
    let mut b = bridge();
    let t = text(&draw(&mut b, 100, 30, &[]));
    assert!(!t.contains("share little"), "{t}");
}

#[test]
fn help_explains_every_key_and_every_mark_and_esc_closes_it() {
    let mut a = bridge();
    let size = Rect::new(0, 0, 120, 40);
    // Scroll through the whole help, collecting what shows.
    let mut seen = text(&draw(&mut a, 120, 40, &[Action::Help]));
    for _ in 0..12 {
        seen.push_str(&text(&draw(&mut a, 120, 40, &[Action::PageDown])));
    }
    for b in KEYMAP {
        assert!(seen.contains(b.help), "help lacks {:?}", b.help);
    }
    for meaning in [
        "words only this report has in a linked sentence",
        "the selected sentence",
        "sentences linked to the selected one",
        "search match",
        "row mark: the row is in every report",
        "row mark: the row is in some reports",
        "row mark: the row is in one report only",
        "strip: which reports carry the row",
        "this report has nothing in the row",
        "paragraph number in its report",
        "alike rows folded",
        "how alike that row's paragraphs are",
        "share of all words in sentences linked",
    ] {
        assert!(seen.contains(meaning), "help lacks {meaning:?}");
    }
    a.apply(Action::Cancel, size);
    assert_eq!(a.state.mode, Mode::Browse);
    let top = text(&draw(&mut a, 120, 40, &[Action::Help]));
    insta::assert_snapshot!("help_top", top);
}

#[test]
fn legend_shows_every_mark_in_its_style_and_esc_closes_it() {
    let mut a = bridge();
    let buf = draw(&mut a, 140, 45, &[Action::ToggleLegend]);
    let s = text(&buf);
    for sample in [
        "inserted",
        "deleted",
        "replaced",
        "shared quote",
        "altered quote",
        "unique quote",
        "unique fact",
        "unmatched",
        "off-topic",
        "selected",
        "linked",
        "match",
        "= in every report",
        "~ in some reports",
        "+ in one report only",
        "1·3 strip",
        "┊ nothing here",
        "¶3 paragraph",
        "… 12 matching rows …",
    ] {
        assert!(s.contains(sample), "legend lacks {sample:?}\n{s}");
    }
    // "linked" is drawn in the linked-sentence style, not as plain text.
    let legend_top = (0..buf.area.height)
        .find(|&y| {
            let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            line.contains(" Legend ")
        })
        .expect("legend rule");
    let mut found = false;
    for y in legend_top..buf.area.height {
        let cells: Vec<&str> = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        let word: Vec<&str> = "linked".split("").filter(|c| !c.is_empty()).collect();
        if let Some(x) = cells.windows(word.len()).position(|w| w == word.as_slice()) {
            let x = u16::try_from(x).unwrap_or(0);
            assert_eq!(buf[(x, y)].style().bg, DARK.counterpart.bg);
            found = true;
            break;
        }
    }
    assert!(found, "{s}");
    insta::assert_snapshot!(s);
    let closed = text(&draw(&mut a, 140, 45, &[Action::Cancel]));
    assert!(!closed.contains("Legend"), "{closed}");
}

#[test]
fn status_bar_keeps_help_and_quit_from_80_to_120_columns() {
    for w in [80, 90, 100, 110, 120] {
        let mut a = bridge();
        let s = text(&draw(&mut a, w, 30, &[]));
        let status = s.lines().last().unwrap_or("");
        assert!(status.ends_with("? help  q quit"), "{w}: {status:?}");
        let mut b = bridge();
        let s = text(&draw(&mut b, w, 30, &[Action::NextChange]));
        let status = s.lines().last().unwrap_or("");
        assert!(status.contains("? help  q quit"), "{w}: {status:?}");
    }
}

#[test]
fn resizing_to_too_small_and_back_keeps_the_place() {
    let mut a = ferry();
    draw(&mut a, 100, 30, &[Action::Down; 9]);
    let (scroll, selected) = (a.state.scroll, a.state.selected);
    assert!(scroll > 0 && selected.is_some());
    let tiny = text(&draw(&mut a, 30, 8, &[]));
    assert!(tiny.contains("Terminal too small"), "{tiny}");
    draw(&mut a, 100, 30, &[]);
    assert_eq!((a.state.scroll, a.state.selected), (scroll, selected));
    // Narrower: the same sentence stays selected and on screen.
    let narrow = text(&draw(&mut a, 80, 24, &[]));
    assert_eq!(a.state.selected, selected);
    assert!(narrow.contains("Two new boats"), "{narrow}");
}

#[test]
fn search_esc_undoes_the_jump_and_a_failed_search_leaves_the_view() {
    let size = Rect::new(0, 0, 100, 30);
    let mut b = ferry();
    draw(&mut b, 100, 30, &[]);
    let start = b.state.clone();
    let typed: Vec<Action> = std::iter::once(Action::SearchStart)
        .chain("ticket".chars().map(Action::Type))
        .collect();
    draw(&mut b, 100, 30, &typed);
    assert_ne!(b.state.selected, start.selected, "the search jumped");
    b.apply(Action::Cancel, size);
    assert_eq!(b.state.scroll, start.scroll);
    assert_eq!(b.state.selected, start.selected);
    assert_eq!(b.state.search, "");
    assert_eq!(b.state.mode, Mode::Browse);
    // A search that finds nothing leaves the view where it was.
    let nothing: Vec<Action> = std::iter::once(Action::SearchStart)
        .chain("zebra".chars().map(Action::Type))
        .chain([Action::Submit])
        .collect();
    draw(&mut b, 100, 30, &nothing);
    assert_eq!(b.state.scroll, start.scroll);
    assert_eq!(b.state.selected, start.selected);
    // n past the last match wraps, and says so.
    let mut c = ferry();
    let find: Vec<Action> = std::iter::once(Action::SearchStart)
        .chain("ferry".chars().map(Action::Type))
        .chain([Action::Submit])
        .collect();
    draw(&mut c, 100, 30, &find);
    let mut wrapped = false;
    for _ in 0..5 {
        c.apply(Action::SearchNext, size);
        wrapped |= c
            .state
            .message
            .as_deref()
            .is_some_and(|m| m.contains("wrapped to the top"));
    }
    assert!(wrapped, "{:?}", c.state.message);
}

#[test]
fn g_goes_to_row_one_and_clicks_select() {
    let mut a = bridge();
    let size = Rect::new(0, 0, 100, 16);
    // Focus the right pane (report 2, which lacks rows of report 1) and go
    // to the end, then g: the screen shows row 1 again.
    draw(&mut a, 100, 16, &[Action::FocusRight, Action::Bottom]);
    assert!(a.state.scroll > 0);
    let s = text(&draw(&mut a, 100, 16, &[Action::Top]));
    assert_eq!(a.state.scroll, 0);
    assert!(s.contains("row 1/"), "{s}");
    // A click on the left pane's third body line focuses it and selects
    // the sentence there.
    a.apply(Action::Click { x: 10, y: 4 }, size);
    assert_eq!(a.state.focus, storydiff::tui::state::Focus::Pane(0));
    let selected = a.state.selected.expect("a sentence is selected");
    assert_eq!(selected.article, 0);
    // A click on the right pane's header focuses that pane.
    a.apply(Action::Click { x: 70, y: 0 }, size);
    assert_eq!(a.state.focus, storydiff::tui::state::Focus::Pane(1));
}

#[test]
fn paragraph_numbers_on_demand() {
    let mut a = bridge();
    let s = text(&draw(&mut a, 120, 30, &[Action::ToggleParaNumbers]));
    assert!(s.contains("¶2 The footbridge over the river Arle"), "{s}");
    let off = text(&draw(&mut a, 120, 30, &[Action::ToggleParaNumbers]));
    assert!(!off.contains('¶'), "{off}");
}

#[test]
fn c_on_a_narrow_terminal_says_why() {
    let mut a = bridge();
    let s = text(&draw(&mut a, 60, 20, &[Action::ToggleColumns]));
    assert!(s.contains("of 3 columns fit"), "{s}");
}

#[test]
fn a_click_on_the_side_panel_chooses_the_entry() {
    let mut a = bridge();
    let size = Rect::new(0, 0, 160, 40);
    let buf = draw(&mut a, 160, 40, &[Action::ToggleSide]);
    let s = text(&buf);
    // The side panel's second entry line: find "Unique facts" and click
    // the line below it.
    let y = s
        .lines()
        .position(|l| l.contains("Unique facts ("))
        .expect("unique facts heading");
    let x = s
        .lines()
        .nth(y)
        .and_then(|l| l.find("Unique facts"))
        .unwrap_or(0);
    let col = u16::try_from(s.lines().nth(y).unwrap_or("")[..x].chars().count()).unwrap_or(0);
    a.apply(
        Action::Click {
            x: col + 2,
            y: u16::try_from(y + 1).unwrap_or(0),
        },
        size,
    );
    assert_eq!(a.state.focus, storydiff::tui::state::Focus::Side);
    let chosen = a.state.side_selected;
    let buf = draw(&mut a, 160, 40, &[]);
    let line: String = (0..160)
        .map(|x| buf[(x, u16::try_from(y + 1).unwrap_or(0))].symbol())
        .collect();
    assert!(line.contains('★'), "{line}");
    // The chosen entry is drawn selected (reversed).
    let selected = (0..160).any(|x| {
        buf[(x, u16::try_from(y + 1).unwrap_or(0))]
            .modifier
            .contains(ratatui::style::Modifier::REVERSED)
    });
    assert!(selected, "entry {chosen} not highlighted");
}

#[test]
fn the_config_starts_in_columns_and_rebinds_keys() {
    let keymap = storydiff::tui::keymap::Keymap::with_overrides([("differences", vec!["D"])])
        .expect("valid override");
    let mut a = bridge().configured(keymap, true);
    let s = text(&draw(&mut a, 140, 30, &[]));
    assert!(s.contains("3 Arle footbridge reopens"), "{s}");
    let mut help = text(&draw(&mut a, 140, 30, &[Action::Help]));
    for _ in 0..4 {
        help.push_str(&text(&draw(&mut a, 140, 30, &[Action::PageDown])));
    }
    assert!(help.contains("D          differences only"), "{help}");
}

#[test]
fn what_the_sanitiser_removed_shows_in_a_banner_and_the_help() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a.txt");
    std::fs::write(
        &a,
        "Footbridge reopens\n\nThe \u{202e}footbridge\u{202c} over the Arle \
         reopened \u{1b}]0;title\u{7}on Monday.\n",
    )
    .expect("write");
    let b = format!(
        "{}/tests/fixtures/tui/bridge_2.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut warnings = Vec::new();
    let articles = storydiff::load::load_inputs_warning(
        &[a.display().to_string(), b],
        &mut std::io::empty(),
        &mut |w| warnings.push(w.to_string()),
    )
    .expect("loads");
    assert_eq!(warnings.len(), 1);
    let opts = Options::default();
    let mut app = App::new(Comparison::new(articles, &opts), opts, &DARK).with_warnings(warnings);
    let s = text(&draw(&mut app, 160, 30, &[]));
    let first = s.lines().next().unwrap_or("");
    assert!(
        first.contains("a.txt: removed 2 bidirectional controls, 1 terminal escape sequence")
            && first.ends_with("? lists it"),
        "{s}"
    );
    // The text is clean on screen.
    assert!(s.contains("The footbridge over the Arle"), "{s}");
    let help = text(&draw(&mut app, 160, 30, &[Action::Help]));
    assert!(help.contains("Removed from the inputs"), "{help}");
    assert!(
        help.contains("⚠ ") && help.contains("a.txt: removed 2 bidirectional"),
        "{help}"
    );
}

#[test]
fn a_pivot_change_is_realigned_by_the_loop_and_a_cancel_keeps_the_old_one() {
    use storydiff::tui::app::Step;
    let size = Rect::new(0, 0, 120, 30);
    let mut a = bridge();
    a.resize(size);
    assert_eq!(a.step(Action::FocusRight, size), Step::Continue);
    let before = a.state.clone();
    // The app asks the loop to realign (behind the progress screen)...
    assert_eq!(a.step(Action::MakePivot, size), Step::Repivot);
    assert_eq!(a.state.pivot, 1);
    // ... which may be cancelled: the state is as before the key.
    a.repivot_cancelled(size);
    assert_eq!(a.state.pivot, before.pivot);
    assert_eq!(a.state.panes, before.panes);
    assert_eq!(
        a.state.message.as_deref(),
        Some("pivot change cancelled: the rows still follow report 1")
    );
    assert_eq!(a.comparison().alignment.pivot, 0);
    // Or done: the rows now follow report 2.
    assert_eq!(a.step(Action::MakePivot, size), Step::Repivot);
    let (articles, options) = a.repivot_job();
    assert_eq!(options.align.pivot, 1);
    a.repivoted(Comparison::new(articles, &options), options, size);
    assert_eq!(a.comparison().alignment.pivot, 1);
    let s = text(&draw(&mut a, 120, 30, &[]));
    assert!(s.contains("rows now follow report 2"), "{s}");
    assert!(s.lines().nth(1).unwrap_or("").contains("· pivot"), "{s}");
}

#[test]
fn an_export_is_handed_to_the_loop_streamed_and_can_be_cancelled() {
    use std::sync::atomic::AtomicBool;
    use storydiff::tui::app::Step;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("view.md");
    let size = Rect::new(0, 0, 120, 30);
    let mut a = bridge();
    a.resize(size);
    a.step(Action::Export, size);
    // Clear the suggested name, type ours.
    for _ in 0..40 {
        a.step(Action::Backspace, size);
    }
    for c in path.display().to_string().chars() {
        a.step(Action::Type(c), size);
    }
    assert_eq!(a.step(Action::Submit, size), Step::Export);
    let job = a.take_export().expect("an export to write");
    assert_eq!(job.path, path);
    assert_eq!(job.width, 120);
    // A cancel before the first write: nothing written, nothing left.
    let cancelled = AtomicBool::new(true);
    assert!(a.write_export(&job, &cancelled).is_err());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    a.export_cancelled();
    assert_eq!(
        a.state.message.as_deref(),
        Some("export cancelled: nothing written")
    );
    // Written: the status bar counts the file's lines.
    let result = a.write_export(&job, &AtomicBool::new(false));
    a.exported(job, result);
    let written = std::fs::read_to_string(&path).expect("written");
    let message = a.state.message.clone().unwrap_or_default();
    assert!(
        message.starts_with(&format!(
            "wrote Markdown, {} lines, to ",
            written.lines().count()
        )),
        "{message}"
    );
    assert!(written.contains("Footbridge"), "{written}");
}
