#!/usr/bin/env python3
"""The architecture rules of the workspace, checked from the source (run by `make lint`).

It builds the module graph of the crates in CRATES below from their `use` declarations and from
qualified paths in the code (`crate::payments::pages::Pager`, `super::store::load`,
`app::office::service::act`, `store::x` where `store` is a child module or a name a `use`
brought in), one node per source file (`foo.rs`, `foo/mod.rs`; a `mod x { .. }` written inline
belongs to its file). Modules are found by following the `mod` declarations from each crate's
root. `use`s under `#[cfg(feature = ...)]` count like the others: the server build has them all.

It fails (exit status 1), one line per finding that names the file:line of the import that
creates it, on:

  slice-cycle     a cycle between the top-level modules of a crate: between the app crate's
                  slices (accounts, catalog, dossiers, office, payments, ... any folder or file
                  directly under app/src, new ones included) and its shared layers, and between
                  the host's modules (server/src/*.rs). The line gives the cycle and, for each
                  step, an import that makes it; every other import of that step follows,
                  indented, so that the whole tie is listed.
  upward          an import that points up: a shared layer (LOWER_LAYERS) that imports a slice
                  or the composition root (TOP_MODULES); a slice that imports a TOP_MODULES
                  module; a crate that imports one above it in CRATES (domain imports nothing
                  of app or server; app nothing of server). A cycle that such an import closes
                  (components -> accounts -> components) is reported once, as the import.
  route-to-store  a slice's plain routes (a `routes` module of the app crate) or a host module
                  that serves requests (server/src/*.rs but the commands in HOST_COMMANDS and
                  the crate's root) that imports a store module (`store.rs`, `store/`) of the
                  app crate: routes call services, never stores.
  sql-outside-store
                  `sqlx::query`, `query_as`, `query_scalar`, their `_with` forms, `raw_sql` (and
                  those names called bare after `use sqlx::{query, ..}`) anywhere but in a file
                  named `store.rs`, a file under a folder `store/`, or app/src/backend/.

A cycle between files of one slice (or one host module) is a warning only: it is printed, it
does not fail the check.

Not counted: test code. Modules under `#[cfg(test)]` (inline or in their own file) and items
marked so, and the integration tests and benches (`tests/`, `benches/`: not reached from a
crate's root) may import what they need and query the database directly. Comments and string
literals are not read. References to a crate's own root (`crate::AppState`,
`crate::safe_local_path`) are not edges: the root only declares the modules and holds the
composition, so every module "depends" on it.

Python 3.11, standard library only. `--root DIR` checks another tree (the self-test in
scripts/check_architecture_test.py builds small ones); `--no-warnings` hides the warnings.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

# --- The rules, as data ---------------------------------------------------------------------------

# The workspace's crates, lowest first: a crate may import only the ones before it (and names
# them in code as `name::`). `bin_of` marks a binary root beside a library of the same package.
CRATES = [
    # name      root file               code name  bin_of
    ("domain", "domain/src/lib.rs", "domain", None),
    ("app", "app/src/lib.rs", "app", None),
    ("frontend", "frontend/src/lib.rs", "frontend", None),
    ("server", "server/src/lib.rs", "server", None),
    ("server-bin", "server/src/main.rs", None, "server"),
]

# The app crate's shared lower layers: any slice may import them, they import no slice (nor the
# composition root). Everything else directly under app/src is a slice, except TOP_MODULES.
LOWER_LAYERS = {
    "app": {
        "components": "shared UI: layout, forms, page pieces, pager",
        "backend": "server-side services: database pool, sessions, messaging, gateways",
        "error": "AppError and field errors",
        "format": "dates and numbers as text",
        "locale": "the visitor's language",
        "site": "the site's settings given to pages (SiteInfo)",
        "i18n": "generated from app/locales by build.rs (include! in lib.rs)",
        "messages": "the words for the domain's errors (dates, names, numbers)",
        "routes": "every page's address (path builders)",
    },
}

# The composition root of a crate: it may import every slice; nothing in the crate imports it.
TOP_MODULES = {
    "app": {"shell": "the router: every page of every slice"},
}

# The host's modules that are commands run from the command line (seeding, staff accounts, the
# reference data loaded at start-up): they may write through the stores; every other host module
# serves requests and calls services only.
HOST_COMMANDS = {"server": {"demo", "catalog_seed", "reference", "staff"}}

# Modules that have no file of their own (generated code included by the crate's root).
GENERATED_MODULES = {"app": ["i18n"]}

# The sqlx functions that run SQL, and where they may be called.
SQL_FUNCTIONS = (
    "query",
    "query_as",
    "query_scalar",
    "query_with",
    "query_as_with",
    "query_scalar_with",
    "raw_sql",
)
SQL_ALLOWED_DIRS = ("app/src/backend/",)  # besides store.rs files and store/ folders


def sql_allowed(rel: str) -> bool:
    parts = rel.split("/")
    return (
        parts[-1] == "store.rs"
        or "store" in parts[:-1]
        or any(rel.startswith(d) for d in SQL_ALLOWED_DIRS)
    )


# --- Reading Rust ---------------------------------------------------------------------------------

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
# What `strip` blanks: comments, string literals (raw ones too), char literals. A lone `'` is a
# lifetime or a label.
LITERAL = re.compile(
    r"//[^\n]*"
    r"|/\*"
    r"|(?<![\w])(?:b|c)?r(#*)\""
    r"|\"(?:\\.|[^\"\\])*\""
    r"|'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F_]+\}|.)|[^\\'\n])'"
    r"|'",
    re.S,
)
NOT_NEWLINE = re.compile(r"[^\n]")


def strip(src: str) -> str:
    """The source with comments and the contents of string and char literals blanked (same
    length, newlines kept), so that positions and line numbers stay right."""
    out: list[str] = []
    done = 0  # src[:done] is in `out`
    pos = 0
    n = len(src)

    def blank(a: int, b: int) -> None:
        nonlocal done
        out.append(src[done:a])
        out.append(NOT_NEWLINE.sub(" ", src[a:b]))
        done = b

    while (m := LITERAL.search(src, pos)) is not None:
        t = m.group()
        if t.startswith("//"):
            blank(m.start(), m.end())
            pos = m.end()
        elif t == "/*":
            depth, j = 1, m.end()
            while j < n and depth:
                k = min((x for x in (src.find("/*", j), src.find("*/", j)) if x >= 0), default=n)
                if k >= n:
                    j = n
                    break
                depth += 1 if src.startswith("/*", k) else -1
                j = k + 2
            blank(m.start(), j)
            pos = j
        elif m.group(1) is not None:  # raw string r#"..."#
            close = '"' + m.group(1)
            j = src.find(close, m.end())
            j = n if j < 0 else j
            blank(m.end(), j)
            pos = j + len(close)
        elif t == "'":
            pos = m.end()
        else:  # "..." or 'c': keep the quotes
            blank(m.start() + 1, m.end() - 1)
            pos = m.end()
    out.append(src[done:])
    return "".join(out)


def match_close(code: str, i: int, open_: str = "{", close: str = "}") -> int:
    """Index just past the bracket that closes the one at `i`."""
    depth = 0
    for j in range(i, len(code)):
        ch = code[j]
        if ch == open_:
            depth += 1
        elif ch == close:
            depth -= 1
            if depth == 0:
                return j + 1
    return len(code)


CFG_TEST = re.compile(r"#\s*\[\s*cfg\s*\(\s*(?:test|all\s*\(\s*test\b[^\]]*\))\s*\)\s*\]")
ATTR = re.compile(r"#\s*!?\s*\[")
VIS = r"(?:pub\s*(?:\([^)]*\))?\s+)?"
MOD_DECL = re.compile(r"(?<![\w:])" + VIS + r"mod\s+(" + IDENT + r")\s*([;{])")
USE_DECL = re.compile(r"(?<![\w:.])" + VIS + r"use\s+(?=[A-Za-z_:{*])")
PATH_REF = re.compile(
    r"(?<![\w:$#'.])(" + IDENT + r"(?:\s*::\s*" + IDENT + r")+)"
)


def item_end(code: str, i: int) -> int:
    """End of the item that starts at `i` (after its attributes)."""
    n = len(code)
    while True:
        while i < n and code[i].isspace():
            i += 1
        m = ATTR.match(code, i)
        if not m:
            break
        i = match_close(code, m.end() - 1, "[", "]")
    if re.match(VIS + r"use\b", code[i:i + 40]):
        j = code.find(";", i)
        return n if j < 0 else j + 1
    depth = 0
    for j in range(i, n):
        ch = code[j]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif depth == 0 and ch == ";":
            return j + 1
        elif depth == 0 and ch == "{":
            return match_close(code, j)
    return n


@dataclass
class UseLeaf:
    segs: list[str]
    kind: str  # "name" | "glob" | "self"
    alias: str | None
    pos: int


def parse_use_tree(text: str, base: int) -> list[UseLeaf]:
    """The leaves of a use tree: `a::{b, c::{self, d as e}, f::*}`."""
    toks = [(m.group(), base + m.start()) for m in re.finditer(IDENT + r"|::|[{},*]", text)]
    leaves: list[UseLeaf] = []
    k = 0

    def tree(prefix: list[str]) -> None:
        nonlocal k
        segs = list(prefix)
        start = toks[k][1] if k < len(toks) else base
        while k < len(toks):
            t, p = toks[k]
            if t == "::":
                k += 1
            elif t == "{":
                k += 1
                while k < len(toks) and toks[k][0] != "}":
                    if toks[k][0] == ",":
                        k += 1
                        continue
                    tree(segs)
                k += 1
                return
            elif t == "*":
                k += 1
                leaves.append(UseLeaf(segs, "glob", None, start))
                return
            elif t in (",", "}"):
                break
            elif t == "as":
                alias = toks[k + 1][0] if k + 1 < len(toks) else None
                k += 2
                kind = "self" if segs[-1:] == ["self"] else "name"
                leaves.append(UseLeaf(segs[:-1] if kind == "self" else segs, kind, alias, start))
                return
            else:
                segs.append(t)
                start = p if len(segs) == len(prefix) + 1 else start
                k += 1
        if segs and segs[-1] == "self":
            leaves.append(UseLeaf(segs[:-1], "self", None, start))
        elif len(segs) > len(prefix):
            leaves.append(UseLeaf(segs, "name", None, start))

    while k < len(toks):
        if toks[k][0] == ",":
            k += 1
            continue
        tree([])
    return leaves


# --- The workspace --------------------------------------------------------------------------------


@dataclass
class Use:
    start: int
    end: int
    leaves: list[UseLeaf]
    test: bool


@dataclass
class SourceFile:
    crate: str
    rel: str  # path from the root, with /
    module: tuple[str, ...]
    test: bool
    code: str = ""
    lines: list[int] = field(default_factory=list)  # offsets of line starts
    inline: list[tuple[int, int, tuple[str, ...]]] = field(default_factory=list)
    test_ranges: list[tuple[int, int]] = field(default_factory=list)
    uses: list[Use] = field(default_factory=list)
    aliases: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    globs: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)

    def line(self, pos: int) -> int:
        lo, hi = 0, len(self.lines)
        while lo + 1 < hi:
            mid = (lo + hi) // 2
            if self.lines[mid] <= pos:
                lo = mid
            else:
                hi = mid
        return lo + 1

    def in_test(self, pos: int) -> bool:
        return self.test or any(a <= pos < b for a, b in self.test_ranges)

    def module_at(self, pos: int) -> tuple[str, ...]:
        best = self.module
        for a, b, path in self.inline:
            if a <= pos < b and len(path) > len(best):
                best = path
        return best


@dataclass
class Edge:
    src: SourceFile
    dst: tuple[str, tuple[str, ...]]  # (crate, file module)
    pos: int
    text: str

    @property
    def where(self) -> str:
        return f"{self.src.rel}:{self.src.line(self.pos)}"


class Workspace:
    def __init__(self, root: Path):
        self.root = root
        self.files: list[SourceFile] = []
        self.file_of: dict[tuple[str, tuple[str, ...]], SourceFile] = {}
        # (crate, module path) -> "file" | "inline" | "generated"
        self.modules: dict[tuple[str, tuple[str, ...]], str] = {}
        self.children: dict[tuple[str, tuple[str, ...]], set[str]] = {}
        self.code_names: dict[str, str] = {}
        self.crate_rank: dict[str, int] = {}
        self.edges: list[Edge] = []

    # Loading

    def load(self) -> None:
        for rank, (name, root_rel, code_name, bin_of) in enumerate(CRATES):
            root = self.root / root_rel
            if not root.is_file():
                continue
            self.crate_rank[name] = rank
            if code_name:
                self.code_names[code_name] = name
            self.add_module(name, ())
            self.load_file(name, root, (), False, True)
            for g in GENERATED_MODULES.get(name, []):
                self.add_module(name, (g,), "generated")

    def add_module(self, crate: str, path: tuple[str, ...], kind: str = "file") -> None:
        self.modules[(crate, path)] = kind
        if path:
            self.children.setdefault((crate, path[:-1]), set()).add(path[-1])

    def load_file(self, crate: str, path: Path, module: tuple[str, ...], test: bool,
                  is_root: bool) -> None:
        rel = path.relative_to(self.root).as_posix()
        src = path.read_text(encoding="utf-8")
        f = SourceFile(crate, rel, module, test)
        f.code = code = strip(src)
        f.lines = [0] + [m.end() for m in re.finditer("\n", code)]
        self.files.append(f)
        self.file_of[(crate, module)] = f
        for m in CFG_TEST.finditer(code):
            f.test_ranges.append((m.start(), item_end(code, m.end())))
        # Inline modules (possibly nested) and the files of declared ones.
        child_dir = path.parent if is_root or path.name == "mod.rs" else path.with_suffix("")
        decls = list(MOD_DECL.finditer(code))
        blocks = [(m.end() - 1, match_close(code, m.end() - 1), m.group(1))
                  for m in decls if m.group(2) == "{"]

        def inline_names(pos: int) -> tuple[str, ...]:
            return tuple(name for a, b, name in blocks if a < pos < b)

        f.inline = [(a, b, module + inline_names(a) + (name,)) for a, b, name in blocks]
        for m in decls:
            name, pos = m.group(1), m.start()
            names = inline_names(pos)
            mod_path = module + names + (name,)
            if m.group(2) == "{":
                self.add_module(crate, mod_path, "inline")
                continue
            d = child_dir.joinpath(*names)
            for cand in (d / f"{name}.rs", d / name / "mod.rs"):
                if cand.is_file():
                    self.add_module(crate, mod_path)
                    self.load_file(crate, cand, mod_path, test or f.in_test(pos), False)
                    break
        # Use declarations.
        for m in USE_DECL.finditer(code):
            end = code.find(";", m.end())
            end = len(code) if end < 0 else end
            body = code[m.end():end]
            f.uses.append(Use(m.start(), end + 1, parse_use_tree(body, m.end()),
                              f.in_test(m.start())))

    # Resolving paths

    def resolve(self, f: SourceFile, pos: int, segs: list[str]):
        """(crate, module, rest) for a path that names something of the workspace, or None.
        `module` is the deepest module the path walks through."""
        if not segs:
            return None
        crate, first = f.crate, segs[0]
        cur = f.module_at(pos)
        rest = segs[1:]
        if first == "crate":
            base = ()
        elif first == "self":
            base = cur
        elif first == "super":
            base = cur[:-1]
            while rest and rest[0] == "super":
                base, rest = base[:-1], rest[1:]
        elif first in self.children.get((crate, cur), ()):
            base = cur + (first,)
        elif first in f.aliases:
            crate, base = f.aliases[first]
        elif (g := self._from_glob(f, first)) is not None:
            crate, base = g
        elif first in self.code_names and self.code_names[first] != crate:
            crate, base = self.code_names[first], ()
        elif first in self.code_names and CRATES[self.crate_rank[crate]][3]:
            crate, base = self.code_names[first], ()  # a binary naming its own library
        else:
            return None
        module = base
        while rest and (crate, module + (rest[0],)) in self.modules:
            module, rest = module + (rest[0],), rest[1:]
        return crate, module, rest

    def _from_glob(self, f: SourceFile, name: str):
        for crate, mod in f.globs:
            if name in self.children.get((crate, mod), ()):
                return crate, mod + (name,)
            src = self.file_of.get((crate, mod))
            if src is not None and src is not f and name in src.aliases:
                return src.aliases[name]
        return None

    def file_module(self, crate: str, module: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
        """The node a module belongs to: its file, or the module itself if generated."""
        m = module
        while m and self.modules.get((crate, m)) == "inline":
            m = m[:-1]
        return crate, m

    def link(self) -> None:
        # Pass 1: names that `use` brings in and that are modules; globs of modules.
        for _ in range(2):
            for f in self.files:
                for u in (u for u in f.uses if not u.test):
                    for leaf in u.leaves:
                        r = self.resolve(f, leaf.pos, leaf.segs)
                        if r is None or r[2]:
                            continue
                        crate, module, _ = r
                        if leaf.kind == "glob":
                            if (crate, module) not in f.globs:
                                f.globs.append((crate, module))
                        elif module:
                            name = leaf.alias or module[-1]
                            f.aliases[name] = (crate, module)
        # Pass 2: the edges, from `use` leaves and from qualified paths in the code.
        for f in self.files:
            masked = list(f.code)
            for u in f.uses:
                for k in range(u.start, u.end):
                    if masked[k] != "\n":
                        masked[k] = " "
                if u.test:
                    continue
                for leaf in u.leaves:
                    self._edge(f, leaf.pos, leaf.segs, "::".join(leaf.segs + (
                        ["*"] if leaf.kind == "glob" else [])))
            code = "".join(masked)
            for m in PATH_REF.finditer(code):
                if f.in_test(m.start()):
                    continue
                segs = [s.strip() for s in m.group(1).split("::")]
                self._edge(f, m.start(), segs, "::".join(segs))

    def _edge(self, f: SourceFile, pos: int, segs: list[str], text: str) -> None:
        r = self.resolve(f, pos, segs)
        if r is None:
            return
        crate, module, _ = r
        dst = self.file_module(crate, module)
        if dst == (f.crate, f.module) or dst == (f.crate, ()):
            return  # itself, or its own crate's root (see the module doc)
        self.edges.append(Edge(f, dst, pos, text))


# --- The checks -----------------------------------------------------------------------------------


def unit_of(node: tuple[str, tuple[str, ...]]) -> tuple[str, str]:
    crate, module = node
    return crate, (module[0] if module else "")


def kind_of(unit: tuple[str, str]) -> str:
    crate, top = unit
    if top == "":
        return "root"
    if top in LOWER_LAYERS.get(crate, {}):
        return "shared layer"
    if top in TOP_MODULES.get(crate, {}):
        return "composition root"
    return "slice" if crate == "app" else "module"


def sccs(nodes, succ) -> list[list]:
    """Tarjan's strongly connected components (iterative)."""
    index: dict = {}
    low: dict = {}
    on: set = set()
    stack: list = []
    out: list[list] = []
    counter = 0
    for v0 in nodes:
        if v0 in index:
            continue
        work = [(v0, iter(sorted(succ.get(v0, ()))))]
        index[v0] = low[v0] = counter
        counter += 1
        stack.append(v0)
        on.add(v0)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(succ.get(w, ())))))
                    advanced = True
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                out.append(sorted(comp))
    return out


