//! The Vietnamese lunar calendar (UTC+7), after Hồ Ngọc Đức's published algorithm (astronomical
//! new moons and solar terms, from Jean Meeus' formulas): enough to place Tết Nguyên Đán and the
//! Hùng Kings' commemoration on the solar calendar.

use crate::date::Date;
use std::f64::consts::PI;

const TZ: f64 = 7.0;
/// Julian day number of 1970-01-01.
const JD_UNIX: i64 = 2_440_588;

fn jd_from_date(d: Date) -> i64 {
    d.to_days() + JD_UNIX
}

fn date_from_jd(jd: i64) -> Date {
    Date::from_days(jd - JD_UNIX)
}

/// Julian day of the `k`-th new moon after 1900-01-01.
fn new_moon(k: f64) -> f64 {
    let t = k / 1236.85;
    let t2 = t * t;
    let t3 = t2 * t;
    let dr = PI / 180.0;
    let mut jd1 = 2_415_020.759_33 + 29.530_588_68 * k + 0.000_117_8 * t2 - 0.000_000_155 * t3;
    jd1 += 0.000_33 * ((166.56 + 132.87 * t - 0.009_173 * t2) * dr).sin();
    let m = 359.2242 + 29.105_356_08 * k - 0.000_033_3 * t2 - 0.000_003_47 * t3;
    let mpr = 306.0253 + 385.816_918_06 * k + 0.010_730_6 * t2 + 0.000_012_36 * t3;
    let f = 21.2964 + 390.670_506_46 * k - 0.001_652_8 * t2 - 0.000_002_39 * t3;
    let mut c1 = (0.1734 - 0.000_393 * t) * (m * dr).sin() + 0.0021 * (2.0 * dr * m).sin();
    c1 -= 0.4068 * (mpr * dr).sin() + 0.0161 * (dr * 2.0 * mpr).sin();
    c1 -= 0.0004 * (dr * 3.0 * mpr).sin();
    c1 += 0.0104 * (dr * 2.0 * f).sin() - 0.0051 * (dr * (m + mpr)).sin();
    c1 -= 0.0074 * (dr * (m - mpr)).sin() + 0.0004 * (dr * (2.0 * f + m)).sin();
    c1 -= 0.0004 * (dr * (2.0 * f - m)).sin() - 0.0006 * (dr * (2.0 * f + mpr)).sin();
    c1 += 0.0010 * (dr * (2.0 * f - mpr)).sin() + 0.0005 * (dr * (2.0 * mpr + m)).sin();
    let delta_t = if t < -11.0 {
        0.001 + 0.000_839 * t + 0.000_226_1 * t2 - 0.000_008_45 * t3 - 0.000_000_081 * t * t3
    } else {
        -0.000_278 + 0.000_265 * t + 0.000_262 * t2
    };
    jd1 + c1 - delta_t
}

fn new_moon_day(k: i64) -> i64 {
    (new_moon(k as f64) + 0.5 + TZ / 24.0).floor() as i64
}

/// The sun's longitude at a Julian day, in radians within [0, 2π).
fn sun_longitude(jdn: f64) -> f64 {
    let t = (jdn - 2_451_545.0) / 36_525.0;
    let t2 = t * t;
    let dr = PI / 180.0;
    let m = 357.529_10 + 35_999.050_30 * t - 0.000_155_9 * t2 - 0.000_000_48 * t * t2;
    let l0 = 280.466_45 + 36_000.769_83 * t + 0.000_303_2 * t2;
    let mut dl = (1.914_600 - 0.004_817 * t - 0.000_014 * t2) * (dr * m).sin();
    dl += (0.019_993 - 0.000_101 * t) * (dr * 2.0 * m).sin() + 0.000_290 * (dr * 3.0 * m).sin();
    let l = (l0 + dl) * dr;
    l - PI * 2.0 * (l / (PI * 2.0)).floor()
}

/// The solar term (0..12) in which the day falls.
fn sun_term(day: i64) -> i64 {
    (sun_longitude(day as f64 - 0.5 - TZ / 24.0) / PI * 6.0).floor() as i64
}

/// First day of the lunar month containing the winter solstice of `year`.
fn lunar_month_11(year: i32) -> i64 {
    let off = jd_from_date(Date::new(year, 12, 31).expect("31 December")) - 2_415_021;
    let k = (off as f64 / 29.530_588_853).floor() as i64;
    let nm = new_moon_day(k);
    if sun_term(nm) >= 9 {
        new_moon_day(k - 1)
    } else {
        nm
    }
}

fn leap_month_offset(a11: i64) -> i64 {
    let k = ((a11 as f64 - 2_415_021.076_998_695) / 29.530_588_853 + 0.5).floor() as i64;
    let mut i = 1;
    let mut arc = sun_term(new_moon_day(k + i));
    loop {
        let last = arc;
        i += 1;
        arc = sun_term(new_moon_day(k + i));
        if arc == last || i >= 14 {
            break;
        }
    }
    i - 1
}

/// The solar date of lunar `day`/`month` of lunar `year` (not a leap month).
pub fn lunar_to_solar(day: u8, month: u8, year: i32) -> Option<Date> {
    if !(1..=30).contains(&day) || !(1..=12).contains(&month) {
        return None;
    }
    let (a11, b11) = if month < 11 {
        (lunar_month_11(year - 1), lunar_month_11(year))
    } else {
        (lunar_month_11(year), lunar_month_11(year + 1))
    };
    let k = (0.5 + (a11 as f64 - 2_415_021.076_998_695) / 29.530_588_853).floor() as i64;
    let mut off = i64::from(month) - 11;
    if off < 0 {
        off += 12;
    }
    if b11 - a11 > 365 {
        let leap_off = leap_month_offset(a11);
        if off >= leap_off {
            off += 1;
        }
    }
    let month_start = new_moon_day(k + off);
    Some(date_from_jd(month_start + i64::from(day) - 1))
}

/// Tết Nguyên Đán: the first day of the first lunar month of `year`.
pub fn tet(year: i32) -> Date {
    lunar_to_solar(1, 1, year).expect("1 January lunar exists")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_tet_and_hung_kings_days() {
        // In UTC+7 some new moons fall a day earlier than in China (UTC+8): Tết 2007 and 2030
        // were / will be one day before the Chinese New Year.
        for (year, m, d) in [
            (2020, 1, 25),
            (2023, 1, 22),
            (2024, 2, 10),
            (2025, 1, 29),
            (2026, 2, 17),
            (2027, 2, 6),
            (2007, 2, 17),
            (2030, 2, 2),
        ] {
            assert_eq!(tet(year), Date::new(year, m, d).unwrap(), "Tết {year}");
        }
        // Giỗ Tổ Hùng Vương, 10/3 lunar.
        for (year, m, d) in [(2024, 4, 18), (2025, 4, 7), (2026, 4, 26)] {
            assert_eq!(
                lunar_to_solar(10, 3, year),
                Date::new(year, m, d),
                "Giỗ Tổ {year}"
            );
        }
        // 2023 had a leap second month: 10/3 lunar fell on 29 April.
        assert_eq!(lunar_to_solar(10, 3, 2023), Date::new(2023, 4, 29));
    }
}
