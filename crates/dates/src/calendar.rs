//! Calendar points at different granularities, their TIMEX3 values and arithmetic.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// A calendar period that a DATE value names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Point {
    /// A day.
    Day(NaiveDate),
    /// ISO week `(iso year, week)`.
    Week(i32, u32),
    /// The weekend of an ISO week.
    Weekend(i32, u32),
    /// A month.
    Month(i32, u32),
    /// A quarter 1–4.
    Quarter(i32, u32),
    /// A half year 1–2.
    Half(i32, u32),
    /// A season (`SP`, `SU`, `FA`, `WI`) of a year.
    Season(i32, &'static str),
    /// A year.
    Year(i32),
    /// A decade, by its first three digits (`199` = the 1990s).
    Decade(i32),
    /// A century, by its first two digits (`19` = the 20th century).
    Century(i32),
}

impl Point {
    /// The TIMEX3 value.
    pub(crate) fn value(self) -> String {
        match self {
            Point::Day(d) => d.format("%Y-%m-%d").to_string(),
            Point::Week(y, w) => format!("{y:04}-W{w:02}"),
            Point::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Point::Half(y, h) => format!("{y:04}-H{h}"),
            Point::Season(y, s) => format!("{y:04}-{s}"),
            Point::Year(y) => format!("{y:04}"),
            // `199X`, as the claims gold spec writes a decade (TimeML sets split between
            // `199` and `199X`).
            Point::Decade(d) => format!("{d:03}X"),
            Point::Century(c) => format!("{c:02}"),
        }
    }

    /// `day`, `week`, `month`, …
    pub(crate) fn granularity(self) -> &'static str {
        match self {
            Point::Day(_) => "day",
            Point::Week(..) | Point::Weekend(..) => "week",
            Point::Month(..) => "month",
            Point::Quarter(..) => "quarter",
            Point::Half(..) => "half",
            Point::Season(..) => "season",
            Point::Year(_) => "year",
            Point::Decade(_) => "decade",
            Point::Century(_) => "century",
        }
    }

    /// Granularity, finest first: day 0, week 1, month 2, quarter 3, half or season 4,
    /// year 5, decade 6, century 7.
    pub(crate) fn rank(self) -> u8 {
        match self {
            Point::Day(_) => 0,
            Point::Week(..) | Point::Weekend(..) => 1,
            Point::Month(..) => 2,
            Point::Quarter(..) => 3,
            Point::Half(..) | Point::Season(..) => 4,
            Point::Year(_) => 5,
            Point::Decade(_) => 6,
            Point::Century(_) => 7,
        }
    }

    /// The [`Point::rank`] of a TIMEX unit code (sub-day units rank as days).
    pub(crate) fn unit_rank(unit: &str) -> u8 {
        match unit {
            "W" | "WE" | "FN" => 1,
            "M" => 2,
            "Q" => 3,
            "Y" => 5,
            "DE" => 6,
            "CE" => 7,
            _ => 0,
        }
    }

    /// The point of unit `unit` (TIMEX unit code) that contains `d`.
    pub(crate) fn of_unit(unit: &str, d: NaiveDate) -> Option<Point> {
        Some(match unit {
            "D" => Point::Day(d),
            "W" => Point::Week(d.iso_week().year(), d.iso_week().week()),
            "WE" => Point::Weekend(d.iso_week().year(), d.iso_week().week()),
            "M" => Point::Month(d.year(), d.month()),
            "Q" => Point::Quarter(d.year(), (d.month() - 1) / 3 + 1),
            "Y" => Point::Year(d.year()),
            "DE" => Point::Decade(d.year().div_euclid(10)),
            "CE" => Point::Century(d.year().div_euclid(100)),
            _ => return None,
        })
    }

    /// A representative day of the point (its first day).
    pub(crate) fn first_day(self) -> Option<NaiveDate> {
        match self {
            Point::Day(d) => Some(d),
            Point::Week(y, w) | Point::Weekend(y, w) => {
                NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)
            }
            Point::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
            Point::Quarter(y, q) => NaiveDate::from_ymd_opt(y, (q - 1) * 3 + 1, 1),
            Point::Half(y, h) => NaiveDate::from_ymd_opt(y, (h - 1) * 6 + 1, 1),
            Point::Season(y, s) => NaiveDate::from_ymd_opt(y, season_start(s), 1),
            Point::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1),
            Point::Decade(d) => NaiveDate::from_ymd_opt(d * 10, 1, 1),
            Point::Century(c) => NaiveDate::from_ymd_opt(c * 100, 1, 1),
        }
    }

    /// The point moved by `n` units (TIMEX unit code), keeping its own granularity
    /// when it is coarser than a day, else at the unit's granularity.
    pub(crate) fn shift(self, unit: &str, n: i64) -> Option<Point> {
        let n32 = i32::try_from(n).ok()?;
        Some(match (self, unit) {
            (Point::Quarter(y, q), "Y") => Point::Quarter(y.checked_add(n32)?, q),
            (Point::Quarter(y, q), "Q") => {
                let k = i64::from(y) * 4 + i64::from(q) - 1 + n;
                Point::Quarter(
                    i32::try_from(k.div_euclid(4)).ok()?,
                    (k.rem_euclid(4) + 1) as u32,
                )
            }
            (Point::Half(y, h), "Y") => Point::Half(y.checked_add(n32)?, h),
            (Point::Season(y, s), "Y") => Point::Season(y.checked_add(n32)?, s),
            (Point::Month(y, m), "Y") => Point::Month(y.checked_add(n32)?, m),
            (Point::Year(y), "Y") => Point::Year(y.checked_add(n32)?),
            (Point::Decade(d), "DE") => Point::Decade(d.checked_add(n32)?),
            (Point::Century(c), "CE") => Point::Century(c.checked_add(n32)?),
            (p, u) => {
                let d = p.first_day()?;
                let moved = shift_day(d, u, n)?;
                let target = match u {
                    "H" | "MIN" | "S" => "D",
                    "FN" => "W",
                    other => other,
                };
                Point::of_unit(target, moved)?
            }
        })
    }
}