def simple_cycles(comp: list, succ, limit: int = 200) -> list[list]:
    """Elementary cycles inside one strongly connected component, each once (starting at its
    smallest node), shortest first; the graph of a crate's top-level modules is small."""
    nodes = sorted(comp)
    order = {v: i for i, v in enumerate(nodes)}
    found: list[list] = []

    def walk(s, path: list, onpath: set) -> None:
        for w in sorted(succ.get(path[-1], ())):
            if len(found) >= limit or w not in order or order[w] < order[s]:
                continue
            if w == s:
                found.append(list(path))
            elif w not in onpath:
                path.append(w)
                onpath.add(w)
                walk(s, path, onpath)
                onpath.discard(path.pop())

    for s in nodes:
        walk(s, [s], {s})
    found.sort(key=lambda c: (len(c), c))
    return found


def shortest_cycle(start, succ, allowed: set):
    """A shortest cycle through `start` inside `allowed` (breadth first)."""
    prev = {start: None}
    queue = [start]
    for v in queue:
        for w in sorted(succ.get(v, ())):
            if w not in allowed:
                continue
            if w == start:
                path = [v]
                while prev[path[-1]] is not None:
                    path.append(prev[path[-1]])
                return list(reversed(path))
            if w not in prev:
                prev[w] = v
                queue.append(w)
    return [start]


