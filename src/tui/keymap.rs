//! The one key table. The event handler ([`action_for`]), the help overlay
//! and the status-bar hints all read [`KEYMAP`], so a key cannot work
//! without being documented, or be documented without working.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};

use super::action::Action;

/// One key, as the terminal reports it (Shift is folded into the
/// character, so `G` is `Char('G')` with no modifier).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl or Alt, when held.
    pub mods: KeyModifiers,
}

const fn ch(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

/// Where a binding belongs in the help overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Moving around.
    Move,
    /// Jumping between findings.
    Find,
    /// Choosing reports.
    Reports,
    /// Showing and hiding parts of the screen.
    View,
    /// Everything else.
    General,
}

impl Group {
    /// The heading shown in the help overlay.
    pub fn title(self) -> &'static str {
        match self {
            Group::Move => "Move",
            Group::Find => "Find",
            Group::Reports => "Reports",
            Group::View => "View",
            Group::General => "General",
        }
    }

    /// All groups in help order.
    pub const ALL: [Group; 5] = [
        Group::Move,
        Group::Find,
        Group::Reports,
        Group::View,
        Group::General,
    ];
}

/// A key binding: the keys, what they do, and how help and hints name it.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Keys that trigger the action.
    pub keys: &'static [Key],
    /// The action.
    pub action: Action,
    /// How the keys are written in help (`j ↓`).
    pub label: &'static str,
    /// What it does, for the help overlay.
    pub help: &'static str,
    /// A one- or two-word hint for the status bar, for the most used keys.
    pub hint: Option<&'static str>,
    /// Help section.
    pub group: Group,
}

const fn bind(
    keys: &'static [Key],
    action: Action,
    label: &'static str,
    help: &'static str,
    hint: Option<&'static str>,
    group: Group,
) -> Binding {
    Binding {
        keys,
        action,
        label,
        help,
        hint,
        group,
    }
}

use Group::{Find, General, Move, Reports, View};

/// Every key of the main screen. Digits 1-9 are one entry with
/// [`Action::PickReport`]`(0)`; [`action_for`] supplies the number.
// One binding a line reads as the table it is; rustfmt would spread each
// over eight lines.
#[rustfmt::skip]
pub const KEYMAP: &[Binding] = &[
    bind(&[ch('j'), code(KeyCode::Down)], Action::Down, "j ↓", "next sentence (side panel: next entry)", None, Move),
    bind(&[ch('k'), code(KeyCode::Up)], Action::Up, "k ↑", "previous sentence (side panel: previous entry)", None, Move),
    bind(&[ctrl('d')], Action::HalfPageDown, "Ctrl-d", "half a page down", None, Move),
    bind(&[ctrl('u')], Action::HalfPageUp, "Ctrl-u", "half a page up", None, Move),
    bind(&[code(KeyCode::PageDown), ch(' '), ctrl('f')], Action::PageDown, "PgDn Space", "a page down", None, Move),
    bind(&[code(KeyCode::PageUp), ch('b'), ctrl('b')], Action::PageUp, "PgUp b", "a page up", None, Move),
    bind(&[ch('g'), code(KeyCode::Home)], Action::Top, "g Home", "first row", None, Move),
    bind(&[ch('G'), code(KeyCode::End)], Action::Bottom, "G End", "last row", None, Move),
    bind(&[code(KeyCode::Tab)], Action::FocusNext, "Tab", "focus next: left pane, right pane, side panel", Some("focus"), Move),
    bind(&[code(KeyCode::BackTab)], Action::FocusPrev, "S-Tab", "focus previous", None, Move),
    bind(&[ch('h'), code(KeyCode::Left)], Action::FocusLeft, "h ←", "focus the left pane", None, Move),
    bind(&[ch('l'), code(KeyCode::Right)], Action::FocusRight, "l →", "focus the right pane", None, Move),
    bind(&[ch(']')], Action::NextChange, "]", "next change (changed words, unmatched paragraph)", Some("change"), Find),
    bind(&[ch('[')], Action::PrevChange, "[", "previous change", None, Find),
    bind(&[ch('}')], Action::NextQuote, "}", "next quote", Some("quote"), Find),
    bind(&[ch('{')], Action::PrevQuote, "{", "previous quote", None, Find),
    bind(&[ch('f')], Action::NextFact, "f", "next unique fact", Some("fact"), Find),
    bind(&[ch('F')], Action::PrevFact, "F", "previous unique fact", None, Find),
    bind(&[ch('x')], Action::NextConflict, "x", "next conflicting figure", None, Find),
    bind(&[ch('X')], Action::PrevConflict, "X", "previous conflicting figure", None, Find),
    bind(&[code(KeyCode::Enter), ch('o')], Action::Jump, "Enter o", "jump to the linked sentence / side-panel entry", Some("linked"), Find),
    bind(&[ch('/')], Action::SearchStart, "/", "search (as you type)", Some("search"), Find),
    bind(&[ch('n')], Action::SearchNext, "n", "next match", None, Find),
    bind(&[ch('N')], Action::SearchPrev, "N", "previous match", None, Find),
    bind(&[ch('>')], Action::NextReport, ">", "next report in the focused pane", Some("report"), Reports),
    bind(&[ch('<')], Action::PrevReport, "<", "previous report in the focused pane", None, Reports),
    bind(
        &[ch('1'), ch('2'), ch('3'), ch('4'), ch('5'), ch('6'), ch('7'), ch('8'), ch('9')],
        Action::PickReport(0),
        "1-9",
        "show report N in the focused pane",
        None,
        Reports,
    ),
    bind(&[ch('p')], Action::MakePivot, "p", "make the focused report the pivot (rows follow it)", None, Reports),
    bind(&[ch('s')], Action::ToggleSide, "s", "side panel: quotes, unique facts, substitutions", Some("panel"), View),
    bind(&[ch('i')], Action::ToggleLegend, "i", "legend of highlights", Some("legend"), View),
    bind(&[ch('w')], Action::ToggleWrap, "w", "wrap paragraphs / one line per sentence", None, View),
    bind(&[ch('c')], Action::ToggleColumns, "c", "two panes / one column per report", None, View),
    bind(&[ch('e')], Action::Export, "e", "export this view to a text file", Some("export"), General),
    bind(&[ch('?')], Action::Help, "?", "this help", Some("help"), General),
    bind(&[code(KeyCode::Esc)], Action::Cancel, "Esc", "close overlay, clear search", None, General),
    bind(&[ch('q'), ctrl('c')], Action::Quit, "q Ctrl-c", "quit", Some("quit"), General),
];

