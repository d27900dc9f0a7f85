//! "Thủ tục hành chính": the search page and a page per procedure.

use super::{
    ProcedureDetail, ProcedureSummary, SearchParams, format_vnd, get_procedure, search_procedures,
};
use crate::{
    components::{ErrorNotice, PageTitle},
    error::AppError,
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::{
    components::{A, Form},
    hooks::{use_params_map, use_query_map},
};

/// The search parameters of the current URL.
fn params_from_url() -> Memo<SearchParams> {
    let query = use_query_map();
    Memo::new(move |_| {
        query.with(|q| SearchParams {
            q: q.get("q").unwrap_or_default(),
            field: q.get("linh-vuc").unwrap_or_default(),
            agency: q.get("co-quan").unwrap_or_default(),
            level: q.get("cap").unwrap_or_default(),
            online: q.get("muc-do").unwrap_or_default(),
            page: q.get("trang").and_then(|p| p.parse().ok()).unwrap_or(1),
        })
    })
}

fn level_label(locale: Locale, level: &str) -> &'static str {
    if level == "commune" {
        td_string!(locale, catalog.level_commune)
    } else {
        td_string!(locale, catalog.level_province)
    }
}

fn online_label(locale: Locale, online: &str) -> &'static str {
    if online == "full" {
        td_string!(locale, catalog.online_full)
    } else {
        td_string!(locale, catalog.online_partial)
    }
}

fn duration(locale: Locale, days: i64, unit: &str) -> String {
    let n = days.to_string();
    if unit == "calendar" {
        td_string!(locale, catalog.days_calendar, n = n.as_str()).to_string()
    } else {
        td_string!(locale, catalog.days_working, n = n.as_str()).to_string()
    }
}

