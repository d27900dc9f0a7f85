//! Dossiers (hồ sơ, SPEC §4): composing and submitting a dossier, "Quản lý hồ sơ",
//! supplements and withdrawal, public tracking by code, the personal document store; and the
//! home page's figures, computed from the dossiers table (zero until there are dossiers).

pub mod api;
pub mod compose;
pub mod documents;
pub mod manage;
#[cfg(feature = "ssr")]
pub mod store;
pub mod track;

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A status in the visitor's language (the citizen's wording of SPEC §4).
pub fn status_label(locale: crate::i18n::Locale, status: domain::dossier::Status) -> &'static str {
    match locale {
        crate::i18n::Locale::vi => status.label_vi(),
        crate::i18n::Locale::en => status.label_en(),
    }
}

/// Who moved a dossier, as its timeline says it.
pub fn actor_label(locale: crate::i18n::Locale, actor_kind: &str) -> &'static str {
    use crate::i18n::Locale::{en, vi};
    match (actor_kind, locale) {
        ("citizen", vi) => "Công dân",
        ("citizen", en) => "Citizen",
        ("officer", vi) => "Cán bộ tiếp nhận, xử lý",
        ("officer", en) => "Receiving and processing officer",
        (_, vi) => "Hệ thống",
        (_, en) => "System",
    }
}

/// Who the dossier is for (filled from the profile, editable).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Applicant {
    pub full_name: String,
    /// CCCD / CMND (citizens) or tax code (organisations).
    pub id_number: String,
    pub birth_date: String,
    pub phone: String,
    pub email: String,
    pub address: String,
}

/// How the result is received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Delivery {
    /// "online", "in_person" or "post".
    pub receive: String,
    /// "Đồng ý sử dụng dịch vụ nộp hồ sơ qua bưu điện": the post office collects the originals.
    pub pickup: bool,
    pub province: String,
    pub commune: String,
    pub street: String,
    /// The postal fee quoted (VND), 0 without postal service.
    pub fee: i64,
}

/// A resolved dossier as the public list shows it: the applicant's name masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResolvedDossier {
    pub masked_name: String,
    pub code: String,
    pub procedure: String,
}

/// This year's processing figures (SPEC §2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeFigures {
    pub year: i32,
    pub received: i64,
    pub resolved: i64,
    /// Resolved on time, in tenths of a percent (`None` before anything is resolved).
    pub on_time_permille: Option<i64>,
    /// When these figures were computed (epoch seconds).
    pub computed_at: i64,
    pub recent: Vec<ResolvedDossier>,
}

#[server(prefix = "/api", endpoint = "home/figures")]
pub async fn get_home_figures() -> Result<HomeFigures, AppError> {
    let result: Result<HomeFigures, AppError> = async move {
        let svc = crate::backend::services()?;
        service::figures(&svc.db).await
    }
    .await;
    result.map_err(AppError::respond)
}

#[cfg(feature = "ssr")]
pub mod service {
    use super::*;
    use crate::backend::{Db, internal, now_epoch};

    /// Epoch seconds of 1 January 00:00 (Vietnam time) of `year`.
    fn year_start(year: i32) -> i64 {
        domain::Date::new(year, 1, 1)
            .map(|d| d.to_days() * 86_400 - crate::format::VN_OFFSET_SECS)
            .unwrap_or_default()
    }

    pub async fn figures(db: &Db) -> Result<HomeFigures, AppError> {
        let now = now_epoch();
        let year = crate::format::vn_date(now).year();
        let (from, to) = (year_start(year), year_start(year + 1));
        let received: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM dossiers WHERE received_at >= $1 AND received_at < $2",
        )
        .bind(from)
        .bind(to)
        .fetch_one(&db.pool)
        .await
        .map_err(internal)?;
        let (resolved, on_time): (i64, i64) = sqlx::query_as(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN due_at IS NULL OR resolved_at <= due_at THEN 1 ELSE 0 END), 0) \
             FROM dossiers WHERE resolved_at >= $1 AND resolved_at < $2",
        )
        .bind(from)
        .bind(to)
        .fetch_one(&db.pool)
        .await
        .map_err(internal)?;
        let recent = sqlx::query_as::<_, (String, Option<String>, String)>(
            "SELECT d.applicant_name, d.code, p.name FROM dossiers d JOIN procedures p ON p.id = d.procedure_id \
             WHERE d.resolved_at IS NOT NULL AND d.code IS NOT NULL ORDER BY d.resolved_at DESC, d.id DESC LIMIT 10",
        )
        .fetch_all(&db.pool)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|(name, code, procedure)| ResolvedDossier {
            masked_name: domain::mask_name(&name),
            code: code.unwrap_or_default(),
            procedure,
        })
        .collect();
        Ok(HomeFigures {
            year,
            received,
            resolved,
            on_time_permille: (resolved > 0).then(|| on_time * 1000 / resolved),
            computed_at: now,
            recent,
        })
    }
}
