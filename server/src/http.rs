//! The HTTP surface: Leptos pages and server functions, static assets, health probes, the
//! language switch, and the layers every response passes through (request ids, tracing,
//! compression, security and cache headers, cross-site request refusal).

use crate::AppState;
use app::{App, LANG_COOKIE, messages::RequestRefusal, shell};
use axum::{
    Form, Router,
    body::Body,
    extract::{Request, State},
    handler::Handler as _,
    http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use cookie::{Cookie, SameSite};
use leptos::prelude::*;
use leptos_axum::{
    LeptosRoutes, ResponseOptions, file_and_error_handler_with_context, generate_route_list,
};
use serde::Deserialize;
use std::time::Duration;
use tower::ServiceBuilder;
use tower_http::{
    compression::CompressionLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
    timeout::RequestBodyTimeoutLayer,
    trace::{DefaultOnResponse, TraceLayer},
};
use tracing::Level;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// Builds the whole application router.
pub fn router(state: AppState) -> Router {
    let routes = route_list();
    let context = {
        let state = state.clone();
        move || provide_request_context(&state)
    };
    let pkg_dir = state.leptos.site_root.to_string() + "/" + &state.leptos.site_pkg_dir;
    let pkg_cache = if state.leptos.hash_files {
        IMMUTABLE
    } else {
        "no-cache"
    };

    let pkg = Router::new()
        .fallback_service(
            ServeDir::new(pkg_dir)
                .precompressed_br()
                .precompressed_gzip(),
        )
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static(pkg_cache),
        ));

    // Public assets (manifest, icons, service worker, offline page) straight from disk; anything
    // else is the Leptos "not found" page. (Leptos' own file handler renders static files inside a
    // reactive owner, which under concurrent load made page responses lose their CSP nonce.)
    let not_found = file_and_error_handler_with_context::<AppState, _>(context.clone(), shell)
        .with_state(state.clone());
    let public = ServeDir::new(state.leptos.site_root.as_ref())
        .append_index_html_on_directories(false)
        .call_fallback_on_method_not_allowed(true)
        .fallback(not_found);

    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/ngon-ngu", post(switch_language))
        .route("/metrics", get(metrics))
        .route("/dev/outbox", get(dev_outbox_page))
        .route("/dev/outbox.json", get(dev_outbox_json))
        // Each slice's plain routes (uploads, downloads, printable pages, callbacks, exports).
        .merge(app::accounts::routes::router())
        .merge(app::dossiers::routes::router(&state.services))
        .merge(app::office::routes::router(&state.services))
        .merge(app::payments::routes::router())
        .merge(app::admin::routes::router())
        .merge(app::notifications::routes::router())
        .merge(crate::payments::sandbox_router(&state))
        .nest("/pkg", pkg)
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let options = state.leptos.clone();
            move || shell(options.clone())
        })
        .fallback_service(public)
        // A refused form's error goes through the session, never through the address.
        .layer(middleware::from_fn_with_state(
            state.services.clone(),
            app::backend::form_errors::layer,
        ))
        .layer(middleware::from_fn(refuse_cross_site))
        // A body that stalls between two pieces for this long ends the request (an upload's
        // whole length is bounded separately, in `files`).
        .layer(RequestBodyTimeoutLayer::new(Duration::from_secs(
            state.settings.http.body_timeout_secs,
        )))
        .layer(middleware::from_fn_with_state(state.clone(), response_headers))
        .layer(middleware::from_fn_with_state(
            state.in_flight.clone(),
            crate::watchdog::track,
        ))
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
                .layer(
                    TraceLayer::new_for_http()
                        .make_span_with(|req: &Request<Body>| {
                            let id = req.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("-");
                            // Only the path, without secrets: query strings may carry search
                            // terms, and an e-mail link's path carries its token.
                            tracing::info_span!("request", id = %id, method = %req.method(), path = %crate::watchdog::loggable_path(req.uri().path()))
                        })
                        .on_response(DefaultOnResponse::new().level(Level::INFO)),
                )
                .layer(PropagateRequestIdLayer::new(REQUEST_ID))
                .layer(CompressionLayer::new().gzip(true).br(true)),
        )
        .with_state(state)
}

