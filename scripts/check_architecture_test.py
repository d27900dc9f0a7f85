#!/usr/bin/env python3
"""Self-test of scripts/check-architecture.py (run by `make lint` before the check itself).

Each test writes a small fake workspace (app/src, server/src, domain/src) in a temporary folder
and runs the checker on it: every kind of finding must be reported with the file:line that
causes it, and a clean tree must pass, so that the checker cannot silently pass everything.

    python3 scripts/check_architecture_test.py
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("check_architecture", HERE / "check-architecture.py")
checker = importlib.util.module_from_spec(_spec)
sys.modules["check_architecture"] = checker  # dataclasses look their module up
_spec.loader.exec_module(checker)

# A small workspace that follows every rule: two slices (one importing the other's service, its
# files importing each other through `super::*`), shared layers, a store and the backend with SQL,
# a host whose modules import the app and the root, test code that does what others may not.
CLEAN = {
    "domain/src/lib.rs": """
        //! Domain rules.
        pub mod date;
        pub use date::Date;
    """,
    "domain/src/date.rs": """
        pub struct Date;
    """,
    "app/src/lib.rs": """
        include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
        pub mod accounts;
        #[cfg(feature = "ssr")]
        pub mod backend;
        pub mod components;
        pub mod error;
        pub mod dossiers;
        pub mod shell;
        pub fn safe_local_path(p: &str) -> &str { p }
        pub use shell::App;
    """,
    "app/src/error.rs": """
        pub struct AppError;
    """,
    "app/src/components/mod.rs": """
        pub mod pager;
        pub use pager::Pager;
    """,
    "app/src/components/pager.rs": """
        use crate::{error::AppError, i18n::*};
        pub fn Pager() {}
    """,
    "app/src/backend/mod.rs": """
        pub mod db;
        pub struct Services;
        pub async fn count() { sqlx::query_scalar("SELECT 1"); }
    """,
    "app/src/backend/db.rs": """
        use super::Services;
        pub async fn ping() { sqlx::query("SELECT 1"); }
    """,
    "app/src/accounts/mod.rs": """
        //! Accounts. A comment that names crate::dossiers::service::x is not an import.
        pub mod pages;
        #[cfg(feature = "ssr")]
        pub mod service;
        #[cfg(feature = "ssr")]
        pub mod store;
        use crate::error::AppError;
        pub struct UserView;
        pub async fn me() -> Result<UserView, AppError> { service::me().await }
    """,
    "app/src/accounts/pages.rs": """
        use super::*;
        use crate::components::Pager;
        pub fn Profile() { let s = "crate::dossiers::pages::List"; let c = '"'; let l: &'static str = s; }
    """,
    "app/src/accounts/service.rs": """
        use super::{store, *};
        use crate::backend::Services;
        pub async fn me() -> Result<UserView, AppError> { store::load().await; Ok(UserView) }
    """,
    "app/src/accounts/store.rs": """
        #![allow(clippy::disallowed_methods)]
        pub async fn load() { sqlx::query_as::<_, (i64,)>("SELECT id FROM users").fetch_one(); }
    """,
    "app/src/dossiers/mod.rs": """
        pub mod pages;
        #[cfg(feature = "ssr")]
        pub mod service;
        #[cfg(feature = "ssr")]
        pub mod store;
    """,
    "app/src/dossiers/pages.rs": """
        pub fn List() { view! { <crate::components::pager::Pager/> } }
    """,
    "app/src/dossiers/service.rs": """
        use crate::accounts::service as accounts;
        use domain::Date;
        pub async fn list() { accounts::me().await; super::store::list().await; crate::safe_local_path("/"); }
    """,
    "app/src/dossiers/store/mod.rs": """
        mod queries;
        pub async fn list() { queries::all().await }
    """,
    "app/src/dossiers/store/queries.rs": """
        use sqlx::query;
        pub async fn all() { query("SELECT 1").execute().await; }
    """,
    "app/src/shell.rs": """
        use crate::{accounts::pages::Profile, dossiers::pages::List};
        pub fn App() {}
    """,
    "server/src/lib.rs": """
        pub mod http;
        pub mod watchdog;
        pub struct AppState;
    """,
    "server/src/http.rs": """
        use crate::{AppState, watchdog::track};
        pub fn router() { app::dossiers::service::list(); track(); }
        #[cfg(test)]
        mod tests {
            use super::*;
            #[test]
            fn counts() { sqlx::query("SELECT 1"); crate::watchdog::track(); }
        }
    """,
    "server/src/watchdog.rs": """
        pub fn track() {}
        #[cfg(test)]
        mod tests {
            use crate::http::router;
        }
    """,
    "server/src/main.rs": """
        use server::http::router;
        fn main() { router(); }
    """,
    "server/tests/journeys.rs": """
        #[tokio::test]
        async fn direct() { sqlx::query("DELETE FROM users"); }
    """,
}


class CheckerTest(unittest.TestCase):
    def run_on(self, files: dict[str, str], *args: str) -> tuple[int, str]:
        with tempfile.TemporaryDirectory() as tmp:
            for rel, text in files.items():
                p = Path(tmp, rel)
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                rc = checker.main(["--root", tmp, *args])
            return rc, out.getvalue()

    def with_changes(self, **changes: str) -> dict[str, str]:
        files = dict(CLEAN)
        for key, text in changes.items():
            files[key.replace("__", "/").replace("_DOT_", ".")] = text
        return files

    def errors(self, out: str) -> list[str]:
        return [line for line in out.splitlines() if ": error[" in line]

    def test_clean_tree_passes(self):
        rc, out = self.run_on(CLEAN)
        self.assertEqual(rc, 0, out)
        self.assertEqual(self.errors(out), [], out)
        summary = out.strip().splitlines()[-1]
        self.assertIn("0 error(s)", summary)
        self.assertIn("2 slices (accounts, dossiers)", summary)
        # Every file was reached from its crate's root (server/tests is not part of a crate's
        # module tree): nothing is silently skipped.
        self.assertIn("22 modules (files) in 4 crates", summary)

    def test_imports_are_found(self):
        ws = checker.Workspace(Path("."))
        with tempfile.TemporaryDirectory() as tmp:
            for rel, text in CLEAN.items():
                p = Path(tmp, rel)
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(textwrap.dedent(text), encoding="utf-8")
            ws = checker.Workspace(Path(tmp))
            ws.load()
            ws.link()
        pairs = {(e.src.rel, "::".join((e.dst[0],) + e.dst[1])) for e in ws.edges}
        for expected in [
            ("app/src/accounts/mod.rs", "app::accounts::service"),  # child module called by name
            ("app/src/accounts/service.rs", "app::accounts::store"),  # `use super::{store, ..}`
            ("app/src/accounts/pages.rs", "app::accounts"),  # `use super::*`
            ("app/src/dossiers/service.rs", "app::accounts::service"),  # `use .. as accounts`
            ("app/src/dossiers/service.rs", "app::dossiers::store"),  # `super::store::list()`
            ("app/src/dossiers/pages.rs", "app::components::pager"),  # a path inside view!
            ("app/src/dossiers/store/mod.rs", "app::dossiers::store::queries"),
            ("app/src/components/pager.rs", "app::i18n"),  # generated module
            ("server/src/http.rs", "app::dossiers::service"),  # `app::` from the host
            ("server/src/main.rs", "server::http"),  # the binary names its library
        ]:
            self.assertIn(expected, pairs)
        # Comments, strings and test modules make no edge; nor does the crate's root.
        self.assertNotIn(("app/src/accounts/mod.rs", "app::dossiers::service"), pairs)
        self.assertNotIn(("app/src/accounts/pages.rs", "app::dossiers::pages"), pairs)
        self.assertNotIn(("server/src/watchdog.rs", "server::http"), pairs)
        self.assertNotIn(("app/src/dossiers/service.rs", "app"), pairs)
        self.assertIn(("app/src/dossiers/service.rs", "domain"), pairs)  # `use domain::Date`

    def test_cycle_between_slices_through_use(self):
        rc, out = self.run_on(self.with_changes(**{
            "app__src__accounts__service_DOT_rs": """
                use super::{store, *};
                use crate::dossiers::service::list;
                pub async fn me() -> Result<UserView, AppError> { list().await; Ok(UserView) }
            """,
        }))
        self.assertEqual(rc, 1, out)
        cycles = [e for e in self.errors(out) if "error[slice-cycle]" in e]
        self.assertEqual(len(cycles), 1, out)
        self.assertIn("accounts -> dossiers -> accounts", cycles[0])
        self.assertIn("app/src/accounts/service.rs:2", cycles[0])
        self.assertIn("app/src/dossiers/service.rs:1", cycles[0])

    def test_cycle_between_slices_through_qualified_paths_and_mod_rs(self):
        # office/service.rs -> payments (mod.rs) -> payments/service.rs -> office/service.rs, and
        # a page that names another slice's component in markup: no `use` line at all.
        files = dict(CLEAN)
        files.update({
            "app/src/lib.rs": CLEAN["app/src/lib.rs"] + "pub mod office;\npub mod payments;\n",
            "app/src/office/mod.rs": "pub mod pages;\n#[cfg(feature = \"ssr\")]\npub mod service;\n",
            "app/src/office/pages.rs": "pub fn Queue() {}\n",
            "app/src/office/service.rs": """
                pub fn day_bound() {}
                pub fn act() {
                    let p = crate::payments::pay_path("x");
                }
            """,
            "app/src/payments/mod.rs": """
                #[cfg(feature = "ssr")]
                pub mod service;
                pub fn pay_path(p: &str) -> String { p.into() }
                pub async fn ledger() { service::ledger().await }
            """,
            "app/src/payments/service.rs": """
                pub async fn ledger() {
                    crate::office::service::day_bound();
                }
            """,
        })
        rc, out = self.run_on(files)
        self.assertEqual(rc, 1, out)
        cycles = [e for e in self.errors(out) if "error[slice-cycle]" in e]
        self.assertEqual(len(cycles), 1, out)
        self.assertIn("office -> payments -> office", cycles[0])
        self.assertIn("app/src/office/service.rs:3 `crate::payments::pay_path`", cycles[0])
        self.assertIn("app/src/payments/service.rs:2 `crate::office::service::day_bound`",
                      cycles[0])

    def test_cfg_guarded_use_counts(self):
        rc, out = self.run_on(self.with_changes(**{
            "app__src__dossiers__mod_DOT_rs": CLEAN["app/src/dossiers/mod.rs"],
            "app__src__accounts__pages_DOT_rs": """
                use super::*;
                #[cfg(feature = "ssr")]
                use crate::dossiers::{
                    pages::{self as dp},
                };
                pub fn Profile() {}
            """,
            "app__src__dossiers__pages_DOT_rs": """
                pub fn List() { crate::accounts::pages::Profile() }
            """,
        }))
        self.assertEqual(rc, 1, out)
        self.assertIn("accounts -> dossiers -> accounts", out)
        self.assertIn("app/src/accounts/pages.rs:4 `crate::dossiers::pages`", out)

    def test_cycle_between_host_modules(self):
        rc, out = self.run_on(self.with_changes(**{
            "server__src__watchdog_DOT_rs": """
                pub fn track() { let p = crate::http::router; }
            """,
        }))
        self.assertEqual(rc, 1, out)
        self.assertIn("cycle between modules of server: http -> watchdog -> http", out)
        self.assertIn("server/src/watchdog.rs:1", out)

    def test_shared_layer_importing_a_slice_is_upward(self):
        rc, out = self.run_on(self.with_changes(**{
            "app__src__components__pager_DOT_rs": """
                use crate::error::AppError;
                pub fn Pager() {
                    let user = crate::accounts::me();
                }
            """,
        }))
        self.assertEqual(rc, 1, out)
        self.assertEqual(len(self.errors(out)), 1, out)
        self.assertIn("app/src/components/pager.rs:3: error[upward]: shared layer components "
                      "imports slice accounts", out)

    def test_a_slice_importing_the_shell_is_upward(self):
        rc, out = self.run_on(self.with_changes(**{
            "app__src__dossiers__pages_DOT_rs": "use crate::shell::App;\npub fn List() {}\n",
        }))
        self.assertEqual(rc, 1, out)
        self.assertIn("app/src/dossiers/pages.rs:1: error[upward]: slice dossiers imports the "
                      "composition root shell", out)

    def test_domain_importing_the_app_is_upward(self):
        rc, out = self.run_on(self.with_changes(**{
            "domain__src__date_DOT_rs": "pub struct Date(app::error::AppError);\n",
        }))
        self.assertEqual(rc, 1, out)
        self.assertIn("domain/src/date.rs:1: error[upward]: crate domain imports crate app", out)

    def test_sql_outside_a_store(self):
        rc, out = self.run_on(self.with_changes(**{
            "app__src__accounts__service_DOT_rs": """
                use super::{store, *};
                use sqlx::{query_as as qa, Row};
                pub async fn me() -> Result<UserView, AppError> {
                    sqlx::query("UPDATE users SET x = 1");
                    let r = qa::<_, (i64,)>("SELECT 1");
                    Ok(UserView)
                }
                #[cfg(test)]
                mod tests {
                    #[test]
                    fn direct() { sqlx::query_scalar("SELECT 1"); }
                }
            """,
            "server__src__http_DOT_rs": """
                pub fn router() {
                    ::sqlx::query_scalar_with("SELECT 1", args);
                }
            """,
        }))
        self.assertEqual(rc, 1, out)
        sql = [e for e in self.errors(out) if "error[sql-outside-store]" in e]
        self.assertEqual(len(sql), 3, out)
        self.assertTrue(sql[0].startswith("app/src/accounts/service.rs:4: "), sql)
        self.assertTrue(sql[1].startswith("app/src/accounts/service.rs:5: "), sql)
        self.assertTrue(sql[2].startswith("server/src/http.rs:2: "), sql)

    def test_routes_calling_a_store(self):
        rc, out = self.run_on(self.with_changes(**{
            "app__src__dossiers__mod_DOT_rs": """
                pub mod pages;
                #[cfg(feature = "ssr")]
                pub mod routes;
                #[cfg(feature = "ssr")]
                pub mod service;
                #[cfg(feature = "ssr")]
                pub mod store;
            """,
            "app__src__dossiers__routes_DOT_rs": """
                use super::service;
                pub async fn upload() { service::list().await; super::store::list().await; }
            """,
            "server__src__http_DOT_rs": """
                use crate::{AppState, watchdog::track};
                pub fn router() { app::dossiers::store::list(); track(); }
            """,
        }))
        self.assertEqual(rc, 1, out)
        found = [e for e in self.errors(out) if "error[route-to-store]" in e]
        self.assertEqual(len(found), 2, out)
        self.assertTrue(found[0].startswith("app/src/dossiers/routes.rs:2: "), found)
        self.assertTrue(found[1].startswith("server/src/http.rs:2: "), found)

    def test_cycle_inside_a_slice_is_a_warning(self):
        rc, out = self.run_on(CLEAN)
        self.assertEqual(rc, 0)
        warnings = [line for line in out.splitlines() if "warning[file-cycle]" in line]
        self.assertEqual(len(warnings), 1, out)
        self.assertIn("files of slice accounts import each other", warnings[0])
        rc, out = self.run_on(CLEAN, "--no-warnings")
        self.assertNotIn("warning[", out)
        self.assertIn("1 warning(s) (not shown)", out)

    def test_a_new_slice_is_a_slice(self):
        files = dict(CLEAN)
        files["app/src/lib.rs"] = CLEAN["app/src/lib.rs"] + "pub mod calendar;\n"
        files["app/src/calendar.rs"] = "pub fn working_day() { crate::dossiers::service::list(); }\n"
        files["app/src/dossiers/service.rs"] = (
            CLEAN["app/src/dossiers/service.rs"] + "\npub fn due() { crate::calendar::working_day(); }\n")
        rc, out = self.run_on(files)
        self.assertEqual(rc, 1, out)
        self.assertIn("3 slices (accounts, calendar, dossiers)", out)
        self.assertIn("calendar -> dossiers -> calendar", out)


if __name__ == "__main__":
    unittest.main()
