//! Working days and due dates (SPEC §4; DOMAIN "Deadlines").
//!
//! Times are "local seconds": seconds since 1970-01-01 00:00 Vietnam time (UTC+7), so that a
//! day is `t.div_euclid(86_400)`. A working day has office periods (07:00–11:30 and 13:30–17:00
//! by default: 8 hours); a processing time of N working days is N × those hours of office time
//! counted from reception, so a dossier received after hours starts counting the next working
//! morning. Weekends and public holidays are skipped; the public holidays are data (an
//! administrator edits them), pre-filled by [`default_holidays`] from the lunar calendar.

use crate::{
    date::{Date, Weekday},
    lunar,
};
use std::collections::BTreeSet;

pub const DAY: i64 = 86_400;
/// Vietnam time is UTC+7 all year.
pub const VN_OFFSET: i64 = 7 * 3600;

/// Epoch seconds (UTC) to local seconds, and back.
pub fn to_local(epoch: i64) -> i64 {
    epoch + VN_OFFSET
}
pub fn to_epoch(local: i64) -> i64 {
    local - VN_OFFSET
}

/// A date filter's bound as typed ("dd/mm/yyyy"): the epoch second at which that day starts in
/// Vietnam or, for the end of a range (`end`), at which the next day starts, so that a range
/// is `from <= t < to`. `None` when left empty.
pub fn day_filter_bound(input: &str, end: bool) -> Result<Option<i64>, crate::date::DateError> {
    if input.trim().is_empty() {
        return Ok(None);
    }
    let start = to_epoch(Date::parse_dmy(input)?.to_days() * DAY);
    Ok(Some(if end { start + DAY } else { start }))
}

/// Why a day is a public holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Holiday {
    NewYear,
    Tet,
    HungKings,
    ReunificationDay,
    LabourDay,
    NationalDay,
    /// A day off given because a holiday fell on a weekend.
    Compensatory,
}

/// The public holidays of `year` under the Labour Code 2019 (art. 112): 1 January; Tết (the last
/// day of the lunar year and the first four of the new one: the government fixes the exact days
/// each year, which an administrator then edits); 10/3 lunar; 30 April and 1 May; 2 September
/// and the day before it. A holiday on a Saturday or Sunday gives the next working day off.
pub fn default_holidays(year: i32) -> Vec<(Date, Holiday)> {
    let mut days: Vec<(Date, Holiday)> = Vec::new();
    let d = |m, day| Date::new(year, m, day).expect("fixed holiday exists");
    days.push((d(1, 1), Holiday::NewYear));
    let tet = lunar::tet(year);
    for offset in -1..=3 {
        days.push((tet.add_days(offset), Holiday::Tet));
    }
    if let Some(hung) = lunar::lunar_to_solar(10, 3, year) {
        days.push((hung, Holiday::HungKings));
    }
    days.push((d(4, 30), Holiday::ReunificationDay));
    days.push((d(5, 1), Holiday::LabourDay));
    days.push((d(9, 1), Holiday::NationalDay));
    days.push((d(9, 2), Holiday::NationalDay));
    days.sort();
    let taken: BTreeSet<Date> = days.iter().map(|(d, _)| *d).collect();
    let mut extra = BTreeSet::new();
    for (day, _) in &days {
        if is_weekend(*day) {
            let mut next = day.add_days(1);
            while is_weekend(next) || taken.contains(&next) || extra.contains(&next) {
                next = next.add_days(1);
            }
            extra.insert(next);
        }
    }
    days.extend(extra.into_iter().map(|d| (d, Holiday::Compensatory)));
    days.sort();
    days
}

pub fn is_weekend(d: Date) -> bool {
    matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// When offices work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkCalendar {
    /// Public holidays and other days off (days since 1970-01-01).
    days_off: BTreeSet<i64>,
    /// Weekend days declared working days (to bridge a holiday).
    extra_working: BTreeSet<i64>,
    /// Office periods as (start, end) seconds of the day, in order.
    periods: Vec<(i64, i64)>,
}

impl Default for WorkCalendar {
    fn default() -> Self {
        WorkCalendar::new(Vec::new(), Vec::new())
    }
}

impl WorkCalendar {
    /// The default office hours (07:00–11:30, 13:30–17:00) with these days off and extra
    /// working days.
    pub fn new(days_off: Vec<Date>, extra_working: Vec<Date>) -> WorkCalendar {
        WorkCalendar {
            days_off: days_off.into_iter().map(Date::to_days).collect(),
            extra_working: extra_working.into_iter().map(Date::to_days).collect(),
            periods: vec![(7 * 3600, 11 * 3600 + 1800), (13 * 3600 + 1800, 17 * 3600)],
        }
    }

