//! Entry point of the WebAssembly bundle: attaches the Leptos app to the server-rendered HTML.
//!
//! Built with `cargo leptos build --split`: each page's code is a separate chunk, loaded when the
//! page is first shown (see `app::shell`). `hydrate_lazy` waits for the chunks of the page being
//! hydrated before it walks the server's HTML.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        offer_reload();
    }));
    leptos::mount::hydrate_lazy(app::App);
}

/// After a panic (most often a chunk of the bundle that could not be downloaded on a bad
/// network) the page no longer reacts: the server's HTML is still there, so say so and offer to
/// reload instead of leaving buttons that do nothing.
fn offer_reload() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("tai-lai-trang").is_some() {
        return;
    }
    let english = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .is_some_and(|lang| lang.starts_with("en"));
    let (text, button) = if english {
        (
            "This page could not finish loading (the connection may have dropped). ",
            "Reload the page",
        )
    } else {
        (
            "Trang chưa tải xong (có thể do mạng chập chờn). ",
            "Tải lại trang",
        )
    };
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    banner.set_id("tai-lai-trang");
    banner.set_class_name("reload-banner");
    let _ = banner.set_attribute("role", "alert");
    banner.set_text_content(Some(text));
    if let Ok(link) = document.create_element("a") {
        // A link to the same address: a plain reload, which works whatever state the page is in.
        let here = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_else(|| "/".to_string());
        let _ = link.set_attribute("href", &here);
        // rel="external": the router's click handler (still registered, but in a stopped
        // module) must not take this link; the browser loads the page itself.
        let _ = link.set_attribute("rel", "external");
        link.set_text_content(Some(button));
        let _ = banner.append_child(&link);
    }
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&banner);
    }
}
