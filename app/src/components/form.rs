//! Accessible form components in the GOV.UK Design System's manner: every input has a visible
//! label, hints and errors are tied to it with `aria-describedby`, a field in error says so in
//! text and with `aria-invalid`, and the error summary at the top links to each field.
//!
//! Inputs are named `f[<field>]` so that a form posts one struct (`f`) to its server function,
//! and have the id `<field>`, which is what [`FieldError::field`] and the summary's links use.

use crate::{
    error::{AppError, FieldError},
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;

/// The errors to show on a form.
pub type Errors = Signal<Vec<FieldError>>;

/// The message for `field`, if it has one.
pub fn error_for(errors: &[FieldError], field: &str) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.message.clone())
}

/// The form's errors from the last result of its action: field messages for invalid input, or a
/// single message (linked to nothing) for anything else.
pub fn errors_of<S>(action: ServerAction<S>) -> Errors
where
    S: server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
{
    let locale = use_locale();
    Signal::derive(move || {
        action.value().with(|v| match v {
            Some(Err(e)) => crate::error::messages(locale, e),
            _ => Vec::new(),
        })
    })
}

/// What every field component derives from its name and the form's errors.
#[derive(Clone)]
pub(crate) struct FieldState {
    field: String,
    error: Signal<bool>,
    has_hint: bool,
}

impl FieldState {
    pub(crate) fn new(field: &str, errors: Errors, has_hint: bool) -> FieldState {
        let name = field.to_string();
        FieldState {
            field: field.to_string(),
            error: Signal::derive(move || error_for(&errors.get(), &name).is_some()),
            has_hint,
        }
    }

    /// The wrapper's class: a red bar beside a field in error.
    pub(crate) fn group_class(&self) -> impl Fn() -> &'static str + Send + Sync + use<> {
        let error = self.error;
        move || {
            if error.get() {
                "form-group form-group--error"
            } else {
                "form-group"
            }
        }
    }

    /// The control's class, with the error border when in error.
    pub(crate) fn control_class(
        &self,
        base: &'static str,
    ) -> impl Fn() -> String + Send + Sync + use<> {
        let error = self.error;
        move || {
            if error.get() {
                format!("{base} input--error")
            } else {
                base.to_string()
            }
        }
    }

    pub(crate) fn described_by(&self) -> impl Fn() -> Option<String> + Send + Sync + use<> {
        let (field, has_hint, error) = (self.field.clone(), self.has_hint, self.error);
        move || described_by(&field, has_hint, error.get())
    }

    pub(crate) fn invalid(&self) -> impl Fn() -> Option<&'static str> + Send + Sync + use<> {
        let error = self.error;
        move || error.get().then_some("true")
    }
}

/// The hint under a label.
#[component]
fn Hint(field: String, hint: Option<String>) -> impl IntoView {
    hint.map(|h| view! { <p class="hint" id=format!("{field}-hint")>{h}</p> })
}

fn input_name(field: &str) -> String {
    format!("f[{field}]")
}

/// The name a field is posted under: `f[name]` for a server function's form, or the name as
/// is (`plain`, for a GET form whose fields are the URL's query); `posted_as` when it differs
/// from the field's id and error key (rows of a list: `fee_amounts][0`).
fn posted_name(field: &str, posted_as: Option<&str>, plain: bool) -> String {
    let name = posted_as.unwrap_or(field);
    if plain {
        name.to_string()
    } else {
        input_name(name)
    }
}

