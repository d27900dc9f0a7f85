//! A refused form's error travels through the server, never through the address.
//!
//! Leptos answers a server function posted by a plain HTML form (`Accept: text/html`: every
//! form here, with JavaScript as without, since pages are not hydrated) with a redirect back to
//! the Referer, and when the function failed it appends `__path=<function>&__err=<the error,
//! base64 JSON>` to that address; the next page's `ServerAction` rebuilds the error from those
//! parameters (leptos_router's `RequestUrl::parse` provides a `ServerActionError` from any
//! address that has them). Unsigned, they let anyone write the message a real page shows (a
//! link `/dang-nhap?__path=/api/login&__err=…` with "call this number"), and each refusal made
//! the address longer.
//!
//! [`layer`], around every request, takes that road away:
//! - an address with `__path` / `__err` is never rendered: a page asked for with them is
//!   redirected to its address without them (what a forged link shows is the plain page), and
//!   any other request loses them;
//! - a form post's redirect that carries them has them moved into the visitor's session (an
//!   anonymous session is started for a visitor without one, as journeys do) as a one-time
//!   entry for the page the redirect goes to; the redirect itself goes to the clean address;
//! - the next page asked for in that session takes the entry (once; only the page it was kept
//!   for shows it) and [`provide`], in the render's context, hands it to Leptos in the form its
//!   `ServerAction` reads. A successful post forgets any entry left over.
//!
//! Server functions called from WebAssembly (the islands) answer JSON and are left alone.

use super::{Services, crypto, now_epoch, otp, session};
use crate::error::AppError;
use axum::{
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use http::{HeaderMap, HeaderValue, Method, Uri, header};
use serde::{Deserialize, Serialize};

/// The session's stored flow (`auth_flows`) that holds the entry.
pub const PURPOSE: &str = "form-error";

/// An entry older than this is not shown (the page it was kept for was not asked for at once).
const SHOW_WITHIN_SECS: i64 = 600;

/// The error parameters Leptos puts in an address.
const PARAMS: [&str; 2] = ["__path", "__err"];

/// What is kept between the refused post and the page that shows it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Kept {
    /// The path of the page the redirect goes to.
    pub page: String,
    /// The server function's path (a page's `ServerAction` for another function ignores it).
    pub path: String,
    /// The error as server_fn encodes it (base64 of its JSON), produced by this server.
    pub err: String,
    pub at: i64,
}

/// The refusal this page is rendered with (a request extension, read by [`provide`]).
#[derive(Debug, Clone)]
struct Refusal {
    path: String,
    err: String,
}

/// A query string without Leptos' error parameters (its other pairs as they were written), and
/// the values of the last `__path` and `__err` it had, decoded. `None` when it had neither.
pub fn split_query(query: &str) -> Option<(String, Option<String>, Option<String>)> {
    let (mut path, mut err, mut found) = (None, None, false);
    let mut kept = Vec::new();
    for pair in query.split('&') {
        let key = form_urlencoded::parse(pair.as_bytes()).next();
        match key {
            Some((k, v)) if PARAMS.contains(&k.as_ref()) => {
                found = true;
                if k == "__path" {
                    path = Some(v.into_owned());
                } else {
                    err = Some(v.into_owned());
                }
            }
            _ if pair.is_empty() => {}
            _ => kept.push(pair),
        }
    }
    found.then(|| (kept.join("&"), path, err))
}

/// An address (a path or an absolute URL, with a query and a fragment) without Leptos' error
/// parameters, and their values; `None` when it has none.
pub fn split_address(address: &str) -> Option<(String, Option<String>, Option<String>)> {
    let (base, rest) = address.split_once('?')?;
    let (query, fragment) = match rest.split_once('#') {
        Some((q, f)) => (q, Some(f)),
        None => (rest, None),
    };
    let (query, path, err) = split_query(query)?;
    let mut clean = base.to_string();
    if !query.is_empty() {
        clean.push('?');
        clean.push_str(&query);
    }
    if let Some(f) = fragment {
        clean.push('#');
        clean.push_str(f);
    }
    Some((clean, path, err))
}

fn accepts_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// A speculative load (the speculation rules' prefetch): not the visitor looking at the page.
fn is_prefetch(headers: &HeaderMap) -> bool {
    ["sec-purpose", "purpose"].iter().any(|name| {
        headers
            .get(*name)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("prefetch") || v.contains("prerender"))
    })
}

/// The middleware (see the module's documentation).
pub async fn layer(State(svc): State<Services>, mut req: Request, next: Next) -> Response {
    let is_get = matches!(*req.method(), Method::GET | Method::HEAD);
    if let Some(pq) = req.uri().path_and_query()
        && let Some((clean, _, _)) = split_address(pq.as_str())
    {
        if is_get {
            return Redirect::to(&clean).into_response();
        }
        if let Ok(uri) = clean.parse::<Uri>() {
            *req.uri_mut() = uri;
        }
    }
    let plain_form = accepts_html(req.headers());
    if !plain_form {
        return next.run(req).await;
    }
    let meta = session::meta_of(&svc, req.headers(), req.extensions());
    let path = req.uri().path().to_string();
    if !is_get {
        let mut res = next.run(req).await;
        after_post(&svc, &meta, path.starts_with("/api/"), &mut res).await;
        return res;
    }
    if let Some(token) = meta.token.as_deref()
        && !path.starts_with("/api/")
        && !path.starts_with("/pkg/")
        && !is_prefetch(req.headers())
    {
        match take(&svc, token, &path).await {
            Ok(Some(refusal)) => {
                req.extensions_mut().insert(refusal);
            }
            Ok(None) => {}
            Err(e) => tracing::warn!(error = ?e, "reading a kept form error"),
        }
    }
    next.run(req).await
}

