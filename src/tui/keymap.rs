//! The one key table. The event handler ([`Keymap::action_for`]), the help
//! overlay, the status-bar hints and the man page all read [`KEYMAP`] (with
//! the config file's overrides applied, [`Keymap`]), so a key cannot work
//! without being documented, or be documented without working.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

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
    /// The action's name in the config file's `[keys]` table.
    pub name: &'static str,
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
    name: &'static str,
    keys: &'static [Key],
    action: Action,
    label: &'static str,
    help: &'static str,
    hint: Option<&'static str>,
    group: Group,
) -> Binding {
    Binding {
        name,
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
/// [`Action::PickReport`]`(0)`; [`Keymap::action_for`] supplies the number.
// One binding a line reads as the table it is; rustfmt would spread each
// over eight lines.
#[rustfmt::skip]
pub const KEYMAP: &[Binding] = &[
    bind("down", &[ch('j'), code(KeyCode::Down)], Action::Down, "j ↓", "next sentence (side panel: next entry)", None, Move),
    bind("up", &[ch('k'), code(KeyCode::Up)], Action::Up, "k ↑", "previous sentence (side panel: previous entry)", None, Move),
    bind("half_page_down", &[ctrl('d')], Action::HalfPageDown, "Ctrl-d", "half a page down", None, Move),
    bind("half_page_up", &[ctrl('u')], Action::HalfPageUp, "Ctrl-u", "half a page up", None, Move),
    bind("page_down", &[code(KeyCode::PageDown), ch(' '), ctrl('f')], Action::PageDown, "PgDn Space", "a page down", None, Move),
    bind("page_up", &[code(KeyCode::PageUp), ch('b'), ctrl('b')], Action::PageUp, "PgUp b", "a page up", None, Move),
    bind("top", &[ch('g'), code(KeyCode::Home)], Action::Top, "g Home", "row 1", None, Move),
    bind("bottom", &[ch('G'), code(KeyCode::End)], Action::Bottom, "G End", "last row", None, Move),
    bind("focus_next", &[code(KeyCode::Tab)], Action::FocusNext, "Tab", "focus next: left pane, right pane, side panel", Some("focus"), Move),
    bind("focus_prev", &[code(KeyCode::BackTab)], Action::FocusPrev, "S-Tab", "focus previous", None, Move),
    bind("focus_left", &[ch('h'), code(KeyCode::Left)], Action::FocusLeft, "h ←", "focus the pane to the left", None, Move),
    bind("focus_right", &[ch('l'), code(KeyCode::Right)], Action::FocusRight, "l →", "focus the pane to the right", None, Move),
    bind("next_change", &[ch(']')], Action::NextChange, "]", "next change (changed words, unmatched paragraph)", Some("change"), Find),
    bind("prev_change", &[ch('[')], Action::PrevChange, "[", "previous change", None, Find),
    bind("next_quote", &[ch('}')], Action::NextQuote, "}", "next quote", Some("quote"), Find),
    bind("prev_quote", &[ch('{')], Action::PrevQuote, "{", "previous quote", None, Find),
    bind("next_fact", &[ch('f')], Action::NextFact, "f", "next unique fact", Some("fact"), Find),
    bind("prev_fact", &[ch('F')], Action::PrevFact, "F", "previous unique fact", None, Find),
    bind("next_conflict", &[ch('m')], Action::NextConflict, "m", "next conflicting figure", None, Find),
    bind("prev_conflict", &[ch('M')], Action::PrevConflict, "M", "previous conflicting figure", None, Find),
    bind("jump", &[code(KeyCode::Enter), ch('o')], Action::Jump, "Enter o", "jump to the linked sentence / side-panel entry", Some("linked"), Find),
    bind("search", &[ch('/')], Action::SearchStart, "/", "search (as you type; Esc puts the view back)", Some("search"), Find),
    bind("search_next", &[ch('n')], Action::SearchNext, "n", "next match", None, Find),
    bind("search_prev", &[ch('N')], Action::SearchPrev, "N", "previous match", None, Find),
    bind("next_report", &[ch('>')], Action::NextReport, ">", "next report in the focused pane", Some("report"), Reports),
    bind("prev_report", &[ch('<')], Action::PrevReport, "<", "previous report in the focused pane", None, Reports),
    bind(
        "pick_report",
        &[ch('1'), ch('2'), ch('3'), ch('4'), ch('5'), ch('6'), ch('7'), ch('8'), ch('9')],
        Action::PickReport(0),
        "1-9",
        "show report N in the focused pane",
        None,
        Reports,
    ),
    bind("make_pivot", &[ch('p')], Action::MakePivot, "p", "make the focused report the pivot (rows follow it)", None, Reports),
    bind("differences", &[ch('d')], Action::ToggleDifferences, "d", "differences only: fold rows every shown report tells alike", Some("diffs"), View),
    bind("expand", &[ch('x')], Action::ExpandFold, "x", "open the folded rows on screen (a click on a fold too)", None, View),
    bind("paragraph_numbers", &[ch('#')], Action::ToggleParaNumbers, "#", "paragraph numbers (¶) as the reports count them", None, View),
    bind("side_panel", &[ch('s')], Action::ToggleSide, "s", "side panel: quotes, unique facts, substitutions", Some("panel"), View),
    bind("legend", &[ch('i')], Action::ToggleLegend, "i", "legend of every mark on screen", Some("legend"), View),
    bind("wrap", &[ch('w')], Action::ToggleWrap, "w", "wrap paragraphs / one line per sentence (cut with …)", None, View),
    bind("columns", &[ch('c')], Action::ToggleColumns, "c", "two panes / one column per report", None, View),
    bind("export", &[ch('e')], Action::Export, "e", "export this view (.txt .md .html .json by the name)", Some("export"), General),
    bind("help", &[ch('?')], Action::Help, "?", "this help", Some("help"), General),
    bind("cancel", &[code(KeyCode::Esc)], Action::Cancel, "Esc", "close help, legend or prompt; clear the search", None, General),
    bind("suspend", &[ctrl('z')], Action::Suspend, "Ctrl-z", "suspend (fg resumes)", None, General),
    bind("quit", &[ch('q'), ctrl('c')], Action::Quit, "q Ctrl-c", "quit", Some("quit"), General),
];

/// The key table with the config file's overrides applied: for each
/// binding of [`KEYMAP`], in order, its keys and how help writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    keys: Vec<Vec<Key>>,
    labels: Vec<String>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            keys: KEYMAP.iter().map(|b| b.keys.to_vec()).collect(),
            labels: KEYMAP.iter().map(|b| b.label.to_string()).collect(),
        }
    }
}