    /// Other office hours: (start, end) seconds of the day, sorted and not overlapping.
    pub fn with_periods(mut self, periods: Vec<(i64, i64)>) -> WorkCalendar {
        self.periods = periods;
        self
    }

    /// Office seconds in a working day (8 hours by default).
    pub fn day_length(&self) -> i64 {
        self.periods.iter().map(|(s, e)| e - s).sum()
    }

    pub fn is_working_day(&self, day: i64) -> bool {
        let weekend = is_weekend(Date::from_days(day));
        if self.days_off.contains(&day) {
            return false;
        }
        !weekend || self.extra_working.contains(&day)
    }

    /// The local instant after `amount` seconds of office time from `start`.
    pub fn add_working_time(&self, start: i64, amount: i64) -> i64 {
        if amount <= 0 {
            return start;
        }
        let mut remaining = amount;
        let mut t = start;
        // A processing time is at most a few hundred working days: bounded.
        for _ in 0..20_000 {
            let day = t.div_euclid(DAY);
            if self.is_working_day(day) {
                for &(s, e) in &self.periods {
                    let seg_start = t.max(day * DAY + s);
                    let seg_end = day * DAY + e;
                    if seg_start >= seg_end {
                        continue;
                    }
                    let available = seg_end - seg_start;
                    if remaining <= available {
                        return seg_start + remaining;
                    }
                    remaining -= available;
                    t = seg_end;
                }
            }
            t = (day + 1) * DAY;
        }
        t
    }

    /// Office seconds between two local instants (0 when `to` is not after `from`).
    pub fn working_time_between(&self, from: i64, to: i64) -> i64 {
        if to <= from {
            return 0;
        }
        let mut total = 0;
        for day in from.div_euclid(DAY)..=to.div_euclid(DAY) {
            if !self.is_working_day(day) {
                continue;
            }
            for &(s, e) in &self.periods {
                let a = from.max(day * DAY + s);
                let b = to.min(day * DAY + e);
                if b > a {
                    total += b - a;
                }
            }
        }
        total
    }

    /// The due instant of a dossier received at `received` (local) for a processing time of
    /// `days` working days, or calendar days (then the end of office hours of that day, moved to
    /// the next working day when it is not one).
    pub fn due(&self, received: i64, days: i64, calendar_days: bool) -> i64 {
        if !calendar_days {
            return self.add_working_time(received, days * self.day_length());
        }
        let mut day = received.div_euclid(DAY) + days.max(0);
        while !self.is_working_day(day) {
            day += 1;
        }
        day * DAY + self.periods.last().map_or(17 * 3600, |p| p.1)
    }

    /// The due instant moved back by the office time of a pause (supplement waiting, suspension)
    /// from `paused` to `resumed`.
    pub fn extend_for_pause(&self, due: i64, paused: i64, resumed: i64) -> i64 {
        self.add_working_time(due, self.working_time_between(paused, resumed))
    }
}