/// First month of a season.
pub(crate) fn season_start(s: &str) -> u32 {
    match s {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

/// Move a day by `n` units.
pub(crate) fn shift_day(d: NaiveDate, unit: &str, n: i64) -> Option<NaiveDate> {
    let months = |k: i64| -> Option<NaiveDate> {
        let total = i64::from(d.year()) * 12 + i64::from(d.month0()) + k;
        let y = i32::try_from(total.div_euclid(12)).ok()?;
        let m = (total.rem_euclid(12) + 1) as u32;
        let last = last_day_of_month(y, m)?;
        NaiveDate::from_ymd_opt(y, m, d.day().min(last))
    };
    match unit {
        "D" => d.checked_add_signed(Duration::try_days(n)?),
        "W" | "WE" => d.checked_add_signed(Duration::try_weeks(n)?),
        "FN" => d.checked_add_signed(Duration::try_weeks(n.checked_mul(2)?)?),
        "M" => months(n),
        "Q" => months(n.checked_mul(3)?),
        "Y" => months(n.checked_mul(12)?),
        "DE" => months(n.checked_mul(120)?),
        "CE" => months(n.checked_mul(1200)?),
        "H" => d.checked_add_signed(Duration::try_days(n.div_euclid(24))?),
        "MIN" | "S" => Some(d),
        _ => None,
    }
}

/// Number of days in a month.
pub(crate) fn last_day_of_month(y: i32, m: u32) -> Option<u32> {
    let (ny, nm) = if m == 12 {
        (y.checked_add(1)?, 1)
    } else {
        (y, m + 1)
    };
    Some(NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()?.day())
}

/// The `n`th (1-based; 0 = last) weekday `wd` (1 = Monday) of a month.
pub(crate) fn nth_weekday(y: i32, m: u32, wd: u32, n: u32) -> Option<NaiveDate> {
    let wd = weekday_from_iso(wd)?;
    if n == 0 {
        let last = NaiveDate::from_ymd_opt(y, m, last_day_of_month(y, m)?)?;
        let back = (last.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
        return last.checked_sub_signed(Duration::days(i64::from(back)));
    }
    NaiveDate::from_weekday_of_month_opt(y, m, wd, u8::try_from(n).ok()?)
}

/// Western Easter Sunday (anonymous Gregorian algorithm).
pub(crate) fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// chrono weekday of an ISO number.
pub(crate) fn weekday_from_iso(wd: u32) -> Option<Weekday> {
    Some(match wd {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        7 => Weekday::Sun,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_shifts() {
        let d = NaiveDate::from_ymd_opt(2021, 6, 8).unwrap();
        assert_eq!(Point::of_unit("W", d).unwrap().value(), "2021-W23");
        assert_eq!(
            Point::Quarter(1989, 3).shift("Y", -1).unwrap().value(),
            "1988-Q3"
        );
        assert_eq!(
            Point::Quarter(1989, 1).shift("Q", -1).unwrap().value(),
            "1988-Q4"
        );
        assert_eq!(Point::Day(d).shift("M", -1).unwrap().value(), "2021-05");
        assert_eq!(Point::Decade(199).value(), "199X");
        assert_eq!(easter(2024).unwrap().to_string(), "2024-03-31");
        assert_eq!(
            nth_weekday(2016, 9, 1, 1).unwrap().to_string(),
            "2016-09-05"
        );
        assert_eq!(
            nth_weekday(2021, 5, 1, 0).unwrap().to_string(),
            "2021-05-31"
        );
    }
}