impl Keymap {
    /// The table with `overrides` (action name → key names) applied: an
    /// overridden action gets exactly the keys given, and a key given to
    /// one action is taken from any other.
    ///
    /// # Errors
    /// An unknown action or key name, as one line.
    pub fn with_overrides<'a>(
        overrides: impl IntoIterator<Item = (&'a str, Vec<&'a str>)>,
    ) -> Result<Keymap, String> {
        let mut map = Keymap::default();
        for (name, keys) in overrides {
            let Some(i) = KEYMAP.iter().position(|b| b.name == name) else {
                return Err(format!(
                    "[keys] {name}: no such action (see the KEYS section of storydiff man)"
                ));
            };
            if KEYMAP[i].action == Action::PickReport(0) {
                return Err(format!("[keys] {name}: the digits cannot be rebound"));
            }
            let parsed = keys
                .iter()
                .map(|k| parse_key(k).ok_or_else(|| format!("[keys] {name}: unknown key {k:?}")))
                .collect::<Result<Vec<Key>, String>>()?;
            if parsed.is_empty() {
                return Err(format!("[keys] {name}: give at least one key"));
            }
            for other in &mut map.keys {
                other.retain(|k| !parsed.contains(k));
            }
            map.labels[i] = parsed
                .iter()
                .map(|k| key_name(*k))
                .collect::<Vec<_>>()
                .join(" ");
            map.keys[i] = parsed;
        }
        Ok(map)
    }

    /// The keys of binding `i` of [`KEYMAP`] as help writes them.
    pub fn label(&self, i: usize) -> &str {
        &self.labels[i]
    }

    /// Bindings with their current labels, in table order.
    pub fn bindings(&self) -> impl Iterator<Item = (&Binding, &str)> {
        KEYMAP.iter().zip(self.labels.iter().map(String::as_str))
    }

    /// The status-bar hints: `(keys, hint)` for bindings that carry one.
    pub fn hints(&self) -> impl Iterator<Item = (&str, &'static str)> {
        self.bindings().filter_map(|(b, label)| {
            b.hint
                .map(|h| (label.split(' ').next().unwrap_or(label), h))
        })
    }

    /// The first key of an action, as help writes it (for messages).
    pub fn key_for(&self, action: Action) -> &str {
        KEYMAP
            .iter()
            .position(|b| b.action == action)
            .map_or("", |i| self.labels[i].split(' ').next().unwrap_or(""))
    }

    /// The action for a key press, if any.
    pub fn action_for(&self, event: KeyEvent, context: KeyContext) -> Option<Action> {
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
                KeyCode::Char('z') if mods == KeyModifiers::CONTROL => Some(Action::Suspend),
                KeyCode::Char(c) if mods.is_empty() => Some(Action::Type(c)),
                _ => None,
            };
        }
        let key = Key {
            code: event.code,
            mods,
        };
        let i = self.keys.iter().position(|ks| ks.contains(&key))?;
        Some(match (KEYMAP[i].action, event.code) {
            (Action::PickReport(_), KeyCode::Char(c)) => {
                let n = c.to_digit(10)?.checked_sub(1)?;
                Action::PickReport(u8::try_from(n).ok()?)
            }
            (a, _) => a,
        })
    }
}