/// The next working day after the day of `now` (epoch seconds), as the epoch seconds at which it
/// starts and ends in Vietnam (`[from, to)`): the window of the officers' "due tomorrow" notice
/// (on a Friday, Monday's; before a holiday, the day after it).
pub fn next_working_day_window(cal: &WorkCalendar, now: i64) -> (i64, i64) {
    let mut day = to_local(now).div_euclid(DAY) + 1;
    while !cal.is_working_day(day) {
        day += 1;
    }
    (to_epoch(day * DAY), to_epoch((day + 1) * DAY))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_working_day_skips_weekends_and_days_off() {
        let at = |y, m, d, h: i64| to_epoch(Date::new(y, m, d).unwrap().to_days() * DAY + h * 3600);
        let window = |cal: &WorkCalendar, now| next_working_day_window(cal, now);
        let plain = WorkCalendar::default();
        // Tuesday 8 Dec 2026, 23:00 in Vietnam: Wednesday, in epoch seconds.
        assert_eq!(
            window(&plain, at(2026, 12, 8, 23)),
            (at(2026, 12, 9, 0), at(2026, 12, 10, 0))
        );
        // Friday 11 Dec: Monday 14 Dec.
        assert_eq!(
            window(&plain, at(2026, 12, 11, 9)),
            (at(2026, 12, 14, 0), at(2026, 12, 15, 0))
        );
        // A Monday off moves it to Tuesday; a Saturday worked brings it to Saturday.
        let off = WorkCalendar::new(vec![Date::new(2026, 12, 14).unwrap()], Vec::new());
        assert_eq!(window(&off, at(2026, 12, 11, 9)).0, at(2026, 12, 15, 0));
        let worked = WorkCalendar::new(Vec::new(), vec![Date::new(2026, 12, 12).unwrap()]);
        assert_eq!(window(&worked, at(2026, 12, 11, 9)).0, at(2026, 12, 12, 0));
    }

    #[test]
    fn a_date_filter_covers_whole_vietnamese_days() {
        assert_eq!(day_filter_bound("  ", false), Ok(None));
        // 01/01/2026 00:00 in Vietnam is 2025-12-31 17:00 UTC.
        assert_eq!(
            day_filter_bound("01/01/2026", false),
            Ok(Some(1_767_200_400))
        );
        assert_eq!(
            day_filter_bound("1/1/2026", true),
            Ok(Some(1_767_200_400 + DAY))
        );
        assert_eq!(
            day_filter_bound("31/02/2026", false),
            Err(crate::date::DateError::Invalid)
        );
        assert_eq!(
            day_filter_bound("2026", true),
            Err(crate::date::DateError::Format)
        );
    }
    use proptest::prelude::*;

    fn at(y: i32, m: u8, d: u8, h: i64, min: i64) -> i64 {
        Date::new(y, m, d).unwrap().to_days() * DAY + h * 3600 + min * 60
    }

    #[test]
    fn holidays_of_2026() {
        let h = default_holidays(2026);
        let has = |m, d| h.iter().any(|(x, _)| *x == Date::new(2026, m, d).unwrap());
        assert!(has(1, 1));
        // Tết 2026: 17 February; the eve and the first four days.
        for d in 16..=20 {
            assert!(has(2, d), "Tết {d}/2");
        }
        assert!(has(4, 26), "Giỗ Tổ Hùng Vương, 10/3 lunar");
        assert!(has(4, 27), "26 April 2026 is a Sunday: Monday off");
        assert!(has(4, 30) && has(5, 1) && has(9, 1) && has(9, 2));
    }

    #[test]
    fn working_days_are_counted_from_reception() {
        let cal = WorkCalendar::new(vec![], vec![]);
        assert_eq!(cal.day_length(), 8 * 3600);
        // Monday 23/11/2026 09:00 + 3 working days → Thursday 09:00.
        assert_eq!(
            cal.due(at(2026, 11, 23, 9, 0), 3, false),
            at(2026, 11, 26, 9, 0)
        );
        // Received Friday 16:00 + 1 day → Monday 16:00 (one office hour on Friday, seven on Monday).
        assert_eq!(
            cal.due(at(2026, 11, 27, 16, 0), 1, false),
            at(2026, 11, 30, 16, 0)
        );
        // Received Friday 18:30 (after hours) + 1 day → Monday 17:00: counted from Monday morning.
        assert_eq!(
            cal.due(at(2026, 11, 27, 18, 30), 1, false),
            at(2026, 11, 30, 17, 0)
        );
        // Lunch is not office time: received 11:00 + 1 hour → 14:00.
        assert_eq!(
            cal.add_working_time(at(2026, 11, 23, 11, 0), 3600),
            at(2026, 11, 23, 14, 0)
        );
    }

    #[test]
    fn holidays_are_skipped() {
        let days: Vec<Date> = default_holidays(2026).into_iter().map(|(d, _)| d).collect();
        let cal = WorkCalendar::new(days, vec![]);
        // Friday 13/2/2026 09:00 + 2 working days: Tết 16–20/2 and the weekends are skipped.
        assert_eq!(
            cal.due(at(2026, 2, 13, 9, 0), 2, false),
            at(2026, 2, 24, 9, 0)
        );
        // Calendar days landing on a holiday move to the next working day.
        assert_eq!(
            cal.due(at(2026, 4, 20, 9, 0), 10, true),
            at(2026, 5, 4, 17, 0)
        );
    }

    #[test]
    fn a_pause_pushes_the_due_date_back() {
        let cal = WorkCalendar::new(vec![], vec![]);
        let received = at(2026, 11, 23, 9, 0);
        let due = cal.due(received, 5, false);
        // Paused from Tuesday 9:00 to Thursday 9:00 (two working days): due two days later.
        let paused = at(2026, 11, 24, 9, 0);
        let resumed = at(2026, 11, 26, 9, 0);
        assert_eq!(
            cal.extend_for_pause(due, paused, resumed),
            cal.due(received, 7, false)
        );
    }

    proptest! {
        #[test]
        fn adding_then_measuring_gives_back_the_time(start in 0i64..(60 * 365 * DAY), amount in 0i64..(200 * 8 * 3600)) {
            let cal = WorkCalendar::new(default_holidays(2026).into_iter().map(|(d, _)| d).collect(), vec![]);
            let end = cal.add_working_time(start, amount);
            prop_assert!(end >= start);
            prop_assert_eq!(cal.working_time_between(start, end), amount);
        }
    }
}