/// The application's routes, generated once per process.
///
/// Generating them runs the whole app with Leptos' process-global `SuppressResourceLoad` flag
/// set (leptos_router `RouteList::generate`): any resource that another thread first polls while
/// the flag is up awaits `pending()` forever, so that render never finishes
/// (leptos-rs/leptos#4773). One server per process generates them before it serves and never
/// again, which is safe; several portals in one process (the test suite) used to generate them
/// while others were serving, and a page render hung now and then. Generating them once, before
/// the first portal serves, closes that window: later callers only read the finished list.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// Context every Leptos render and server function gets: the state, the site facts, and for
/// pages a Content-Security-Policy that allows only this response's inline hydration scripts.
fn provide_request_context(state: &AppState) {
    provide_context(state.clone());
    provide_context(state.db.clone());
    provide_context(state.site.clone());
    provide_context(state.services.clone());
    app::backend::form_errors::provide();
    if let (Some(nonce), Some(res)) = (leptos::nonce::use_nonce(), use_context::<ResponseOptions>())
        && let Ok(value) = HeaderValue::from_str(&content_security_policy(
            Some(&nonce.to_string()),
            &state.settings.payments.origins(),
        ))
    {
        res.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
}

/// The CSP for every response; pages add the nonce of their inline hydration scripts. Forms may
/// post here only, but the payment form's answer redirects to the gateways' payment pages
/// (`gateways`: their origins, space-separated), which browsers check against form-action.
pub fn content_security_policy(nonce: Option<&str>, gateways: &str) -> String {
    let scripts = match nonce {
        Some(n) => format!("script-src 'self' 'nonce-{n}' 'wasm-unsafe-eval'"),
        None => "script-src 'self' 'wasm-unsafe-eval'".to_string(),
    };
    format!(
        "default-src 'self'; {scripts}; style-src 'self'; img-src 'self' data:; font-src 'self'; \
         connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; \
         base-uri 'self'; form-action 'self'{gateways}; frame-ancestors 'none'"
    )
}

/// Security headers on every response, and a Cache-Control chosen by what the response is
/// when the handler did not set one.
async fn response_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let has_session = carries_session(req.headers());
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    let is_html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let mut set = |name: HeaderName, value: &str| {
        if !headers.contains_key(&name)
            && let Ok(v) = HeaderValue::from_str(value)
        {
            headers.insert(name, v);
        }
    };
    set(
        header::CONTENT_SECURITY_POLICY,
        &content_security_policy(None, &state.settings.payments.origins()),
    );
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::X_FRAME_OPTIONS, "DENY");
    set(header::REFERRER_POLICY, "same-origin");
    set(
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    set(
        HeaderName::from_static("permissions-policy"),
        "camera=(self), geolocation=(), microphone=(), payment=()",
    );
    if state.settings.http.is_https() {
        set(
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        );
    }
    let cache = if path.starts_with("/api/")
        || path == "/healthz"
        || path == "/readyz"
        || path == "/metrics"
    {
        "no-store"
    } else if is_html && (has_session || is_personal_path(&path)) {
        // A page that may show someone's own data is never stored, by any cache.
        "private, no-store"
    } else if is_html || path == "/sw.js" || path == "/sw-register.js" {
        // Pages are rendered per visitor (language, later the session): revalidate every time.
        "no-cache"
    } else {
        "public, max-age=86400"
    };
    set(header::CACHE_CONTROL, cache);
    res
}

/// Pages that belong to one person (the service worker never caches them either).
pub fn is_personal_path(path: &str) -> bool {
    [
        "/tai-khoan",
        "/dang-nhap",
        "/dang-ky",
        "/quen-mat-khau",
        "/xac-nhan-email",
        "/ho-so",
        "/nop-ho-so",
        "/kho-tai-lieu",
        "/dev/",
    ]
    .iter()
    .any(|p| path.starts_with(p))
}