/// Named keys of the config file.
const NAMED: [(&str, KeyCode); 14] = [
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("space", KeyCode::Char(' ')),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pgup", KeyCode::PageUp),
    ("pgdn", KeyCode::PageDown),
    ("backspace", KeyCode::Backspace),
];

/// A key name of the config file: `x`, `ctrl-x`, `alt-x`, `enter`, `f5`...
pub fn parse_key(name: &str) -> Option<Key> {
    let lower = name.to_ascii_lowercase();
    let (mods, rest) = if let Some(r) = lower.strip_prefix("ctrl-") {
        (KeyModifiers::CONTROL, r)
    } else if let Some(r) = lower.strip_prefix("alt-") {
        (KeyModifiers::ALT, r)
    } else {
        (KeyModifiers::NONE, lower.as_str())
    };
    let code = if let Some((_, c)) = NAMED.iter().find(|(n, _)| *n == rest) {
        *c
    } else if let Some(n) = rest.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
        if !(1..=12).contains(&n) {
            return None;
        }
        KeyCode::F(n)
    } else {
        // A single character keeps its case (`G` is not `g`).
        let original = &name[name.len() - rest.len()..];
        let mut chars = original.chars();
        let c = chars.next()?;
        if chars.next().is_some() {
            return None;
        }
        KeyCode::Char(if mods.is_empty() {
            c
        } else {
            c.to_ascii_lowercase()
        })
    };
    Some(Key { code, mods })
}

/// How help writes a key.
pub fn key_name(k: Key) -> String {
    let base = match k.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "S-Tab".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Backspace => "Backspace".into(),
        _ => "?".into(),
    };
    if k.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{base}")
    } else if k.mods.contains(KeyModifiers::ALT) {
        format!("Alt-{base}")
    } else {
        base
    }
}

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

/// The action for a mouse event: the wheel scrolls, a left click says
/// where (the application finds what is there).
pub fn mouse_action(event: MouseEvent) -> Option<Action> {
    match event.kind {
        MouseEventKind::ScrollDown => Some(Action::Scroll(3)),
        MouseEventKind::ScrollUp => Some(Action::Scroll(-3)),
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
            x: event.column,
            y: event.row,
        }),
        _ => None,
    }
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
        let map = Keymap::default();
        let n = map.action_for(
            press(KeyCode::Char('G'), KeyModifiers::SHIFT),
            KeyContext::Normal,
        );
        assert_eq!(n, Some(Action::Bottom));
        let three = map.action_for(
            press(KeyCode::Char('3'), KeyModifiers::NONE),
            KeyContext::Normal,
        );
        assert_eq!(three, Some(Action::PickReport(2)));
        let zero = map.action_for(
            press(KeyCode::Char('0'), KeyModifiers::NONE),
            KeyContext::Normal,
        );
        assert_eq!(zero, None);
    }

    #[test]
    fn prompt_reads_text_but_ctrl_c_still_quits() {
        let map = Keymap::default();
        let q = map.action_for(
            press(KeyCode::Char('q'), KeyModifiers::NONE),
            KeyContext::Prompt,
        );
        assert_eq!(q, Some(Action::Type('q')));
        let cc = map.action_for(
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            KeyContext::Prompt,
        );
        assert_eq!(cc, Some(Action::Quit));
        let d = map.action_for(
            press(KeyCode::Char('d'), KeyModifiers::CONTROL),
            KeyContext::Normal,
        );
        assert_eq!(d, Some(Action::HalfPageDown));
    }

    #[test]
    fn overrides_replace_an_actions_keys_and_free_them_elsewhere() {
        let map =
            Keymap::with_overrides([("next_change", vec!["n"]), ("quit", vec!["ctrl-q", "Q"])])
                .unwrap();
        let n = press(KeyCode::Char('n'), KeyModifiers::NONE);
        assert_eq!(
            map.action_for(n, KeyContext::Normal),
            Some(Action::NextChange)
        );
        let old = press(KeyCode::Char(']'), KeyModifiers::NONE);
        assert_eq!(map.action_for(old, KeyContext::Normal), None);
        let cq = press(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(map.action_for(cq, KeyContext::Normal), Some(Action::Quit));
        assert_eq!(map.key_for(Action::Quit), "Ctrl-q");
        assert!(Keymap::with_overrides([("fly", vec!["z"])]).is_err());
        assert!(Keymap::with_overrides([("quit", vec!["ctrl-"])]).is_err());
        assert_eq!(parse_key("f5").map(key_name).as_deref(), Some("F5"));
        assert_eq!(parse_key("G").map(key_name).as_deref(), Some("G"));
    }
}
