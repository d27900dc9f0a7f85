//! Lists: a loaded page's value (or "not found"), the pager and the result count, shared by
//! every list page (the back office's queue, the audit log, the payments ledger, …).

use crate::{components::not_found::NotFound, error::AppError, i18n::*, locale::use_locale};
use leptos::prelude::*;

/// Renders `f` with the loaded value; "not found" (404) for anyone the page is not for.
pub fn loaded<T, F, V>(resource: Resource<Result<T, AppError>>, f: F) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let locale = use_locale();
    view! {
        <Transition fallback=|| ()>
            {move || {
                let f = f.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(v) => f(v).into_any(),
                        Err(AppError::NotFound | AppError::Unauthenticated) => {
                            view! { <NotFound/> }.into_any()
                        }
                        Err(e) => {
                            let messages = crate::error::messages(locale, &e);
                            view! {
                                <div class="error-summary" role="alert">
                                    {messages.into_iter().map(|m| view! { <p>{m.message}</p> }).collect_view()}
                                </div>
                            }
                            .into_any()
                        }
                    }
                })
            }}
        </Transition>
    }
}

fn page_of(locale: Locale, page: i64, pages: i64) -> String {
    let (page, pages) = (page.to_string(), pages.to_string());
    td_string!(
        locale,
        office.page_of,
        page = page.as_str(),
        pages = pages.as_str()
    )
    .to_string()
}

/// "Trang trước · Trang 2/5 · Trang sau" for a list of `pages` pages (nothing for one page);
/// `href` gives a page's address.
#[component]
pub fn Pager<F>(page: i64, pages: i64, href: F) -> impl IntoView
where
    F: Fn(i64) -> String + Send + Sync + 'static,
{
    let locale = use_locale();
    (pages > 1).then(|| {
        let prev = (page > 1).then(|| href(page - 1));
        let next = (page < pages).then(|| href(page + 1));
        view! {
            <nav class="pagination" aria-label=td_string!(locale, office.pages_label)>
                {prev.map(|h| view! { <a href=h rel="prev">{td!(locale, office.prev)}</a> })}
                " " <span>{page_of(locale, page, pages)}</span> " "
                {next.map(|h| view! { <a href=h rel="next">{td!(locale, office.next)}</a> })}
            </nav>
        }
    })
}

pub fn count_text(locale: Locale, n: i64, entries: bool) -> String {
    let n = n.to_string();
    if entries {
        td_string!(locale, office.entries, n = n.as_str()).to_string()
    } else {
        td_string!(locale, office.results, n = n.as_str()).to_string()
    }
}
