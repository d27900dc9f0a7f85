//! "Kho tài liệu": the citizen's own documents, kept for reuse in dossiers: list, upload,
//! rename, replace, delete. Files uploaded with a dossier land here too.

use super::{
    DeleteDocument, RenameDocument,
    compose::{size_label, upload_error},
    list_documents,
};
use crate::{
    accounts::pages::RequireLogin,
    components::{
        ErrorNotice, PageTitle,
        form::{ErrorSummary, Hidden, Submit, errors_of},
    },
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// "Kho tài liệu".
#[component]
pub fn StorePage() -> impl IntoView {
    let locale = use_locale();
    let rename = ServerAction::<RenameDocument>::new();
    let delete = ServerAction::<DeleteDocument>::new();
    let rename_errors = errors_of(rename);
    let delete_errors = errors_of(delete);
    let errors = Signal::derive(move || {
        let mut e = rename_errors.get();
        e.extend(delete_errors.get());
        e
    });
    let list = Resource::new(|| (), |_| list_documents());
    let query = use_query_map();
    let notice = move || {
        query.with(|q| match q.get("tb").as_deref() {
            Some("tai-len") => Some(td_string!(locale, documents.uploaded)),
            Some("doi-ten") => Some(td_string!(locale, documents.renamed)),
            Some("thay-the") => Some(td_string!(locale, documents.replaced)),
            Some("da-xoa") => Some(td_string!(locale, documents.deleted)),
            _ => None,
        })
    };
    let failed = move || query.with(|q| q.get("loi"));
    let title = Signal::derive(move || td_string!(locale, documents.title).to_string());
    view! {
        <PageTitle text=title error=Signal::derive(move || !errors.get().is_empty() || failed().is_some())/>
        <RequireLogin>
            <crate::accounts::pages::AccountNav current="/kho-tai-lieu"/>
            <h1>{title}</h1>
            <p>{td!(locale, documents.lead)}</p>
            <ErrorSummary errors=errors/>
            {move || notice().map(|n| view! { <div class="notice" role="status"><p>{n}</p></div> })}
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let (docs, max) = match list.await {
                        Ok(x) => x,
                        Err(e) => return view! { <ErrorNotice error=e/> }.into_any(),
                    };
                    view! {
                        {failed().map(|code| view! {
                            <div class="error-summary" role="alert" tabindex="-1">
                                <p>{upload_error(locale, &code, max)}</p>
                            </div>
                        })}
                        <form class="upload-form" method="post" action="/kho-tai-lieu/tai-len" enctype="multipart/form-data">
                            <label class="label" for="upload">{td!(locale, documents.upload_label)}</label>
                            <p class="hint">{super::compose::file_hint(locale, max)}</p>
                            <div class="search-row">
                                <input class="input" type="file" id="upload" name="file"
                                    accept=".pdf,.jpg,.jpeg,.png,.webp,.heic,.doc,.docx,.xls,.xlsx,.odt,.ods,application/pdf,image/*"/>
                                <button type="submit" class="button">{td!(locale, dossier.upload)}</button>
                            </div>
                        </form>
                        {if docs.is_empty() {
                            view! { <p>{td!(locale, documents.none)}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="result-list" role="list">
                                    {docs.into_iter().map(|d| {
                                        let id = d.file.public_id.clone();
                                        let name = d.file.name.clone();
                                        let name_id = format!("name-{id}");
                                        let replace_id = format!("replace-{id}");
                                        let download = format!("/kho-tai-lieu/{id}/tai-ve");
                                        let (id_rename, id_delete) = (id.clone(), id.clone());
                                        let (name_title, name_field, name_delete) = (name.clone(), name.clone(), name.clone());
                                        let replace_action = format!("/kho-tai-lieu/{id}/thay-the");
                                        view! {
                                            <li class="result">
                                                <h2 class="result-title">
                                                    <a href=download rel="external">{name_title}</a>
                                                </h2>
                                                <p class="hint">{size_label(d.file.size)}" · "{d.updated_at.clone()}</p>
                                                <ActionForm action=rename attr:class="inline-fields">
                                                    <Hidden name="id" value=id_rename/>
                                                    <label class="label" for=name_id.clone()>{td!(locale, documents.rename_label)}</label>
                                                    <div class="search-row">
                                                        <input class="input" id=name_id name="f[name]" value=name_field/>
                                                        <Submit label=td_string!(locale, documents.rename) secondary=true/>
                                                    </div>
                                                </ActionForm>
                                                <form class="upload-form" method="post" action=replace_action enctype="multipart/form-data">
                                                    <label class="label" for=replace_id.clone()>{td!(locale, documents.replace_label)}</label>
                                                    <div class="search-row">
                                                        <input class="input" type="file" id=replace_id name="file"/>
                                                        <button type="submit" class="button button-secondary">{td!(locale, documents.replace)}</button>
                                                    </div>
                                                </form>
                                                <ActionForm action=delete attr:class="inline-form">
                                                    <Hidden name="id" value=id_delete/>
                                                    <button type="submit" class="link-button">
                                                        {td!(locale, documents.delete)}
                                                        <span class="visually-hidden">" " {name_delete}</span>
                                                    </button>
                                                </ActionForm>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    }.into_any()
                })}
            </Transition>
        </RequireLogin>
    }
}
