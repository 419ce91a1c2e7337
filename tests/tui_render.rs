//! Whole screens of the TUI drawn on ratatui's `TestBackend` and compared
//! with insta snapshots: the samples at 160×45 and 60×20, the help
//! overlay, the side panel, three reports with the coverage strip, a CJK
//! and emoji report, and `NO_COLOR`.

mod screen;

use ratatui::style::Color;
use unicode_width::UnicodeWidthStr;

use screen::{draw, text};
use storydiff::load::{load_inputs, samples};
use storydiff::tui::action::Action;
use storydiff::tui::app::App;
use storydiff::tui::theme::{DARK, MONO, Theme};
use storydiff::{Comparison, Options};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn samples_plus_third() -> Vec<storydiff::model::Article> {
    let mut a = samples();
    let third =
        load_inputs(&[fixture("tui_third.txt")], &mut std::io::empty()).expect("fixture loads");
    a.extend(third);
    a
}

fn app(articles: Vec<storydiff::model::Article>, theme: &'static Theme) -> App {
    let opts = Options::default();
    App::new(Comparison::new(articles, &opts), opts, theme)
}

#[test]
fn samples_160x45() {
    let mut a = app(samples(), &DARK);
    let buf = draw(&mut a, 160, 45, &[Action::Down, Action::Down]);
    insta::assert_snapshot!(text(&buf));
}

#[test]
fn samples_60x20_one_pane() {
    let mut a = app(samples(), &DARK);
    let buf = draw(&mut a, 60, 20, &[]);
    insta::assert_snapshot!(text(&buf));
}

#[test]
fn samples_40x12_smallest_usable_and_39_too_small() {
    let mut a = app(samples(), &DARK);
    let buf = draw(&mut a, 40, 12, &[]);
    insta::assert_snapshot!(text(&buf));
    let tiny = draw(&mut a, 30, 8, &[]);
    let s = text(&tiny);
    assert!(s.contains("Terminal too small"), "{s}");
    assert!(s.contains("30×8, need 40×10"), "{s}");
}

#[test]
fn help_overlay() {
    let mut a = app(samples(), &DARK);
    let buf = draw(&mut a, 160, 45, &[Action::Help]);
    let s = text(&buf);
    // The first keys of the table are on the first screen of help.
    for b in &storydiff::tui::keymap::KEYMAP[..10] {
        assert!(s.contains(b.help), "help lacks {:?}", b.help);
    }
    insta::assert_snapshot!(s);
    // On a short screen it scrolls: the last keys come into view.
    let mut small = app(samples(), &DARK);
    let top = text(&draw(&mut small, 40, 12, &[Action::Help]));
    assert!(top.contains("… j/k scroll, ? closes"), "{top}");
    assert!(!top.contains("q Ctrl-c"), "{top}");
    let mut seen = String::new();
    for _ in 0..30 {
        seen.push_str(&text(&draw(
            &mut small,
            40,
            12,
            &[Action::Down, Action::Down],
        )));
    }
    assert!(seen.contains("q Ctrl-c   quit"), "{seen}");
}

#[test]
fn side_panel_and_legend() {
    let mut a = app(samples_plus_third(), &DARK);
    let buf = draw(
        &mut a,
        160,
        45,
        &[Action::ToggleSide, Action::ToggleLegend, Action::FocusPrev],
    );
    insta::assert_snapshot!(text(&buf));
}

#[test]
fn three_reports_columns_and_coverage_strip() {
    let mut a = app(samples_plus_third(), &DARK);
    let buf = draw(&mut a, 160, 45, &[Action::ToggleColumns]);
    let s = text(&buf);
    assert!(s.contains("Tillerson and Lavrov trade blame"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn cjk_and_emoji_keep_columns_straight() {
    let files = [fixture("cjk_a.txt"), fixture("cjk_b.txt")];
    let articles = load_inputs(&files, &mut std::io::empty()).expect("fixtures load");
    let mut a = app(articles, &DARK);
    let buf = draw(&mut a, 100, 30, &[]);
    let s = text(&buf);
    // The separator between the panes sits in the same column on every
    // line that has one: wide characters never push it.
    let cols: Vec<usize> = s
        .lines()
        .take(28)
        .filter_map(|l| {
            let mut col = 0;
            for g in unicode_segmentation::UnicodeSegmentation::graphemes(l, true) {
                if g == "│" {
                    return Some(col);
                }
                col += g.width();
            }
            None
        })
        .collect();
    assert!(cols.len() > 20, "{s}");
    assert!(cols.iter().all(|&c| c == cols[0]), "{cols:?}\n{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn no_color_uses_no_colour_and_spells_highlights_out() {
    let mut a = app(samples(), &MONO);
    let buf = draw(&mut a, 120, 30, &[Action::ToggleLegend]);
    for cell in buf.content() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{cell:?}");
    }
    let s = text(&buf);
    assert!(s.contains("[-Trump declares-]"), "{s}");
    assert!(s.contains("{+inserted+}"), "{s}");
    insta::assert_snapshot!(s);
}
