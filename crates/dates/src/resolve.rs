//! Resolution: an [`Expr`] plus the publication date, the tense and the
//! earlier mentions → a TIMEX3 type and value.

use crate::calendar::{easter, nth_weekday, shift_day, Point};
use crate::expr::{is_time_unit, Day, Expr, QuarterBase, Rel, YearRef};
use crate::tense::Direction;
use chrono::{Datelike, Duration, NaiveDate};
use model::TimexType;

/// What a value was resolved against (indices are into the mentions of one text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// Absolute.
    None,
    /// The publication date.
    Dct,
    /// An earlier mention.
    Mention(usize),
    /// Relative, but nothing to resolve it against.
    Unresolved,
}

/// The document state that resolution reads and updates.
#[derive(Debug, Clone, Default)]
pub(crate) struct Context {
    pub(crate) dct: Option<NaiveDate>,
    /// The last day mentioned, with the mention that gave it.
    pub(crate) last_day: Option<(NaiveDate, usize)>,
    /// The last calendar point mentioned (any granularity).
    pub(crate) last_point: Option<(Point, usize)>,
    /// The sentence of `last_point`.
    pub(crate) last_point_sentence: usize,
    /// The last quarter mentioned or resolved (`the quarter` included).
    pub(crate) last_quarter: Option<(Point, usize)>,
    /// The sentence of `last_quarter`.
    pub(crate) last_quarter_sentence: usize,
    /// The sentence being resolved.
    pub(crate) sentence: usize,
    /// The hour of the last clock time, with its day.
    pub(crate) last_clock: Option<(NaiveDate, u32)>,
}

impl Context {
    /// The quarter under discussion: one mentioned in this or the two sentences before.
    fn recent_quarter(&self) -> Option<(Point, usize)> {
        self.last_quarter
            .filter(|_| self.sentence.saturating_sub(self.last_quarter_sentence) <= 2)
    }
}

/// A resolved value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Resolved {
    pub(crate) ty: TimexType,
    pub(crate) value: String,
    pub(crate) anchor: Anchor,
    pub(crate) granularity: Option<String>,
    pub(crate) quant: Option<String>,
    pub(crate) freq: Option<String>,
    /// The calendar point, for later anchoring.
    pub(crate) point: Option<Point>,
}

impl Resolved {
    fn new(ty: TimexType, value: String, anchor: Anchor, gran: Option<&str>) -> Resolved {
        Resolved {
            ty,
            value,
            anchor,
            granularity: gran.map(String::from),
            quant: None,
            freq: None,
            point: None,
        }
    }
    /// A DATE with nothing to resolve it against: `XXXX-XX-XX`.
    fn unknown_date() -> Resolved {
        Resolved::new(
            TimexType::Date,
            "XXXX-XX-XX".into(),
            Anchor::Unresolved,
            None,
        )
    }

    fn point(p: Point, anchor: Anchor) -> Resolved {
        Resolved {
            point: Some(p),
            ..Resolved::new(TimexType::Date, p.value(), anchor, Some(p.granularity()))
        }
    }
}

/// Which of a past and a future candidate the clause means.
fn choose(
    dct: NaiveDate,
    past: Option<NaiveDate>,
    future: Option<NaiveDate>,
    dir: Direction,
) -> Option<NaiveDate> {
    match (past, future) {
        (Some(p), Some(f)) => Some(match dir {
            // A tense marker rarely outweighs a calendar: `paid Dec. 15` written in late
            // October is the coming December.
            Direction::Past if (dct - p).num_days() > 270 && (f - dct).num_days() < 60 => f,
            Direction::Future | Direction::FutureWeak
                if (f - dct).num_days() > 270 && (dct - p).num_days() < 60 =>
            {
                p
            }
            Direction::Past => p,
            Direction::Future | Direction::FutureWeak => f,
            Direction::Unknown => {
                if (dct - p).num_days() <= 240 || (dct - p) <= (f - dct) {
                    p
                } else {
                    f
                }
            }
        }),
        (p, f) => p.or(f),
    }
}