def tie_list(edges: list[Edge]) -> list[str]:
    """The imports of one step, one text per file: `file:line `path``, lines in order, the
    paths of one line together."""
    by_file: dict[str, dict[int, list[str]]] = {}
    for e in edges:
        texts = by_file.setdefault(e.src.rel, {}).setdefault(e.src.line(e.pos), [])
        if e.text not in texts:
            texts.append(e.text)
    return [f"{rel}:" + ", :".join(f"{n} " + " ".join(f"`{t}`" for t in texts)
                                    for n, texts in sorted(lines.items()))
            for rel, lines in sorted(by_file.items())]


def label(unit: tuple[str, str]) -> str:
    return unit[1] or f"{unit[0]} (root)"


def check(ws: Workspace) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []

    # Upward imports.
    upward: set[int] = set()
    for e in ws.edges:
        su, du = unit_of((e.src.crate, e.src.module)), unit_of(e.dst)
        sk, dk = kind_of(su), kind_of(du)
        if e.src.crate != e.dst[0]:
            if ws.crate_rank[e.dst[0]] > ws.crate_rank[e.src.crate] and not (
                CRATES[ws.crate_rank[e.src.crate]][3] == e.dst[0]
            ):
                errors.append(f"{e.where}: error[upward]: crate {e.src.crate} imports crate "
                              f"{e.dst[0]} (above it): `{e.text}`")
            continue
        if su == du or dk == "root":
            continue
        if sk == "shared layer" and dk in ("slice", "composition root"):
            errors.append(f"{e.where}: error[upward]: shared layer {su[1]} imports {dk} "
                          f"{du[1]}: `{e.text}`")
            upward.add(id(e))
        elif dk == "composition root" and sk != "root":
            errors.append(f"{e.where}: error[upward]: {sk} {su[1]} imports the composition "
                          f"root {du[1]}: `{e.text}`")
            upward.add(id(e))

    # Routes (a slice's `routes` module, the host's request-serving modules) call services.
    for e in ws.edges:
        src_crate, src_mod = e.src.crate, e.src.module
        is_route = (src_crate == "app" and src_mod and src_mod[-1] == "routes") or (
            src_crate == "server" and src_mod
            and src_mod[0] not in HOST_COMMANDS.get("server", set()))
        if is_route and e.dst[0] == "app" and "store" in e.dst[1]:
            errors.append(f"{e.where}: error[route-to-store]: {'::'.join(src_mod)} imports the "
                          f"store {'::'.join(e.dst[1])}: routes call the slice's service: "
                          f"`{e.text}`")

    # Cycles between the top-level modules of each crate. An upward import is reported above
    # and left out here, so that a cycle it closes is not reported twice.
    ties: dict[tuple, list[Edge]] = {}
    for e in ws.edges:
        su, du = unit_of((e.src.crate, e.src.module)), unit_of(e.dst)
        if su[0] == du[0] and su != du and du[1] and su[1] and id(e) not in upward:
            ties.setdefault((su, du), []).append(e)
    usucc: dict = {}
    for su, du in ties:
        usucc.setdefault(su, set()).add(du)
    units = sorted({u for pair in ties for u in pair})
    detailed: set = set()
    for comp in sccs(units, usucc):
        if len(comp) < 2:
            continue
        for cyc in simple_cycles(comp, usucc):
            steps = list(zip(cyc, cyc[1:] + cyc[:1]))
            first = ties[steps[0]][0]
            crate = cyc[0][0]
            if crate == "app" and all(kind_of(u) == "slice" for u in cyc):
                what = "slices of app"
            else:
                what = f"modules of {crate}"
            head = " -> ".join(label(u) for u in cyc + cyc[:1])
            parts = "; ".join(
                f"{label(a)} -> {label(b)} at {ties[(a, b)][0].where} `{ties[(a, b)][0].text}`"
                for a, b in steps)
            lines = [f"{first.where}: error[slice-cycle]: cycle between {what}: {head} ({parts})"]
            for step in steps:
                if step in detailed:
                    lines.append(f"    every import {label(step[0])} -> {label(step[1])}: "
                                 f"listed above")
                    continue
                detailed.add(step)
                lines += [f"    every import {label(step[0])} -> {label(step[1])}: {t}"
                          for t in tie_list(ties[step])]
            errors.append("\n".join(lines))

    # Cycles between files of one slice or module: warnings.
    fsucc: dict = {}
    fties: dict = {}
    for e in ws.edges:
        s, d = (e.src.crate, e.src.module), e.dst
        if unit_of(s) == unit_of(d):
            fsucc.setdefault(s, set()).add(d)
            fties.setdefault((s, d), []).append(e)
    nodes = sorted({n for pair in fties for n in pair})
    for comp in sccs(nodes, fsucc):
        if len(comp) < 2:
            continue
        cyc = shortest_cycle(comp[0], fsucc, set(comp))
        steps = list(zip(cyc, cyc[1:] + cyc[:1]))
        names = " -> ".join(ws.file_of[n].rel if n in ws.file_of else "::".join(n[1])
                            for n in cyc + cyc[:1])
        parts = "; ".join(f"{fties[s][0].where} `{fties[s][0].text}`" for s in steps)
        unit = unit_of(comp[0])
        others = len(comp) - len(cyc)
        more = f"; {others} more file(s) in this cycle" if others > 0 else ""
        warnings.append(f"{fties[steps[0]][0].where}: warning[file-cycle]: files of "
                        f"{kind_of(unit)} {label(unit)} import each other: {names} "
                        f"({parts}{more})")

    # SQL outside the stores.
    sql_alt = "|".join(SQL_FUNCTIONS)
    qualified = re.compile(r"(?<![\w:])(?:::\s*)?sqlx\s*::\s*(" + sql_alt + r")\b\s*!?")
    for f in ws.files:
        if sql_allowed(f.rel):
            continue
        bare = {}
        for u in f.uses:
            for leaf in u.leaves:
                if len(leaf.segs) == 2 and leaf.segs[0] == "sqlx" and leaf.segs[1] in SQL_FUNCTIONS:
                    bare[leaf.alias or leaf.segs[1]] = leaf.segs[1]
                elif leaf.kind == "glob" and leaf.segs == ["sqlx"]:
                    bare.update({n: n for n in SQL_FUNCTIONS})
        hits = [(m.start(), f"sqlx::{m.group(1)}") for m in qualified.finditer(f.code)]
        if bare:
            call = re.compile(r"(?<![\w:.])(" + "|".join(map(re.escape, bare)) +
                              r")\s*(?:::\s*<[^;{}]*?>\s*)?[(!]")
            masked = f.code
            for u in f.uses:
                masked = masked[:u.start] + " " * (u.end - u.start) + masked[u.end:]
            hits += [(m.start(), f"{m.group(1)} (sqlx::{bare[m.group(1)]})")
                     for m in call.finditer(masked)]
        for pos, what in sorted(hits):
            if f.in_test(pos):
                continue
            errors.append(f"{f.rel}:{f.line(pos)}: error[sql-outside-store]: {what} outside a "
                          f"store: SQL belongs in the owning slice's store.rs (or app/src/backend/)")

    def key(s: str):
        m = re.match(r"(.*?):(\d+):", s)
        return (m.group(1), int(m.group(2))) if m else (s, 0)

    # Upward imports and SQL by file and line; cycles as found (by crate, shortest first).
    kinds = ["upward", "slice-cycle", "route-to-store", "sql-outside-store"]
    errors = [s for _, s in sorted(enumerate(errors), key=lambda x: (
        kinds.index(re.search(r"error\[([a-z-]+)\]", x[1]).group(1)),
        (0, x[0]) if "error[slice-cycle]" in x[1] else key(x[1])))]
    warnings.sort(key=key)
    return errors, warnings


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", default=str(Path(__file__).resolve().parent.parent),
                    help="the workspace to check (default: this one)")
    ap.add_argument("--no-warnings", action="store_true", help="print errors only")
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    ws = Workspace(Path(args.root))
    ws.load()
    if not ws.files:
        print(f"check-architecture: no crate found under {args.root}", file=sys.stderr)
        return 2
    ws.link()
    errors, warnings = check(ws)
    for line in errors + ([] if args.no_warnings else warnings):
        print(line)
    slices = {unit_of((f.crate, f.module)) for f in ws.files if f.crate == "app" and f.module}
    slices = sorted(u[1] for u in slices if kind_of(u) == "slice")
    n_err = len(errors)
    n_warn = len(warnings)
    print(f"check-architecture: {len(ws.files)} modules (files) in {len(ws.crate_rank)} crates, "
          f"{len(ws.edges)} imports, {len(slices)} slices ({', '.join(slices)}); "
          f"{n_err} error(s), {n_warn} warning(s){' (not shown)' if args.no_warnings and n_warn else ''}"
          f" in {time.monotonic() - t0:.2f} s")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
