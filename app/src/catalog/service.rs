//! Catalog storage and search (server side only).
//!
//! Search runs in the database: every word of the query must be inside the procedure's folded
//! text (`search_text`: name, code and field, lower case without diacritics). SQLite finds them
//! through an FTS5 trigram table, PostgreSQL through a pg_trgm GIN index; both answer the same
//! `LIKE '%word%'` question, so they return the same set. The candidates are then ranked by
//! [`domain::search::score`] and paged here, identically on both.

use super::{
    AgencyView, Component, Facets, Fee, PAGE_SIZE, ProcedureDetail, ProcedureSummary, SearchParams,
    SearchResult,
};
use crate::{
    backend::{Backend, Db, now_epoch},
    error::AppError,
};
use domain::{fold, search::Query};

/// The words of a query that the trigram index can use (3 characters or more).
const MIN_INDEXED: usize = 3;

struct Filters {
    sql: String,
    binds: Vec<Bind>,
}

enum Bind {
    Text(String),
    Int(i64),
}

/// The WHERE conditions of the advanced search, numbered from `$first`.
fn filters(params: &SearchParams, first: usize) -> Filters {
    let mut sql = String::new();
    let mut binds = Vec::new();
    let mut n = first;
    if !params.field.is_empty() {
        sql.push_str(&format!(
            " AND p.field_id = (SELECT id FROM fields WHERE code = ${n})"
        ));
        binds.push(Bind::Text(params.field.clone()));
        n += 1;
    }
    if let Ok(agency) = params.agency.parse::<i64>() {
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM procedure_agencies pa WHERE pa.procedure_id = p.id AND pa.agency_id = ${n})"
        ));
        binds.push(Bind::Int(agency));
        n += 1;
    }
    match params.level.as_str() {
        "tinh" => sql.push_str(" AND p.level = 'province'"),
        "xa" => sql.push_str(" AND p.level = 'commune'"),
        _ => {}
    }
    match params.online.as_str() {
        "toan-trinh" => sql.push_str(" AND p.online_level = 'full'"),
        "mot-phan" => sql.push_str(" AND p.online_level = 'partial'"),
        _ => {}
    }
    let _ = n;
    Filters { sql, binds }
}

fn bind_all<'q>(
    mut q: sqlx::query::QueryAs<'q, sqlx::Any, (i64, String, String), sqlx::any::AnyArguments>,
    binds: &'q [Bind],
) -> sqlx::query::QueryAs<'q, sqlx::Any, (i64, String, String), sqlx::any::AnyArguments> {
    for b in binds {
        q = match b {
            Bind::Text(s) => q.bind(s.as_str()),
            Bind::Int(i) => q.bind(*i),
        };
    }
    q
}

/// Ids of the procedures that contain every word, with their folded name and text.
async fn candidates(
    db: &Db,
    query: &Query,
    params: &SearchParams,
) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    let mut sql =
        String::from("SELECT p.id, p.name_folded, p.search_text FROM procedures p WHERE 1 = 1");
    let mut binds: Vec<Bind> = Vec::new();
    let (indexed, short): (Vec<&String>, Vec<&String>) = query
        .tokens
        .iter()
        .partition(|t| t.chars().count() >= MIN_INDEXED);
    match db.backend {
        Backend::Sqlite if !indexed.is_empty() => {
            // The FTS5 trigram table answers LIKE through its index.
            let likes: Vec<String> = (0..indexed.len())
                .map(|i| format!("search_text LIKE ${}", binds.len() + i + 1))
                .collect();
            sql.push_str(&format!(
                " AND p.id IN (SELECT rowid FROM procedures_fts WHERE {})",
                likes.join(" AND ")
            ));
            for t in &indexed {
                binds.push(Bind::Text(format!("%{t}%")));
            }
        }
        _ => {
            // PostgreSQL: the pg_trgm GIN index on search_text answers these LIKEs.
            for t in &indexed {
                binds.push(Bind::Text(format!("%{t}%")));
                sql.push_str(&format!(" AND p.search_text LIKE ${}", binds.len()));
            }
        }
    }
    for t in &short {
        binds.push(Bind::Text(format!("%{t}%")));
        sql.push_str(&format!(" AND p.search_text LIKE ${}", binds.len()));
    }
    let f = filters(params, binds.len() + 1);
    sql.push_str(&f.sql);
    binds.extend(f.binds);
    bind_all(sqlx::query_as(sqlx::AssertSqlSafe(sql)), &binds)
        .fetch_all(&db.pool)
        .await
}

