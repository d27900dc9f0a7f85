//! The seed catalog (`data/catalog.json`, written by `scripts/catalog.sh`): fields, provincial
//! agencies and procedures; plus one agency per commune of the portal's province, made from the
//! administrative units. Loaded with the demo data; idempotent (existing codes are left alone).

use app::{
    backend::Db,
    catalog::{
        Component, Fee,
        store::{self, NewAgency, NewProcedure, insert_procedure},
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
    let communes = app::places::store::communes_of(db, province_code).await?;
    let agencies: Vec<NewAgency> = communes
        .iter()
        .map(|(code, name, kind)| NewAgency {
            unit_code: commune_unit_code(code),
            name: format!("Ủy ban nhân dân {kind} {name}"),
            short_name: format!("UBND {kind} {name}"),
            commune_code: Some(code.clone()),
            ..NewAgency::default()
        })
        .collect();
    Ok(store::add_commune_agencies(db, &agencies).await?)
}

/// Loads the seed catalog; returns how many procedures were added.
pub async fn load(db: &Db, province_code: &str) -> anyhow::Result<usize> {
    let catalog: Catalog = serde_json::from_str(CATALOG)?;
    let communes = commune_agencies(db, province_code).await?;
    let fields: Vec<(String, String)> = catalog
        .fields
        .iter()
        .map(|f| (f.code.clone(), f.name.clone()))
        .collect();
    let provincial: Vec<NewAgency> = catalog
        .agencies
        .iter()
        .map(|a| NewAgency {
            unit_code: a.code.clone(),
            name: a.name.clone(),
            short_name: a.short.clone(),
            address: a.address.clone(),
            phone: a.phone.clone(),
            email: a.email.clone(),
            commune_code: None,
        })
        .collect();
    store::put_fields_and_agencies(db, &fields, &provincial).await?;
    let fields = store::fields_by_code(db).await?;
    let agencies = store::agencies_by_unit_code(db).await?;
    let templates: HashMap<&str, &TemplateRow> = catalog
        .templates
        .iter()
        .map(|t| (t.key.as_str(), t))
        .collect();
    let existing = store::procedure_codes(db).await?;
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