/// Keys of the search and path prompts, listed in help.
pub const PROMPT_KEYS: &[(&str, &str)] = &[
    ("Enter", "confirm"),
    ("Esc", "cancel"),
    ("Backspace", "delete a character"),
];

/// How a key is read: in the main screen through [`KEYMAP`], in a prompt as
/// text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyContext {
    /// The main screen (and overlays).
    Normal,
    /// A text prompt (search, export path, overwrite question).
    Prompt,
}

/// The action for a key press, if any.
pub fn action_for(event: KeyEvent, context: KeyContext) -> Option<Action> {
    // Shift is part of the character already; keep Ctrl and Alt only.
    let mods = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
    if event.code == KeyCode::Char('c') && mods == KeyModifiers::CONTROL {
        return Some(Action::Quit);
    }
    if context == KeyContext::Prompt {
        return match event.code {
            KeyCode::Enter => Some(Action::Submit),
            KeyCode::Esc => Some(Action::Cancel),
            KeyCode::Backspace => Some(Action::Backspace),
            KeyCode::Char(c) if mods.is_empty() => Some(Action::Type(c)),
            _ => None,
        };
    }
    let key = Key {
        code: event.code,
        mods,
    };
    let binding = KEYMAP.iter().find(|b| b.keys.contains(&key))?;
    Some(match (binding.action, event.code) {
        (Action::PickReport(_), KeyCode::Char(c)) => {
            let n = c.to_digit(10)?.checked_sub(1)?;
            Action::PickReport(u8::try_from(n).ok()?)
        }
        (a, _) => a,
    })
}

/// The action for a mouse event: the wheel scrolls.
pub fn mouse_action(event: MouseEvent) -> Option<Action> {
    match event.kind {
        MouseEventKind::ScrollDown => Some(Action::Scroll(3)),
        MouseEventKind::ScrollUp => Some(Action::Scroll(-3)),
        _ => None,
    }
}

/// The status-bar hints: `(label, hint)` for bindings that carry one.
pub fn hints() -> impl Iterator<Item = (&'static str, &'static str)> {
    KEYMAP.iter().filter_map(|b| b.hint.map(|h| (b.label, h)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEventKind;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent {
            code,
            modifiers: mods,
            kind: KeyEventKind::Press,
            state: crossterm::event::KeyEventState::NONE,
        }
    }

    #[test]
    fn no_key_is_bound_twice() {
        let mut seen: Vec<Key> = Vec::new();
        for b in KEYMAP {
            for k in b.keys {
                assert!(!seen.contains(k), "{k:?} bound twice");
                seen.push(*k);
            }
        }
    }

    #[test]
    fn shifted_letters_and_digits() {
        let n = action_for(
            press(KeyCode::Char('G'), KeyModifiers::SHIFT),
            KeyContext::Normal,
        );
        assert_eq!(n, Some(Action::Bottom));
        let three = action_for(
            press(KeyCode::Char('3'), KeyModifiers::NONE),
            KeyContext::Normal,
        );
        assert_eq!(three, Some(Action::PickReport(2)));
        let zero = action_for(
            press(KeyCode::Char('0'), KeyModifiers::NONE),
            KeyContext::Normal,
        );
        assert_eq!(zero, None);
    }

    #[test]
    fn prompt_reads_text_but_ctrl_c_still_quits() {
        let q = action_for(
            press(KeyCode::Char('q'), KeyModifiers::NONE),
            KeyContext::Prompt,
        );
        assert_eq!(q, Some(Action::Type('q')));
        let cc = action_for(
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            KeyContext::Prompt,
        );
        assert_eq!(cc, Some(Action::Quit));
        let d = action_for(
            press(KeyCode::Char('d'), KeyModifiers::CONTROL),
            KeyContext::Normal,
        );
        assert_eq!(d, Some(Action::HalfPageDown));
    }
}
