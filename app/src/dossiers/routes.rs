//! The slice's plain axum routes (server only): multipart uploads (they work the same with
//! JavaScript or without), downloads that stream stored bytes, and the paper of reception as a
//! printable page. Each extracts who is asking ([`crate::accounts::extract`]), calls the slice's
//! service and answers; upload refusals come back to the page as a short code in the query
//! string (`?loi=kich-thuoc`), never with personal data.

use super::service::{
    closed_page,
    files::{self, FilesRefused, ReceiptData, upload_target},
    files_page,
};
use crate::{
    accounts::extract::{ClientIp, MaybeSignedIn, SignedIn},
    backend::{
        Services, now_epoch,
        printable::{Disposition, Printable, esc},
        uploads::{self, STORE_FULL, UNREADABLE, read_file, store_bytes},
    },
    error::AppError,
    format,
    routes::{DOCUMENTS_PATH, dossier_path, login_path},
};
use axum::{
    Router,
    extract::{
        DefaultBodyLimit, FromRef, Multipart, Path, Query, State, multipart::MultipartRejection,
    },
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};

/// The routes, for the host to merge. Uploads take a body as large as the upload limit, plus
/// room for the form's framing.
pub fn router<S>(svc: &Services) -> Router<S>
where
    Services: FromRef<S>,
    S: Clone + Send + Sync + 'static,
{
    let uploads = Router::new()
        .route("/ho-so/{pid}/tep/{component}", post(upload_dossier_file))
        .route("/kho-tai-lieu/tai-len", post(upload_document))
        .route("/kho-tai-lieu/{id}/thay-the", post(replace_document))
        .layer(DefaultBodyLimit::max(svc.storage.max_bytes + 64 * 1024));
    Router::new()
        .merge(uploads)
        .route("/kho-tai-lieu/{id}/tai-ve", get(download_document))
        .route("/ho-so/{pid}/tep-da-nop/{file}", get(download_dossier_file))
        .route("/ho-so/{pid}/bien-nhan", get(reception_paper))
        .route("/ho-so/{pid}/ket-qua/{file}", get(download_result))
}

fn to(path: &str) -> Response {
    Redirect::to(path).into_response()
}

/// `POST /ho-so/{pid}/tep/{component}`: a file for one document component of a dossier.
async fn upload_dossier_file(
    State(svc): State<Services>,
    MaybeSignedIn(user): MaybeSignedIn,
    Path((pid, component)): Path<(String, i64)>,
    form: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let Some(user) = user else {
        return Ok(to(&login_path(&dossier_path(&pid))));
    };
    let d = match upload_target(&svc, &user, &pid, component).await? {
        Ok(d) => d,
        Err(closed) => return Ok(to(&closed)),
    };
    let back = files_page(&d);
    let refused = |code: &str| {
        to(&format!(
            "{back}?loi={code}&tp={component}#file-{component}"
        ))
    };
    let Ok(form) = form else {
        return Ok(to(&format!("{back}?loi={UNREADABLE}&tp={component}")));
    };
    let (name, stored) = match read_and_store(&svc, form).await? {
        Ok(x) => x,
        Err(code) => return Ok(refused(code)),
    };
    Ok(
        match files::put_upload(&svc, &d, component, &name, &stored).await? {
            Ok(()) => to(&format!("{back}#file-{component}")),
            Err(FilesRefused::StoreFull) => refused(STORE_FULL),
            Err(FilesRefused::Closed) => to(&closed_page(&d)),
        },
    )
}

/// Where the document store's page says what happened to an upload.
fn documents_page(query: &str) -> Response {
    to(&format!("{DOCUMENTS_PATH}?{query}"))
}

/// `POST /kho-tai-lieu/tai-len`: a new document in the store.
async fn upload_document(
    State(svc): State<Services>,
    MaybeSignedIn(user): MaybeSignedIn,
    form: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let Some(user) = user else {
        return Ok(to(&login_path(DOCUMENTS_PATH)));
    };
    let Ok(form) = form else {
        return Ok(documents_page(&format!("loi={UNREADABLE}")));
    };
    let stored = match read_and_store(&svc, form).await? {
        Ok(x) => x,
        Err(code) => return Ok(documents_page(&format!("loi={code}"))),
    };
    Ok(
        match files::add_document(&svc, &user, &stored.0, &stored.1).await? {
            Ok(()) => documents_page("tb=tai-len"),
            Err(_) => documents_page(&format!("loi={STORE_FULL}")),
        },
    )
}

/// `POST /kho-tai-lieu/{id}/thay-the`: new content for a stored document (same name).
async fn replace_document(
    State(svc): State<Services>,
    MaybeSignedIn(user): MaybeSignedIn,
    Path(id): Path<String>,
    form: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let Some(user) = user else {
        return Ok(to(&login_path(DOCUMENTS_PATH)));
    };
    // Someone else's document is not found, before its body is read.
    files::owned_document(&svc, &user, &id).await?;
    let Ok(form) = form else {
        return Ok(documents_page(&format!("loi={UNREADABLE}")));
    };
    let stored = match read_and_store(&svc, form).await? {
        Ok(x) => x,
        Err(code) => return Ok(documents_page(&format!("loi={code}"))),
    };
    Ok(
        match files::replace_document(&svc, &user, &id, &stored.1).await? {
            Ok(()) => documents_page("tb=thay-the"),
            Err(_) => documents_page(&format!("loi={STORE_FULL}")),
        },
    )
}

