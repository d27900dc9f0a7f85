//! The back office's plain routes: the result documents' upload (multipart, with JavaScript or
//! without), their download, and the apology letter as a printable page. Pages and the other
//! actions are the `office` slice's server functions.

use crate::{
    AppState,
    files::{read_files_with, send, store_bytes},
};
use app::{
    backend::printable::{Disposition, Printable, esc},
    dossiers::{
        access::{self, ClientIp, OfficerUser, SignedIn},
        store::{self, Change, Extra},
    },
    error::AppError,
    format, office,
};
use axum::{
    extract::{FromRequest as _, Multipart, Path, Request, State},
    response::{IntoResponse, Redirect, Response},
};
use domain::dossier::{Action, Actor};

/// Result files one action may carry.
const MAX_RESULT_FILES: usize = 10;

/// `POST /can-bo/ho-so/{pid}/ket-qua/tai-len`: the result documents; the dossier becomes
/// "Đã giải quyết – chờ trả kết quả" in the transaction that records them.
pub async fn upload_results(
    State(state): State<AppState>,
    OfficerUser(officer): OfficerUser,
    ClientIp(ip): ClientIp,
    Path(pid): Path<String>,
    req: Request,
) -> Result<Response, AppError> {
    let d = access::officer_dossier(&state.db, &officer, &pid).await?;
    let back = format!("/can-bo/ho-so/{pid}/ket-qua");
    let page = app::routes::office_dossier_path(&pid);
    let Ok(form) = Multipart::from_request(req, &state).await else {
        return Ok(Redirect::to(&format!("{back}?loi=loi")).into_response());
    };
    // The form sends the version and the note before the files.
    let upload = match read_files_with(&state, form, MAX_RESULT_FILES, &["v", "note"]).await {
        Ok(u) => u,
        Err(code) => return Ok(Redirect::to(&format!("{back}?loi={code}")).into_response()),
    };
    let version = upload.fields.get("v").and_then(|v| v.parse().ok());
    let note = upload.fields.get("note").cloned().unwrap_or_default();
    resolve(
        &state,
        &officer,
        &d,
        upload.files,
        version,
        &note,
        &ip,
        &back,
        &page,
    )
    .await
}

/// Stores the result files and applies "resolve" with them.
#[allow(clippy::too_many_arguments)]
async fn resolve(
    state: &AppState,
    officer: &access::Officer,
    d: &store::DossierRow,
    files: Vec<(String, bytes::Bytes)>,
    version: Option<i64>,
    note: &str,
    ip: &str,
    back: &str,
    page: &str,
) -> Result<Response, AppError> {
    // The action form's rule: an over-long note is refused, not cut.
    let Ok(note) = office::service::clean_note(note) else {
        return Ok(Redirect::to(&format!("{back}?loi=ghi-chu")).into_response());
    };
    let mut stored = Vec::new();
    for (name, data) in files {
        match store_bytes(state, data).await {
            Ok(Ok(s)) => stored.push((name, s)),
            Ok(Err(code)) => return Ok(Redirect::to(&format!("{back}?loi={code}")).into_response()),
            Err(r) => return Ok(r),
        }
    }
    let change = Change {
        action: Action::Resolve,
        actor: Actor::Officer,
        actor_id: Some(officer.user.id),
        note: &note,
        seen: version,
        extra: Extra::Results(stored),
        ip,
        ..Change::default()
    };
    let to = match store::act(&state.services, d, change).await {
        Ok(Ok(_)) => format!("{page}?tb=ket-qua-xong"),
        Ok(Err(_)) => format!("{page}?tb=da-cap-nhat"),
        Err(AppError::Stale) => format!("{page}?tb=da-cap-nhat"),
        Err(e) => return Err(e),
    };
    Ok(Redirect::to(&to).into_response())
}

/// `GET /ho-so/{pid}/ket-qua/{file}`: a result document, for the dossier's owner and the
/// officers of its agency.
pub async fn download_result(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((pid, file)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let d = access::readable(&state.db, &user, &pid).await?;
    let (name, sha) = store::result_file(&state.db, d.id, &file)
        .await?
        .ok_or(AppError::NotFound)?;
    if d.owner_id != user.id {
        office::store::audit(
            &state.db,
            &user,
            "dossier.result_downloaded",
            Some(d.id),
            &ip,
            &file,
        )
        .await?;
    }
    send(&state, &sha, &name, false).await
}

/// `GET /ho-so/{pid}/van-ban-xin-loi/{id}`: the apology letter as a printable page with the
/// agency's header, for the dossier's owner and the officers of its agency.
pub async fn apology_letter(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path((pid, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let d = access::readable(&state.db, &user, &pid).await?;
    let letter = app::dossiers::service::apologies(&state.db, d.id)
        .await?
        .into_iter()
        .find(|l| l.public_id == id)
        .ok_or(AppError::NotFound)?;
    let (agency, address) = app::catalog::store::agency_header(&state.db, d.agency_id).await?;
    let (_, procedure) = app::catalog::store::procedure_names(&state.db, d.procedure_id).await?;
    let code = d.code.clone().unwrap_or_default();
    let due = d.due_at.map(format::datetime).unwrap_or_default();
    let title = format!("Văn bản xin lỗi – hồ sơ {code}");
    let file_name = format!("van-ban-xin-loi-{code}.html");
    let body = format!(
        "\
         <div class=\"head\"><p><strong>{agency}</strong><br>{address}</p>\
         <p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>Độc lập - Tự do - Hạnh phúc</p></div>\
         <h1>PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ</h1>\
         <p>Kính gửi: Ông/Bà <strong>{name}</strong></p>\
         <p>{agency} đã tiếp nhận hồ sơ số <strong>{code}</strong> về thủ tục {procedure}; \
         ngày hẹn trả kết quả theo giấy tiếp nhận là {due}.</p>\
         <p>Tuy nhiên, đến nay hồ sơ chưa được giải quyết đúng hạn. Lý do: {reason}</p>\
         <p>Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {agency} xin lỗi Ông/Bà và hẹn lại \
         ngày trả kết quả là <strong>{new_due}</strong>.</p>\
         <p>Trân trọng.</p><p class=\"r\">Ngày lập: {issued}<br>Cán bộ: {officer}</p>\
         ",
        code = esc(&code),
        agency = esc(&agency),
        address = esc(&address),
        name = esc(&d.applicant_name),
        procedure = esc(&procedure),
        due = esc(&due),
        reason = esc(&letter.reason),
        new_due = esc(&letter.new_due),
        issued = esc(&letter.issued_at),
        officer = esc(&letter.officer),
    );
    Ok(Printable {
        title: &title,
        style: "body{font-family:serif;max-width:46rem;margin:2rem auto;line-height:1.5;padding:0 1rem}\
                .head{display:flex;justify-content:space-between;gap:1rem;text-align:center}\
                h1{text-align:center;font-size:1.3rem}.r{text-align:right}@media print{a{display:none}}",
        body,
        file_name: &file_name,
        disposition: Disposition::Inline,
    }
    .into_response())
}