/// The last occurrence of month/day on or before the DCT and the next one after it.
fn around(dct: NaiveDate, m: u32, d: u32) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let at = |y: i32| NaiveDate::from_ymd_opt(y, m, d);
    match at(dct.year()) {
        Some(t) if t <= dct => (Some(t), at(dct.year() + 1)),
        Some(t) => (at(dct.year() - 1), Some(t)),
        None => (at(dct.year() - 1), at(dct.year() + 1)),
    }
}

/// The occurrence of month/day nearest the DCT in the direction of the clause.
fn month_day(dct: NaiveDate, m: u32, d: u32, dir: Direction) -> Option<NaiveDate> {
    let (past, future) = around(dct, m, d);
    // A date on the publication day counts as past whatever the tense.
    if past == Some(dct) {
        return past;
    }
    choose(dct, past, future, dir)
}

/// `Saturday, April 25`: of the last and the next occurrence of the day around the
/// publication date, the one falling on that weekday; when neither does, the tense
/// decides as for a bare month and day.
fn month_day_wd(dct: NaiveDate, m: u32, d: u32, wd: u32, dir: Direction) -> Option<NaiveDate> {
    let (past, future) = around(dct, m, d);
    let on_wd = |t: &NaiveDate| t.weekday().number_from_monday() == wd;
    match (past.filter(on_wd), future.filter(on_wd)) {
        (Some(t), None) | (None, Some(t)) => Some(t),
        _ => month_day(dct, m, d, dir),
    }
}

fn weekday_date(dct: NaiveDate, wd: u32, rel: Rel, dir: Direction) -> NaiveDate {
    let cur = dct.weekday().number_from_monday();
    let back = i64::from((cur + 7 - wd) % 7);
    let fwd = i64::from((wd + 7 - cur) % 7);
    let past = dct - Duration::days(if back == 0 { 7 } else { back });
    let future = dct + Duration::days(if fwd == 0 { 7 } else { fwd });
    match rel {
        Rel::Last | Rel::ThisPast => past,
        Rel::Next | Rel::ThisComing => future,
        Rel::This => {
            // `this Friday`: the one of the current week.
            dct + Duration::days(i64::from(wd) - i64::from(cur))
        }
        Rel::None => {
            if back == 0 {
                dct
            } else if dir == Direction::Future {
                future
            } else {
                past
            }
        }
    }
}