/// The one file of a form, read and stored: (its name, what was stored), or the code to show.
async fn read_and_store(
    svc: &Services,
    form: Multipart,
) -> Result<Result<(String, crate::backend::storage::Stored), &'static str>, AppError> {
    let (name, data) = match read_file(svc, form).await {
        Ok(x) => x,
        Err(code) => return Ok(Err(code)),
    };
    Ok(store_bytes(svc, data).await?.map(|stored| (name, stored)))
}

/// `GET /kho-tai-lieu/{id}/tai-ve`: the owner's document.
async fn download_document(
    State(svc): State<Services>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (name, sha) = files::owned_document(&svc, &user, &id).await?;
    uploads::send(&svc, &sha, &name, false).await
}

/// `?xem=1`: a preview instead of a download.
#[derive(serde::Deserialize)]
struct View {
    xem: Option<String>,
}

/// `GET /ho-so/{pid}/tep-da-nop/{file}`: a dossier's file, for its owner and the officers of
/// its receiving agency (whose download is in the audit log).
async fn download_dossier_file(
    State(svc): State<Services>,
    SignedIn(user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((pid, file)): Path<(String, String)>,
    Query(view): Query<View>,
) -> Result<Response, AppError> {
    // "Xem": shown in the browser rather than saved, for the types it shows safely.
    let inline = view.xem.as_deref() == Some("1");
    let (name, sha) = files::dossier_file(&svc, &user, &pid, &file, inline, &ip).await?;
    uploads::send(&svc, &sha, &name, inline).await
}

/// `GET /ho-so/{pid}/ket-qua/{file}`: a result document, for the dossier's owner and the
/// officers of its agency (whose download is in the audit log).
async fn download_result(
    State(svc): State<Services>,
    SignedIn(user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((pid, file)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (name, sha) = files::result_file(&svc, &user, &pid, &file, &ip).await?;
    uploads::send(&svc, &sha, &name, false).await
}

/// `GET /ho-so/{pid}/bien-nhan`: "Giấy tiếp nhận hồ sơ" as a printable HTML file.
async fn reception_paper(
    State(svc): State<Services>,
    SignedIn(user): SignedIn,
    Path(pid): Path<String>,
) -> Result<Response, AppError> {
    let (
        d,
        code,
        ReceiptData {
            procedure,
            agency,
            address,
            files,
        },
    ) = files::reception(&svc, &user, &pid).await?;
    let rows: String = files
        .iter()
        .enumerate()
        .map(|(i, (c, f))| {
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                i + 1,
                esc(c),
                esc(f)
            )
        })
        .collect();
    let title = format!("Giấy tiếp nhận hồ sơ {code}");
    let file_name = format!("bien-nhan-{code}.html");
    let body = format!(
        "<p class=\"c\"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>Độc lập - Tự do - Hạnh phúc</p>\
         <h1>GIẤY TIẾP NHẬN HỒ SƠ TRỰC TUYẾN</h1><p class=\"c\">Mã hồ sơ: <strong>{code}</strong></p>\
         <p>Cơ quan tiếp nhận: {agency}{addr}</p><p>Thủ tục: {procedure}</p>\
         <p>Người nộp: {name}</p><p>Thời điểm nộp: {submitted}</p>\
         <h2>Thành phần hồ sơ đã nộp</h2><table><tr><th>STT</th><th>Tên giấy tờ</th><th>Tệp</th></tr>{rows}</table>\
         <p>Cơ quan tiếp nhận sẽ kiểm tra hồ sơ và thông báo kết quả tiếp nhận qua tài khoản, tin nhắn \
         và thư điện tử. Tra cứu tình trạng hồ sơ bằng mã trên tại mục Tra cứu hồ sơ của Cổng Dịch vụ công.</p>\
         <p><em>Giấy này được tạo lúc {now} từ Cổng Dịch vụ công.</em></p>",
        code = esc(&code),
        agency = esc(&agency),
        addr = if address.is_empty() {
            String::new()
        } else {
            format!(", {}", esc(&address))
        },
        procedure = esc(&procedure),
        name = esc(&d.applicant_name),
        submitted = d.submitted_at.map(format::datetime).unwrap_or_default(),
        now = format::datetime(now_epoch()),
    );
    Ok(Printable {
        title: &title,
        style: "body{font-family:serif;max-width:46rem;margin:2rem auto;line-height:1.5;padding:0 1rem}\
                h1,h2,.c{text-align:center}table{width:100%;border-collapse:collapse}\
                td,th{border:1px solid #000;padding:.25rem .5rem;text-align:left}",
        body,
        file_name: &file_name,
        disposition: Disposition::Attachment,
    }
    .into_response())
}
