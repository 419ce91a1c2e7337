//! Terminal setup and teardown for the TUI: raw mode, alternate screen and
//! mouse capture on the way in, all undone on every way out (normal quit,
//! error, panic, SIGINT/SIGTERM/SIGHUP/SIGQUIT), and around Ctrl-Z.
//!
//! The panic hook is installed *before* the terminal changes mode, and it
//! restores the terminal before handing over to the previous hook, so the
//! panic message lands on a normal screen.

use std::io::{self, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// The terminal type the TUI draws on.
pub type Tui = Terminal<CrosstermBackend<Stdout>>;

/// Whether the terminal is currently in TUI mode, so that the panic hook
/// and [`restore`] only undo what was done, once.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Switches the terminal to TUI mode and returns it with a guard that
/// restores it when dropped (the error path).
///
/// # Errors
/// The terminal refuses raw mode or the alternate screen.
pub fn init() -> io::Result<(Tui, Guard)> {
    install_panic_hook();
    ACTIVE.store(true, Ordering::SeqCst);
    let guard = Guard;
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    let terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    Ok((terminal, guard))
}

/// Puts the terminal back as it was: cursor shown, mouse released, main
/// screen, cooked mode. Safe to call more than once; errors are ignored
/// because there is nothing better to do on the way out.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Ctrl-Z: puts the terminal back as the shell left it, stops the
/// process as the shell's job control expects, and on `fg` sets the
/// terminal up again (the caller redraws).
///
/// # Errors
/// The terminal refuses to return to TUI mode.
pub fn suspend() -> io::Result<()> {
    restore();
    #[cfg(unix)]
    {
        // The default action of SIGTSTP stops us; we go on from here when
        // the shell sends SIGCONT.
        let _ = signal_hook::low_level::raise(signal_hook::consts::SIGTSTP);
    }
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    Ok(())
}

/// Restores the terminal when dropped, so `?` in the event loop cannot
/// leave it in raw mode.
#[derive(Debug)]
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}

/// A termination signal (SIGINT from outside, SIGTERM, SIGHUP, SIGQUIT)
/// seen while the TUI runs. (In raw mode Ctrl-C is a key, not SIGINT.)
#[derive(Debug, Clone)]
pub struct Signals {
    raised: Arc<AtomicBool>,
    which: Arc<AtomicUsize>,
}

impl Signals {
    /// Registers the handlers. They only set a flag; the event loop polls
    /// it, leaves, and the normal path restores the terminal.
    ///
    /// # Errors
    /// The operating system refuses a handler.
    pub fn register() -> io::Result<Self> {
        let s = Signals {
            raised: Arc::new(AtomicBool::new(false)),
            which: Arc::new(AtomicUsize::new(0)),
        };
        #[cfg(unix)]
        for sig in [
            signal_hook::consts::SIGINT,
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGQUIT,
        ] {
            signal_hook::flag::register(sig, Arc::clone(&s.raised))?;
            // `register_usize` stores the number so the exit code can say
            // which signal ended the program (128 + n, as shells do).
            #[allow(clippy::cast_sign_loss)] // signal numbers are positive
            signal_hook::flag::register_usize(sig, Arc::clone(&s.which), sig as usize)?;
        }
        #[cfg(unix)]
        s.spawn_watchdog();
        Ok(s)
    }

    /// When the terminal goes away (a closed tmux pane, an ssh drop), the
    /// event source can spin inside its own poll without ever returning to
    /// the loop that checks the flag. A quiet thread gives the loop a
    /// grace period after a signal, then restores what it can and exits, so
    /// no orphan is left burning a core.
    #[cfg(unix)]
    fn spawn_watchdog(&self) {
        let raised = Arc::clone(&self.raised);
        let which = Arc::clone(&self.which);
        let _ = std::thread::Builder::new()
            .name("signal-watchdog".into())
            .spawn(move || {
                while !raised.load(Ordering::SeqCst) {
                    std::thread::sleep(std::time::Duration::from_millis(200));
                }
                std::thread::sleep(std::time::Duration::from_millis(1500));
                restore();
                // An export from the view may be half written.
                crate::export::file::remove_pending();
                let sig = i32::try_from(which.load(Ordering::SeqCst)).unwrap_or(15);
                std::process::exit(128 + sig);
            });
    }

    /// The signal number, once one has arrived.
    pub fn raised(&self) -> Option<usize> {
        self.raised
            .load(Ordering::SeqCst)
            .then(|| self.which.load(Ordering::SeqCst))
    }
}
