//! The progress screen shown while the reports are read, aligned and
//! analysed and the first screen is laid out (and again when a new pivot
//! realigns them). A worker thread does the work; [`wait`] keeps the
//! terminal alive meanwhile:
//!
//! - work done within [`FIRST_FRAME`] goes straight to the comparison (no
//!   flash of a progress screen); slower work shows the progress screen,
//!   which names the stage under way and how long each stage took;
//! - q, Esc or Ctrl-C (and the config file's quit key) cancel, Ctrl-Z
//!   suspends, and a termination signal ends the wait with its number, so
//!   the caller restores the terminal on every way out;
//! - a worker that panics is unwound here, so the terminal guard restores
//!   the screen before the panic message is printed.

use std::io;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::{JoinHandle, ScopedJoinHandle};
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::action::Action;
use super::keymap::{KeyContext, Keymap};
use super::theme::Theme;
use crate::view::text::{truncate, width};

/// How long work may take before the progress screen shows.
pub const FIRST_FRAME: Duration = Duration::from_millis(100);

/// How long one wait for a key lasts: how soon the end of the work or a
/// signal is noticed.
const POLL: Duration = Duration::from_millis(25);

/// How often the progress screen is redrawn (its clock moves).
const REDRAW: Duration = Duration::from_millis(100);

/// Width of the progress screen's text block, at most.
const BLOCK_WIDTH: usize = 64;

/// One stage: what it does, when it began, how long it took once over.
#[derive(Debug, Clone)]
struct Stage {
    what: String,
    began: Instant,
    took: Option<Duration>,
}

/// The stages so far, shared by the worker (which begins them) and the
/// screen (which shows them).
#[derive(Debug, Clone, Default)]
pub struct Progress {
    stages: Arc<Mutex<Vec<Stage>>>,
}

impl Progress {
    /// No stage yet.
    #[must_use]
    pub fn new() -> Self {
        Progress::default()
    }

    /// Begins the stage `what` ("Aligning 2 reports"), ending the one
    /// before.
    pub fn begin(&self, what: impl Into<String>) {
        let mut stages = self.stages.lock().unwrap_or_else(PoisonError::into_inner);
        let now = Instant::now();
        if let Some(last) = stages.last_mut()
            && last.took.is_none()
        {
            last.took = Some(now - last.began);
        }
        stages.push(Stage {
            what: what.into(),
            began: now,
            took: None,
        });
    }

    /// Says what the stage under way is doing now ("Reading report 2 of
    /// 3: b.txt"), its clock running on.
    pub fn update(&self, what: impl Into<String>) {
        let mut stages = self.stages.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(last) = stages.last_mut()
            && last.took.is_none()
        {
            last.what = what.into();
        }
    }

    /// The stage under way, if any.
    #[must_use]
    pub fn current(&self) -> Option<String> {
        let stages = self.stages.lock().unwrap_or_else(PoisonError::into_inner);
        stages
            .last()
            .filter(|s| s.took.is_none())
            .map(|s| s.what.clone())
    }

    fn snapshot(&self) -> Vec<Stage> {
        self.stages
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// One frame of the progress screen.
#[derive(Debug, Clone, Copy)]
pub struct ProgressScreen<'a> {
    /// The stages.
    pub progress: &'a Progress,
    /// Time since the work began.
    pub elapsed: Duration,
    /// Styles.
    pub theme: &'a Theme,
}

impl Widget for &ProgressScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        const SPIN: [char; 4] = ['|', '/', '-', '\\'];
        let t = self.theme;
        let w = BLOCK_WIDTH.min(usize::from(area.width));
        let row = |what: &str, time: String, style| {
            let time_w = width(&time);
            let what = truncate(what, w.saturating_sub(time_w + 1));
            let gap = w.saturating_sub(width(&what) + time_w);
            Line::from(vec![
                Span::styled(what, style),
                Span::raw(" ".repeat(gap)),
                Span::styled(time, t.dim),
            ])
        };
        let mut lines = vec![Line::styled("storydiff", t.title), Line::default()];
        for s in self.progress.snapshot() {
            lines.push(match s.took {
                Some(took) => row(
                    &format!("✓ {}", s.what),
                    format!("{:.1} s", took.as_secs_f64()),
                    t.dim,
                ),
                None => row(
                    &format!("▸ {}…", s.what),
                    format!("{:.1} s", s.began.elapsed().as_secs_f64()),
                    t.text,
                ),
            });
        }
        let tick = usize::try_from(self.elapsed.as_millis() / REDRAW.as_millis()).unwrap_or(0);
        lines.push(Line::default());
        lines.push(row(
            &format!("{} q, Esc or Ctrl-C cancels", SPIN[tick % SPIN.len()]),
            format!("{:.1} s", self.elapsed.as_secs_f64()),
            t.key,
        ));
        let height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
        let block_w = u16::try_from(w).unwrap_or(area.width);
        let rect = Rect {
            x: area.x + (area.width - block_w) / 2,
            y: area.y + area.height.saturating_sub(height) / 2,
            width: block_w,
            height: height.min(area.height),
        };
        Paragraph::new(lines).render(rect, buf);
    }
}

