//! The HTTP server: where it listens, what it serves, how it is reached, how long it waits.

use clap::Args;
use std::{net::SocketAddr, path::PathBuf};
use url::Url;

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "HTTP")]
pub struct HttpSettings {
    /// Address and port to listen on.
    #[arg(
        long,
        env = "LEPTOS_SITE_ADDR",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub listen: SocketAddr,

    /// Folder with the built site (the `pkg/` bundle and the public assets), made by cargo-leptos.
    #[arg(
        long,
        env = "LEPTOS_SITE_ROOT",
        default_value = "target/site",
        global = true
    )]
    pub site_root: PathBuf,

    /// Public address of the portal, e.g. https://dichvucong.example.gov.vn (required in production).
    /// When it is https, cookies are marked Secure and HSTS is sent.
    #[arg(long, env = "PORTAL_PUBLIC_URL", global = true)]
    pub public_url: Option<Url>,

    /// Take the client address from X-Forwarded-For (only behind a reverse proxy that sets it).
    #[arg(long, env = "PORTAL_TRUST_FORWARDED_FOR", default_value_t = false, action = clap::ArgAction::Set, global = true)]
    pub trust_forwarded_for: bool,

    /// Seconds a client may take to send a request's headers (slow clients are cut off).
    #[arg(
        long,
        env = "PORTAL_HEADER_TIMEOUT",
        default_value_t = 20,
        global = true
    )]
    pub header_timeout_secs: u64,

    /// Seconds a request body may pause between two pieces before the request is dropped.
    #[arg(long, env = "PORTAL_BODY_TIMEOUT", default_value_t = 30, global = true)]
    pub body_timeout_secs: u64,

    /// Seconds a whole upload may take (a 5 MB file on a slow mobile network needs minutes).
    #[arg(
        long,
        env = "PORTAL_UPLOAD_TIMEOUT",
        default_value_t = 900,
        global = true
    )]
    pub upload_timeout_secs: u64,

    /// Seconds to let requests in flight finish after SIGTERM before closing.
    #[arg(
        long,
        env = "PORTAL_SHUTDOWN_TIMEOUT",
        default_value_t = 20,
        global = true
    )]
    pub shutdown_timeout_secs: u64,
}

impl HttpSettings {
    /// Whether the public address is served over TLS.
    pub fn is_https(&self) -> bool {
        self.public_url
            .as_ref()
            .is_some_and(|u| u.scheme() == "https")
    }

    pub fn validate(&self) -> anyhow::Result<()> {
        if self.header_timeout_secs == 0
            || self.body_timeout_secs == 0
            || self.upload_timeout_secs == 0
        {
            anyhow::bail!(
                "PORTAL_HEADER_TIMEOUT, PORTAL_BODY_TIMEOUT and PORTAL_UPLOAD_TIMEOUT must be positive"
            );
        }
        Ok(())
    }
}