/// After a plain form's post: a redirect that carries an error has it moved into the session and
/// goes to the clean address; a successful server function forgets any error left over.
async fn after_post(
    svc: &Services,
    meta: &session::RequestMeta,
    server_function: bool,
    res: &mut Response,
) {
    if !res.status().is_redirection() {
        return;
    }
    let location = res
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let Some((clean, path, err)) = location.as_deref().and_then(split_address) else {
        if server_function && let Some(token) = meta.token.as_deref() {
            // Read first: a DELETE is a write even when nothing matches, and on SQLite every
            // successful post would then queue once more for the single writer after its own
            // commit (submissions answered later than they were committed; tests/crash.rs).
            let id = crypto::sha256_hex(token);
            if let Ok(Some(_)) = otp::load::<Kept>(&svc.db, &id, PURPOSE).await {
                let _ = otp::delete(&svc.db, &id, PURPOSE).await;
            }
        }
        return;
    };
    match HeaderValue::from_str(&clean) {
        Ok(v) => {
            res.headers_mut().insert(header::LOCATION, v);
        }
        Err(_) => {
            res.headers_mut()
                .insert(header::LOCATION, HeaderValue::from_static("/"));
        }
    }
    // Only a server function's own refusal is kept (another redirect, such as the language
    // switch's way back, merely loses the parameters).
    if server_function && let (Some(path), Some(err)) = (path, err) {
        let page = clean
            .parse::<Uri>()
            .map(|u| u.path().to_string())
            .unwrap_or_else(|_| "/".to_string());
        let kept = Kept {
            page,
            path,
            err,
            at: now_epoch(),
        };
        if let Err(e) = keep(svc, meta, res, &kept).await {
            tracing::warn!(error = ?e, "keeping a form error");
        }
    }
}

/// Keeps `kept` in the session the browser will come back with: the one the response sets, else
/// the request's, else a new anonymous one (its cookie added to the response).
async fn keep(
    svc: &Services,
    meta: &session::RequestMeta,
    res: &mut Response,
    kept: &Kept,
) -> Result<(), AppError> {
    let token = match session::token_set_by(svc, res.headers()) {
        // Logged out by this very post: nothing to show it to.
        Some(t) if t.is_empty() => return Ok(()),
        Some(t) => Some(t),
        None => meta.token.clone(),
    };
    let session = match session::lookup(svc, token.as_deref()).await? {
        Some(s) => s,
        None => {
            let (s, cookie) = session::start_anonymous(svc, meta).await?;
            if let Some(c) = cookie {
                let headers = res.headers_mut();
                headers.append(header::SET_COOKIE, c);
                headers.insert(
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("private, no-store"),
                );
            }
            s
        }
    };
    otp::restart(&svc.db, &session.id, PURPOSE, kept).await
}

/// The entry kept for the session of `token`, taken (once) by a page load: shown only on the
/// page it was kept for, and only soon after.
async fn take(svc: &Services, token: &str, page: &str) -> Result<Option<Refusal>, AppError> {
    let id = crypto::sha256_hex(token);
    let Some(flow) = otp::load::<Kept>(&svc.db, &id, PURPOSE).await? else {
        return Ok(None);
    };
    otp::delete(&svc.db, &id, PURPOSE).await?;
    let kept = flow.data;
    Ok(
        (kept.page == page && now_epoch() - kept.at <= SHOW_WITHIN_SECS).then_some(Refusal {
            path: kept.path,
            err: kept.err,
        }),
    )
}

/// In a page's render: the refusal this request carries, as Leptos' `ServerAction`s read it.
pub fn provide() {
    use leptos::prelude::{provide_context, use_context};
    let refusal =
        use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<Refusal>().cloned());
    if let Some(r) = refusal {
        provide_context(leptos::server::ServerActionError::new(&r.path, &r.err));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_parameters_are_split_off_whatever_their_spelling() {
        assert_eq!(split_address("/dang-nhap"), None);
        assert_eq!(split_address("/dang-nhap?next=%2Fho-so"), None);
        assert_eq!(
            split_address("/dang-nhap?next=%2Fho-so&__path=/api/login&__err=eyJ9"),
            Some((
                "/dang-nhap?next=%2Fho-so".to_string(),
                Some("/api/login".to_string()),
                Some("eyJ9".to_string())
            ))
        );
        // Encoded keys, repeated pairs (the last one counts), a fragment, an absolute address.
        assert_eq!(
            split_address("http://h/x?%5F%5Fpath=%2Fa&a=1&__err=A&__path=/b&__err=B&&b=2#frag"),
            Some((
                "http://h/x?a=1&b=2#frag".to_string(),
                Some("/b".to_string()),
                Some("B".to_string())
            ))
        );
        assert_eq!(
            split_address("/x?__err"),
            Some(("/x".to_string(), None, Some(String::new())))
        );
    }
}
