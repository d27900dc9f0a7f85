//! "Thông báo": the notification centre's page, and the header's bell.

use super::*;
use crate::{
    components::{PageTitle, list::Pager},
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn filter_label(locale: Locale, f: NoticeFilter) -> &'static str {
    match f {
        NoticeFilter::All => td_string!(locale, notices.filter_all),
        NoticeFilter::Unread => td_string!(locale, notices.filter_unread),
        NoticeFilter::Dossier => td_string!(locale, notices.filter_dossier),
        NoticeFilter::Payment => td_string!(locale, notices.filter_payment),
        NoticeFilter::System => td_string!(locale, notices.filter_system),
    }
}

/// A notice's kind is named as the filter that shows it.
fn kind_label(locale: Locale, k: NoticeKind) -> &'static str {
    filter_label(
        locale,
        match k {
            NoticeKind::Dossier => NoticeFilter::Dossier,
            NoticeKind::Payment => NoticeFilter::Payment,
            NoticeKind::System => NoticeFilter::System,
        },
    )
}

/// "Thông báo": the signed-in user's notices, newest first, 20 a page, with filters.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let list = Resource::new(
        move || {
            query.with(|q| {
                (
                    q.get("loc").unwrap_or_default(),
                    q.get("trang").unwrap_or_default(),
                )
            })
        },
        |(loc, trang)| get_notifications(loc, trang),
    );
    view! {
        <PageTitle text=Signal::derive(move || td_string!(locale, office.notifications_title).to_string())/>
        <h1>{td!(locale, office.notifications_title)}</h1>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(v) => view! { <Centre v=v/> }.into_any(),
                    Err(AppError::Unauthenticated) => view! { <crate::accounts::pages::LoginFirst/> }.into_any(),
                    Err(e) => view! { <p role="alert">{crate::error::messages(locale, &e).into_iter().map(|m| m.message).collect::<Vec<_>>().join(" ")}</p> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Centre(v: NotificationsPageView) -> impl IntoView {
    let locale = use_locale();
    let here = v.filter.href(v.page);
    let filter = v.filter;
    let tabs = ALL_FILTERS
        .into_iter()
        .map(|f| {
            let current = (f == filter).then_some("page");
            view! { <li><a href=f.href(1) aria-current=current>{filter_label(locale, f)}</a></li> }
        })
        .collect_view();
    let unread_text = {
        let n = v.unread.to_string();
        td_string!(locale, notices.unread_count, n = n.as_str()).to_string()
    };
    let mark_all = (v.unread > 0).then(|| {
        let here = here.clone();
        view! {
            <form method="post" action=MARK_ALL_PATH class="notices-mark-all">
                <input type="hidden" name="next" value=here/>
                <button type="submit" class="button button--secondary">{td!(locale, notices.mark_all_read)}</button>
            </form>
        }
    });
    let items = v
        .items
        .into_iter()
        .map(|n| {
            let here = here.clone();
            let open = n.has_link.then(|| view! {
                <a href=open_path(n.id) class="notice-open">
                    {td!(locale, office.open_dossier)}
                    <span class="visually-hidden">": "{n.title.clone()}</span>
                </a>
            });
            let mark = n.unread.then(|| view! {
                <form method="post" action=mark_read_path(n.id) class="notice-mark">
                    <input type="hidden" name="next" value=here/>
                    <button type="submit" class="link-button">
                        {td!(locale, notices.mark_read)}
                        <span class="visually-hidden">": "{n.title.clone()}</span>
                    </button>
                </form>
            });
            view! {
                <li class="notice-item" class:unread=n.unread>
                    <h2 class="notice-title">
                        <span>{n.title.clone()}</span>
                        {n.unread.then(|| view! { " " <span class="tag tag--blue">{td!(locale, notices.unread)}</span> })}
                    </h2>
                    <p class="hint">{kind_label(locale, n.kind)}" · "{n.at.clone()}</p>
                    <p>{n.body.clone()}</p>
                    {(open.is_some() || mark.is_some()).then(|| view! { <div class="notice-actions">{open}{mark}</div> })}
                </li>
            }
        })
        .collect_view();
    let empty = v.total == 0;
    let empty_text = if filter == NoticeFilter::All {
        td_string!(locale, office.notifications_empty)
    } else {
        td_string!(locale, notices.none_here)
    };
    view! {
        <p class="notices-summary">{unread_text}</p>
        {mark_all}
        <nav class="tabs" aria-label=td_string!(locale, notices.filters_label)>
            <ul>{tabs}</ul>
        </nav>
        {if empty {
            view! { <p>{empty_text}</p> }.into_any()
        } else {
            view! { <ul class="notifications">{items}</ul> }.into_any()
        }}
        <Pager page=v.page pages=v.pages href=move |p: i64| filter.href(p)/>
    }
}

/// The header's bell, for a signed-in user: the link to the centre with the server's unread
/// count, which the island keeps current once the page is hydrated. Nothing for a visitor.
#[component]
pub fn BellLink() -> impl IntoView {
    let user = crate::accounts::use_user();
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match user.0.await {
                    Ok(Some(u)) => {
                        let count = unread_of(u.id).await.unwrap_or(0);
                        Some(view! { <li class="nav-bell"><crate::islands::bell::Bell count=count/></li> })
                    }
                    _ => None,
                }
            })}
        </Transition>
    }
}

