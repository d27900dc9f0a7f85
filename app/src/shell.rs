//! The HTML document, the root component and the route table.

use crate::{
    components::Layout,
    i18n::*,
    pages::{
        coming_soon::{ComingSoon, Planned},
        home::HomePage,
        not_found::NotFound,
    },
    site::{SiteResource, get_site_info},
};
use leptos::prelude::*;
use leptos_i18n::context::UseLocalesOptions;
use leptos_meta::{HashedStylesheet, MetaTags, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

/// Name of the cookie that remembers the visitor's language ("vi" or "en").
pub const LANG_COOKIE: &str = "lang";

/// The whole HTML document, rendered on the server for every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content="#0d4a7a"/>
                <link rel="manifest" href="/manifest.webmanifest"/>
                <link rel="icon" href="/favicon.ico" sizes="32x32"/>
                <link rel="icon" href="/icons/mark.svg" type="image/svg+xml"/>
                <link rel="apple-touch-icon" href="/icons/apple-touch-icon.png"/>
                <HashedStylesheet options=options.clone() id="leptos"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <script src="/sw-register.js" defer></script>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The language asked for by the `lang` cookie, read from the request on the server.
/// Vietnamese unless the visitor chose English: the browser's Accept-Language is not consulted,
/// because the portal serves a Vietnamese province first.
fn requested_language() -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        let parts = use_context::<http::request::Parts>()?;
        let lang = parts
            .headers
            .get_all(http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == LANG_COOKIE)
            .map(|(_, value)| value.trim().to_string())
            .filter(|v| v == "en" || v == "vi");
        Some(lang.unwrap_or_else(|| "vi".to_string()))
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let site = Resource::new_blocking(|| (), |_| get_site_info());
    provide_context(SiteResource(site));
    let language = UseLocalesOptions::default().ssr_lang_header_getter(requested_language);

    view! {
        <I18nContextProvider enable_cookie=false ssr_lang_header_getter=language>
            <Router>
                <Layout>
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                        <Route path=path!("/thu-tuc") view=|| view! { <ComingSoon page=Planned::Procedures/> } ssr=SsrMode::Async/>
                        <Route path=path!("/tra-cuu") view=|| view! { <ComingSoon page=Planned::Track/> } ssr=SsrMode::Async/>
                        <Route path=path!("/thanh-toan") view=|| view! { <ComingSoon page=Planned::Pay/> } ssr=SsrMode::Async/>
                        <Route path=path!("/danh-gia") view=|| view! { <ComingSoon page=Planned::Rate/> } ssr=SsrMode::Async/>
                        <Route path=path!("/hoi-dap") view=|| view! { <ComingSoon page=Planned::Questions/> } ssr=SsrMode::Async/>
                        <Route path=path!("/dang-nhap") view=|| view! { <ComingSoon page=Planned::Login/> } ssr=SsrMode::Async/>
                        <Route path=path!("/dang-ky") view=|| view! { <ComingSoon page=Planned::Register/> } ssr=SsrMode::Async/>
                    </Routes>
                </Layout>
            </Router>
        </I18nContextProvider>
    }
}
