//! The back office's plain axum routes (server only): the result documents' upload (multipart:
//! several files in one form, with JavaScript or without) and the apology letter as a printable
//! page. Pages and the other actions are the slice's server functions.

use super::results::{self as service, Resolved};
use crate::{
    accounts::extract::{ClientIp, OfficerUser, SignedIn},
    backend::{
        Services,
        printable::{Disposition, Printable, esc},
        uploads::{UNREADABLE, read_files, store_bytes},
    },
    error::AppError,
    format,
    routes::office_dossier_path,
};
use axum::{
    Router,
    extract::{DefaultBodyLimit, FromRef, Multipart, Path, State, multipart::MultipartRejection},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};

/// Result files one action may carry.
const MAX_RESULT_FILES: usize = 10;

/// The routes, for the host to merge. The upload takes up to ten files at the upload limit.
pub fn router<S>(svc: &Services) -> Router<S>
where
    Services: FromRef<S>,
    S: Clone + Send + Sync + 'static,
{
    let results = Router::new()
        .route("/can-bo/ho-so/{pid}/ket-qua/tai-len", post(upload_results))
        .layer(DefaultBodyLimit::max(
            svc.storage.max_bytes * MAX_RESULT_FILES + 64 * 1024,
        ));
    Router::new()
        .merge(results)
        .route("/ho-so/{pid}/van-ban-xin-loi/{id}", get(apology_letter))
}

/// `POST /can-bo/ho-so/{pid}/ket-qua/tai-len`: the result documents; the dossier becomes
/// "Đã giải quyết – chờ trả kết quả" in the transaction that records them.
async fn upload_results(
    State(svc): State<Services>,
    OfficerUser(officer): OfficerUser,
    ClientIp(ip): ClientIp,
    Path(pid): Path<String>,
    form: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let d = service::result_target(&svc, &officer, &pid).await?;
    let page = office_dossier_path(&pid);
    let back = |code: &str| Redirect::to(&format!("{page}/ket-qua?loi={code}")).into_response();
    let Ok(form) = form else {
        return Ok(back(UNREADABLE));
    };
    // The form sends the version and the note before the files.
    let upload = match read_files(&svc, form, MAX_RESULT_FILES, &["v", "note"]).await {
        Ok(u) => u,
        Err(code) => return Ok(back(code)),
    };
    let mut stored = Vec::new();
    for (name, data) in upload.files {
        match store_bytes(&svc, data).await? {
            Ok(s) => stored.push((name, s)),
            Err(code) => return Ok(back(code)),
        }
    }
    let version = upload.fields.get("v").and_then(|v| v.parse().ok());
    let note = upload.fields.get("note").map(String::as_str).unwrap_or("");
    let to = match service::resolve(&svc, &officer, &d, stored, version, note, &ip).await? {
        Resolved::Done => format!("{page}?tb=ket-qua-xong"),
        Resolved::Changed => format!("{page}?tb=da-cap-nhat"),
        Resolved::NoteTooLong => return Ok(back("ghi-chu")),
    };
    Ok(Redirect::to(&to).into_response())
}

/// `GET /ho-so/{pid}/van-ban-xin-loi/{id}`: the apology letter as a printable page with the
/// agency's header, for the dossier's owner and the officers of its agency.
async fn apology_letter(
    State(svc): State<Services>,
    SignedIn(user): SignedIn,
    Path((pid, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (d, letter, agency, address, procedure) =
        service::apology_letter(&svc, &user, &pid, &id).await?;
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
