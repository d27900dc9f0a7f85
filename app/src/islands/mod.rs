//! Every `#[island]` of the portal: the only components that run in the browser.
//!
//! The portal is rendered in islands mode: the server renders every page, its links and its
//! forms are plain HTML, and a page works completely without JavaScript. An island is a part of
//! a page that does more once the WebAssembly bundle has loaded; it is never needed.
//!
//! The contract of an island:
//! - **Props are serialisable.** They are rendered into the page as JSON and read back in the
//!   browser, so they are owned data (`String`, `Vec<…>`, types deriving `Serialize` and
//!   `Deserialize`), never signals, callbacks or children.
//! - **No context from the page reaches it.** The router, the current user, the page's
//!   resources and actions are not there in the browser; what an island needs comes in its
//!   props (the page's path for a link, the form's errors as they were rendered). Only the
//!   locale is read again, from `<html lang>` (see `locale::use_locale`).
//! - **It renders the same HTML on the server as its first render in the browser**, and that
//!   HTML works on its own: every control is a real form field or link.
//! - **It imports no page, nor any slice that shows it.** An island uses the shared layers
//!   (`components`, `error`, `locale`) and the server function it calls, which lives with the
//!   data's owner (`places`) or beside the island; the slices that show islands (accounts,
//!   dossiers through accounts' `AddressFields`) import them, never the reverse, which
//!   `make lint` checks (a cycle between slices fails it).
//!
//! The islands, what each adds, and what works without JavaScript:
//! - [`captcha::CaptchaBox`] (login, registration, recovery): "Đổi mã khác" draws a new
//!   challenge in place through [`captcha::new_captcha`] (`POST /api/captcha/new`) and "Nghe mã"
//!   plays the spoken digits in the page. Without JavaScript "Đổi mã khác" is a link that
//!   reloads the page with a new challenge and "Nghe mã" is a link to the recording.
//! - [`address::AddressIsland`] (the profile, a dossier's delivery address): the commune list
//!   follows the province as soon as one is chosen, through `places::communes_of`
//!   (`POST /api/units/communes`). Without JavaScript the list is the saved province's; once
//!   the form is posted the page comes back with the new province's communes (the answers are
//!   kept server-side), and a commune of another province is refused with a message.
//!
//! - [`bell::Bell`] (the header of every page, for a signed-in user): the unread count of the
//!   notification centre, asked for again every 30 seconds (every minute in a hidden tab) from
//!   `GET /thong-bao/chua-doc`. Without JavaScript it is the count of the page's render.
//!
//! `frontend/src/lib.rs` hydrates them (`leptos::mount::hydrate_islands`); nothing else in the
//! bundle runs.

pub mod address;
pub mod bell;
pub mod captcha;
