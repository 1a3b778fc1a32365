//! Calendar words that every claim family must recognise: a month or a weekday is
//! never a victim count's noun, a speaker's name on its own, or part of quoted content
//! boundaries. One list, so the families cannot disagree.

/// Month names, lower case, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month abbreviations as news writes them (lower case, without the period).
pub const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Weekday names, lower case, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A full month name (`march`), lower case.
pub fn is_month_name(lower: &str) -> bool {
    MONTHS.contains(&lower)
}

/// A full month name or its abbreviation (`march`, `mar`, `sept`), lower case.
pub fn is_month_word(lower: &str) -> bool {
    is_month_name(lower) || MONTH_ABBREVIATIONS.contains(&lower)
}

/// The month (1–12) of a month name or abbreviation, lower case, with or without its
/// period (`june`, `sept.`, `oct`).
pub fn month_number(lower: &str) -> Option<u32> {
    let w = lower.strip_suffix('.').unwrap_or(lower);
    if let Some(i) = MONTHS.iter().position(|m| *m == w) {
        return Some(i as u32 + 1);
    }
    const OF_ABBREVIATION: [u32; 12] = [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12];
    let i = MONTH_ABBREVIATIONS.iter().position(|m| *m == w)?;
    Some(OF_ABBREVIATION[i])
}

/// A weekday name (`tuesday`), lower case.
pub fn is_weekday(lower: &str) -> bool {
    WEEKDAYS.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_weekdays() {
        assert!(is_month_name("may") && is_month_word("sept") && !is_month_name("sept"));
        assert!(is_weekday("sunday") && !is_weekday("sun"));
        assert!(!is_month_word("mayor") && !is_month_word("March"));
        let months: Vec<_> = [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept.", "oct", "nov",
            "dec", "december",
        ]
        .iter()
        .map(|w| month_number(w))
        .collect();
        let expected: Vec<_> = [1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 11, 12, 12]
            .into_iter()
            .map(Some)
            .collect();
        assert_eq!(months, expected);
        assert_eq!(month_number("mayor"), None);
    }
}