/// Resolve a day; `None` for the anchor when there is nothing to resolve against.
fn day(ctx: &Context, dy: &Day, dir: Direction) -> Option<(NaiveDate, Anchor)> {
    match *dy {
        Day::Date { y: Some(y), m, d } => Some((NaiveDate::from_ymd_opt(y, m, d)?, Anchor::None)),
        Day::Date { y: None, m, d } => Some((month_day(ctx.dct?, m, d, dir)?, Anchor::Dct)),
        Day::OfMonth(d) => {
            // The month of the day or month mentioned last (three sentences back at
            // most), unless that contradicts the tense (a past event after
            // publication, a coming one before); else the
            // publication's month, or the one before or after by the tense.
            let near = ctx.sentence.saturating_sub(ctx.last_point_sentence) <= 3;
            let from_context = match ctx.last_point.filter(|_| near) {
                Some((Point::Day(x), i)) => Some((x.year(), x.month(), i)),
                Some((Point::Month(y, m), i)) => Some((y, m, i)),
                _ => None,
            }
            .and_then(|(y, m, i)| Some((NaiveDate::from_ymd_opt(y, m, d)?, i)))
            .filter(|&(x, _)| {
                ctx.dct.is_none_or(|t| match dir {
                    Direction::Past => x <= t,
                    Direction::Future | Direction::FutureWeak => x >= t,
                    Direction::Unknown => true,
                })
            });
            if let Some((x, i)) = from_context {
                return Some((x, Anchor::Mention(i)));
            }
            let t = ctx.dct?;
            let ahead = matches!(dir, Direction::Future | Direction::FutureWeak);
            let months = match (d > t.day(), ahead) {
                (true, false) => -1,
                (false, true) if d < t.day() => 1,
                _ => 0,
            };
            let Point::Month(y, m) = Point::Month(t.year(), t.month()).shift("M", months)? else {
                return None;
            };
            Some((NaiveDate::from_ymd_opt(y, m, d)?, Anchor::Dct))
        }
        Day::DateWd { m, d, wd } => Some((month_day_wd(ctx.dct?, m, d, wd, dir)?, Anchor::Dct)),
        Day::DateRel { yrel, m, d } => Some((
            NaiveDate::from_ymd_opt(ctx.dct?.year().checked_add(yrel)?, m, d)?,
            Anchor::Dct,
        )),
        Day::Weekday { wd, rel } => Some((weekday_date(ctx.dct?, wd, rel, dir), Anchor::Dct)),
        Day::WeekdayFrom { wd, after } => match ctx.last_day {
            Some((d, i)) => {
                let cur = d.weekday().number_from_monday();
                // Strictly after (or before) the mentioned day: 1..=7 days away.
                let n = if after {
                    i64::from((wd + 6 - cur) % 7 + 1)
                } else {
                    -i64::from((cur + 6 - wd) % 7 + 1)
                };
                Some((d.checked_add_signed(Duration::days(n))?, Anchor::Mention(i)))
            }
            None => {
                let rel = if after { Rel::Next } else { Rel::Last };
                Some((weekday_date(ctx.dct?, wd, rel, dir), Anchor::Dct))
            }
        },
        Day::Deictic(n) => Some((ctx.dct?.checked_add_signed(Duration::days(n))?, Anchor::Dct)),
        Day::Anchored(n) => {
            let (d, i) = ctx.last_day?;
            Some((d.checked_add_signed(Duration::days(n))?, Anchor::Mention(i)))
        }
        Day::Context(n) => match ctx.last_day {
            Some((d, i)) => Some((d.checked_add_signed(Duration::days(n))?, Anchor::Mention(i))),
            None => Some((ctx.dct?.checked_add_signed(Duration::days(n))?, Anchor::Dct)),
        },
        Day::Overnight => {
            let d = ctx.dct?;
            Some((
                if dir == Direction::Future {
                    d
                } else {
                    d.pred_opt()?
                },
                Anchor::Dct,
            ))
        }
    }
}

/// A point of unit `unit` inside the coarser `base`, not known more closely
/// (`2024-03-XX`, `2019-WXX`, `2019-XX`).
fn partly_known(base: Point, unit: &str, a: Anchor) -> Resolved {
    let y = base.first_day().map_or(0, |d| d.year());
    let (v, g) = match (base, Point::unit_rank(unit)) {
        (Point::Month(y, m), 0) => (format!("{y:04}-{m:02}-XX"), "day"),
        (_, 0) => (format!("{y:04}-XX-XX"), "day"),
        (_, 1) => (format!("{y:04}-WXX"), "week"),
        _ => (format!("{y:04}-XX"), "month"),
    };
    Resolved::new(TimexType::Date, v, a, Some(g))
}

fn unresolved_day(dy: &Day) -> String {
    match *dy {
        Day::Date { m, d, .. } | Day::DateRel { m, d, .. } | Day::DateWd { m, d, .. } => {
            format!("XXXX-{m:02}-{d:02}")
        }
        Day::Weekday { wd, .. } | Day::WeekdayFrom { wd, .. } => format!("XXXX-WXX-{wd}"),
        Day::OfMonth(d) => format!("XXXX-XX-{d:02}"),
        _ => "XXXX-XX-XX".into(),
    }
}

fn holiday_in(rule: &str, y: i32) -> Option<NaiveDate> {
    if let Some(off) = rule.strip_prefix("EASTER") {
        let n: i64 = off.parse().ok()?;
        return easter(y)?.checked_add_signed(Duration::days(n));
    }
    let parts: Vec<&str> = rule.split('-').collect();
    let m: u32 = parts.first()?.parse().ok()?;
    match parts.len() {
        2 => NaiveDate::from_ymd_opt(y, m, parts[1].parse().ok()?),
        3 => {
            let wd: u32 = parts[1].parse().ok()?;
            let n: u32 = if parts[2] == "L" {
                0
            } else {
                parts[2].parse().ok()?
            };
            nth_weekday(y, m, wd, n)
        }
        _ => None,
    }
}

