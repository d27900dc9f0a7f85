//! Civil dates (proleptic Gregorian) with the day arithmetic the portal needs, and the
//! "dd/mm/yyyy" form Vietnamese readers use.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Nothing was typed.
    Empty,
    /// Not of the form day/month/year.
    Format,
    /// A day that does not exist, such as 31/02/2000.
    Invalid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

pub fn is_leap(year: i32) -> bool {
    (year.rem_euclid(4) == 0 && year.rem_euclid(100) != 0) || year.rem_euclid(400) == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date, if it exists (years 1..=9999).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month))
        .then_some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01 (`civil_from_days`). Clamped to years 1..=9999.
    pub fn from_days(days: i64) -> Date {
        let days = days.clamp(Date::MIN.to_days(), Date::MAX.to_days());
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub const MIN: Date = Date {
        year: 1,
        month: 1,
        day: 1,
    };
    pub const MAX: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        match (self.to_days() + 3).rem_euclid(7) {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }

    /// "27/03/1990", "27-03-1990", "27.3.1990", " 7/3/1990 ".
    pub fn parse_dmy(input: &str) -> Result<Date, DateError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(DateError::Empty);
        }
        let parts: Vec<&str> = s.split(['/', '-', '.']).collect();
        let [d, m, y] = parts.as_slice() else {
            return Err(DateError::Format);
        };
        let digits = |p: &str, min: usize, max: usize| {
            (min..=max).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit())
        };
        if !(digits(d, 1, 2) && digits(m, 1, 2) && digits(y, 4, 4)) {
            return Err(DateError::Format);
        }
        let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u8>(), m.parse::<u8>(), y.parse::<i32>()) else {
            return Err(DateError::Format);
        };
        Date::new(y, m, d).ok_or(DateError::Invalid)
    }

    /// "1990-03-27" (how dates are stored).
    pub fn parse_iso(input: &str) -> Result<Date, DateError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(DateError::Empty);
        }
        let parts: Vec<&str> = s.split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(DateError::Format);
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(DateError::Format);
        }
        let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u8>(), d.parse::<u8>()) else {
            return Err(DateError::Format);
        };
        Date::new(y, m, d).ok_or(DateError::Invalid)
    }

    pub fn format_dmy(self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format_dmy())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_the_forms_people_type() {
        let d = Date::new(1990, 3, 27).unwrap();
        for s in ["27/03/1990", "27-03-1990", "27.3.1990", " 27/3/1990 "] {
            assert_eq!(Date::parse_dmy(s), Ok(d), "{s}");
        }
        assert_eq!(Date::parse_dmy(""), Err(DateError::Empty));
        assert_eq!(Date::parse_dmy("1990-03-27"), Err(DateError::Format));
        assert_eq!(Date::parse_dmy("27/03/90"), Err(DateError::Format));
        assert_eq!(Date::parse_dmy("aa/bb/cccc"), Err(DateError::Format));
        assert_eq!(Date::parse_dmy("31/02/2000"), Err(DateError::Invalid));
        assert_eq!(Date::parse_dmy("29/02/1900"), Err(DateError::Invalid));
        assert!(Date::parse_dmy("29/02/2000").is_ok());
        assert_eq!(d.format_dmy(), "27/03/1990");
        assert_eq!(d.iso(), "1990-03-27");
        assert_eq!(Date::parse_iso("1990-03-27"), Ok(d));
    }

    #[test]
    fn known_days_and_weekdays() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
        assert_eq!(Date::new(2026, 11, 22).unwrap().weekday(), Weekday::Sunday);
        assert_eq!(Date::new(2025, 7, 1).unwrap().weekday(), Weekday::Tuesday);
        assert_eq!(Date::new(2000, 3, 1).unwrap().to_days(), 11_017);
        assert_eq!(
            Date::new(2024, 2, 28).unwrap().add_days(1),
            Date::new(2024, 2, 29).unwrap()
        );
    }

    proptest! {
        #[test]
        fn days_round_trip(days in -719_162i64..2_932_897) {
            let d = Date::from_days(days);
            prop_assert_eq!(d.to_days(), days);
            prop_assert_eq!(Date::parse_dmy(&d.format_dmy()), Ok(d));
            prop_assert_eq!(Date::parse_iso(&d.iso()), Ok(d));
        }

        #[test]
        fn consecutive_days_are_one_weekday_apart(days in -100_000i64..100_000) {
            let a = Date::from_days(days).weekday() as i64;
            let b = Date::from_days(days + 1).weekday() as i64;
            prop_assert_eq!((a + 1) % 7, b);
        }
    }
}
