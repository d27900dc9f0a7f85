//! The HTML document, the root component and the route table.

use crate::notifications::pages::{BellLink, NotificationsPage, PreferencesPage};
use crate::office::pages::{ActionPage, OfficeDossierPage, QueuePage};
use crate::{
    accounts::{
        AccountKind, Journey, UserResource, get_current_user,
        pages::{
            ChangePasswordPage, ChangePhonePage, ConfirmEmailPage, EmailConfirmedPage, LoginPage,
            OtpStepPage, ProfilePage, RecoverDonePage, RecoverPage, RecoverPasswordPage,
            RegisterChoicePage, RegisterDetailsPage, RegisterDonePage, RegisterPasswordPage,
            SessionsPage,
        },
    },
    admin::pages::{AuditPage, FailedMessagesPage, LedgerPage},
    catalog::pages::{CatalogPage, ProcedurePage},
    components::{Layout, not_found::NotFound},
    dossiers::{
        compose::{
            AgencyStep, ApplicantStep, DeliveryStep, DocumentsStep, ReviewStep, StartPage,
            SubmittedPage,
        },
        documents::StorePage,
        manage::{DetailPage, ListPage, SupplementPage},
        track::TrackPage,
    },
    locale::{self, provide_locale},
    pages::{
        coming_soon::{ComingSoon, Planned},
        home::HomePage,
    },
    payments::pages::{LookupPage, PayPage, ResultPage},
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
                <IslandScripts options/>
                <SpeculationRules/>
                <ViewTransitionGuard/>
                <script src="/sw-register.js" defer></script>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// Leptos' `<HydrationScripts islands=true>` with its two resource hints corrected.
///
/// Leptos 0.8.23 (and 0.9.0-rc1, the newest release on crates.io today) writes the CSP nonce into
/// the hints' `crossorigin` attribute instead of a `nonce` attribute (leptos-rs/leptos#4843; the
/// fix, #4844, is in no release yet): `<link rel="modulepreload" crossorigin="NONCE">` and the
/// same on the WebAssembly `<link rel="preload" as="fetch">`. The value is invalid (browsers read
/// it as `anonymous`; the HTML checker refuses it) and the hints carry no nonce; as reported
/// upstream, Firefox aborts the unclaimed preload on streamed pages and island hydration can fail. Here the component still renders (it names the hashed bundle files, writes the island
/// loader and switches the render to islands mode), and its two hints get `crossorigin="anonymous"`
/// (the credentials mode of the loader's `import()` and of wasm-bindgen's `fetch()`, so the
/// browser uses what it preloaded) and `nonce`. When a Leptos release carries the fix, this goes
/// back to `<HydrationScripts options islands=true/>` (server/tests/shell.rs checks the tags).
#[component]
fn IslandScripts(options: LeptosOptions) -> impl IntoView {
    let html = view! { <HydrationScripts options islands=true/> }.to_html();
    let html = match leptos::nonce::use_nonce() {
        Some(nonce) => html.replace(
            &format!(r#" crossorigin="{nonce}""#),
            &format!(r#" crossorigin="anonymous" nonce="{nonce}""#),
        ),
        None => html,
    };
    leptos::tachys::html::InertElement::new(html)
}

/// Speculation Rules: the browser fetches the page behind a link the person is about to follow
/// (moderate eagerness: after a short hover, or on pointer-down on touch screens), so the click
/// shows it at once, without a client-side router. Browsers that do not know the rules ignore the
/// element and navigate as before.
///
/// Only same-origin GET pages that have no effect when fetched: never `/api` (server functions,
/// logout), the captcha, the developer pages, files and printable documents (downloads, PDF, CSV,
/// receipts, letters), the payment gateways' return and IPN addresses, the e-mail confirmation
/// link (its GET confirms) or the notifications page (reading marks them read). Forms are never
/// prefetched (the rules only follow links). A link that must not be fetched early and that no
/// pattern here names takes `class="no-prefetch"` (or `rel="nofollow"`, or `download`).
///
/// An officer's dossier pages log each viewing in the audit log (they show personal data), so they
/// are fetched only on pointer-down (conservative), when the click has begun: a hover that does not
/// become a click logs nothing.
///
/// Prefetch only, no prerender: a prerendered page also runs its scripts (the WebAssembly islands
/// and the service worker's registration) for a page the person may never open, which costs a
/// slow phone's processor and battery; the pages are server-rendered HTML that paints as soon as
/// it has arrived, so most of the gain is the network time that the prefetch already saves.
#[component]
fn SpeculationRules() -> impl IntoView {
    let nonce = leptos::nonce::use_nonce();
    view! { <script type="speculationrules" nonce=nonce>{SPECULATION_RULES}</script> }
}

/// Cross-document View Transitions (style/main.css) give the page leaving and the page arriving
/// a `ViewTransition` (events `pageswap` and `pagereveal`); when the browser skips one (a back
/// navigation to a page restored from the back/forward cache, a page that takes too long), its
/// promises reject, and unhandled they are reported as page errors. Nothing here acts on a
/// transition, so the rejections are handled. Must run before the page's first paint (an inline
/// script in the head, under the page's nonce); a browser without View Transitions gives no
/// `viewTransition` and this does nothing.
#[component]
fn ViewTransitionGuard() -> impl IntoView {
    let nonce = leptos::nonce::use_nonce();
    view! { <script nonce=nonce>{VIEW_TRANSITION_GUARD}</script> }
}

const VIEW_TRANSITION_GUARD: &str = "for(const t of['pageswap','pagereveal'])addEventListener(t,function(e){\
var v=e.viewTransition;if(v){v.ready.catch(function(){});v.finished.catch(function(){});\
v.updateCallbackDone.catch(function(){});}});";

/// The rules of [`SpeculationRules`] (JSON). The patterns are URL pattern strings resolved against
/// the page: a path alone matches that path on this origin with any query string and fragment
/// (`*` matches any characters, `/` included).
pub const SPECULATION_RULES: &str = r#"{
  "prefetch": [{
    "source": "document",
    "where": {"and": [
      {"href_matches": "/*"},
      {"not": {"href_matches": [
        "/api/*",
        "/captcha/*",
        "/dev/*",
        "/pkg/*",
        "/templates/*",
        "/*.pdf",
        "/*.csv",
        "/*.json",
        "/ho-so/*/tep-da-nop/*",
        "/ho-so/*/ket-qua/*",
        "/ho-so/*/bien-nhan",
        "/ho-so/*/bien-lai-thu-phi/*",
        "/ho-so/*/van-ban-xin-loi/*",
        "/kho-tai-lieu/*/tai-ve",
        "/thanh-toan/*/ket-qua",
        "/thanh-toan/*/ipn",
        "/xac-nhan-email/*",
        "/thong-bao",
        "/thong-bao/*",
        "/can-bo/ho-so/*"
      ]}},
      {"not": {"selector_matches": "[download], [rel~=nofollow], .no-prefetch"}}
    ]},
    "eagerness": "moderate"
  }, {
    "source": "document",
    "where": {"and": [
      {"href_matches": "/can-bo/ho-so/*"},
      {"not": {"selector_matches": "[download], [rel~=nofollow], .no-prefetch"}}
    ]},
    "eagerness": "conservative"
  }]
}"#;

/// The root: the router and every page, rendered on the server (SsrMode::Async: a page's
/// resources are loaded before its HTML is sent, so a page opened directly, reached by a link or
/// posted to renders the same HTML, with the right status code).
///
/// Islands mode: none of this is hydrated. Links and forms are plain HTML (every page works
/// without JavaScript, and the same way with it); only `#[island]` components ship in the
/// WebAssembly bundle and run in the browser. A single-page app with a bundle split per area was
/// measured first (issue 12): 374–460 KB of WebAssembly on a first visit and 86 ms of
/// hydration on a fast machine, against 30 KB and no hydration here.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let site = Resource::new_blocking(|| (), |_| get_site_info());
    provide_context(SiteResource(site));
    let locale = provide_locale();

    view! {
        <Html attr:lang=locale::code(locale) attr:dir="ltr"/>
        <Router>
            <UserProvider>
                <Layout account=|| view! { <BellLink/><crate::accounts::pages::AccountLinks/> }>
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                        <Route path=path!("/thu-tuc") view=CatalogPage ssr=SsrMode::Async/>
                        <Route path=path!("/thu-tuc/:code") view=ProcedurePage ssr=SsrMode::Async/>
                        <Route path=path!("/nop-ho-so/:code") view=StartPage ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so") view=ListPage ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid") view=DetailPage ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid/co-quan") view=AgencyStep ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid/nguoi-nop") view=ApplicantStep ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid/giay-to") view=DocumentsStep ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid/nhan-ket-qua") view=DeliveryStep ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid/kiem-tra") view=ReviewStep ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid/da-nop") view=SubmittedPage ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid/bo-sung") view=SupplementPage ssr=SsrMode::Async/>
                        <Route path=path!("/kho-tai-lieu") view=StorePage ssr=SsrMode::Async/>
                        <Route path=path!("/tra-cuu") view=TrackPage ssr=SsrMode::Async/>
                        <Route path=path!("/thong-bao") view=NotificationsPage ssr=SsrMode::Async/>
                        <Route path=path!("/tai-khoan/nhan-thong-bao") view=PreferencesPage ssr=SsrMode::Async/>
                        <Route path=path!("/quan-tri/tin-nhan") view=FailedMessagesPage ssr=SsrMode::Async/>
                        <Route path=path!("/can-bo/ho-so") view=QueuePage ssr=SsrMode::Async/>
                        <Route path=path!("/can-bo/ho-so/:pid") view=OfficeDossierPage ssr=SsrMode::Async/>
                        <Route path=path!("/can-bo/ho-so/:pid/:action") view=ActionPage ssr=SsrMode::Async/>
                        <Route path=path!("/quan-tri/nhat-ky") view=AuditPage ssr=SsrMode::Async/>
                        <Route path=path!("/quan-tri/thanh-toan") view=LedgerPage ssr=SsrMode::Async/>
                        <Route path=path!("/thanh-toan") view=LookupPage ssr=SsrMode::Async/>
                        <Route path=path!("/thanh-toan/ho-so/:pid") view=PayPage ssr=SsrMode::Async/>
                        <Route path=path!("/thanh-toan/giao-dich/:id") view=ResultPage ssr=SsrMode::Async/>
                        <Route path=path!("/danh-gia") view=|| view! { <ComingSoon page=Planned::Rate/> } ssr=SsrMode::Async/>
                        <Route path=path!("/hoi-dap") view=|| view! { <ComingSoon page=Planned::Questions/> } ssr=SsrMode::Async/>
                        <Route path=path!("/dang-nhap") view=LoginPage ssr=SsrMode::Async/>
                        <Route path=path!("/dang-nhap/xac-thuc") view=|| view! { <OtpStepPage journey=Journey::Login/> } ssr=SsrMode::Async/>
                        <Route path=path!("/dang-ky") view=RegisterChoicePage ssr=SsrMode::Async/>
                        <Route path=path!("/dang-ky/cong-dan") view=|| view! { <RegisterDetailsPage kind=AccountKind::Citizen/> } ssr=SsrMode::Async/>
                        <Route path=path!("/dang-ky/to-chuc") view=|| view! { <RegisterDetailsPage kind=AccountKind::Organisation/> } ssr=SsrMode::Async/>
                        <Route path=path!("/dang-ky/xac-thuc") view=|| view! { <OtpStepPage journey=Journey::Register/> } ssr=SsrMode::Async/>
                        <Route path=path!("/dang-ky/mat-khau") view=RegisterPasswordPage ssr=SsrMode::Async/>
                        <Route path=path!("/dang-ky/hoan-tat") view=RegisterDonePage ssr=SsrMode::Async/>
                        <Route path=path!("/quen-mat-khau") view=RecoverPage ssr=SsrMode::Async/>
                        <Route path=path!("/quen-mat-khau/xac-thuc") view=|| view! { <OtpStepPage journey=Journey::Recover/> } ssr=SsrMode::Async/>
                        <Route path=path!("/quen-mat-khau/mat-khau-moi") view=RecoverPasswordPage ssr=SsrMode::Async/>
                        <Route path=path!("/quen-mat-khau/hoan-tat") view=RecoverDonePage ssr=SsrMode::Async/>
                        <Route path=path!("/tai-khoan") view=ProfilePage ssr=SsrMode::Async/>
                        <Route path=path!("/tai-khoan/doi-mat-khau") view=ChangePasswordPage ssr=SsrMode::Async/>
                        <Route path=path!("/tai-khoan/so-dien-thoai") view=ChangePhonePage ssr=SsrMode::Async/>
                        <Route path=path!("/tai-khoan/so-dien-thoai/xac-thuc") view=|| view! { <OtpStepPage journey=Journey::Phone/> } ssr=SsrMode::Async/>
                        <Route path=path!("/tai-khoan/phien") view=SessionsPage ssr=SsrMode::Async/>
                        <Route path=path!("/xac-nhan-email/:token") view=ConfirmEmailPage ssr=SsrMode::Async/>
                        <Route path=path!("/xac-nhan-email-thanh-cong") view=EmailConfirmedPage ssr=SsrMode::Async/>
                    </Routes>
                </Layout>
            </UserProvider>
        </Router>
    }
}

/// Loads the logged-in user for the header and the pages, once per page (every page is
/// rendered on the server: after logging in or out the next page is a new request).
#[component]
fn UserProvider(children: Children) -> impl IntoView {
    let user = Resource::new_blocking(|| (), |_| get_current_user());
    provide_context(UserResource(user));
    children()
}
