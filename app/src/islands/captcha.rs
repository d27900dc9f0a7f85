//! The captcha's island: "Đổi mã khác" draws a new challenge in place and "Nghe mã" plays the
//! digits. The page around it (`accounts::pages::captcha::CaptchaField`) is the server's.

use crate::{
    components::form::{Errors, FieldMessage, FieldState, Hidden},
    error::{AppError, FieldError},
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A challenge, as the page knows it: only its id. The image is `/captcha/{id}.png` and the
/// spoken digits `/captcha/{id}.wav`; nothing else about the answer reaches the browser. Or,
/// when this address or its network has asked for too many this hour, no challenge (an empty
/// id) and the minutes to wait, which the field says instead of showing a picture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CaptchaView {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_minutes: Option<i64>,
}

#[cfg(feature = "ssr")]
impl CaptchaView {
    /// A new challenge for the client of this request, or the wait when it has asked for too
    /// many (the page still renders, with the wait in place of the picture).
    pub async fn fresh(svc: &crate::backend::Services) -> Result<CaptchaView, AppError> {
        use crate::backend::{captcha, session};
        let ip = session::request_meta(svc).ip;
        Ok(match captcha::create(svc, &ip).await? {
            Ok(challenge) => CaptchaView {
                id: challenge.id,
                wait_minutes: None,
            },
            Err(limited) => CaptchaView {
                id: String::new(),
                wait_minutes: Some(limited.minutes()),
            },
        })
    }
}

/// A new challenge: what "Đổi mã khác" asks for in the browser. The `captchas` table belongs to
/// `backend::captcha`, so the endpoint sits beside the island that calls it (the accounts slice,
/// whose forms show the captcha, uses this island and may not be imported back).
#[server(prefix = "/api", endpoint = "captcha/new")]
pub async fn new_captcha() -> Result<CaptchaView, AppError> {
    let svc = crate::backend::services()?;
    CaptchaView::fresh(&svc).await.map_err(AppError::respond)
}

/// The captcha in the browser: an island, so that "Đổi mã khác" draws a new challenge in place
/// (without JavaScript the link reloads the page) and "Nghe mã" plays the recording. `here` is
/// the page's path (the link's target without JavaScript): the router's context does not reach
/// an island.
#[island]
pub fn CaptchaBox(captcha: CaptchaView, errors: Vec<FieldError>, here: String) -> impl IntoView {
    let errors: Errors = Signal::stored(errors);
    let locale = use_locale();
    let current = RwSignal::new(captcha);
    let refresh = Action::new(|_: &()| new_captcha());
    Effect::new(move |_| {
        if let Some(Ok(c)) = refresh.value().get() {
            current.set(c);
        }
    });
    // The button needs JavaScript, so it appears once the page is hydrated (effects run only
    // in the browser); the link works everywhere.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let playing = RwSignal::new(false);
    let state = FieldState::new("captcha_answer", errors, true);
    let id = Signal::derive(move || current.with(|c| c.id.clone()));
    let wait = Signal::derive(move || current.with(|c| c.wait_minutes));
    // No challenge (too many asked for): no addresses to fetch.
    let media = move |ext: &str| {
        let id = id.get();
        (!id.is_empty()).then(|| format!("/captcha/{id}.{ext}"))
    };
    let wav = move || media("wav");
    // A new challenge ("Đổi mã khác") empties the answer typed for the old one. Only a change:
    // the first run is the hydration of the page, and on a slow phone the answer may already be
    // typed by then (a `prop:value` here emptied it, and the form was refused for the captcha).
    let answer = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |shown: Option<String>| {
        let now = id.get();
        if shown.is_some_and(|before| before != now)
            && let Some(input) = answer.get_untracked()
        {
            input.set_value("");
        }
        now
    });
    view! {
        <div class=state.group_class()>
            <Hidden name="captcha_id" value=id/>
            <label class="label" for="captcha_answer">{td!(locale, captcha.label)}</label>
            <p class="hint" id="captcha_answer-hint">{td!(locale, captcha.hint)}</p>
            <FieldMessage field="captcha_answer".to_string() errors=errors/>
            // Too many asked for from this address: the wait instead of a picture.
            {move || wait.get().map(|minutes| {
                let minutes = minutes.to_string();
                view! {
                    <p class="error-message captcha-limited" role="alert">
                        {td_string!(locale, captcha_limits.page, minutes = minutes.as_str()).to_string()}
                    </p>
                }
            })}
            <div class="captcha-row">
                <img class="captcha-image" src=move || media("png")
                    hidden=move || wait.get().is_some()
                    alt=td_string!(locale, captcha.image_alt) width="200" height="70"/>
                // Without JavaScript the link reloads the page, which draws a new challenge.
                <a class="captcha-refresh" href=here
                    on:click=move |ev| {
                        ev.prevent_default();
                        playing.set(false);
                        refresh.dispatch(());
                    }>
                    {td!(locale, captcha.refresh)}
                </a>
            </div>
            <p class="captcha-audio">
                {move || hydrated.get().then(|| view! {
                    <button type="button" class="button button-secondary captcha-listen"
                        aria-controls="captcha-player"
                        on:click=move |_| playing.set(true)>
                        {td!(locale, captcha.listen)}
                    </button>
                    " "
                })}
                <a href=wav type="audio/wav">{td!(locale, captcha.listen_link)}</a>
            </p>
            <div id="captcha-player">
                {move || playing.get().then(|| view! {
                    <audio class="captcha-player" controls=true autoplay=true preload="auto" src=wav
                        aria-label=td_string!(locale, captcha.listen)></audio>
                })}
            </div>
            <input
                class=state.control_class("input input--w10")
                id="captcha_answer"
                name="f[captcha_answer]"
                type="text"
                autocomplete="off"
                autocapitalize="none"
                spellcheck="false"
                maxlength="8"
                node_ref=answer
                aria-describedby=state.described_by()
                aria-invalid=state.invalid()
            />
        </div>
    }
}
