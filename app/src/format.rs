//! Dates and times as Vietnamese readers expect them (dd/mm/yyyy, 24-hour clock, Vietnam time).

use domain::Date;

/// Vietnam is UTC+7 all year (no daylight saving).
pub const VN_OFFSET_SECS: i64 = 7 * 3600;

/// The calendar date in Vietnam at `epoch` seconds.
pub fn vn_date(epoch: i64) -> Date {
    Date::from_days((epoch + VN_OFFSET_SECS).div_euclid(86_400))
}

/// "22/11/2026".
pub fn date(epoch: i64) -> String {
    vn_date(epoch).format_dmy()
}

/// "14:05 22/11/2026".
pub fn datetime(epoch: i64) -> String {
    let secs = (epoch + VN_OFFSET_SECS).rem_euclid(86_400);
    format!("{:02}:{:02} {}", secs / 3600, secs % 3600 / 60, date(epoch))
}

/// "1.500.000": digits grouped by three with dots, as Vietnamese readers write numbers.
pub fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_in_vietnam_time() {
        // 2026-11-22 00:30 UTC is 07:30 in Vietnam.
        let t = 1_795_307_400;
        assert_eq!(datetime(t), "07:30 22/11/2026");
        // 2026-11-22 17:30 UTC is already 23 November in Vietnam.
        assert_eq!(date(t + 17 * 3600), "23/11/2026");
        assert_eq!(thousands(487_852), "487.852");
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(-1_000), "-1.000");
    }
}
