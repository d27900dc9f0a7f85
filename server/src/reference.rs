//! Reference data the portal needs in every deployment, embedded in the binary and loaded at
//! start-up when the database does not have this version yet: Vietnam's administrative units in
//! force since 1 July 2025 (34 provinces, 3,321 communes) and the old three-level addresses they
//! replaced. `scripts/admin-units.sh` regenerates `data/admin-units.json` from the registry
//! dataset it names.

use crate::Db;
use app::backend::now_epoch;
use serde::Deserialize;

const ADMIN_UNITS: &str = include_str!("../data/admin-units.json");
const MARKER: &str = "admin_units_dataset";

#[derive(Deserialize)]
struct Source {
    package: String,
    version: String,
    effective: String,
}

#[derive(Deserialize)]
struct AdminUnits {
    source: Source,
    /// (code, name, kind)
    provinces: Vec<(String, String, String)>,
    /// (code, name, kind, province code)
    communes: Vec<(String, String, String, String)>,
    /// (old code, old name, old district, old province, new commune code)
    old_to_new: Vec<(String, String, String, String, String)>,
}

/// Rows per multi-row INSERT (under SQLite's and PostgreSQL's parameter limits).
const CHUNK: usize = 400;

/// Loads the administrative units unless this dataset version is already there.
pub async fn load(db: &Db) -> anyhow::Result<()> {
    let data: AdminUnits = serde_json::from_str(ADMIN_UNITS)?;
    let version = format!(
        "{}@{} ({})",
        data.source.package, data.source.version, data.source.effective
    );
    let current: Option<String> =
        sqlx::query_scalar("SELECT value FROM portal_settings WHERE key = $1")
            .bind(MARKER)
            .fetch_optional(&db.pool)
            .await?;
    if current.as_deref() == Some(version.as_str()) {
        return Ok(());
    }
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
    sqlx::query(
        "INSERT INTO portal_settings (key, value, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    )
    .bind(MARKER)
    .bind(&version)
    .bind(now_epoch())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(
        dataset = %version,
        provinces = data.provinces.len(),
        communes = data.communes.len(),
        old_addresses = data.old_to_new.len(),
        "administrative units loaded"
    );
    Ok(())
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
    use super::*;

    #[test]
    fn the_embedded_dataset_has_the_2025_units() {
        let data: AdminUnits = serde_json::from_str(ADMIN_UNITS).unwrap();
        assert_eq!(data.provinces.len(), 34);
        assert_eq!(data.communes.len(), 3321);
        let count = |k: &str| data.communes.iter().filter(|c| c.2 == k).count();
        assert_eq!(
            (count("xã"), count("phường"), count("đặc khu")),
            (2621, 687, 13)
        );
        assert!(
            data.communes
                .iter()
                .any(|c| c.1 == "Nha Trang" && c.3 == "56")
        );
    }

    #[test]
    fn values_sql_numbers_every_parameter() {
        assert_eq!(
            values_sql("INSERT INTO t (a, b) VALUES ", 2, 2, ""),
            "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)"
        );
    }
}