/// `/metrics` (Prometheus text): the database pool, requests, the message budgets, for the local machine only (a monitoring
/// agent beside the portal); anyone else gets 404.
async fn metrics(State(state): State<AppState>, req: Request) -> Response {
    let meta = app::backend::session::meta_of(&state.services, req.headers(), req.extensions());
    let local = meta
        .ip
        .parse::<std::net::IpAddr>()
        .is_ok_and(|ip| ip.is_loopback());
    if !local {
        return StatusCode::NOT_FOUND.into_response();
    }
    let requests = format!(
        "# HELP portal_http_requests_in_flight Requests being answered now.\n\
         # TYPE portal_http_requests_in_flight gauge\n\
         portal_http_requests_in_flight {}\n\
         # HELP portal_http_requests_slow_total Requests that ran longer than {} s.\n\
         # TYPE portal_http_requests_slow_total counter\n\
         portal_http_requests_slow_total {}\n",
        state.in_flight.count(),
        crate::watchdog::SLOW.as_secs(),
        state.in_flight.slow_total(),
    );
    let budgets = match app::backend::budget::usage(&state.services).await {
        Ok(usage) => crate::metrics::render_budgets(&usage),
        Err(e) => {
            tracing::warn!(error = %e, "reading the message budgets for /metrics failed");
            String::new()
        }
    };
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.pool_probe.render(&state.db) + &requests + &budgets,
    )
        .into_response()
}

/// How many messages /dev/outbox shows.
const DEV_OUTBOX_LIMIT: i64 = 200;

/// Every SMS and e-mail the development provider "delivered", newest first, as JSON. Exists
/// only while the development provider is configured (never in production).
async fn dev_outbox_json(State(state): State<AppState>) -> Response {
    if !state.services.config.dev_outbox {
        return StatusCode::NOT_FOUND.into_response();
    }
    match app::backend::messaging::dev_messages(&state.db, DEV_OUTBOX_LIMIT).await {
        Ok(list) => axum::Json(list).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "dev outbox");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The same as an HTML page.
async fn dev_outbox_page(State(state): State<AppState>) -> Response {
    if !state.services.config.dev_outbox {
        return StatusCode::NOT_FOUND.into_response();
    }
    let list = match app::backend::messaging::dev_messages(&state.db, DEV_OUTBOX_LIMIT).await {
        Ok(list) => list,
        Err(e) => {
            tracing::error!(error = %e, "dev outbox");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    use html_escape::encode_double_quoted_attribute as esc;
    let rows: String = list
        .iter()
        .map(|m| {
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><pre>{}</pre></td></tr>",
                app::format::datetime(m.created_at),
                if m.channel == "sms" { "SMS" } else { "E-mail" },
                esc(&m.recipient),
                esc(&m.subject),
                esc(&m.body)
            )
        })
        .collect();
    let html = format!(
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Hộp thư phát triển – Cổng Dịch vụ công</title></head><body><main>\
         <h1>Hộp thư phát triển</h1><p>Tin nhắn SMS và thư điện tử mà nhà cung cấp dành cho môi \
         trường phát triển đã \"gửi\" (mới nhất trước). Trang này không tồn tại khi chạy thật. \
         Dạng JSON: <a href=\"/dev/outbox.json\">/dev/outbox.json</a>.</p>\
         <table><caption>{} tin</caption><thead><tr><th scope=\"col\">Thời điểm</th>\
         <th scope=\"col\">Kênh</th><th scope=\"col\">Người nhận</th><th scope=\"col\">Tiêu đề</th>\
         <th scope=\"col\">Nội dung</th></tr></thead><tbody>{rows}</tbody></table></main></body></html>",
        list.len()
    );
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}

/// Whether a request carries a session cookie (over HTTP or HTTPS).
fn carries_session(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .any(|c| {
            (c.name() == app::backend::session::COOKIE
                || c.name() == app::backend::session::COOKIE_SECURE)
                && !c.value().is_empty()
        })
}

/// Refuses state-changing requests sent from another site (the CSRF defence that keeps plain
/// HTML forms working without tokens): `Sec-Fetch-Site` when the browser sends it, else `Origin`;
/// a request with neither that carries a session cookie is refused too (every browser that
/// keeps our cookie sends one of them on a post; a payment gateway's callback carries no cookie).
async fn refuse_cross_site(req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    if let Some(why) = refusal(req.headers()) {
        tracing::warn!(?why, "refused a {} request", req.method());
        return refused_page(req.headers(), why);
    }
    next.run(req).await
}

/// Why a state-changing request with these headers is refused, if it is.
pub fn refusal(headers: &HeaderMap) -> Option<RequestRefusal> {
    match sent_from(headers) {
        Some(true) => None,
        Some(false) => Some(RequestRefusal::CrossSite),
        None if carries_session(headers) => Some(RequestRefusal::UnknownSite),
        // Neither header and no session: nothing of a visitor's to act on (a gateway's callback,
        // curl, another server).
        None => None,
    }
}

/// Whether the browser says the request comes from this site: `Sec-Fetch-Site` when sent, else
/// `Origin` against `Host`; `None` when it says neither.
fn sent_from(headers: &HeaderMap) -> Option<bool> {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return Some(matches!(site, "same-origin" | "none"));
    }
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok())?;
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let origin_host = origin
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or("null");
    Some(origin != "null" && origin_host.eq_ignore_ascii_case(host))
}