fn described_by(field: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("{field}-hint"));
    }
    if has_error {
        ids.push(format!("{field}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// "Có lỗi xảy ra" and a link to each field in error. Takes focus when the page loads (by
/// `autofocus`: the page is the server's HTML, with or without JavaScript), so screen readers
/// announce it.
#[component]
pub fn ErrorSummary(errors: Errors) -> impl IntoView {
    let locale = use_locale();
    move || {
        let list = errors.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="error-summary" role="alert" tabindex="-1" autofocus=true
                    aria-labelledby="error-summary-title">
                    <h2 id="error-summary-title">{td!(locale, form.error_summary)}</h2>
                    <ul>
                        {list
                            .into_iter()
                            .map(|e| {
                                if e.field.is_empty() {
                                    view! { <li>{e.message}</li> }.into_any()
                                } else {
                                    view! { <li><a href=format!("#{}", e.field) rel="external">{e.message}</a></li> }
                                        .into_any()
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// The message under a label, for the field in error.
#[component]
pub fn FieldMessage(field: String, errors: Errors) -> impl IntoView {
    let locale = use_locale();
    let id = format!("{field}-error");
    move || {
        errors
            .get()
            .into_iter()
            .find(|e| e.field == field)
            .map(|e| {
                view! {
                    <p class="error-message" id=id.clone()>
                        <span class="visually-hidden">{td!(locale, form.error_prefix)}</span>
                        {e.message}
                        {e.action.map(|(href, text)| view! { " " <a href=href>{text}</a> })}
                    </p>
                }
            })
    }
}

/// A labelled text input (also e-mail, tel, password, date-as-text).
#[component]
pub fn TextField(
    /// Field name: the input is `f[name]` with id `name`.
    #[prop(into)]
    name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] value: MaybeProp<String>,
    errors: Errors,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    /// One of the width classes: "w5", "w10", "w20".
    #[prop(optional)]
    width: Option<&'static str>,
    #[prop(optional)] readonly: bool,
    #[prop(optional)] maxlength: Option<u32>,
    /// The label is the page's heading (one question per page).
    #[prop(optional)]
    heading: bool,
    /// Posted under this name instead (see [`posted_name`]).
    #[prop(optional, into)]
    posted_as: Option<String>,
    /// Posted under its name as is (a GET form).
    #[prop(optional)]
    plain: bool,
    /// The browser checks it is filled before sending (without JavaScript too).
    #[prop(optional)]
    required: bool,
) -> impl IntoView {
    let state = FieldState::new(&name, errors, hint.is_some());
    let field = name.clone();
    let base: &'static str = match width {
        Some("w5") => "input input--w5",
        Some("w10") => "input input--w10",
        Some("w20") => "input input--w20",
        _ => "input",
    };
    let label_view = {
        let field = field.clone();
        if heading {
            view! { <h1><label class="label" for=field>{label}</label></h1> }.into_any()
        } else {
            view! { <label class="label" for=field>{label}</label> }.into_any()
        }
    };
    let spell = matches!(input_type, "email" | "tel" | "password").then_some("false");
    view! {
        <div class=state.group_class()>
            {label_view}
            <Hint field=field.clone() hint=hint/>
            <FieldMessage field=field.clone() errors=errors/>
            <input
                class=state.control_class(base)
                id=field.clone()
                name=posted_name(&field, posted_as.as_deref(), plain)
                type=input_type
                required=required
                value=move || value.get().unwrap_or_default()
                autocomplete=autocomplete
                inputmode=inputmode
                spellcheck=spell
                maxlength=maxlength
                readonly=readonly
                aria-describedby=state.described_by()
                aria-invalid=state.invalid()
            />
        </div>
    }
}

/// A multi-line text input.
#[component]
pub fn TextArea(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] value: MaybeProp<String>,
    errors: Errors,
    #[prop(default = 5)] rows: u32,
    /// The browser checks it is filled (and long enough) before sending.
    #[prop(optional)]
    required: bool,
    #[prop(optional)] minlength: Option<u32>,
) -> impl IntoView {
    let state = FieldState::new(&name, errors, hint.is_some());
    let field = name.clone();
    view! {
        <div class=state.group_class()>
            <label class="label" for=field.clone()>{label}</label>
            <Hint field=field.clone() hint=hint/>
            <FieldMessage field=field.clone() errors=errors/>
            <textarea
                class=state.control_class("input")
                id=field.clone()
                name=input_name(&field)
                rows=rows
                required=required
                minlength=minlength
                aria-describedby=state.described_by()
                aria-invalid=state.invalid()
            >{move || value.get().unwrap_or_default()}</textarea>
        </div>
    }
}

/// One choice among a few, as radio buttons in a fieldset.
#[component]
pub fn Radios(
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    /// (value, label) pairs.
    options: Vec<(String, String)>,
    #[prop(optional, into)] selected: MaybeProp<String>,
    errors: Errors,
    /// The legend is the page's heading.
    #[prop(optional)]
    heading: bool,
) -> impl IntoView {
    let state = FieldState::new(&name, errors, hint.is_some());
    let field = name.clone();
    let legend_view = if heading {
        view! { <legend><h1>{legend}</h1></legend> }.into_any()
    } else {
        view! { <legend>{legend}</legend> }.into_any()
    };
    view! {
        <div class=state.group_class()>
            <fieldset aria-describedby=state.described_by()>
                {legend_view}
                <Hint field=field.clone() hint=hint/>
                <FieldMessage field=field.clone() errors=errors/>
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, (value, label))| {
                        // The first radio carries the field's id: the error summary links to it.
                        let id = if i == 0 { field.clone() } else { format!("{field}-{i}") };
                        let checked = {
                            let value = value.clone();
                            move || selected.get().as_deref() == Some(value.as_str())
                        };
                        view! {
                            <div class="choice">
                                <input type="radio" id=id.clone() name=input_name(&field) value=value checked=checked/>
                                <label for=id>{label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
        </div>
    }
}

/// A drop-down list. `options` may change (the communes of the chosen province).
#[component]
pub fn Select(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    /// (value, label) pairs.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The first, empty choice ("Chọn tỉnh/thành phố").
    #[prop(into)]
    placeholder: String,
    #[prop(optional, into)] selected: MaybeProp<String>,
    errors: Errors,
    /// Called with the new value when the visitor picks another option.
    #[prop(optional, into)]
    on_change: Option<Callback<String>>,
    /// The name the value is posted under, when several lists on one page post the same field
    /// (`name` then only identifies this one: its id and its errors).
    #[prop(optional, into)]
    posted_as: Option<String>,
    /// Posted under its name as is (a GET form).
    #[prop(optional)]
    plain: bool,
) -> impl IntoView {
    let state = FieldState::new(&name, errors, hint.is_some());
    let field = name.clone();
    let posted = posted_name(&field, posted_as.as_deref(), plain);
    view! {
        <div class=state.group_class()>
            <label class="label" for=field.clone()>{label}</label>
            <Hint field=field.clone() hint=hint/>
            <FieldMessage field=field.clone() errors=errors/>
            <select
                class=state.control_class("input input--w20")
                id=field.clone()
                name=posted
                aria-describedby=state.described_by()
                aria-invalid=state.invalid()
                on:change=move |ev| {
                    if let Some(cb) = on_change {
                        cb.run(event_target_value(&ev));
                    }
                }
            >
                <option value="">{placeholder}</option>
                {move || {
                    let current = selected.get().unwrap_or_default();
                    options
                        .get()
                        .into_iter()
                        .map(|(value, label)| {
                            let is = value == current;
                            view! { <option value=value selected=is>{label}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// A single checkbox with its label.
#[component]
pub fn Checkbox(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] checked: MaybeProp<bool>,
    errors: Errors,
) -> impl IntoView {
    let field = name.clone();
    view! {
        <div class="form-group">
            <FieldMessage field=field.clone() errors=errors/>
            <div class="choice">
                <input type="checkbox" id=field.clone() name=input_name(&field) value="true"
                    checked=move || checked.get().unwrap_or(false)/>
                <label for=field>{label}</label>
            </div>
        </div>
    }
}

/// A hidden input of the form.
#[component]
pub fn Hidden(#[prop(into)] name: String, #[prop(into)] value: MaybeProp<String>) -> impl IntoView {
    view! { <input type="hidden" name=input_name(&name) value=move || value.get().unwrap_or_default()/> }
}

/// The one-time password input: a single field of 6 digits (easier for screen readers and
/// password managers than six boxes, and filled by the phone's SMS autofill).
#[component]
pub fn OtpField(
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
    errors: Errors,
    /// The field's name (`code` unless a page asks for two codes).
    #[prop(optional)]
    name: Option<&'static str>,
) -> impl IntoView {
    view! {
        <TextField
            name=name.unwrap_or("code")
            label=label
            hint=hint
            errors=errors
            autocomplete="one-time-code"
            inputmode="numeric"
            width="w10"
            maxlength=6
        />
    }
}

/// The primary button of a form.
#[component]
pub fn Submit(#[prop(into)] label: String, #[prop(optional)] secondary: bool) -> impl IntoView {
    let class = if secondary {
        "button button-secondary"
    } else {
        "button"
    };
    view! { <button type="submit" class=class>{label}</button> }
}

/// "Quay lại" to the previous step.
#[component]
pub fn BackLink(#[prop(into)] href: String) -> impl IntoView {
    let locale = use_locale();
    view! { <a class="back-link" href=href>{td!(locale, form.back)}</a> }
}
