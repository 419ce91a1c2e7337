//! The entry point and the event loop: set the terminal up, load and align
//! with a progress screen (the alignment runs on a worker thread so that
//! the screen stays alive and q still quits), then draw, block on the next
//! event, handle it, and draw again, until quit or a signal.

use std::io;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event, KeyCode, KeyModifiers};
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::model::Article;
use crate::{Comparison, Options};

use super::app::{App, Step};
use super::keymap::Keymap;
use super::terminal::{self, Signals, Tui};
use super::theme::ThemeChoice;
use crate::config::{Columns, Config};

/// How the TUI ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The user quit.
    Quit,
    /// A termination signal arrived (its number); the terminal was
    /// restored. Shells report this as exit code 128 + n.
    Signal(i32),
}

/// How often the loop looks at the signal flag while waiting for input.
const SIGNAL_POLL: Duration = Duration::from_millis(200);

/// Opens the TUI: loads the reports with `load` (while a progress screen
/// shows), aligns them with `options`, and runs until the user quits.
/// `config` gives the theme, keys and starting columns. The terminal is
/// restored on every way out, errors and signals included.
///
/// # Errors
/// Whatever `load` returns, a key the config file names wrongly, and
/// terminal failures (as `io::Error`).
pub fn run<E, L>(options: Options, config: &Config, load: L) -> Result<Exit, E>
where
    E: From<io::Error>,
    L: FnOnce() -> Result<Vec<Article>, E>,
{
    let keymap = Keymap::with_overrides(config.keys.iter().map(|(k, v)| (k.as_str(), v.names())))
        .map_err(|e| {
        let path = crate::config::path().unwrap_or_default();
        io::Error::other(format!("{}: {e}", path.display()))
    })?;
    let signals = Signals::register()?;
    let theme = ThemeChoice::with_config(config.theme).theme();
    let (mut tui, _guard) = terminal::init()?;
    progress(&mut tui, "Loading reports…", None)?;
    let articles = load()?;
    let cmp = match align(&mut tui, &signals, articles, options)? {
        Aligned::Done(cmp) => *cmp,
        Aligned::Quit => return Ok(Exit::Quit),
        Aligned::Signal(n) => return Ok(Exit::Signal(n)),
    };
    let mut app =
        App::new(cmp, options, theme).configured(keymap, config.columns == Some(Columns::All));
    let exit = event_loop(&mut tui, &signals, &mut app)?;
    terminal::restore();
    Ok(exit)
}

/// How aligning ended.
enum Aligned {
    Done(Box<Comparison>),
    Quit,
    Signal(i32),
}

/// Aligns on a worker thread, redrawing the progress screen until done,
/// the user quits or a signal comes.
fn align(
    tui: &mut Tui,
    signals: &Signals,
    articles: Vec<Article>,
    options: Options,
) -> io::Result<Aligned> {
    let what = format!(
        "Aligning {} reports ({} paragraphs)…",
        articles.len(),
        articles.iter().map(|a| a.paragraphs.len()).sum::<usize>()
    );
    let start = Instant::now();
    let worker = std::thread::spawn(move || Comparison::new(articles, &options));
    while !worker.is_finished() {
        progress(tui, &what, Some(start.elapsed()))?;
        if let Some(sig) = signals.raised() {
            return Ok(Aligned::Signal(i32::try_from(sig).unwrap_or(15)));
        }
        if event::poll(Duration::from_millis(100))?
            && let Event::Key(k) = event::read()?
            && (k.code == KeyCode::Char('q')
                || (k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL)))
        {
            return Ok(Aligned::Quit);
        }
    }
    match worker.join() {
        Ok(cmp) => Ok(Aligned::Done(Box::new(cmp))),
        // The worker panicked: the hook already printed it; carry on
        // unwinding here so the guard restores the terminal.
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

fn progress(tui: &mut Tui, what: &str, elapsed: Option<Duration>) -> io::Result<()> {
    let mut lines = vec![
        Line::from("storydiff"),
        Line::from(""),
        Line::from(what.to_string()),
    ];
    if let Some(e) = elapsed {
        const SPIN: [char; 4] = ['|', '/', '-', '\\'];
        let tick = usize::try_from(e.as_millis() / 100).unwrap_or(0) % SPIN.len();
        lines.push(Line::from(format!(
            "{} {:.1} s   (q to give up)",
            SPIN[tick],
            e.as_secs_f64()
        )));
    }
    tui.draw(|f| {
        let area = f.area();
        let top = area.height / 2 - area.height.min(4) / 2;
        let rect = Rect {
            y: area.y + top,
            height: area.height - top,
            ..area
        };
        f.render_widget(
            Paragraph::new(lines)
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true }),
            rect,
        );
    })?;
    Ok(())
}

fn event_loop(tui: &mut Tui, signals: &Signals, app: &mut App) -> io::Result<Exit> {
    let mut size = area(tui)?;
    app.resize(size);
    loop {
        tui.draw(|f| f.render_widget(&app.screen(), f.area()))?;
        // Block until an event; wake now and then only to see whether a
        // signal asked us to leave (no redraw without an event).
        let event = loop {
            if let Some(sig) = signals.raised() {
                return Ok(Exit::Signal(i32::try_from(sig).unwrap_or(15)));
            }
            if event::poll(SIGNAL_POLL)? {
                break event::read()?;
            }
        };
        if let Event::Resize(w, h) = event {
            size = Rect::new(0, 0, w, h);
            tui.autoresize()?;
        }
        match app.handle_step(&event, size) {
            Step::Continue => {}
            Step::Quit => return Ok(Exit::Quit),
            Step::Suspend => {
                terminal::suspend()?;
                // Back from `fg`: the screen is ours again, maybe resized.
                tui.clear()?;
                size = area(tui)?;
                app.resize(size);
            }
        }
    }
}

fn area(tui: &Tui) -> io::Result<Rect> {
    let s = tui.size()?;
    Ok(Rect::new(0, 0, s.width, s.height))
}
