//! The entry point and the event loop: set the terminal up, read, align,
//! analyse and lay out on a worker thread behind the progress screen
//! ([`super::progress`]: the stage named, q/Esc/Ctrl-C cancel), then draw,
//! block on the next event, handle it, and draw again, until quit or a
//! signal. A pivot change realigns behind the same progress screen.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crossterm::event;
use ratatui::layout::Rect;

use crate::load::Sanitised;
use crate::model::Article;
use crate::{Comparison, Options, Stage};

use super::app::{App, Step};
use super::keymap::Keymap;
use super::progress::{self, FIRST_FRAME, Progress, ProgressScreen, Surface, Waited};
use super::terminal::{self, Signals, Tui};
use super::theme::{Theme, ThemeChoice};
use crate::config::{Columns, Config};

/// How the TUI ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The user quit (or cancelled the loading).
    Quit,
    /// A termination signal arrived (its number); the terminal was
    /// restored. Shells report this as exit code 128 + n.
    Signal(i32),
}

/// How often the loop looks at the signal flag while waiting for input.
const SIGNAL_POLL: Duration = Duration::from_millis(200);

/// Opens the TUI: loads the reports with `load` (given a sink for the
/// sanitiser's warnings, which the TUI then shows, and one called with
/// each input's index and name as it is read), aligns them with
/// `options` and lays the first screen out on a worker thread while the
/// progress screen names each stage, and runs until the user quits.
/// `config` gives the theme, keys and starting columns. The terminal is
/// restored on every way out, errors, cancels and signals included.
///
/// # Errors
/// Whatever `load` returns, a key the config file names wrongly, and
/// terminal failures (as `io::Error`).
pub fn run<E, L>(options: Options, config: &Config, load: L) -> Result<Exit, E>
where
    E: From<io::Error> + Send + 'static,
    L: FnOnce(&mut dyn FnMut(Sanitised), &mut dyn FnMut(usize, &str)) -> Result<Vec<Article>, E>
        + Send
        + 'static,
{
    let keymap = Keymap::with_overrides(config.keys.iter().map(|(k, v)| (k.as_str(), v.names())))
        .map_err(|e| {
        let path = crate::config::path().unwrap_or_default();
        io::Error::other(format!("{}: {e}", path.display()))
    })?;
    let signals = Signals::register()?;
    let theme = ThemeChoice::with_config(config.theme).theme();
    let all_columns = config.columns == Some(Columns::All);
    let (mut tui, _guard) = terminal::init()?;
    let size = area(&tui)?;
    let progress = Progress::new();
    progress.begin("Reading the reports");
    let job = {
        let progress = progress.clone();
        let keymap = keymap.clone();
        std::thread::spawn(move || -> Result<Box<App>, E> {
            let mut warnings = Vec::new();
            let articles = load(&mut |w| warnings.push(w.to_string()), &mut |i, name| {
                progress.update(format!("Reading input {}: {name}", i + 1));
            })?;
            progress.update(format!("Reading {} reports", articles.len()));
            let cmp = compare(articles, options, &progress);
            progress.begin("Laying out the screen");
            let mut app = App::new(cmp, options, theme)
                .configured(keymap, all_columns)
                .with_warnings(warnings);
            app.resize(size);
            Ok(Box::new(app))
        })
    };
    let mut live = Live {
        tui: &mut tui,
        signals: &signals,
    };
    let mut app = match progress::wait(job, &progress, &keymap, theme, FIRST_FRAME, &mut live)? {
        Waited::Done(app) => app?,
        Waited::Cancelled => return Ok(Exit::Quit),
        Waited::Signal(n) => return Ok(Exit::Signal(n)),
    };
    let exit = event_loop(&mut tui, &signals, &mut app, &keymap, theme)?;
    terminal::restore();
    Ok(exit)
}

