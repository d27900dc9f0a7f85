//! The catalog's tables (fields, agencies, procedures and their agencies, fees, components):
//! written only by the catalog (its import and, later, the administration of procedures).

#![allow(clippy::disallowed_methods)] // SQL lives here (clippy.toml)

use super::{AgencyView, Component, Fee, ProcedureDetail};
use crate::{
    backend::{Db, now_epoch},
    error::AppError,
};
use domain::fold;

/// An agency's name and address (a letter's or a receipt's header).
pub async fn agency_header(db: &Db, agency_id: i64) -> Result<(String, String), AppError> {
    Ok(
        sqlx::query_as("SELECT name, address FROM agencies WHERE id = $1")
            .bind(agency_id)
            .fetch_one(&db.pool)
            .await?,
    )
}

/// A procedure by its code: (id, whether it is offered online).
pub async fn procedure_by_code(db: &Db, code: &str) -> Result<Option<(i64, bool)>, AppError> {
    let row: Option<(i64, i64)> =
        sqlx::query_as("SELECT id, online_submission FROM procedures WHERE code = $1")
            .bind(code)
            .fetch_optional(&db.pool)
            .await?;
    Ok(row.map(|(id, online)| (id, online != 0)))
}

/// A procedure's code and name.
pub async fn procedure_names(db: &Db, procedure_id: i64) -> Result<(String, String), AppError> {
    Ok(
        sqlx::query_as("SELECT code, name FROM procedures WHERE id = $1")
            .bind(procedure_id)
            .fetch_one(&db.pool)
            .await?,
    )
}

/// The agencies that carry out a procedure: (id, name), by name.
pub async fn agencies_of(db: &Db, procedure_id: i64) -> Result<Vec<(i64, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT a.id, a.name FROM procedure_agencies pa JOIN agencies a ON a.id = pa.agency_id \
         WHERE pa.procedure_id = $1 ORDER BY a.name",
    )
    .bind(procedure_id)
    .fetch_all(&db.pool)
    .await?)
}

/// Whether `agency_id` carries out the procedure.
pub async fn agency_carries(db: &Db, procedure_id: i64, agency_id: i64) -> Result<bool, AppError> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT agency_id FROM procedure_agencies WHERE procedure_id = $1 AND agency_id = $2",
    )
    .bind(procedure_id)
    .bind(agency_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(found.is_some())
}

/// A document component of a procedure, as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ComponentRow {
    pub id: i64,
    pub name: String,
    pub mandatory: i64,
    pub originals: i64,
    pub copies: i64,
    pub template_file: Option<String>,
}

/// The document components of a procedure, in order.
pub async fn components_of(db: &Db, procedure_id: i64) -> Result<Vec<ComponentRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT id, name, mandatory, originals, copies, template_file FROM procedure_components \
         WHERE procedure_id = $1 ORDER BY position",
    )
    .bind(procedure_id)
    .fetch_all(&db.pool)
    .await?)
}

/// Whether `component` belongs to the procedure.
pub async fn component_belongs(
    db: &Db,
    procedure_id: i64,
    component: i64,
) -> Result<bool, AppError> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM procedure_components WHERE id = $1 AND procedure_id = $2",
    )
    .bind(component)
    .bind(procedure_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(found.is_some())
}

