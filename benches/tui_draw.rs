//! What the TUI costs per event on the samples: laying the document out
//! (after a resize or a report switch) and drawing one full frame on
//! ratatui's `TestBackend` (every key press).

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

use storydiff::tui::action::Action;
use storydiff::tui::app::App;
use storydiff::tui::theme::DARK;
use storydiff::{Comparison, Options};

fn app() -> App {
    let opts = Options::default();
    App::new(
        Comparison::new(storydiff::load::samples(), &opts),
        opts,
        &DARK,
    )
}

fn bench(c: &mut Criterion) {
    let size = Rect::new(0, 0, 160, 45);
    let mut a = app();
    a.resize(size);
    let mut t = Terminal::new(TestBackend::new(160, 45)).expect("test backend");
    c.bench_function("tui draw 160x45", |b| {
        b.iter(|| {
            t.draw(|f| f.render_widget(&a.screen(), f.area()))
                .expect("draws");
        });
    });
    c.bench_function("tui relayout (wrap toggled twice)", |b| {
        b.iter(|| {
            a.apply(Action::ToggleWrap, size);
            a.apply(Action::ToggleWrap, size);
        });
    });
    c.bench_function("tui key j", |b| {
        b.iter(|| a.apply(Action::Down, size));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
