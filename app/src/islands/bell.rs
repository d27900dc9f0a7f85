//! The header's bell: a link to the notification centre with the unread count. The server
//! renders it with its count (a plain link without JavaScript); once hydrated it asks the server
//! again every 30 seconds while the page is shown and every minute while the tab is hidden, and
//! stops when the answer says the user has logged out.

use crate::{i18n::*, locale::use_locale, routes::NOTICES_PATH};
use leptos::prelude::*;

/// The bell with `count` unread notices.
#[island]
pub fn Bell(count: i64) -> impl IntoView {
    let locale = use_locale();
    let count = RwSignal::new(count);
    // Answers handled so far, each counted once the next request is scheduled: a test moving a
    // fake clock waits on it before moving the clock again (`data-polls`).
    let polls = RwSignal::new(0u32);
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        poll::start(count, polls);
    });
    // The link's name is its text (what is seen is what is heard): "Thông báo", then the count
    // in the badge, each with the words a screen reader needs around them.
    view! {
        <a href=NOTICES_PATH class="bell" data-polls=move || polls.get()>
            <svg class="bell-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
                <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"/>
            </svg>
            // The flex items' names are joined with a space: the colon stays with the word.
            <span class="bell-text">
                {td!(locale, notices.bell_text)}
                {move || if count.get() > 0 {
                    view! { <span class="visually-hidden">": "</span> }.into_any()
                } else {
                    view! { <span class="visually-hidden">{td!(locale, notices.bell_none_tail)}</span> }.into_any()
                }}
            </span>
            {move || (count.get() > 0).then(|| view! {
                <span class="bell-count">
                    {move || count.get().min(99).to_string()}{move || (count.get() > 99).then_some("+")}
                    <span class="visually-hidden">{td!(locale, notices.bell_unread_tail)}</span>
                </span>
            })}
        </a>
    }
}

/// The count's refresh, in the browser only.
#[cfg(feature = "hydrate")]
mod poll {
    use crate::routes::UNREAD_COUNT_PATH;
    use leptos::prelude::*;
    use std::time::Duration;

    /// Between two requests while the page is shown; a hidden tab waits two of these.
    const STEP: Duration = Duration::from_secs(30);

    #[derive(serde::Deserialize)]
    struct Unread {
        unread: i64,
    }

    pub fn start(count: RwSignal<i64>, polls: RwSignal<u32>) {
        wait(count, polls, 0);
    }

    /// Waits a step; then asks, unless the tab is hidden and the last request is less than a
    /// minute old (`waited` steps ago), in which case it waits another step.
    fn wait(count: RwSignal<i64>, polls: RwSignal<u32>, waited: u32) {
        set_timeout(
            move || {
                if document().hidden() && waited < 1 {
                    wait(count, polls, waited + 1);
                    return;
                }
                leptos::task::spawn_local(async move {
                    match ask().await {
                        Answer::Count(n) => count.set(n),
                        Answer::LoggedOut => {
                            count.set(0);
                            return;
                        }
                        // A bad network: try again at the next step.
                        Answer::Failed => {}
                    }
                    wait(count, polls, 0);
                    polls.update(|p| *p += 1);
                });
            },
            STEP,
        );
    }

    enum Answer {
        Count(i64),
        LoggedOut,
        Failed,
    }

    async fn ask() -> Answer {
        let Ok(resp) = gloo_net::http::Request::get(UNREAD_COUNT_PATH).send().await else {
            return Answer::Failed;
        };
        match resp.status() {
            200 => match resp.json::<Unread>().await {
                Ok(u) => Answer::Count(u.unread),
                Err(_) => Answer::Failed,
            },
            401 => Answer::LoggedOut,
            _ => Answer::Failed,
        }
    }
}
