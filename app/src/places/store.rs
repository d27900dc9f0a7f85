//! The `provinces`, `communes` and `old_communes` tables: written only here.

#![allow(clippy::disallowed_methods)] // SQL lives here (clippy.toml)

use crate::{backend::Db, error::AppError};

/// The administrative units to load: (code, name, kind) provinces, (code, name, kind, province
/// code) communes, and (old code, old name, old district, old province, new commune code).
#[derive(Debug, Default)]
pub struct AdminUnits<'a> {
    pub provinces: &'a [(String, String, String)],
    pub communes: &'a [(String, String, String, String)],
    pub old_to_new: &'a [(String, String, String, String, String)],
}

/// Rows per multi-row INSERT (under SQLite's and PostgreSQL's parameter limits).
const CHUNK: usize = 400;

/// Replaces the administrative units with `data` and records `version` under the settings key
/// `marker`, in one transaction.
pub async fn load_admin_units(
    db: &Db,
    data: &AdminUnits<'_>,
    marker: &str,
    version: &str,
) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM old_communes")
        .execute(&mut *tx)
        .await?;
    for chunk in data.provinces.chunks(CHUNK) {
        let sql = values_sql(
            "INSERT INTO provinces (code, name, kind) VALUES ",
            3,
            chunk.len(),
            " ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind",
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (code, name, kind) in chunk {
            q = q.bind(code).bind(name).bind(kind);
        }
        q.execute(&mut *tx).await?;
    }
    for chunk in data.communes.chunks(CHUNK) {
        let sql = values_sql(
            "INSERT INTO communes (code, name, kind, province_code) VALUES ",
            4,
            chunk.len(),
            " ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, \
             province_code = excluded.province_code",
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (code, name, kind, province) in chunk {
            q = q.bind(code).bind(name).bind(kind).bind(province);
        }
        q.execute(&mut *tx).await?;
    }
    for chunk in data.old_to_new.chunks(CHUNK) {
        let sql = values_sql(
            "INSERT INTO old_communes (old_code, old_name, old_district, old_province, new_code) VALUES ",
            5,
            chunk.len(),
            "",
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (code, name, district, province, new_code) in chunk {
            q = q
                .bind(code)
                .bind(name)
                .bind(district)
                .bind(province)
                .bind(new_code);
        }
        q.execute(&mut *tx).await?;
    }
    crate::backend::portal_settings::set_setting_in(&mut tx, marker, version).await?;
    tx.commit().await?;
    Ok(())
}

/// The province a commune is in.
/// The province a commune belongs to.
pub async fn commune_province(db: &Db, commune: &str) -> Result<Option<String>, AppError> {
    Ok(
        sqlx::query_scalar("SELECT province_code FROM communes WHERE code = $1")
            .bind(commune)
            .fetch_optional(&db.pool)
            .await?,
    )
}

/// The communes of a province: (code, name, kind), by name.
pub async fn communes_of(
    db: &Db,
    province_code: &str,
) -> Result<Vec<(String, String, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT code, name, kind FROM communes WHERE province_code = $1 ORDER BY name",
    )
    .bind(province_code)
    .fetch_all(&db.pool)
    .await?)
}

/// "INSERT … VALUES ($1, $2), ($3, $4) …" for `rows` rows of `cols` columns.
fn values_sql(head: &str, cols: usize, rows: usize, tail: &str) -> String {
    let mut sql = String::from(head);
    for r in 0..rows {
        if r > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for c in 0..cols {
            if c > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!("${}", r * cols + c + 1));
        }
        sql.push(')');
    }
    sql.push_str(tail);
    sql
}

#[cfg(test)]
mod tests {
    #[test]
    fn values_sql_numbers_every_parameter() {
        assert_eq!(
            super::values_sql("INSERT INTO t (a, b) VALUES ", 2, 2, ""),
            "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)"
        );
    }
}