/// Resolve an expression in its context; `None` when the result leaves the
/// years 0–9999 (`9999 quarters ago`).
pub(crate) fn resolve(ctx: &Context, e: &Expr, dir: Direction) -> Option<Resolved> {
    resolve_inner(ctx, e, dir).filter(|r| {
        r.point
            .and_then(Point::first_day)
            .is_none_or(|d| (0..=9999).contains(&d.year()))
            && !r.value.starts_with('-')
    })
}

fn resolve_inner(ctx: &Context, e: &Expr, dir: Direction) -> Option<Resolved> {
    let dct = ctx.dct;
    Some(match e {
        Expr::Day(dy) => {
            // `last October … that same day`: the last mention is a month (or year) more
            // recent than any day named: the day is not known.
            if let (Day::Anchored(0), Some((p, i))) = (dy, ctx.last_point) {
                let later = ctx.last_day.is_none_or(|(_, j)| i > j);
                let v = match p {
                    Point::Month(..) if later => Some(format!("{}-XX", p.value())),
                    Point::Year(_) if later => Some(format!("{}-XX-XX", p.value())),
                    _ => None,
                };
                if let Some(v) = v {
                    return Some(Resolved::new(
                        TimexType::Date,
                        v,
                        Anchor::Mention(i),
                        Some("day"),
                    ));
                }
            }
            match day(ctx, dy, dir) {
                Some((d, a)) => Resolved::point(Point::Day(d), a),
                // `the next day` with no day before it: an event's day, not a date.
                None if matches!(dy, Day::Anchored(_)) => return None,
                None => Resolved::new(
                    TimexType::Date,
                    unresolved_day(dy),
                    Anchor::Unresolved,
                    Some("day"),
                ),
            }
        }
        Expr::Time {
            day: dy,
            clock,
            part,
        } => {
            let (d, a) = match day(ctx, dy, dir) {
                Some((d, a)) => {
                    // A bare early-morning clock time after a late-evening one (`a curfew from
                    // 8 p.m. to 6 a.m.`): past midnight, the next day.
                    let d = match (dy, clock, ctx.last_clock) {
                        (Day::Context(0), Some((h, _)), Some((ld, lh)))
                            if ld == d && lh >= 18 && *h <= 8 =>
                        {
                            d.succ_opt().unwrap_or(d)
                        }
                        _ => d,
                    };
                    (d.format("%Y-%m-%d").to_string(), a)
                }
                None if matches!(dy, Day::Anchored(_)) => return None,
                None => (unresolved_day(dy), Anchor::Unresolved),
            };
            let t = match (clock, part) {
                (Some((h, m)), _) => format!("T{h:02}:{m:02}"),
                (None, Some(p)) => format!("T{p}"),
                (None, None) => String::new(),
            };
            let mut r = Resolved::new(
                TimexType::Time,
                format!("{d}{t}"),
                a,
                Some(if clock.is_some() {
                    "minute"
                } else {
                    "part-of-day"
                }),
            );
            if let Ok(nd) = NaiveDate::parse_from_str(&d, "%Y-%m-%d") {
                r.point = Some(Point::Day(nd));
            }
            r
        }
        Expr::Month { y, yrel, m, rel } => {
            if let Some(y) = y {
                return Some(Resolved::point(Point::Month(*y, *m), Anchor::None));
            }
            let Some(dct) = dct else {
                return Some(Resolved::new(
                    TimexType::Date,
                    format!("XXXX-{m:02}"),
                    Anchor::Unresolved,
                    Some("month"),
                ));
            };
            if let Some(k) = yrel {
                return Some(Resolved::point(
                    Point::Month(dct.year() + k, *m),
                    Anchor::Dct,
                ));
            }
            let cur = dct.month();
            let y = match rel {
                Rel::Last | Rel::ThisPast => {
                    if *m < cur {
                        dct.year()
                    } else {
                        dct.year() - 1
                    }
                }
                Rel::Next | Rel::ThisComing => {
                    if *m > cur {
                        dct.year()
                    } else {
                        dct.year() + 1
                    }
                }
                Rel::This => dct.year(),
                Rel::None => {
                    if *m == cur {
                        dct.year()
                    } else {
                        let past = NaiveDate::from_ymd_opt(
                            if *m < cur { dct.year() } else { dct.year() - 1 },
                            *m,
                            15,
                        );
                        let fut = NaiveDate::from_ymd_opt(
                            if *m > cur { dct.year() } else { dct.year() + 1 },
                            *m,
                            15,
                        );
                        choose(dct, past, fut, dir)?.year()
                    }
                }
            };
            Resolved::point(Point::Month(y, *m), Anchor::Dct)
        }
        Expr::Year(y) => Resolved::point(Point::Year(*y), Anchor::None),
        Expr::Decade(d) => Resolved::point(Point::Decade(*d), Anchor::None),
        Expr::Century(c) => Resolved::point(Point::Century(*c), Anchor::None),
        Expr::Season {
            s,
            y,
            rel,
            anchored,
        } => {
            let code: &'static str = match s.as_str() {
                "SP" => "SP",
                "SU" => "SU",
                "FA" => "FA",
                _ => "WI",
            };
            if let Some(y) = y {
                return Some(Resolved::point(Point::Season(*y, code), Anchor::None));
            }
            // `that summer` after `in 2019`: the season of that year.
            if let (true, Some((p, i))) = (*anchored, ctx.last_point) {
                if let Some(f) = p.first_day() {
                    return Some(Resolved::point(
                        Point::Season(f.year(), code),
                        Anchor::Mention(i),
                    ));
                }
            }
            let Some(dct) = dct else {
                return Some(Resolved::new(
                    TimexType::Date,
                    format!("XXXX-{code}"),
                    Anchor::Unresolved,
                    Some("season"),
                ));
            };
            let start = |y: i32| Point::Season(y, code).first_day();
            let y0 = dct.year();
            let inside = |y: i32| {
                start(y).is_some_and(|s| s <= dct && dct < shift_day(s, "M", 3).unwrap_or(s))
            };
            let y = if inside(y0) || inside(y0 - 1) {
                let cur = if inside(y0) { y0 } else { y0 - 1 };
                match rel {
                    Rel::Last | Rel::ThisPast => cur - 1,
                    Rel::Next | Rel::ThisComing => cur + 1,
                    _ => cur,
                }
            } else {
                let past = if start(y0).is_some_and(|s| s < dct) {
                    y0
                } else {
                    y0 - 1
                };
                match rel {
                    Rel::Last | Rel::ThisPast => past,
                    Rel::Next | Rel::ThisComing => past + 1,
                    // `this summer` outside summer: the nearer of the last one and the
                    // next one (in March the coming summer, in January the one just past).
                    Rel::This => {
                        let since = start(past)
                            .and_then(|s| shift_day(s, "M", 3))
                            .map(|end| (dct - end).num_days());
                        let until = start(past + 1).map(|s| (s - dct).num_days());
                        match (since, until) {
                            (Some(a), Some(b)) if b < a => past + 1,
                            _ => past,
                        }
                    }
                    _ => match dir {
                        Direction::Future | Direction::FutureWeak => past + 1,
                        _ => past,
                    },
                }
            };
            Resolved::point(Point::Season(y, code), Anchor::Dct)
        }
        Expr::Quarter { q, y, rel, base } => {
            let base_year = |yr: &YearRef| -> Option<(i32, Anchor)> {
                match yr {
                    YearRef::Explicit(y) => Some((*y, Anchor::None)),
                    YearRef::Rel(k) => Some((dct?.year() + k, Anchor::Dct)),
                }
            };
            match (q, y) {
                (Some(q), _) => match base_year(y) {
                    // `profit grew in the fourth quarter`, written in June: the last one.
                    Some((yy, a @ Anchor::Dct))
                        if dir == Direction::Past
                            && *y == YearRef::Rel(0)
                            && Point::Quarter(yy, *q)
                                .first_day()
                                .zip(dct)
                                .is_some_and(|(s, d)| s > d) =>
                    {
                        Resolved::point(Point::Quarter(yy - 1, *q).shift("Q", i64::from(*rel))?, a)
                    }
                    Some((yy, a)) => {
                        Resolved::point(Point::Quarter(yy, *q).shift("Q", i64::from(*rel))?, a)
                    }
                    None => Resolved::new(
                        TimexType::Date,
                        format!("XXXX-Q{q}"),
                        Anchor::Unresolved,
                        Some("quarter"),
                    ),
                },
                // `the 1988 quarter`, `the 1989 period`: the quarter under discussion, in
                // that year; with none named lately, the year.
                (None, YearRef::Explicit(yy)) => match ctx.recent_quarter() {
                    Some((Point::Quarter(_, qn), i)) => {
                        Resolved::point(Point::Quarter(*yy, qn), Anchor::Mention(i))
                    }
                    _ => Resolved::point(Point::Year(*yy), Anchor::None),
                },
                (None, _) => {
                    let context = ctx.last_point.filter(|_| *base == QuarterBase::Context);
                    let (base, a) = match context {
                        Some((p @ Point::Quarter(..), i)) if *rel != -1 && *rel != 1 => {
                            (p, Anchor::Mention(i))
                        }
                        _ => match dct {
                            Some(d) => {
                                let d =
                                    if (*rel == 0 || *rel == -4) && *base != QuarterBase::Current {
                                        d - Duration::days(45)
                                    } else {
                                        d
                                    };
                                (Point::of_unit("Q", d)?, Anchor::Dct)
                            }
                            None => {
                                return Some(Resolved::new(
                                    TimexType::Date,
                                    "XXXX-QX".into(),
                                    Anchor::Unresolved,
                                    Some("quarter"),
                                ))
                            }
                        },
                    };
                    let shifted = if *rel == -4 {
                        base.shift("Y", -1)?
                    } else {
                        base.shift("Q", i64::from(*rel))?
                    };
                    Resolved::point(shifted, a)
                }
            }
        }
        Expr::Half { h, y } => match y {
            YearRef::Explicit(y) => Resolved::point(Point::Half(*y, *h), Anchor::None),
            YearRef::Rel(k) => match dct {
                Some(d) => Resolved::point(Point::Half(d.year() + k, *h), Anchor::Dct),
                None => Resolved::new(
                    TimexType::Date,
                    format!("XXXX-H{h}"),
                    Anchor::Unresolved,
                    Some("half"),
                ),
            },
        },
        Expr::Holiday {
            rule,
            y,
            rel,
            weekend,
        } => {
            let (d, a) = match (y, dct) {
                (Some(y), _) => (holiday_in(rule, *y)?, Anchor::None),
                (None, Some(dct)) => {
                    let this = holiday_in(rule, dct.year())?;
                    let (past, fut) = if this <= dct {
                        (Some(this), holiday_in(rule, dct.year() + 1))
                    } else {
                        (holiday_in(rule, dct.year() - 1), Some(this))
                    };
                    let d = match rel {
                        Rel::Last | Rel::ThisPast => past?,
                        Rel::Next | Rel::ThisComing => fut?,
                        Rel::This => this,
                        Rel::None => choose(dct, past, fut, dir)?,
                    };
                    (d, Anchor::Dct)
                }
                (None, None) => {
                    return Some(Resolved::new(
                        TimexType::Date,
                        "XXXX-XX-XX".into(),
                        Anchor::Unresolved,
                        Some("day"),
                    ));
                }
            };
            if *weekend {
                // A Monday holiday closes the weekend before it.
                let w = if d.weekday().number_from_monday() == 1 {
                    d - Duration::days(1)
                } else {
                    d
                };
                Resolved::point(Point::of_unit("WE", w)?, a)
            } else {
                Resolved::point(Point::Day(d), a)
            }
        }
        Expr::Holidays => match dct {
            Some(d) => Resolved::point(
                Point::Month(
                    if d.month() >= 6 {
                        d.year()
                    } else {
                        d.year() - 1
                    },
                    12,
                ),
                Anchor::Dct,
            ),
            None => Resolved::new(
                TimexType::Date,
                "XXXX-12".into(),
                Anchor::Unresolved,
                Some("month"),
            ),
        },
        Expr::UnitRel {
            rel,
            unit,
            anchored,
        } => {
            let (base, a) = match (anchored, ctx.last_point, dct) {
                // `that month` after `in 1995`: which month is not known.
                (true, Some((p, _)), _) if p.rank() > Point::unit_rank(unit) => {
                    return Some(Resolved::unknown_date());
                }
                (true, Some((p, i)), _) => (p.first_day()?, Anchor::Mention(i)),
                (_, _, Some(d)) => (d, Anchor::Dct),
                _ => {
                    return Some(Resolved::unknown_date());
                }
            };
            // `the weekend` read on a weekday is the one just past, unless the clause looks ahead.
            let rel = if unit == "WE"
                && *rel == 0
                && !anchored
                && base.weekday().number_from_monday() <= 5
                && matches!(dir, Direction::Past | Direction::Unknown)
            {
                -1
            } else {
                *rel
            };
            let p = Point::of_unit(unit, base)?.shift(unit, rel)?;
            Resolved::point(p, a)
        }
        Expr::Ago { n, unit } => {
            let Some(d) = dct else {
                return Some(Resolved::unknown_date());
            };
            let k = n.round() as i64;
            // `a year ago` in a report on a quarter: that quarter a year before.
            let p = match (unit.as_str(), ctx.last_quarter.or(ctx.last_point)) {
                ("Y", Some((q @ Point::Quarter(..), _))) if k == 1 => q.shift("Y", -1)?,
                (u, _) if is_time_unit(u) => Point::Day(d),
                (u, _) => Point::Day(d).shift(u, -k)?,
            };
            Resolved::point(p, Anchor::Dct)
        }
        Expr::Shift {
            n,
            unit,
            dir: sign,
            comparative,
        } => {
            let k = n.round() as i64 * sign;
            // `the year-ago results` after `the 1988 period`: that period itself; after
            // a period of the publication year, a year before it; else the year before.
            if let (true, Some(d)) = (*comparative, dct) {
                let y0 = d.year();
                let quarter = ctx
                    .last_quarter
                    .filter(|(q, _)| q.first_day().is_some_and(|f| f.year() == y0));
                let (p, a) = match quarter.or(ctx.last_point) {
                    Some((p, i)) => match p.first_day().map(|f| f.year()) {
                        Some(y) if y == y0 => (p.shift(unit, k)?, Anchor::Mention(i)),
                        Some(y) if y == y0 - 1 => (p, Anchor::Mention(i)),
                        _ => (Point::Year(y0 - 1), Anchor::Dct),
                    },
                    None => (Point::Year(y0 - 1), Anchor::Dct),
                };
                return Some(Resolved::point(p, a));
            }
            // `a year earlier` after `the third quarter … 1989`: that quarter, not the year.
            let last = match (unit.as_str(), k.abs(), ctx.last_point) {
                ("Y", 1, Some((Point::Year(_), _))) => ctx.recent_quarter().or(ctx.last_point),
                _ => ctx.last_point,
            };
            let (base, a) = match (last, dct) {
                (Some((p, i)), _) => (p, Anchor::Mention(i)),
                (None, Some(d)) => (Point::Day(d), Anchor::Dct),
                (None, None) => {
                    return Some(Resolved::unknown_date());
                }
            };
            // `opened in March … two days later`: a day of that month, which one unknown.
            if matches!(a, Anchor::Mention(_)) && base.rank() > Point::unit_rank(unit) {
                return Some(partly_known(base, unit, a));
            }
            Resolved::point(base.shift(unit, k)?, a)
        }
        Expr::Duration(v) => Resolved::new(TimexType::Duration, v.clone(), Anchor::None, None),
        Expr::Set { value, quant, freq } => {
            let mut r = Resolved::new(TimexType::Set, value.clone(), Anchor::None, None);
            r.quant = quant.clone();
            r.freq = freq.clone();
            r
        }
        Expr::Ref(v) => Resolved::new(TimexType::Date, v.clone(), Anchor::None, None),
    })
}