/// "Thủ tục hành chính": search with advanced filters; the state lives in the URL, so a search
/// works without JavaScript and can be bookmarked.
#[component]
pub fn CatalogPage() -> impl IntoView {
    let locale = use_locale();
    let params = params_from_url();
    let results = Resource::new(move || params.get(), search_procedures);
    let title = Signal::derive(move || td_string!(locale, catalog.title).to_string());
    view! {
        <PageTitle text=title description=Signal::derive(move || td_string!(locale, catalog.meta_description).to_string())/>
        <h1>{title}</h1>
        <Transition fallback=|| view! { <p>{td!(use_locale(), catalog.loading)}</p> }>
            {move || Suspend::new(async move {
                let p = params.get_untracked();
                match results.await {
                    Ok(r) => view! {
                        <SearchForm params=p.clone() facets=r.facets.clone()/>
                        <ResultList params=p result=r/>
                    }.into_any(),
                    Err(e) => view! { <ErrorNotice error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn SearchForm(params: SearchParams, facets: super::Facets) -> impl IntoView {
    let locale = use_locale();
    let selected = |current: &str, value: &str| current == value;
    let advanced_open = params.has_filters();
    view! {
        <Form method="GET" action="/thu-tuc" attr:class="catalog-search" attr:role="search">
            <div class="form-group">
                <label class="label" for="q">{td!(locale, catalog.keyword)}</label>
                <p class="hint" id="q-hint">{td!(locale, home.search_hint)}</p>
                <div class="search-row">
                    <input class="input" id="q" name="q" type="search" value=params.q.clone()
                        aria-describedby="q-hint" autocomplete="off"/>
                    <button type="submit" class="button">{td!(locale, home.search_button)}</button>
                </div>
            </div>
            <details class="advanced" open=advanced_open>
                <summary>{td!(locale, catalog.advanced)}</summary>
                <div class="advanced-grid">
                    <div class="form-group">
                        <label class="label" for="linh-vuc">{td!(locale, catalog.field)}</label>
                        <select class="input" id="linh-vuc" name="linh-vuc">
                            <option value="">{td!(locale, catalog.all)}</option>
                            {facets.fields.iter().map(|(code, name)| view! {
                                <option value=code.clone() selected=selected(&params.field, code)>{name.clone()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="form-group">
                        <label class="label" for="co-quan">{td!(locale, catalog.agency)}</label>
                        <select class="input" id="co-quan" name="co-quan">
                            <option value="">{td!(locale, catalog.all)}</option>
                            <optgroup label=td_string!(locale, catalog.level_province)>
                                {facets.agencies.iter().filter(|a| a.2 == "province").map(|(id, name, _)| view! {
                                    <option value=id.to_string() selected=selected(&params.agency, &id.to_string())>{name.clone()}</option>
                                }).collect_view()}
                            </optgroup>
                            <optgroup label=td_string!(locale, catalog.level_commune)>
                                {facets.agencies.iter().filter(|a| a.2 == "commune").map(|(id, name, _)| view! {
                                    <option value=id.to_string() selected=selected(&params.agency, &id.to_string())>{name.clone()}</option>
                                }).collect_view()}
                            </optgroup>
                        </select>
                    </div>
                    <div class="form-group">
                        <label class="label" for="cap">{td!(locale, catalog.level)}</label>
                        <select class="input" id="cap" name="cap">
                            <option value="">{td!(locale, catalog.all)}</option>
                            <option value="tinh" selected=selected(&params.level, "tinh")>{td!(locale, catalog.level_province)}</option>
                            <option value="xa" selected=selected(&params.level, "xa")>{td!(locale, catalog.level_commune)}</option>
                        </select>
                    </div>
                    <div class="form-group">
                        <label class="label" for="muc-do">{td!(locale, catalog.online)}</label>
                        <select class="input" id="muc-do" name="muc-do">
                            <option value="">{td!(locale, catalog.all)}</option>
                            <option value="toan-trinh" selected=selected(&params.online, "toan-trinh")>{td!(locale, catalog.online_full)}</option>
                            <option value="mot-phan" selected=selected(&params.online, "mot-phan")>{td!(locale, catalog.online_partial)}</option>
                        </select>
                    </div>
                </div>
                <button type="submit" class="button button-secondary">{td!(locale, catalog.apply)}</button>
            </details>
        </Form>
    }
}

#[component]
fn ResultList(params: SearchParams, result: super::SearchResult) -> impl IntoView {
    let locale = use_locale();
    let total = result.total.to_string();
    let summary = if params.q.trim().is_empty() && !params.has_filters() {
        td_string!(locale, catalog.count_all, n = total.as_str()).to_string()
    } else {
        td_string!(locale, catalog.count_found, n = total.as_str()).to_string()
    };
    let pages = result.pages;
    let page = result.page;
    view! {
        <p class="result-count" role="status">{summary}</p>
        {(result.total == 0).then(|| view! {
            <div class="notice"><p>{td!(locale, catalog.none)}</p></div>
        })}
        <ol class="result-list" role="list">
            {result.items.into_iter().map(|p| view! { <ResultItem p=p/> }).collect_view()}
        </ol>
        <Pagination params=params page=page pages=pages/>
    }
}

#[component]
fn ResultItem(p: ProcedureSummary) -> impl IntoView {
    let locale = use_locale();
    let href = format!("/thu-tuc/{}", p.code);
    view! {
        <li class="result">
            <h2 class="result-title"><A href=href>{p.name.clone()}</A></h2>
            <p class="result-meta">
                <span class="tag">{online_label(locale, &p.online_level)}</span>" "
                <span class="tag tag--grey">{level_label(locale, &p.level)}</span>
            </p>
            <dl class="result-facts">
                <div><dt>{td!(locale, catalog.code)}</dt><dd>{p.code.clone()}</dd></div>
                <div><dt>{td!(locale, catalog.field)}</dt><dd>{p.field.clone()}</dd></div>
                <div><dt>{td!(locale, catalog.agency)}</dt><dd>{p.agency.clone()}</dd></div>
                <div><dt>{td!(locale, catalog.processing)}</dt><dd>{duration(locale, p.processing_days, &p.processing_unit)}</dd></div>
                <div><dt>{td!(locale, catalog.fee)}</dt><dd>{format_vnd(p.fee_total)}</dd></div>
            </dl>
        </li>
    }
}

/// "Trang trước · 1 2 3 … · Trang sau", as links that keep the search.
#[component]
fn Pagination(params: SearchParams, page: i64, pages: i64) -> impl IntoView {
    let locale = use_locale();
    if pages <= 1 {
        return ().into_any();
    }
    let link = move |p: i64| {
        let q = params.to_query(p);
        if q.is_empty() {
            "/thu-tuc".to_string()
        } else {
            format!("/thu-tuc?{q}")
        }
    };
    // The first, the last, and two on each side of the current page.
    let mut shown: Vec<i64> = (1..=pages)
        .filter(|p| *p == 1 || *p == pages || (p - page).abs() <= 2)
        .collect();
    shown.dedup();
    let mut items = Vec::new();
    let mut last = 0;
    for p in shown {
        if p > last + 1 {
            items.push(view! { <li class="pagination-gap" aria-hidden="true">"…"</li> }.into_any());
        }
        let n = p.to_string();
        let label = td_string!(locale, catalog.page_n, n = n.as_str()).to_string();
        items.push(if p == page {
            view! { <li><a href=link(p) aria-current="page" aria-label=label>{p}</a></li> }
                .into_any()
        } else {
            view! { <li><a href=link(p) aria-label=label>{p}</a></li> }.into_any()
        });
        last = p;
    }
    view! {
        <nav class="pagination" aria-label=td_string!(locale, catalog.pagination)>
            <ul role="list">
                {(page > 1).then(|| view! { <li><a href=link(page - 1) rel="prev">{td!(locale, catalog.previous)}</a></li> })}
                {items}
                {(page < pages).then(|| view! { <li><a href=link(page + 1) rel="next">{td!(locale, catalog.next)}</a></li> })}
            </ul>
        </nav>
    }
    .into_any()
}

/// A procedure's page: everything about it, and "Nộp hồ sơ" where it can be submitted online.
#[component]
pub fn ProcedurePage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let code = Memo::new(move |_| params.with(|p| p.get("code").unwrap_or_default()));
    let detail = Resource::new(move || code.get(), get_procedure);
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok(p) => view! { <ProcedureView p=p/> }.into_any(),
                    Err(AppError::NotFound) => {
                        #[cfg(feature = "ssr")]
                        if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
                            res.set_status(http::StatusCode::NOT_FOUND);
                        }
                        view! {
                            <PageTitle text=Signal::derive(move || td_string!(locale, catalog.not_found).to_string())/>
                            <h1>{td!(locale, catalog.not_found)}</h1>
                            <p><A href="/thu-tuc">{td!(locale, catalog.back_to_search)}</A></p>
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorNotice error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ProcedureView(p: ProcedureDetail) -> impl IntoView {
    let locale = use_locale();
    let name = p.name.clone();
    let description =
        td_string!(locale, catalog.detail_description, name = name.as_str()).to_string();
    let submit_href = format!("/nop-ho-so/{}", p.code);
    let applicants = match p.applicants.as_str() {
        "citizen" => td_string!(locale, catalog.applicants_citizen),
        "organisation" => td_string!(locale, catalog.applicants_organisation),
        _ => td_string!(locale, catalog.applicants_both),
    };
    let commune_text = {
        let n = p.commune_count.to_string();
        td_string!(locale, catalog.commune_agencies, n = n.as_str()).to_string()
    };
    view! {
        <PageTitle text=Signal::stored(p.name.clone()) description=Signal::stored(description)/>
        <p><A href="/thu-tuc" attr:class="back-link">{td!(locale, catalog.back_to_search)}</A></p>
        <span class="caption">{p.field.clone()}</span>
        <h1>{p.name.clone()}</h1>
        <p class="result-meta">
            <span class="tag">{online_label(locale, &p.online_level)}</span>" "
            <span class="tag tag--grey">{level_label(locale, &p.level)}</span>
        </p>
        {if p.online_submission {
            view! {
                <p class="button-group">
                    <a class="button" href=submit_href>{td!(locale, catalog.submit)}</a>
                </p>
            }.into_any()
        } else {
            view! { <div class="notice"><p>{td!(locale, catalog.no_online)}</p></div> }.into_any()
        }}
        <dl class="summary-list">
            <div><dt>{td!(locale, catalog.code)}</dt><dd>{p.code.clone()}</dd></div>
            <div><dt>{td!(locale, catalog.field)}</dt><dd>{p.field.clone()}</dd></div>
            <div><dt>{td!(locale, catalog.level)}</dt><dd>{level_label(locale, &p.level)}</dd></div>
            <div><dt>{td!(locale, catalog.online)}</dt><dd>{online_label(locale, &p.online_level)}</dd></div>
            <div><dt>{td!(locale, catalog.applicants)}</dt><dd>{applicants}</dd></div>
            <div>
                <dt>{td!(locale, catalog.processing)}</dt>
                <dd>
                    {duration(locale, p.processing_days, &p.processing_unit)}
                    {(!p.processing_note.is_empty()).then(|| view! { <br/><span class="hint">{p.processing_note.clone()}</span> })}
                </dd>
            </div>
            <div><dt>{td!(locale, catalog.result)}</dt><dd>{p.result.clone()}</dd></div>
        </dl>

        <h2>{td!(locale, catalog.agencies)}</h2>
        {if p.level == "commune" {
            view! { <p>{commune_text}</p> }.into_any()
        } else {
            view! {
                <ul class="agency-list" role="list">
                    {p.agencies.iter().map(|a| view! {
                        <li>
                            <strong>{a.name.clone()}</strong>
                            {(!a.address.is_empty()).then(|| view! { <br/>{a.address.clone()} })}
                            {(!a.phone.is_empty()).then(|| view! { <br/>{td!(locale, footer.hotline)}": "{a.phone.clone()} })}
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}

        <h2>{td!(locale, catalog.fees)}</h2>
        {if p.fees.is_empty() {
            view! { <p>{td!(locale, catalog.no_fees)}</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll" role="region" tabindex="0" aria-label=td_string!(locale, catalog.fees)>
                    <table>
                        <thead><tr>
                            <th scope="col">{td!(locale, catalog.fee_item)}</th>
                            <th scope="col" class="numeric">{td!(locale, catalog.fee_amount)}</th>
                            <th scope="col">{td!(locale, catalog.fee_note)}</th>
                        </tr></thead>
                        <tbody>
                            {p.fees.iter().map(|f| view! {
                                <tr><td>{f.name.clone()}</td><td class="numeric">{format_vnd(f.amount)}</td><td>{f.note.clone()}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}

        <h2>{td!(locale, catalog.components)}</h2>
        <div class="table-scroll" role="region" tabindex="0" aria-label=td_string!(locale, catalog.components)>
            <table>
                <thead><tr>
                    <th scope="col">{td!(locale, catalog.component_name)}</th>
                    <th scope="col" class="numeric">{td!(locale, catalog.originals)}</th>
                    <th scope="col" class="numeric">{td!(locale, catalog.copies)}</th>
                    <th scope="col">{td!(locale, catalog.mandatory)}</th>
                    <th scope="col">{td!(locale, catalog.template)}</th>
                </tr></thead>
                <tbody>
                    {p.components.iter().map(|c| view! {
                        <tr>
                            <td>{c.name.clone()}</td>
                            <td class="numeric">{c.originals}</td>
                            <td class="numeric">{c.copies}</td>
                            <td>{if c.mandatory { td_string!(locale, catalog.yes) } else { td_string!(locale, catalog.no) }}</td>
                            <td>{c.template_file.clone().map(|f| {
                                let title = c.template_title.clone().unwrap_or_default();
                                view! { <a href=format!("/templates/{f}") download=f.clone() rel="external">{td!(locale, catalog.download)}" "<span class="visually-hidden">{title}</span>" (.docx)"</a> }
                            })}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>

        <h2>{td!(locale, catalog.steps)}</h2>
        <ol>{p.steps.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ol>

        <h2>{td!(locale, catalog.conditions)}</h2>
        {if p.conditions.is_empty() {
            view! { <p>{td!(locale, catalog.no_conditions)}</p> }.into_any()
        } else {
            view! { <ul>{p.conditions.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul> }.into_any()
        }}

        <h2>{td!(locale, catalog.legal_basis)}</h2>
        <ul>{p.legal_basis.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
    }
}