fn json_list(column: &str, s: &str) -> Result<Vec<String>, AppError> {
    crate::backend::json_column(column, s)
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
        steps: json_list("procedures.steps", &steps)?,
        conditions: json_list("procedures.conditions", &conditions)?,
        result,
        legal_basis: json_list("procedures.legal_basis", &legal_basis)?,
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

/// An agency to store: provincial (with its contacts) or a commune's People's Committee.
#[derive(Debug, Clone, Default)]
pub struct NewAgency {
    pub unit_code: String,
    pub name: String,
    pub short_name: String,
    pub address: String,
    pub phone: String,
    pub email: String,
    /// The commune whose committee this is (`None`: a provincial agency).
    pub commune_code: Option<String>,
}

/// Adds the communes' agencies that are not there yet (by unit code), in one transaction; returns
/// the ids of every commune agency.
pub async fn add_commune_agencies(db: &Db, agencies: &[NewAgency]) -> Result<Vec<i64>, AppError> {
    let mut tx = db.begin().await?;
    for a in agencies {
        sqlx::query(
            "INSERT INTO agencies (unit_code, name, short_name, level, commune_code) \
             VALUES ($1, $2, $3, 'commune', $4) ON CONFLICT (unit_code) DO NOTHING",
        )
        .bind(&a.unit_code)
        .bind(&a.name)
        .bind(&a.short_name)
        .bind(&a.commune_code)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(
        sqlx::query_scalar("SELECT id FROM agencies WHERE level = 'commune' ORDER BY id")
            .fetch_all(&db.pool)
            .await?,
    )
}

/// Stores fields (code, name) and provincial agencies, updating those already there, in one
/// transaction.
pub async fn put_fields_and_agencies(
    db: &Db,
    fields: &[(String, String)],
    agencies: &[NewAgency],
) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    for (code, name) in fields {
        sqlx::query("INSERT INTO fields (code, name) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET name = excluded.name")
            .bind(code)
            .bind(name)
            .execute(&mut *tx)
            .await?;
    }
    for a in agencies {
        sqlx::query(
            "INSERT INTO agencies (unit_code, name, short_name, level, address, phone, email) \
             VALUES ($1, $2, $3, 'province', $4, $5, $6) ON CONFLICT (unit_code) DO UPDATE SET \
             name = excluded.name, short_name = excluded.short_name, address = excluded.address, \
             phone = excluded.phone, email = excluded.email",
        )
        .bind(&a.unit_code)
        .bind(&a.name)
        .bind(&a.short_name)
        .bind(&a.address)
        .bind(&a.phone)
        .bind(&a.email)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Every field: code → (id, name).
pub async fn fields_by_code(
    db: &Db,
) -> Result<std::collections::HashMap<String, (i64, String)>, AppError> {
    Ok(
        sqlx::query_as::<_, (String, i64, String)>("SELECT code, id, name FROM fields")
            .fetch_all(&db.pool)
            .await?
            .into_iter()
            .map(|(code, id, name)| (code, (id, name)))
            .collect(),
    )
}

/// Every agency: unit code → id.
pub async fn agencies_by_unit_code(
    db: &Db,
) -> Result<std::collections::HashMap<String, i64>, AppError> {
    Ok(
        sqlx::query_as::<_, (String, i64)>("SELECT unit_code, id FROM agencies")
            .fetch_all(&db.pool)
            .await?
            .into_iter()
            .collect(),
    )
}

/// The codes of the procedures already stored.
pub async fn procedure_codes(db: &Db) -> Result<Vec<String>, AppError> {
    Ok(sqlx::query_scalar("SELECT code FROM procedures")
        .fetch_all(&db.pool)
        .await?)
}

// --- The search index's reads (see `super::index`). ---

/// A procedure as the search index holds it: id, code, name, folded name, search text, field
/// code, field name, level, online level, online submission, processing days and unit, total fee.
pub type IndexRow = (
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
    i64,
    String,
    i64,
);

/// Every procedure as the search index holds it.
pub async fn index_rows(db: &Db) -> Result<Vec<IndexRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.id, p.code, p.name, p.name_folded, p.search_text, f.code, f.name, p.level, \
         p.online_level, p.online_submission, p.processing_days, p.processing_unit, \
         p.fee_total FROM procedures p JOIN fields f ON f.id = p.field_id",
    )
    .fetch_all(&db.pool)
    .await
}

/// Every (procedure, agency) that carries it out.
pub async fn procedure_agency_pairs(db: &Db) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT procedure_id, agency_id FROM procedure_agencies")
        .fetch_all(&db.pool)
        .await
}

/// The first implementing provincial agency of each procedure (by short name).
pub async fn first_provincial_agencies(db: &Db) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT pa.procedure_id, MIN(a.short_name) FROM procedure_agencies pa \
         JOIN agencies a ON a.id = pa.agency_id WHERE a.level = 'province' \
         GROUP BY pa.procedure_id",
    )
    .fetch_all(&db.pool)
    .await
}

/// The choices of the advanced search: every field and agency.
pub async fn facets(db: &Db) -> Result<super::Facets, sqlx::Error> {
    let fields = sqlx::query_as("SELECT code, name FROM fields ORDER BY name")
        .fetch_all(&db.pool)
        .await?;
    let agencies = sqlx::query_as(
        "SELECT id, name, level FROM agencies ORDER BY CASE level WHEN 'province' THEN 0 ELSE 1 END, name",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(super::Facets { fields, agencies })
}

/// The catalog's version, which the database's triggers bump at every change to it.
pub async fn catalog_version(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT version FROM catalog_version WHERE id = 1")
        .fetch_one(&db.pool)
        .await
}

/// The mandatory document components of a procedure: (id, name), in order.
pub async fn mandatory_components(
    db: &Db,
    procedure_id: i64,
) -> Result<Vec<(i64, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT id, name FROM procedure_components WHERE procedure_id = $1 AND mandatory = 1 \
         ORDER BY position",
    )
    .bind(procedure_id)
    .fetch_all(&db.pool)
    .await?)
}

/// The first `n` commune agencies (by id).
pub async fn first_commune_agencies(db: &Db, n: i64) -> Result<Vec<i64>, AppError> {
    Ok(
        sqlx::query_scalar("SELECT id FROM agencies WHERE level = 'commune' ORDER BY id LIMIT $1")
            .bind(n)
            .fetch_all(&db.pool)
            .await?,
    )
}

/// The agency whose unit code is `code`.
pub async fn agency_id_by_unit_code(db: &Db, code: &str) -> Result<Option<i64>, AppError> {
    Ok(
        sqlx::query_scalar("SELECT id FROM agencies WHERE unit_code = $1")
            .bind(code)
            .fetch_optional(&db.pool)
            .await?,
    )
}

/// An agency that carries out the procedure and that no officer works for (the lowest id).
pub async fn agency_without_officers(db: &Db, procedure_id: i64) -> Result<Option<i64>, AppError> {
    Ok(sqlx::query_scalar(
        "SELECT MIN(agency_id) FROM procedure_agencies WHERE procedure_id = $1 \
         AND agency_id NOT IN (SELECT agency_id FROM officer_agencies)",
    )
    .bind(procedure_id)
    .fetch_one(&db.pool)
    .await?)
}
