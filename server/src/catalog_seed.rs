//! The seed catalog (`data/catalog.json`, written by `scripts/catalog.sh`): fields, provincial
//! agencies and procedures; plus one agency per commune of the portal's province, made from the
//! administrative units. Loaded with the demo data; idempotent (existing codes are left alone).

use app::{
    backend::Db,
    catalog::{
        Component, Fee,
        service::{NewProcedure, insert_procedure},
    },
};
use serde::Deserialize;
use std::collections::HashMap;

const CATALOG: &str = include_str!("../data/catalog.json");

#[derive(Deserialize)]
struct Catalog {
    fields: Vec<FieldRow>,
    agencies: Vec<AgencyRow>,
    templates: Vec<TemplateRow>,
    procedures: Vec<ProcedureRow>,
}

#[derive(Deserialize)]
struct FieldRow {
    code: String,
    name: String,
}

#[derive(Deserialize)]
struct AgencyRow {
    code: String,
    name: String,
    short: String,
    address: String,
    phone: String,
    email: String,
}

#[derive(Deserialize)]
struct TemplateRow {
    key: String,
    title: String,
    file: String,
}

#[derive(Deserialize)]
struct FeeRow {
    name: String,
    amount: i64,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
struct ComponentRow {
    name: String,
    originals: i64,
    copies: i64,
    mandatory: bool,
    template: Option<String>,
}

#[derive(Deserialize)]
struct ProcedureRow {
    code: String,
    name: String,
    field: String,
    level: String,
    agencies: Vec<String>,
    online_level: String,
    online_submission: bool,
    applicants: String,
    processing_days: i64,
    processing_unit: String,
    #[serde(default)]
    processing_note: String,
    fees: Vec<FeeRow>,
    components: Vec<ComponentRow>,
    steps: Vec<String>,
    conditions: Vec<String>,
    result: String,
    legal_basis: Vec<String>,
}

/// The unit code given to a commune's People's Committee: opaque, unique, QCVN 102-shaped.
pub fn commune_unit_code(commune: &str) -> String {
    let (head, tail) = commune.split_at(commune.len().min(3));
    format!("{head}.{tail:0>2}.00.H34")
}

/// Creates the agency of every commune of the province `province_code`; returns their ids.
pub async fn commune_agencies(db: &Db, province_code: &str) -> anyhow::Result<Vec<i64>> {
    let communes: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT code, name, kind FROM communes WHERE province_code = $1 ORDER BY name",
    )
    .bind(province_code)
    .fetch_all(&db.pool)
    .await?;
    let mut tx = db.begin().await?;
    for (code, name, kind) in &communes {
        let full = format!("Ủy ban nhân dân {kind} {name}");
        sqlx::query(
            "INSERT INTO agencies (unit_code, name, short_name, level, commune_code) \
             VALUES ($1, $2, $3, 'commune', $4) ON CONFLICT (unit_code) DO NOTHING",
        )
        .bind(commune_unit_code(code))
        .bind(&full)
        .bind(format!("UBND {kind} {name}"))
        .bind(code)
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

/// Loads the seed catalog; returns how many procedures were added.
pub async fn load(db: &Db, province_code: &str) -> anyhow::Result<usize> {
    let catalog: Catalog = serde_json::from_str(CATALOG)?;
    let communes = commune_agencies(db, province_code).await?;
    let mut tx = db.begin().await?;
    for f in &catalog.fields {
        sqlx::query("INSERT INTO fields (code, name) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET name = excluded.name")
            .bind(&f.code)
            .bind(&f.name)
            .execute(&mut *tx)
            .await?;
    }
    for a in &catalog.agencies {
        sqlx::query(
            "INSERT INTO agencies (unit_code, name, short_name, level, address, phone, email) \
             VALUES ($1, $2, $3, 'province', $4, $5, $6) ON CONFLICT (unit_code) DO UPDATE SET \
             name = excluded.name, short_name = excluded.short_name, address = excluded.address, \
             phone = excluded.phone, email = excluded.email",
        )
        .bind(&a.code)
        .bind(&a.name)
        .bind(&a.short)
        .bind(&a.address)
        .bind(&a.phone)
        .bind(&a.email)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    let fields: HashMap<String, (i64, String)> =
        sqlx::query_as::<_, (String, i64, String)>("SELECT code, id, name FROM fields")
            .fetch_all(&db.pool)
            .await?
            .into_iter()
            .map(|(code, id, name)| (code, (id, name)))
            .collect();
    let agencies: HashMap<String, i64> =
        sqlx::query_as::<_, (String, i64)>("SELECT unit_code, id FROM agencies")
            .fetch_all(&db.pool)
            .await?
            .into_iter()
            .collect();
    let templates: HashMap<&str, &TemplateRow> = catalog
        .templates
        .iter()
        .map(|t| (t.key.as_str(), t))
        .collect();
    let existing: Vec<String> = sqlx::query_scalar("SELECT code FROM procedures")
        .fetch_all(&db.pool)
        .await?;
    let mut added = 0;
    let mut tx = db.begin().await?;
    for p in catalog
        .procedures
        .iter()
        .filter(|p| !existing.contains(&p.code))
    {
        let (field_id, field_name) = fields
            .get(&p.field)
            .ok_or_else(|| anyhow::anyhow!("procedure {}: unknown field {}", p.code, p.field))?;
        let agency_ids = if p.level == "commune" {
            communes.clone()
        } else {
            p.agencies
                .iter()
                .map(|c| {
                    agencies
                        .get(c)
                        .copied()
                        .ok_or_else(|| anyhow::anyhow!("procedure {}: unknown agency {c}", p.code))
                })
                .collect::<anyhow::Result<Vec<_>>>()?
        };
        let components = p
            .components
            .iter()
            .map(|c| {
                let template = c.template.as_deref().and_then(|k| templates.get(k));
                Component {
                    name: c.name.clone(),
                    originals: c.originals,
                    copies: c.copies,
                    mandatory: c.mandatory,
                    template_title: template.map(|t| t.title.clone()),
                    template_file: template.map(|t| t.file.clone()),
                }
            })
            .collect();
        let new = NewProcedure {
            code: p.code.clone(),
            name: p.name.clone(),
            field_id: *field_id,
            field_name: field_name.clone(),
            level: p.level.clone(),
            online_level: p.online_level.clone(),
            online_submission: p.online_submission,
            applicants: p.applicants.clone(),
            processing_days: p.processing_days,
            processing_unit: p.processing_unit.clone(),
            processing_note: p.processing_note.clone(),
            fees: p
                .fees
                .iter()
                .map(|f| Fee {
                    name: f.name.clone(),
                    amount: f.amount,
                    note: f.note.clone(),
                })
                .collect(),
            components,
            steps: p.steps.clone(),
            conditions: p.conditions.clone(),
            result: p.result.clone(),
            legal_basis: p.legal_basis.clone(),
            agency_ids,
        };
        insert_procedure(&mut tx, &new).await?;
        added += 1;
    }
    tx.commit().await?;
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_catalog_is_complete() {
        let c: Catalog = serde_json::from_str(CATALOG).unwrap();
        assert!(c.procedures.len() >= 150, "{}", c.procedures.len());
        assert!(c.fields.len() >= 12);
        let used: std::collections::HashSet<&str> =
            c.procedures.iter().map(|p| p.field.as_str()).collect();
        assert!(used.len() >= 12, "procedures across at least 12 fields");
        for t in &c.templates {
            let path = format!(
                "{}/../public/templates/{}",
                env!("CARGO_MANIFEST_DIR"),
                t.file
            );
            let bytes = std::fs::read(&path).unwrap_or_else(|_| panic!("template {path}"));
            assert_eq!(&bytes[..2], b"PK", "{} is a .docx (zip)", t.file);
        }
        assert!(c.procedures.iter().any(|p| p.level == "commune"));
        assert!(c.procedures.iter().any(|p| p.level == "province"));
    }

    #[test]
    fn commune_unit_codes_are_distinct() {
        assert_eq!(commune_unit_code("22366"), "223.66.00.H34");
        assert_ne!(commune_unit_code("22366"), commune_unit_code("22367"));
    }
}
