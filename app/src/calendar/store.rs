//! The `holidays` table: written only here.

#![allow(clippy::disallowed_methods)] // SQL lives here (clippy.toml)

use crate::{backend::Db, error::AppError};
use domain::{Date, calendar::WorkCalendar};

/// The working calendar: the holidays table's days off and extra working days.
pub async fn calendar(db: &Db) -> Result<WorkCalendar, AppError> {
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT day, kind FROM holidays")
        .fetch_all(&db.pool)
        .await?;
    let mut off = Vec::new();
    let mut working = Vec::new();
    for (day, kind) in rows {
        if let Ok(d) = Date::parse_iso(&day) {
            if kind == "working" {
                working.push(d);
            } else {
                off.push(d);
            }
        }
    }
    Ok(WorkCalendar::new(off, working))
}

/// Fills in the public holidays of `years` that have none yet (computed from the lunar calendar
/// by [`domain::calendar::default_holidays`]); an administrator then edits them as data. A year
/// that already has days is left as it is, so edits are never overwritten.
pub async fn prefill_holidays(
    db: &Db,
    years: std::ops::RangeInclusive<i32>,
) -> Result<usize, AppError> {
    use domain::calendar::{Holiday, default_holidays};
    let mut added = 0;
    for year in years {
        let have: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM holidays WHERE day LIKE $1")
            .bind(format!("{year}-%"))
            .fetch_one(&db.pool)
            .await?;
        if have > 0 {
            continue;
        }
        for (day, why) in default_holidays(year) {
            let name = match why {
                Holiday::NewYear => "Tết Dương lịch",
                Holiday::Tet => "Tết Nguyên đán",
                Holiday::HungKings => "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
                Holiday::ReunificationDay => "Ngày Chiến thắng (30/4)",
                Holiday::LabourDay => "Ngày Quốc tế Lao động (1/5)",
                Holiday::NationalDay => "Quốc khánh (2/9)",
                Holiday::Compensatory => "Nghỉ bù",
            };
            sqlx::query(
                "INSERT INTO holidays (day, name, kind) VALUES ($1, $2, 'off') ON CONFLICT (day) DO NOTHING",
            )
            .bind(day.iso())
            .bind(name)
            .execute(&db.pool)
            .await?;
            added += 1;
        }
    }
    Ok(added)
}
