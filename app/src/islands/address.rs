//! The address's island: the commune list follows the province as soon as it is chosen.

use crate::{
    components::form::{Errors, Select, TextField},
    error::FieldError,
    i18n::*,
    locale::use_locale,
    places::{Unit, communes_of},
};
use leptos::prelude::*;

/// The address in the browser: an island, so that the commune list follows the province at
/// once. Without JavaScript the list is the saved province's until the form is posted, and a
/// commune of another province is refused with a message.
#[island]
pub fn AddressIsland(
    prefix: String,
    provinces: Vec<Unit>,
    communes: Vec<Unit>,
    province: String,
    commune: String,
    street: String,
    errors: Vec<FieldError>,
) -> impl IntoView {
    let errors: Errors = Signal::stored(errors);
    let locale = use_locale();
    let chosen = RwSignal::new(province.clone());
    let initial = communes;
    let first = province.clone();
    let loaded = Resource::new(
        move || chosen.get(),
        move |p| {
            let first = first.clone();
            async move {
                // The page came with the first province's list: no request for it.
                if p.is_empty() || p == first {
                    Ok(Vec::new())
                } else {
                    communes_of(p).await
                }
            }
        },
    );
    let commune_options = Signal::derive(move || {
        // Until the visitor picks another province, the list rendered by the server stays.
        match loaded.get() {
            Some(Ok(list)) if chosen.get() != province => list,
            _ => initial.clone(),
        }
    });
    let provinces = Signal::stored(provinces);
    view! {
        <Select name=format!("{prefix}_province") label=td_string!(locale, profile.province)
            options=provinces placeholder=td_string!(locale, profile.choose_province)
            selected=chosen errors=errors
            on_change=Callback::new(move |v: String| chosen.set(v))/>
        <Select name=format!("{prefix}_commune") label=td_string!(locale, profile.commune)
            hint=td_string!(locale, profile.commune_hint)
            options=commune_options placeholder=td_string!(locale, profile.choose_commune)
            selected=commune errors=errors/>
        <TextField name=format!("{prefix}_street") label=td_string!(locale, profile.street)
            hint=td_string!(locale, profile.street_hint) value=street errors=errors
            autocomplete="address-line1"/>
    }
}
