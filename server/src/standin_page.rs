//! The pages of the payment stand-ins (VNPay's and MoMo's): one skeleton with its own CSP.

use app::backend::crypto;
use app::backend::printable::esc;
use axum::{
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};

/// A page of the stand-in, with its own CSP: its one inline style by nonce, and its form posting
/// to itself and redirecting to the merchant (`form_to`: the return URL's origin).
pub(crate) fn html(status: StatusCode, title: &str, body: &str, form_to: &str) -> Response {
    let nonce = &crypto::random_token()[..24];
    let page = format!(
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>\
         <style nonce=\"{nonce}\">{vt}body{{font-family:system-ui,sans-serif;max-width:34rem;margin:1rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}}\
         header{{border-bottom:3px solid #005baa;margin-bottom:1rem}}dl{{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}}\
         dt{{font-weight:600}}fieldset{{margin:1rem 0}}label{{display:block;padding:.25rem 0}}\
         button{{display:block;width:100%;margin:.5rem 0;padding:.75rem;font-size:1rem;border:2px solid #005baa;border-radius:4px;background:#fff;color:#003f7a;cursor:pointer}}\
         button.primary{{background:#005baa;color:#fff}}.amount{{font-size:1.5rem;font-weight:700}}</style></head>\
         <body><header><p><strong>{title}</strong></p></header><main>{body}</main></body></html>",
        title = esc(title),
        vt = app::backend::printable::VIEW_TRANSITION_CSS,
    );
    let mut res = (status, page).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(csp) = HeaderValue::from_str(&format!(
        "default-src 'none'; style-src 'nonce-{nonce}'; form-action 'self' {form_to}; \
         frame-ancestors 'none'; base-uri 'none'"
    )) {
        res.headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    res
}

/// The origin of a URL ("" if it has none).
pub(crate) fn origin(url: &str) -> String {
    url::Url::parse(url)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_default()
}

pub(crate) fn refused(title: &str, message: &str) -> Response {
    html(
        StatusCode::BAD_REQUEST,
        title,
        &format!(
            "<h1>Giao dịch không hợp lệ</h1><p role=\"alert\">{}</p>",
            esc(message)
        ),
        "",
    )
}

/// What a test can see and change of a running stand-in: how many queries (QueryDR, MoMo's
/// query) it answered, and whether it signs its answers with a wrong key (a forged answer).
#[derive(Debug, Default)]
pub struct Probe {
    pub queries: std::sync::atomic::AtomicUsize,
    pub forge_answers: std::sync::atomic::AtomicBool,
}

impl Probe {
    pub fn queries(&self) -> usize {
        self.queries.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Counts a query; whether its answer is to be signed with a wrong key.
    pub fn asked(&self) -> bool {
        self.queries
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        self.forge_answers.load(std::sync::atomic::Ordering::SeqCst)
    }
}
