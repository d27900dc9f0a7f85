//! The HTML document, the root component and the route table.

use crate::office::pages::{
    ActionPage, AuditPage, NotificationsPage, OfficeDossierPage, QueuePage,
};
use crate::{
    accounts::{
        AccountKind, SessionVersion, UserResource, get_current_user,
        login::LoginPage,
        otp_step::{Journey, OtpStepPage},
        profile::ProfilePage,
        recover::{RecoverDonePage, RecoverPage, RecoverPasswordPage},
        register::{
            RegisterChoicePage, RegisterDetailsPage, RegisterDonePage, RegisterPasswordPage,
        },
        security::{
            ChangePasswordPage, ChangePhonePage, ConfirmEmailPage, EmailConfirmedPage, SessionsPage,
        },
    },
    catalog::pages::{CatalogPage, ProcedurePage},
    components::Layout,
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
        not_found::NotFound,
    },
    site::{SiteResource, get_site_info},
};
use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, Html, MetaTags, provide_meta_context};
use leptos_router::{
    Lazy, LazyRoute, SsrMode,
    components::{Route, Router, Routes},
    hooks::use_location,
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
            <UserProvider>
                <Layout>
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view={Lazy::<HomeRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/thu-tuc") view={Lazy::<CatalogRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/thu-tuc/:code") view={Lazy::<ProcedureRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/nop-ho-so/:code") view={Lazy::<StartRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so") view={Lazy::<ListRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid") view={Lazy::<DetailRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid/co-quan") view={Lazy::<AgencyStepRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid/nguoi-nop") view={Lazy::<ApplicantStepRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid/giay-to") view={Lazy::<DocumentsStepRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid/nhan-ket-qua") view={Lazy::<DeliveryStepRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid/kiem-tra") view={Lazy::<ReviewStepRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid/da-nop") view={Lazy::<SubmittedRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/ho-so/:pid/bo-sung") view={Lazy::<SupplementRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/kho-tai-lieu") view={Lazy::<StoreRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/tra-cuu") view={Lazy::<TrackRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/thong-bao") view={Lazy::<NotificationsRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/can-bo/ho-so") view={Lazy::<QueueRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/can-bo/ho-so/:pid") view={Lazy::<OfficeDossierRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/can-bo/ho-so/:pid/:action") view={Lazy::<ActionRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/quan-tri/nhat-ky") view={Lazy::<AuditRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/thanh-toan") view={Lazy::<PayRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/danh-gia") view={Lazy::<RateRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/hoi-dap") view={Lazy::<QuestionsRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/dang-nhap") view={Lazy::<LoginRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/dang-nhap/xac-thuc") view={Lazy::<LoginCodeRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/dang-ky") view={Lazy::<RegisterChoiceRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/dang-ky/cong-dan") view={Lazy::<RegisterCitizenRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/dang-ky/to-chuc") view={Lazy::<RegisterOrganisationRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/dang-ky/xac-thuc") view={Lazy::<RegisterCodeRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/dang-ky/mat-khau") view={Lazy::<RegisterPasswordRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/dang-ky/hoan-tat") view={Lazy::<RegisterDoneRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/quen-mat-khau") view={Lazy::<RecoverRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/quen-mat-khau/xac-thuc") view={Lazy::<RecoverCodeRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/quen-mat-khau/mat-khau-moi") view={Lazy::<RecoverPasswordRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/quen-mat-khau/hoan-tat") view={Lazy::<RecoverDoneRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/tai-khoan") view={Lazy::<ProfileRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/tai-khoan/doi-mat-khau") view={Lazy::<ChangePasswordRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/tai-khoan/so-dien-thoai") view={Lazy::<ChangePhoneRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/tai-khoan/so-dien-thoai/xac-thuc") view={Lazy::<PhoneCodeRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/tai-khoan/phien") view={Lazy::<SessionsRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/xac-nhan-email/:token") view={Lazy::<ConfirmEmailRoute>::new()} ssr=SsrMode::Async/>
                        <Route path=path!("/xac-nhan-email-thanh-cong") view={Lazy::<EmailConfirmedRoute>::new()} ssr=SsrMode::Async/>
                    </Routes>
                </Layout>
            </UserProvider>
        </Router>
    }
}