fn event_label(locale: Locale, e: NoticeEvent) -> &'static str {
    match e {
        NoticeEvent::Status => td_string!(locale, notices.event_status),
        NoticeEvent::Supplement => td_string!(locale, notices.event_supplement),
        NoticeEvent::Fee => td_string!(locale, notices.event_fee),
        NoticeEvent::Result => td_string!(locale, notices.event_result),
        NoticeEvent::Answer => td_string!(locale, notices.event_answer),
    }
}

/// "Nhận thông báo qua": per kind of event, whether an SMS and an e-mail also go (the in-app
/// notice always does; security notices always go by SMS).
#[component]
pub fn PreferencesPage() -> impl IntoView {
    use crate::components::{FormPage, form::errors_of};
    let locale = use_locale();
    let action = ServerAction::<SavePreferences>::new();
    let errors = errors_of(action);
    let prefs = Resource::new(|| (), |_| get_preferences());
    let query = use_query_map();
    let saved = move || query.with(|q| q.get("tb").as_deref() == Some("da-luu"));
    let title = Signal::derive(move || td_string!(locale, notices.prefs_title).to_string());
    view! {
        <crate::accounts::pages::AccountNav current=PREFERENCES_PATH/>
        <FormPage title=title errors=errors>
            {move || saved().then(|| view! {
                <div class="notice" role="status"><p>{td!(locale, notices.prefs_saved)}</p></div>
            })}
            <p>{td!(locale, notices.prefs_lead)}</p>
            <p class="hint">{td!(locale, notices.prefs_security)}</p>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match prefs.await {
                        Ok(p) => view! { <PreferencesTable p=p action=action/> }.into_any(),
                        Err(AppError::Unauthenticated) => view! { <crate::accounts::pages::LoginFirst/> }.into_any(),
                        Err(e) => view! { <p role="alert">{crate::error::messages(locale, &e).into_iter().map(|m| m.message).collect::<Vec<_>>().join(" ")}</p> }.into_any(),
                    }
                })}
            </Transition>
        </FormPage>
    }
}

#[component]
fn PreferencesTable(p: PreferencesView, action: ServerAction<SavePreferences>) -> impl IntoView {
    let locale = use_locale();
    let rows = p
        .events
        .into_iter()
        .map(|(event, chosen)| {
            let label = event_label(locale, event);
            let cell = move |channel: &'static str, checked: bool| {
                let field = PreferencesForm::field(channel, event);
                let channel_label = if channel == "sms" {
                    td_string!(locale, notices.channel_sms)
                } else {
                    td_string!(locale, notices.channel_email)
                };
                view! {
                    <td class="choice-cell">
                        <input type="checkbox" id=field.clone() name=format!("f[{field}]") value="true" checked=checked/>
                        <label for=field class="visually-hidden">{channel_label}": "{label}</label>
                    </td>
                }
            };
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    {cell("sms", chosen.sms)}
                    {cell("email", chosen.email)}
                </tr>
            }
        })
        .collect_view();
    view! {
        {(!p.email_confirmed).then(|| view! { <p class="hint">{td!(locale, notices.prefs_no_email)}</p> })}
        <ActionForm action=action attr:novalidate=true>
            <input type="hidden" name="f[sent]" value="1"/>
            <div class="table-wrap">
                <table class="prefs-table">
                    <caption class="visually-hidden">{td!(locale, notices.prefs_title)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{td!(locale, notices.event)}</th>
                            <th scope="col">{td!(locale, notices.channel_sms)}</th>
                            <th scope="col">{td!(locale, notices.channel_email)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <crate::components::form::Submit label=td_string!(locale, notices.prefs_save)/>
        </ActionForm>
    }
}
