//! Reference data the portal needs in every deployment, embedded in the binary and loaded at
//! start-up when the database does not have this version yet: Vietnam's administrative units in
//! force since 1 July 2025 (34 provinces, 3,321 communes) and the old three-level addresses they
//! replaced. `scripts/admin-units.sh` regenerates `data/admin-units.json` from the registry
//! dataset it names.

use crate::Db;
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

/// Loads the administrative units unless this dataset version is already there.
pub async fn load(db: &Db) -> anyhow::Result<()> {
    let data: AdminUnits = serde_json::from_str(ADMIN_UNITS)?;
    let version = format!(
        "{}@{} ({})",
        data.source.package, data.source.version, data.source.effective
    );
    let current = app::backend::portal_settings::setting(db, MARKER).await?;
    if current.as_deref() == Some(version.as_str()) {
        return Ok(());
    }
    app::places::store::load_admin_units(
        db,
        &app::places::store::AdminUnits {
            provinces: &data.provinces,
            communes: &data.communes,
            old_to_new: &data.old_to_new,
        },
        MARKER,
        &version,
    )
    .await?;
    tracing::info!(
        dataset = %version,
        provinces = data.provinces.len(),
        communes = data.communes.len(),
        old_addresses = data.old_to_new.len(),
        "administrative units loaded"
    );
    Ok(())
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
}
