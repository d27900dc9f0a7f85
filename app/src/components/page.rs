//! Page-level helpers: the document title and description every page sets.

use crate::{i18n::*, locale::use_locale};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Sets `<title>` to "<page> – Cổng Dịch vụ công" (localised) and, when given, the meta description.
#[component]
pub fn PageTitle(
    /// The page's own title, already localised.
    #[prop(into)]
    text: Signal<String>,
    /// The page's meta description, already localised.
    #[prop(optional, into)]
    description: Option<Signal<String>>,
) -> impl IntoView {
    let locale = use_locale();
    let title = move || format!("{} – {}", text.get(), td_string!(locale, portal_name));
    view! {
        <Title text=title/>
        {description.map(|d| view! { <Meta name="description" content=move || d.get()/> })}
    }
}
