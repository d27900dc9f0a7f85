//! "Thông báo": the notification centre's page.

use super::*;
use crate::{components::PageTitle, i18n::*, locale::use_locale};
use leptos::prelude::*;
use leptos_router::components::A;

/// "Thông báo": the citizen's notification centre.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    let locale = use_locale();
    let list = Resource::new(|| (), |_| get_notifications());
    view! {
        <PageTitle text=Signal::derive(move || td_string!(locale, office.notifications_title).to_string())/>
        <h1>{td!(locale, office.notifications_title)}</h1>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(items) if items.is_empty() => view! { <p>{td!(locale, office.notifications_empty)}</p> }.into_any(),
                    Ok(items) => view! {
                        <ul class="notifications">
                            {items.into_iter().map(|n| view! {
                                <li class:unread=n.unread>
                                    <p><strong>{n.title.clone()}</strong>
                                        {n.unread.then(|| view! { " " <span class="tag tag--blue">{td!(locale, office.unread)}</span> })}
                                        <br/><span class="hint">{n.at.clone()}</span></p>
                                    <p>{n.body.clone()}</p>
                                    {n.dossier_link.clone().map(|h| view! { <p><A href=h>{td!(locale, office.open_dossier)}</A></p> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(AppError::Unauthenticated) => view! { <crate::accounts::pages::LoginFirst/> }.into_any(),
                    Err(e) => view! { <p role="alert">{crate::error::messages(locale, &e).into_iter().map(|m| m.message).collect::<Vec<_>>().join(" ")}</p> }.into_any(),
                }
            })}
        </Transition>
    }
}
