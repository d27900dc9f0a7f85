//! The page shell every route renders inside: skip link, header with navigation, main, footer.

use crate::{i18n::*, locale::use_locale, site::use_site};
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};

/// The id of the `<main>` element the skip link jumps to.
pub const MAIN_ID: &str = "noi-dung";

/// `account`: the header's account entry (a `<li>`: "Đăng nhập / Đăng ký", or the signed-in
/// user and "Đăng xuất"), given by the shell from the accounts slice, so that this shared layer
/// knows nothing of accounts.
#[component]
pub fn Layout(#[prop(into)] account: ViewFn, children: Children) -> impl IntoView {
    let locale = use_locale();
    view! {
        // rel="external" keeps the router from intercepting the jump, so the browser moves focus to main.
        <a class="skip-link" href=format!("#{MAIN_ID}") rel="external">{td!(locale, skip_link)}</a>
        <Header account=account/>
        <main id=MAIN_ID class="main container" tabindex="-1">
            {children()}
        </main>
        <Footer/>
    }
}

/// The province line under the portal name ("tỉnh Khánh Hòa"), once the site facts are known.
#[component]
fn ProvinceName() -> impl IntoView {
    let locale = use_locale();
    let site = use_site();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                site.0.await.ok().map(|s| view! {
                    <span class="brand-province">{td!(locale, province_prefix)}" "{s.province}</span>
                })
            })}
        </Suspense>
    }
}

#[component]
fn Header(account: ViewFn) -> impl IntoView {
    let locale = use_locale();
    view! {
        <header class="site-header">
            <div class="container header-top">
                <a class="brand" href="/">
                    <img class="brand-mark" src="/icons/mark.svg" alt="" width="44" height="44"/>
                    <span class="brand-text">
                        <span class="brand-name">{td!(locale, portal_name)}</span>
                        <ProvinceName/>
                        <span class="visually-hidden">{td!(locale, home_link_suffix)}</span>
                    </span>
                </a>
                <LanguageSwitch/>
            </div>
            <nav class="main-nav" aria-label=move || td_string!(locale, nav.label).to_string()>
                <ul class="container nav-list">
                    <li><A href="/" exact=true>{td!(locale, nav.home)}</A></li>
                    <li><A href="/thu-tuc">{td!(locale, nav.procedures)}</A></li>
                    <li><A href="/tra-cuu">{td!(locale, nav.track)}</A></li>
                    <li><A href="/thanh-toan">{td!(locale, nav.pay)}</A></li>
                    <li><A href="/danh-gia">{td!(locale, nav.rate)}</A></li>
                    <li><A href="/hoi-dap">{td!(locale, nav.questions)}</A></li>
                    {account.run()}
                </ul>
            </nav>
        </header>
    }
}

/// A one-button form that switches the interface language. It posts to the server, which stores
/// the choice in a cookie and sends the visitor back to the same page: it works without JavaScript.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    let next = move || {
        let path = location.pathname.get();
        let search = location.search.get();
        let search = search.trim_start_matches('?');
        if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        }
    };
    let target = move || match locale {
        Locale::vi => "en",
        Locale::en => "vi",
    };
    view! {
        <form class="lang-switch" method="post" action="/ngon-ngu">
            <input type="hidden" name="lang" value=target/>
            <input type="hidden" name="next" value=next/>
            <button type="submit" class="link-button" lang=target title=move || td_string!(locale, lang.switch_hint).to_string()>
                {td!(locale, lang.switch_to)}
            </button>
        </form>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let locale = use_locale();
    let site = use_site();
    view! {
        <footer class="site-footer">
            <div class="container footer-grid">
                <section aria-labelledby="footer-support">
                    <h2 id="footer-support" class="footer-heading">{td!(locale, footer.support)}</h2>
                    <Suspense>
                        {move || Suspend::new(async move {
                            site.0.await.ok().map(|s| {
                                let tel = format!("tel:{}", s.hotline.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>());
                                let mail = format!("mailto:{}", s.support_email);
                                view! {
                                    <dl class="contact-list">
                                        <dt>{td!(locale, footer.hotline)}</dt>
                                        <dd><a href=tel>{s.hotline.clone()}</a></dd>
                                        <dt>{td!(locale, footer.email)}</dt>
                                        <dd><a href=mail>{s.support_email.clone()}</a></dd>
                                        <dt>{td!(locale, footer.office_hours)}</dt>
                                        <dd>{s.office_hours.clone()}</dd>
                                    </dl>
                                }
                            })
                        })}
                    </Suspense>
                </section>
                <section aria-labelledby="footer-links">
                    <h2 id="footer-links" class="footer-heading">{td!(locale, footer.links)}</h2>
                    <ul class="footer-links" role="list">
                        <li><A href="/thu-tuc">{td!(locale, nav.procedures)}</A></li>
                        <li><A href="/tra-cuu">{td!(locale, nav.track)}</A></li>
                        <li><A href="/hoi-dap">{td!(locale, nav.questions)}</A></li>
                        <li><a href="https://dichvucong.gov.vn" rel="noopener">{td!(locale, footer.national_portal)}</a></li>
                    </ul>
                </section>
                <section aria-labelledby="footer-operator">
                    <h2 id="footer-operator" class="footer-heading">{td!(locale, footer.operator)}</h2>
                    <p>
                        {td!(locale, footer.operator_value)}" "{td!(locale, province_prefix)}" "
                        <Suspense>{move || Suspend::new(async move { site.0.await.ok().map(|s| s.province) })}</Suspense>
                    </p>
                </section>
            </div>
        </footer>
    }
}