/// Aligns and analyses `articles`, naming each stage in `progress`.
fn compare(articles: Vec<Article>, options: Options, progress: &Progress) -> Comparison {
    let reports = articles.len();
    let paragraphs: usize = articles.iter().map(|a| a.paragraphs.len()).sum();
    Comparison::new_staged(articles, &options, &mut |stage| match stage {
        Stage::Aligning => progress.begin(format!(
            "Aligning {reports} reports ({} paragraphs)",
            thousands(paragraphs)
        )),
        Stage::Analysing => progress.begin("Analysing quotes, facts and wording"),
    })
}

/// `12345` as `12,345`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The real terminal and signal flag, for [`progress::wait`].
struct Live<'a> {
    tui: &'a mut Tui,
    signals: &'a Signals,
}

impl Surface for Live<'_> {
    fn draw(&mut self, screen: &ProgressScreen<'_>) -> io::Result<()> {
        self.tui.draw(|f| f.render_widget(screen, f.area()))?;
        Ok(())
    }

    fn next_event(&mut self, timeout: Duration) -> io::Result<Option<event::Event>> {
        if event::poll(timeout)? {
            let e = event::read()?;
            if let event::Event::Resize(..) = e {
                self.tui.autoresize()?;
            }
            return Ok(Some(e));
        }
        Ok(None)
    }

    fn suspend(&mut self) -> io::Result<()> {
        terminal::suspend()?;
        self.tui.clear()
    }

    fn signal(&self) -> Option<i32> {
        self.signals
            .raised()
            .map(|n| i32::try_from(n).unwrap_or(15))
    }
}

fn event_loop(
    tui: &mut Tui,
    signals: &Signals,
    app: &mut App,
    keymap: &Keymap,
    theme: &'static Theme,
) -> io::Result<Exit> {
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
        if let event::Event::Resize(w, h) = event {
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
            Step::Export => {
                let Some(job) = app.take_export() else {
                    continue;
                };
                let progress = Progress::new();
                progress.begin(format!(
                    "Writing {}",
                    crate::text::clean_line(&job.path.display().to_string())
                ));
                let cancel = AtomicBool::new(false);
                let mut live = Live {
                    tui: &mut *tui,
                    signals,
                };
                let shown: &App = app;
                // A scoped worker borrows the view; a cancel (or a signal)
                // stops its writing at the next write, and the scope waits
                // for it, so the temporary file is gone when we go on.
                let waited = std::thread::scope(|s| {
                    let worker = s.spawn(|| shown.write_export(&job, &cancel));
                    let waited =
                        progress::wait(worker, &progress, keymap, theme, FIRST_FRAME, &mut live);
                    if !matches!(waited, Ok(Waited::Done(_))) {
                        cancel.store(true, Ordering::Relaxed);
                    }
                    waited
                })?;
                match waited {
                    Waited::Done(result) => app.exported(job, result),
                    Waited::Cancelled => app.export_cancelled(),
                    Waited::Signal(n) => return Ok(Exit::Signal(n)),
                }
            }
            Step::Repivot => {
                // Realigning takes as long as the first alignment: the
                // same progress screen, and a cancel keeps the old pivot.
                let (articles, options) = app.repivot_job();
                let progress = Progress::new();
                let job = {
                    let progress = progress.clone();
                    std::thread::spawn(move || (compare(articles, options, &progress), options))
                };
                let mut live = Live {
                    tui: &mut *tui,
                    signals,
                };
                match progress::wait(job, &progress, keymap, theme, FIRST_FRAME, &mut live)? {
                    Waited::Done((cmp, options)) => app.repivoted(cmp, options, size),
                    Waited::Cancelled => app.repivot_cancelled(size),
                    Waited::Signal(n) => return Ok(Exit::Signal(n)),
                }
            }
        }
    }
}

fn area(tui: &Tui) -> io::Result<Rect> {
    let s = tui.size()?;
    Ok(Rect::new(0, 0, s.width, s.height))
}
