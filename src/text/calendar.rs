//! Calendar words every stage reads: the month names with their
//! abbreviations, and the weekdays. One list, so that the loader's
//! dateline test, the link features' date keys and the analysis' dates
//! agree on what a month and a weekday are; [`month_number`] maps every listed spelling
//! of a month to 1-12 and [`month_name`] back to its full name.

/// Month names, then their abbreviations (all lower case).
#[rustfmt::skip]
pub const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// Weekday names (lower case).
#[rustfmt::skip]
pub const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Weekday abbreviations ("Mon 10 Apr"); also ordinary words ("sun",
/// "wed"), so only datelines read them.
#[rustfmt::skip]
pub const WEEKDAY_ABBREVIATIONS: &[&str] = &[
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// 1-12 for a lower-case month name or abbreviation ("sept" → 9).
#[must_use]
pub fn month_number(lower: &str) -> Option<u32> {
    if !MONTHS.contains(&lower) {
        return None;
    }
    let k = MONTHS[..12]
        .iter()
        .position(|m| m.starts_with(&lower[..3]))?;
    u32::try_from(k + 1).ok()
}

/// The most days month `n` (1-12; clamped) can have: 29 for February,
/// as a leap year is possible when no year is given.
#[must_use]
pub fn days_in_month(n: u32) -> u32 {
    const DAYS: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    DAYS[(n as usize).clamp(1, 12) - 1]
}

/// The full lower-case name of month `n` (1-12; clamped).
#[must_use]
pub fn month_name(n: u32) -> &'static str {
    MONTHS[(n as usize).clamp(1, 12) - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_meets_its_month() {
        assert_eq!(month_number("january"), Some(1));
        assert_eq!(month_number("may"), Some(5));
        assert_eq!(month_number("sept"), Some(9));
        assert_eq!(month_number("sep"), Some(9));
        assert_eq!(month_number("dec"), Some(12));
        assert_eq!(month_number("monday"), None);
        assert_eq!(month_number("ma"), None);
        for m in MONTHS {
            let n = month_number(m).expect("every listed spelling is a month");
            assert!(month_name(n).starts_with(&m[..3]));
        }
    }
}