type SummaryRow = (
    i64,
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

const SUMMARY_COLUMNS: &str = "p.id, p.code, p.name, f.name, p.level, p.online_level, \
     p.online_submission, p.processing_days, p.processing_unit, p.fee_total";

/// The summaries of `ids`, in that order.
async fn summaries(db: &Db, ids: &[i64]) -> Result<Vec<ProcedureSummary>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM procedures p JOIN fields f ON f.id = p.field_id \
         WHERE p.id IN ({})",
        placeholders.join(", ")
    );
    let mut q = sqlx::query_as::<_, SummaryRow>(sqlx::AssertSqlSafe(sql));
    for id in ids {
        q = q.bind(*id);
    }
    let rows = q.fetch_all(&db.pool).await?;
    // The first implementing agency of each provincial procedure.
    let sql = format!(
        "SELECT pa.procedure_id, MIN(a.short_name) FROM procedure_agencies pa \
         JOIN agencies a ON a.id = pa.agency_id WHERE a.level = 'province' AND pa.procedure_id IN ({}) \
         GROUP BY pa.procedure_id",
        placeholders.join(", ")
    );
    let mut q = sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(sql));
    for id in ids {
        q = q.bind(*id);
    }
    let agencies: std::collections::HashMap<i64, String> =
        q.fetch_all(&db.pool).await?.into_iter().collect();
    let mut by_id: std::collections::HashMap<i64, ProcedureSummary> = rows
        .into_iter()
        .map(|r| {
            let agency = if r.4 == "commune" {
                "UBND cấp xã".to_string()
            } else {
                agencies.get(&r.0).cloned().unwrap_or_default()
            };
            (
                r.0,
                ProcedureSummary {
                    code: r.1,
                    name: r.2,
                    field: r.3,
                    level: r.4,
                    online_level: r.5,
                    online_submission: r.6 != 0,
                    processing_days: r.7,
                    processing_unit: r.8,
                    fee_total: r.9,
                    agency,
                },
            )
        })
        .collect();
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

pub async fn facets(db: &Db) -> Result<Facets, sqlx::Error> {
    let fields = sqlx::query_as("SELECT code, name FROM fields ORDER BY name")
        .fetch_all(&db.pool)
        .await?;
    let agencies = sqlx::query_as(
        "SELECT id, name, level FROM agencies ORDER BY CASE level WHEN 'province' THEN 0 ELSE 1 END, name",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(Facets { fields, agencies })
}

/// Searches the catalog: ranked matches of the query (or every procedure by name when there is
/// none), filtered and paged.
pub async fn search(db: &Db, params: &SearchParams) -> Result<SearchResult, AppError> {
    let query = Query::parse(&params.q);
    let page = params.page.max(1);
    let (ids, total) = if query.is_empty() {
        let f = filters(params, 1);
        let count_sql = format!("SELECT COUNT(*) FROM procedures p WHERE 1 = 1{}", f.sql);
        let mut count = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(count_sql));
        for b in &f.binds {
            count = match b {
                Bind::Text(s) => count.bind(s.as_str()),
                Bind::Int(i) => count.bind(*i),
            };
        }
        let total = count.fetch_one(&db.pool).await?;
        let n = f.binds.len();
        let list_sql = format!(
            "SELECT p.id FROM procedures p WHERE 1 = 1{} ORDER BY p.name_folded, p.code LIMIT ${} OFFSET ${}",
            f.sql,
            n + 1,
            n + 2
        );
        let mut list = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(list_sql));
        for b in &f.binds {
            list = match b {
                Bind::Text(s) => list.bind(s.as_str()),
                Bind::Int(i) => list.bind(*i),
            };
        }
        let ids = list
            .bind(PAGE_SIZE)
            .bind((page - 1) * PAGE_SIZE)
            .fetch_all(&db.pool)
            .await?;
        (ids, total)
    } else {
        let mut ranked: Vec<(i64, String, i64)> = candidates(db, &query, params)
            .await?
            .into_iter()
            .filter_map(|(id, name, text)| {
                domain::search::score(&query, &name, &text).map(|s| (s, name, id))
            })
            .collect();
        ranked.sort_by(|a, b| {
            b.0.cmp(&a.0)
                .then_with(|| a.1.cmp(&b.1))
                .then(a.2.cmp(&b.2))
        });
        let total = ranked.len() as i64;
        let ids = ranked
            .into_iter()
            .skip(((page - 1) * PAGE_SIZE) as usize)
            .take(PAGE_SIZE as usize)
            .map(|r| r.2)
            .collect::<Vec<_>>();
        (ids, total)
    };
    Ok(SearchResult {
        items: summaries(db, &ids).await?,
        total,
        page,
        pages: ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1),
        facets: facets(db).await?,
    })
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
