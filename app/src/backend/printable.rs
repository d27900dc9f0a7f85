//! Printable documents served as plain pages: the electronic fee receipt, the apology letter and
//! "Giấy tiếp nhận hồ sơ". One skeleton, one escape, one Content-Security-Policy: the document's
//! own stylesheet is allowed by a nonce drawn for each response, and nothing else runs or loads
//! (no script, no form, no frame). The portal's own policy (`style-src 'self'`) would block an
//! inline stylesheet, so each document sets its policy here and the host's layer keeps it.

use super::crypto;
use axum::{
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};

/// Text escaped for a printable page (element content and double-quoted attributes).
pub fn esc(s: &str) -> String {
    html_escape::encode_double_quoted_attribute(s).into_owned()
}

/// Whether a document opens in the browser or is saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disposition {
    Inline,
    Attachment,
}

/// A printable document: `title` (plain text), `style` (its stylesheet), `body` (HTML, with every
/// value already passed through [`esc`]).
#[derive(Debug, Clone)]
pub struct Printable<'a> {
    pub title: &'a str,
    pub style: &'a str,
    pub body: String,
    /// The file name it is saved under, and whether it opens in place.
    pub file_name: &'a str,
    pub disposition: Disposition,
}

/// The portal's pages cross-fade into each other (style/main.css); a same-origin page that does
/// not take part aborts the transition, and the browser reports the abort as an error of the
/// arriving page, which here has no script to handle it. So the printable pages (and the
/// built-in test gateway's page) take part in the same way, under the same reduced-motion rule.
pub const VIEW_TRANSITION_CSS: &str =
    "@media (prefers-reduced-motion:no-preference){@view-transition{navigation:auto}}";

/// The document's policy: its stylesheet by `nonce`, images from the portal, nothing else.
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'none'; style-src 'nonce-{nonce}'; img-src 'self'; form-action 'none'; \
         frame-ancestors 'none'; base-uri 'none'"
    )
}

/// `Content-Disposition` for a file named `name` (any download of the portal): an ASCII
/// fallback without diacritics, and the UTF-8 name (RFC 6266 / 5987).
pub fn content_disposition(name: &str, disposition: Disposition) -> String {
    const UNRESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    let ascii: String = domain::fold(name)
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let kind = match disposition {
        Disposition::Inline => "inline",
        Disposition::Attachment => "attachment",
    };
    let encoded = percent_encoding::utf8_percent_encode(name, UNRESERVED);
    format!("{kind}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

impl Printable<'_> {
    /// The page, with its headers: HTML, not stored by caches, its own policy.
    pub fn into_response(self) -> Response {
        let nonce = &crypto::random_token()[..24];
        let html = format!(
            "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{title}</title><style nonce=\"{nonce}\">{VIEW_TRANSITION_CSS}{style}</style></head>\
             <body>{body}</body></html>",
            title = esc(self.title),
            style = self.style,
            body = self.body,
        );
        let mut res = html.into_response();
        let h = res.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
        if let Ok(v) = HeaderValue::from_str(&content_security_policy(nonce)) {
            h.insert(header::CONTENT_SECURITY_POLICY, v);
        }
        if let Ok(v) = HeaderValue::from_str(&content_disposition(self.file_name, self.disposition))
        {
            h.insert(header::CONTENT_DISPOSITION, v);
        }
        res
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_printable_page_allows_its_own_stylesheet_and_nothing_else() {
        let res = Printable {
            title: "Biên lai <1>",
            style: "body{font-family:serif}",
            body: format!("<p>{}</p>", esc("a\"<b>&")),
            file_name: "biên lai.html",
            disposition: Disposition::Inline,
        }
        .into_response();
        let h = res.headers();
        let csp = h[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        let nonce = csp
            .split("'nonce-")
            .nth(1)
            .unwrap()
            .split('\'')
            .next()
            .unwrap();
        assert!(csp.starts_with("default-src 'none'; style-src 'nonce-"));
        assert!(!csp.contains("script-src") && csp.contains("form-action 'none'"));
        assert_eq!(
            h[header::CONTENT_DISPOSITION].to_str().unwrap(),
            "inline; filename=\"bien lai.html\"; filename*=UTF-8''bi%C3%AAn%20lai.html"
        );
        assert_eq!(nonce.len(), 24);
        assert_eq!(esc("a\"<b>&"), "a&quot;&lt;b&gt;&amp;");
    }
}