/// What a key does on the progress screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgressKey {
    /// Give up the work.
    Cancel,
    /// Ctrl-Z: stop until the shell resumes the program.
    Suspend,
}

/// The meaning of `event` on the progress screen: q, Esc and Ctrl-C
/// always cancel (the screen says so), as does a quit key of the config
/// file; the suspend key suspends.
#[must_use]
pub fn progress_key(event: &Event, keymap: &Keymap) -> Option<ProgressKey> {
    let Event::Key(k) = event else {
        return None;
    };
    if k.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    match (k.code, ctrl) {
        (KeyCode::Char('q') | KeyCode::Esc, false) | (KeyCode::Char('c'), true) => {
            return Some(ProgressKey::Cancel);
        }
        _ => {}
    }
    match keymap.action_for(*k, KeyContext::Normal) {
        Some(Action::Quit) => Some(ProgressKey::Cancel),
        Some(Action::Suspend) => Some(ProgressKey::Suspend),
        _ => None,
    }
}

/// How a wait ended.
#[derive(Debug)]
pub enum Waited<T> {
    /// The work is done: its result.
    Done(T),
    /// The user cancelled (the worker is left to the process's end).
    Cancelled,
    /// A termination signal arrived: its number.
    Signal(i32),
}

/// Work on another thread: a spawned one, or a scoped one that borrows
/// (an export writing the view the loop keeps).
pub trait Job<T> {
    /// The work is over (done or panicked).
    fn is_finished(&self) -> bool;
    /// Its result, or its panic.
    ///
    /// # Errors
    /// The work panicked.
    fn join(self) -> std::thread::Result<T>;
}

impl<T> Job<T> for JoinHandle<T> {
    fn is_finished(&self) -> bool {
        JoinHandle::is_finished(self)
    }
    fn join(self) -> std::thread::Result<T> {
        JoinHandle::join(self)
    }
}

impl<T> Job<T> for ScopedJoinHandle<'_, T> {
    fn is_finished(&self) -> bool {
        ScopedJoinHandle::is_finished(self)
    }
    fn join(self) -> std::thread::Result<T> {
        ScopedJoinHandle::join(self)
    }
}

