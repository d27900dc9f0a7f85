//! The HTML document, the root component and the route table.

use crate::{
    components::Layout,
    locale::{self, provide_locale},
    pages::{
        coming_soon::{ComingSoon, Planned},
        home::HomePage,
        not_found::NotFound,
    },
    site::{SiteResource, get_site_info},
};
use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, Html, MetaTags, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

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

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let site = Resource::new_blocking(|| (), |_| get_site_info());
    provide_context(SiteResource(site));
    let locale = provide_locale();

    view! {
        <Html attr:lang=locale::code(locale) attr:dir="ltr"/>
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
    }
}