/// The 403 page of a refused request, in the visitor's language: what happened and what to do.
fn refused_page(headers: &HeaderMap, why: RequestRefusal) -> Response {
    let locale = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == LANG_COOKIE)
        .and_then(|c| app::locale::parse(c.value()))
        .unwrap_or_default();
    let lang = app::locale::code(locale);
    let [title, what, next, home] = app::messages::request_refused(locale, why);
    use html_escape::encode_text as esc;
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title></head><body><main><h1>{title}</h1><p>{what}</p><p>{next}</p>\
         <p><a href=\"/\">{home}</a></p></main></body></html>",
        title = esc(&title),
        what = esc(&what),
        next = esc(&next),
        home = esc(&home),
    );
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response()
}

async fn healthz() -> &'static str {
    "ok"
}

/// Ready when the database answers.
async fn readyz(State(state): State<AppState>) -> Response {
    match tokio::time::timeout(Duration::from_secs(3), state.db.ping()).await {
        Ok(Ok(())) => (
            StatusCode::OK,
            axum::Json(serde_json::json!({"status": "ready", "database": "ok"})),
        )
            .into_response(),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "readiness: database error");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                axum::Json(serde_json::json!({"status": "unavailable", "database": "error"})),
            )
                .into_response()
        }
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            axum::Json(serde_json::json!({"status": "unavailable", "database": "timeout"})),
        )
            .into_response(),
    }
}

#[derive(Deserialize)]
struct LanguageForm {
    lang: String,
    #[serde(default)]
    next: String,
}

/// Stores the chosen language in a cookie and goes back to the page the visitor was on.
async fn switch_language(
    State(state): State<AppState>,
    Form(form): Form<LanguageForm>,
) -> Response {
    let lang = if form.lang == "en" { "en" } else { "vi" };
    let next = app::safe_local_path(&form.next).unwrap_or("/");
    let cookie = Cookie::build((LANG_COOKIE, lang))
        .path("/")
        .max_age(cookie::time::Duration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(state.settings.http.is_https());
    let mut res = Redirect::to(next).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie.to_string()) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cross_site_detection() {
        let mut h = HeaderMap::new();
        assert_eq!(refusal(&h), None, "no browser headers, no session");
        h.insert(header::HOST, HeaderValue::from_static("127.0.0.1:3000"));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://127.0.0.1:3000"),
        );
        assert_eq!(refusal(&h), None);
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://evil.example"),
        );
        assert_eq!(refusal(&h), Some(RequestRefusal::CrossSite));
        h.insert(header::ORIGIN, HeaderValue::from_static("null"));
        assert_eq!(refusal(&h), Some(RequestRefusal::CrossSite));
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert_eq!(refusal(&h), None, "Sec-Fetch-Site wins when present");
        h.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert_eq!(refusal(&h), Some(RequestRefusal::CrossSite));
        h.insert("sec-fetch-site", HeaderValue::from_static("same-site"));
        assert_eq!(refusal(&h), Some(RequestRefusal::CrossSite));
    }

    #[test]
    fn a_session_without_a_sender_is_refused() {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, HeaderValue::from_static("lang=vi"));
        assert_eq!(refusal(&h), None, "no session: a callback, curl");
        h.insert(header::COOKIE, HeaderValue::from_static("lang=vi; sid=abc"));
        assert_eq!(refusal(&h), Some(RequestRefusal::UnknownSite));
        h.insert(header::COOKIE, HeaderValue::from_static("__Host-sid=abc"));
        assert_eq!(refusal(&h), Some(RequestRefusal::UnknownSite));
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert_eq!(refusal(&h), None);
        h.remove("sec-fetch-site");
        h.insert(header::HOST, HeaderValue::from_static("portal.example"));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://portal.example"),
        );
        assert_eq!(refusal(&h), None, "Origin alone is enough");
    }
}