/// What [`wait`] draws on and listens to: the terminal and the signal
/// flag, or a script in tests.
pub trait Surface {
    /// Draws one frame of the progress screen.
    ///
    /// # Errors
    /// The terminal fails.
    fn draw(&mut self, screen: &ProgressScreen<'_>) -> io::Result<()>;

    /// The next terminal event, waiting at most `timeout`.
    ///
    /// # Errors
    /// The terminal fails.
    fn next_event(&mut self, timeout: Duration) -> io::Result<Option<Event>>;

    /// Stops the program until the shell resumes it, the terminal put back
    /// meanwhile and cleared after.
    ///
    /// # Errors
    /// The terminal refuses to return to TUI mode.
    fn suspend(&mut self) -> io::Result<()>;

    /// The number of a termination signal, once one has arrived.
    fn signal(&self) -> Option<i32>;
}

/// Waits for `job`, showing `progress` once the work has taken
/// `first_frame`, until the job ends, the user cancels or a signal comes.
///
/// # Errors
/// The terminal fails.
///
/// # Panics
/// Resumes the job's panic, if it panicked.
pub fn wait<T>(
    job: impl Job<T>,
    progress: &Progress,
    keymap: &Keymap,
    theme: &Theme,
    first_frame: Duration,
    surface: &mut dyn Surface,
) -> io::Result<Waited<T>> {
    let start = Instant::now();
    let mut drawn: Option<Instant> = None;
    loop {
        if job.is_finished() {
            return match job.join() {
                Ok(v) => Ok(Waited::Done(v)),
                // The panic hook has restored the terminal and printed the
                // message; unwinding on runs the caller's guards.
                Err(panic) => std::panic::resume_unwind(panic),
            };
        }
        if let Some(n) = surface.signal() {
            return Ok(Waited::Signal(n));
        }
        let elapsed = start.elapsed();
        if elapsed >= first_frame && drawn.is_none_or(|d| d.elapsed() >= REDRAW) {
            surface.draw(&ProgressScreen {
                progress,
                elapsed,
                theme,
            })?;
            drawn = Some(Instant::now());
        }
        if let Some(event) = surface.next_event(POLL)? {
            match progress_key(&event, keymap) {
                Some(ProgressKey::Cancel) => return Ok(Waited::Cancelled),
                Some(ProgressKey::Suspend) => {
                    surface.suspend()?;
                    drawn = None;
                }
                None => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::sync::mpsc;

    use crossterm::event::KeyEvent;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::*;
    use crate::tui::theme::ThemeChoice;

    /// A `TestBackend` terminal and a script of events; records frames.
    struct Script {
        term: Terminal<TestBackend>,
        events: VecDeque<Option<Event>>,
        frames: Vec<String>,
        suspended: usize,
        signal: Option<i32>,
    }

    impl Script {
        fn new(events: Vec<Option<Event>>) -> Self {
            Script {
                term: Terminal::new(TestBackend::new(70, 12)).unwrap(),
                events: events.into(),
                frames: Vec::new(),
                suspended: 0,
                signal: None,
            }
        }
    }

    impl Surface for Script {
        fn draw(&mut self, screen: &ProgressScreen<'_>) -> io::Result<()> {
            self.term
                .draw(|f| f.render_widget(screen, f.area()))
                .unwrap();
            let buf = self.term.backend().buffer();
            let text: Vec<String> = (0..buf.area.height)
                .map(|y| {
                    (0..buf.area.width)
                        .map(|x| buf[(x, y)].symbol())
                        .collect::<String>()
                        .trim_end()
                        .to_string()
                })
                .collect();
            self.frames.push(text.join("\n"));
            Ok(())
        }
        fn next_event(&mut self, _: Duration) -> io::Result<Option<Event>> {
            // The script's end: nothing more happens.
            Ok(self.events.pop_front().flatten())
        }
        fn suspend(&mut self) -> io::Result<()> {
            self.suspended += 1;
            Ok(())
        }
        fn signal(&self) -> Option<i32> {
            self.signal
        }
    }

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    fn theme() -> &'static Theme {
        ThemeChoice::Mono.theme()
    }

    /// A job that runs until `release` is sent (or dropped).
    fn blocked() -> (mpsc::Sender<()>, JoinHandle<u32>) {
        let (tx, rx) = mpsc::channel::<()>();
        (
            tx,
            std::thread::spawn(move || {
                let _ = rx.recv();
                7
            }),
        )
    }

    #[test]
    fn the_screen_names_the_stage_under_way_and_how_to_cancel() {
        let progress = Progress::new();
        progress.begin("Reading the reports");
        progress.update("Reading 2 reports");
        progress.begin("Aligning 2 reports (4,000 paragraphs)");
        let (_tx, job) = blocked();
        let mut s = Script::new(vec![
            None,
            Some(key(KeyCode::Char('q'), KeyModifiers::NONE)),
        ]);
        let out = wait(
            job,
            &progress,
            &Keymap::default(),
            theme(),
            Duration::ZERO,
            &mut s,
        )
        .unwrap();
        assert!(matches!(out, Waited::Cancelled));
        let frame = &s.frames[0];
        let lines: Vec<&str> = frame.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines[0].trim(), "storydiff", "{frame}");
        assert!(
            lines[1].trim_start().starts_with("✓ Reading 2 reports "),
            "{frame}"
        );
        assert!(lines[1].ends_with(" s"), "{frame}");
        assert!(
            lines[2]
                .trim_start()
                .starts_with("▸ Aligning 2 reports (4,000 paragraphs)… "),
            "{frame}"
        );
        assert!(lines[3].contains("q, Esc or Ctrl-C cancels"), "{frame}");
        assert_eq!(lines.len(), 4, "{frame}");
        assert_eq!(
            progress.current().as_deref(),
            Some("Aligning 2 reports (4,000 paragraphs)")
        );
    }

    #[test]
    fn q_esc_ctrl_c_and_the_configured_quit_key_cancel() {
        let custom = Keymap::with_overrides([("quit", vec!["x"])]).unwrap();
        for (ev, map) in [
            (
                Some(key(KeyCode::Char('q'), KeyModifiers::NONE)),
                Keymap::default(),
            ),
            (
                Some(key(KeyCode::Esc, KeyModifiers::NONE)),
                Keymap::default(),
            ),
            (
                Some(key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
                Keymap::default(),
            ),
            (Some(key(KeyCode::Char('x'), KeyModifiers::NONE)), custom),
        ] {
            let (_tx, job) = blocked();
            let mut s = Script::new(vec![Some(key(KeyCode::Char('j'), KeyModifiers::NONE)), ev]);
            let out = wait(job, &Progress::new(), &map, theme(), Duration::ZERO, &mut s);
            assert!(matches!(out.unwrap(), Waited::Cancelled));
        }
    }

    #[test]
    fn ctrl_z_suspends_and_the_wait_goes_on() {
        let (tx, job) = blocked();
        let mut s = Script::new(vec![Some(key(KeyCode::Char('z'), KeyModifiers::CONTROL))]);
        // The job ends once the script is played: released by the sender
        // dropped after the first frames.
        let progress = Progress::new();
        let t = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            drop(tx);
        });
        let out = wait(
            job,
            &progress,
            &Keymap::default(),
            theme(),
            Duration::ZERO,
            &mut s,
        )
        .unwrap();
        t.join().unwrap();
        assert!(matches!(out, Waited::Done(7)));
        assert_eq!(s.suspended, 1);
    }

    #[test]
    fn a_signal_ends_the_wait_with_its_number() {
        let (_tx, job) = blocked();
        let mut s = Script::new(vec![]);
        s.signal = Some(15);
        let out = wait(
            job,
            &Progress::new(),
            &Keymap::default(),
            theme(),
            Duration::ZERO,
            &mut s,
        );
        assert!(matches!(out.unwrap(), Waited::Signal(15)));
    }

    #[test]
    fn quick_work_never_shows_the_progress_screen() {
        let (tx, job) = blocked();
        drop(tx);
        let mut s = Script::new(vec![]);
        // However long the job takes to be noticed, an hour's first frame
        // is never reached.
        let out = wait(
            job,
            &Progress::new(),
            &Keymap::default(),
            theme(),
            Duration::from_secs(3600),
            &mut s,
        );
        assert!(matches!(out.unwrap(), Waited::Done(7)));
        assert!(s.frames.is_empty());
    }

    #[test]
    fn a_narrow_screen_cuts_the_stage_not_the_time() {
        let progress = Progress::new();
        progress.begin("Aligning 12 reports (123,456 paragraphs) with a long description");
        let mut term = Terminal::new(TestBackend::new(30, 8)).unwrap();
        term.draw(|f| {
            f.render_widget(
                &ProgressScreen {
                    progress: &progress,
                    elapsed: Duration::from_millis(1500),
                    theme: theme(),
                },
                f.area(),
            );
        })
        .unwrap();
        let buf = term.backend().buffer();
        let line = |y: u16| (0..30).map(|x| buf[(x, y)].symbol()).collect::<String>();
        let stage = (0..8).map(line).find(|l| l.contains('▸')).unwrap();
        assert!(
            stage.contains('…') && stage.trim_end().ends_with(" s"),
            "{stage:?}"
        );
        assert!((0..8).map(line).any(|l| l.contains("1.5 s")));
    }
}