/// The pages in five parts of the WebAssembly bundle, each loaded when one of its pages is first
/// shown (`cargo leptos build --split`): what a visitor uses together ships together. A part per
/// page made 480 files, most under 1 KB, a hundred requests for one page and worse compression;
/// a part per area keeps a first visit to a few files.
///
/// A route's `data` is empty: each page loads its data itself, with resources that the server
/// renders (SsrMode::Async), so a page opened directly, reached by a link or posted to without
/// JavaScript renders the same HTML. On the server, calling an area's function records its chunks
/// for the page's `modulepreload` links. `__preload_<area>` is made by `#[lazy]` in the bundle.
macro_rules! areas {
    ($($area:ident / $preload:ident: $pages:ident { $($route:ident => $view:expr;)* })*) => {$(
        // Each variant is named after its page's route type, which the macro also makes.
        #[allow(clippy::enum_variant_names)]
        #[derive(Clone, Copy)]
        enum $pages {
            $($route,)*
        }

        #[lazy]
        fn $area(page: $pages) -> AnyView {
            match page {
                $($pages::$route => $view.into_any(),)*
            }
        }

        $(
            struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                async fn view(_this: Self) -> AnyView {
                    $area($pages::$route).await
                }

                // Hydration waits for this before it walks the server's HTML: without it the
                // route would first hydrate as empty and then add the page a second time.
                async fn preload() {
                    #[cfg(feature = "hydrate")]
                    $preload().await;
                }
            }
        )*
    )*};
}

areas! {
    public_area / __preload_public_area: PublicPages {
        HomeRoute => view! { <HomePage/> };
        CatalogRoute => view! { <CatalogPage/> };
        ProcedureRoute => view! { <ProcedurePage/> };
        TrackRoute => view! { <TrackPage/> };
        PayRoute => view! { <ComingSoon page=Planned::Pay/> };
        RateRoute => view! { <ComingSoon page=Planned::Rate/> };
        QuestionsRoute => view! { <ComingSoon page=Planned::Questions/> };
    }
    sign_in_area / __preload_sign_in_area: SignInPages {
        LoginRoute => view! { <LoginPage/> };
        LoginCodeRoute => view! { <OtpStepPage journey=Journey::Login/> };
        RegisterChoiceRoute => view! { <RegisterChoicePage/> };
        RegisterCitizenRoute => view! { <RegisterDetailsPage kind=AccountKind::Citizen/> };
        RegisterOrganisationRoute => view! { <RegisterDetailsPage kind=AccountKind::Organisation/> };
        RegisterCodeRoute => view! { <OtpStepPage journey=Journey::Register/> };
        RegisterPasswordRoute => view! { <RegisterPasswordPage/> };
        RegisterDoneRoute => view! { <RegisterDonePage/> };
        RecoverRoute => view! { <RecoverPage/> };
        RecoverCodeRoute => view! { <OtpStepPage journey=Journey::Recover/> };
        RecoverPasswordRoute => view! { <RecoverPasswordPage/> };
        RecoverDoneRoute => view! { <RecoverDonePage/> };
    }
    account_area / __preload_account_area: AccountPages {
        ProfileRoute => view! { <ProfilePage/> };
        ChangePasswordRoute => view! { <ChangePasswordPage/> };
        ChangePhoneRoute => view! { <ChangePhonePage/> };
        PhoneCodeRoute => view! { <OtpStepPage journey=Journey::Phone/> };
        SessionsRoute => view! { <SessionsPage/> };
        ConfirmEmailRoute => view! { <ConfirmEmailPage/> };
        EmailConfirmedRoute => view! { <EmailConfirmedPage/> };
        NotificationsRoute => view! { <NotificationsPage/> };
    }
    dossier_area / __preload_dossier_area: DossierPages {
        StartRoute => view! { <StartPage/> };
        ListRoute => view! { <ListPage/> };
        DetailRoute => view! { <DetailPage/> };
        AgencyStepRoute => view! { <AgencyStep/> };
        ApplicantStepRoute => view! { <ApplicantStep/> };
        DocumentsStepRoute => view! { <DocumentsStep/> };
        DeliveryStepRoute => view! { <DeliveryStep/> };
        ReviewStepRoute => view! { <ReviewStep/> };
        SubmittedRoute => view! { <SubmittedPage/> };
        SupplementRoute => view! { <SupplementPage/> };
        StoreRoute => view! { <StorePage/> };
    }
    office_area / __preload_office_area: OfficePages {
        QueueRoute => view! { <QueuePage/> };
        OfficeDossierRoute => view! { <OfficeDossierPage/> };
        ActionRoute => view! { <ActionPage/> };
        AuditRoute => view! { <AuditPage/> };
    }
}

/// Loads the logged-in user for the header and the pages: on the server for the first page,
/// then again after each navigation and after logging out.
#[component]
fn UserProvider(children: Children) -> impl IntoView {
    let location = use_location();
    let version = RwSignal::new(0u32);
    provide_context(SessionVersion(version));
    let user = Resource::new_blocking(
        move || (location.pathname.get(), version.get()),
        |_| get_current_user(),
    );
    provide_context(UserResource(user));
    children()
}
