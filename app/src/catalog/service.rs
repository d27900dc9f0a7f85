//! Catalog storage (server side only): procedures, their fees, components and agencies.
//!
//! Search runs on an index in memory ([`super::index`]): every word of the query must be inside
//! the procedure's folded text (`search_text`: name, code and field, lower case without
//! diacritics), ranked by [`domain::search::score`], identically on every database.

use super::{AgencyView, Component, Fee, ProcedureDetail, SearchParams, SearchResult};
use crate::{
    backend::{Db, now_epoch},
    error::AppError,
};
use domain::fold;

/// Searches the catalog: ranked matches of the query (or every procedure by name when there is
/// none), filtered and paged, from the index in memory (see [`super::index`]).
pub async fn search(db: &Db, params: &SearchParams) -> Result<SearchResult, AppError> {
    Ok(super::index::current(db).await?.search(params))
}

fn json_list(s: &str) -> Vec<String> {
    serde_json::from_str(s).unwrap_or_default()
}

type DetailRow = (
    i64,
    String,
    String,
    String,
    String,
    String,
    i64,
    String,
    i64,
    String,
    String,
);

/// A procedure with everything the detail page shows.
pub async fn detail(db: &Db, code: &str) -> Result<Option<ProcedureDetail>, AppError> {
    let row: Option<DetailRow> = sqlx::query_as(
        "SELECT p.id, p.code, p.name, f.name, p.level, p.online_level, p.online_submission, \
         p.applicants, p.processing_days, p.processing_unit, p.processing_note \
         FROM procedures p JOIN fields f ON f.id = p.field_id WHERE p.code = $1",
    )
    .bind(code)
    .fetch_optional(&db.pool)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let id = r.0;
    let (steps, conditions, result, legal_basis): (String, String, String, String) =
        sqlx::query_as(
            "SELECT steps, conditions, result, legal_basis FROM procedures WHERE id = $1",
        )
        .bind(id)
        .fetch_one(&db.pool)
        .await?;
    let fees = sqlx::query_as::<_, (String, i64, String)>(
        "SELECT name, amount, note FROM procedure_fees WHERE procedure_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?
    .into_iter()
    .map(|(name, amount, note)| Fee { name, amount, note })
    .collect();
    let components = sqlx::query_as::<_, (String, i64, i64, i64, Option<String>, Option<String>)>(
        "SELECT name, originals, copies, mandatory, template_title, template_file \
         FROM procedure_components WHERE procedure_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?
    .into_iter()
    .map(
        |(name, originals, copies, mandatory, template_title, template_file)| Component {
            name,
            originals,
            copies,
            mandatory: mandatory != 0,
            template_title,
            template_file,
        },
    )
    .collect();
    let agencies = sqlx::query_as::<_, (i64, String, String, String, String)>(
        "SELECT a.id, a.name, a.address, a.phone, a.email FROM procedure_agencies pa \
         JOIN agencies a ON a.id = pa.agency_id WHERE pa.procedure_id = $1 AND a.level = 'province' \
         ORDER BY a.name",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?
    .into_iter()
    .map(|(id, name, address, phone, email)| AgencyView {
        id,
        name,
        address,
        phone,
        email,
    })
    .collect();
    let commune_count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM procedure_agencies pa JOIN agencies a ON a.id = pa.agency_id \
         WHERE pa.procedure_id = $1 AND a.level = 'commune'",
    )
    .bind(id)
    .fetch_one(&db.pool)
    .await?;
    Ok(Some(ProcedureDetail {
        code: r.1,
        name: r.2,
        field: r.3,
        level: r.4,
        online_level: r.5,
        online_submission: r.6 != 0,
        applicants: r.7,
        processing_days: r.8,
        processing_unit: r.9,
        processing_note: r.10,
        fees,
        components,
        steps: json_list(&steps),
        conditions: json_list(&conditions),
        result,
        legal_basis: json_list(&legal_basis),
        agencies,
        commune_count,
    }))
}

/// A procedure to store (from the seed catalog, an import or a benchmark).
#[derive(Debug, Clone)]
pub struct NewProcedure {
    pub code: String,
    pub name: String,
    pub field_id: i64,
    pub field_name: String,
    pub level: String,
    pub online_level: String,
    pub online_submission: bool,
    pub applicants: String,
    pub processing_days: i64,
    pub processing_unit: String,
    pub processing_note: String,
    pub fees: Vec<Fee>,
    pub components: Vec<Component>,
    pub steps: Vec<String>,
    pub conditions: Vec<String>,
    pub result: String,
    pub legal_basis: Vec<String>,
    pub agency_ids: Vec<i64>,
}

/// The text search compares against: name, code and field, folded.
pub fn search_text(name: &str, code: &str, field: &str) -> String {
    format!("{} | {} | {}", fold(name), fold(code), fold(field))
}

/// Inserts a procedure with its fees, components and agencies in `tx`; returns its id.
pub async fn insert_procedure(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    p: &NewProcedure,
) -> Result<i64, sqlx::Error> {
    let to_json = |v: &Vec<String>| serde_json::to_string(v).unwrap_or_else(|_| "[]".into());
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO procedures (code, name, field_id, level, online_level, online_submission, \
         applicants, processing_days, processing_unit, processing_note, fee_total, steps, \
         conditions, result, legal_basis, search_text, name_folded, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) \
         RETURNING id",
    )
    .bind(&p.code)
    .bind(&p.name)
    .bind(p.field_id)
    .bind(&p.level)
    .bind(&p.online_level)
    .bind(i64::from(p.online_submission))
    .bind(&p.applicants)
    .bind(p.processing_days)
    .bind(&p.processing_unit)
    .bind(&p.processing_note)
    .bind(p.fees.iter().map(|f| f.amount).sum::<i64>())
    .bind(to_json(&p.steps))
    .bind(to_json(&p.conditions))
    .bind(&p.result)
    .bind(to_json(&p.legal_basis))
    .bind(search_text(&p.name, &p.code, &p.field_name))
    .bind(fold(&p.name))
    .bind(now_epoch())
    .fetch_one(&mut **tx)
    .await?;
    for (i, f) in p.fees.iter().enumerate() {
        sqlx::query(
            "INSERT INTO procedure_fees (procedure_id, position, name, amount, note) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(i as i64)
        .bind(&f.name)
        .bind(f.amount)
        .bind(&f.note)
        .execute(&mut **tx)
        .await?;
    }
    for (i, c) in p.components.iter().enumerate() {
        sqlx::query(
            "INSERT INTO procedure_components (procedure_id, position, name, originals, copies, \
             mandatory, template_title, template_file) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id)
        .bind(i as i64)
        .bind(&c.name)
        .bind(c.originals)
        .bind(c.copies)
        .bind(i64::from(c.mandatory))
        .bind(&c.template_title)
        .bind(&c.template_file)
        .execute(&mut **tx)
        .await?;
    }
    for chunk in p.agency_ids.chunks(200) {
        let values: Vec<String> = (0..chunk.len())
            .map(|i| format!("($1, ${})", i + 2))
            .collect();
        let sql = format!(
            "INSERT INTO procedure_agencies (procedure_id, agency_id) VALUES {}",
            values.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id);
        for a in chunk {
            q = q.bind(*a);
        }
        q.execute(&mut **tx).await?;
    }
    Ok(id)
}
