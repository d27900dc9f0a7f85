//! Entry point of the WebAssembly bundle. The portal runs in islands mode (see `app::shell`):
//! the server renders every page and its links and forms are plain HTML; the bundle holds only
//! the `#[island]` components of `app::islands` (the captcha's "Đổi mã khác" and "Nghe mã", the
//! commune list that follows the province), which Leptos' island script hydrates where they
//! appear, once the browser is idle. `hydrate` is what that script calls first.

// Nothing here names the app's items, but its islands are exported from it (as
// `<Island>_<hash>`, which the island script calls): the crate must be linked in for them to be
// in the bundle.
extern crate app;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        offer_reload();
    }));
    leptos::mount::hydrate_islands();
}

/// After a panic in an island the page's scripted parts no longer react: the server's HTML is
/// still there, so say so and offer to reload instead of leaving buttons that do nothing.
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
        link.set_text_content(Some(button));
        let _ = banner.append_child(&link);
    }
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&banner);
    }
}
