#!/usr/bin/env python3
"""Validates the seed catalog (catalog_source.py) and writes its outputs.

Outputs (paths relative to the repository root):
  server/data/catalog.json       fields, provincial agencies, templates and procedures; UTF-8, NFC,
                                 one record per line so that diffs stay readable
  public/templates/<key>.docx    one small WordprocessingML form per template key

Exits non-zero, writing nothing, when the data is invalid: duplicate codes, unknown field, agency
or template references, a procedure without components, fewer than 150 procedures or 12 fields,
and the other shape rules checked below. Re-running on unchanged data changes no file (fixed zip
timestamps; files are only rewritten when their bytes differ).

Usage: generate.py [--check]    --check: validate and report whether the outputs are up to date,
                                without writing (exit 1 if they are not)
"""

import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CATALOG = ROOT / "server" / "data" / "catalog.json"
TEMPLATE_DIR = ROOT / "public" / "templates"

sys.dont_write_bytecode = True  # keep scripts/catalog free of __pycache__
sys.path.insert(0, str(HERE))
import catalog_source as src  # noqa: E402

MIN_PROCEDURES = 150
MIN_FIELDS = 12

CODE_RE = re.compile(r"^[12]\.0\d{5}\.000\.00\.00\.H34$")
UNIT_RE = re.compile(r"^\d{3}\.\d{2}\.\d{2}\.H34$")
KEY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
FIELD_RE = re.compile(r"^[A-Z]{2,6}$")
EMAIL_RE = re.compile(r"^[a-z0-9.]+@khanhhoa\.gov\.vn$")
PHONE_RE = re.compile(r"^0258 \d{4} \d{3}$")
STEP_RE = re.compile(r"^Bước (\d+): \S")

LEVELS = {"province", "commune"}
ONLINE = {"full", "partial"}
APPLICANTS = {"citizen", "organisation", "both"}
UNITS = {"working", "calendar"}


class Invalid(Exception):
    pass


def nfc(value):
    """NFC-normalises every string in a JSON-like value."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: nfc(v) for k, v in value.items()}
    return value


def text_ok(where, s, errors, allow_empty=False, spaced=False):
    if not isinstance(s, str):
        errors.append(f"{where}: expected text, got {type(s).__name__}")
        return
    if not s.strip():
        if not allow_empty:
            errors.append(f"{where}: empty text")
        return
    if s != s.strip() or (not spaced and "  " in s) or "\n" in s:
        errors.append(f"{where}: stray whitespace in {s!r}")


# ---------------------------------------------------------------------------------------------
# Validation and assembly
# ---------------------------------------------------------------------------------------------


def build():
    errors = []

    # Fields
    fields = []
    field_codes = set()
    for code, name in src.FIELDS:
        if not FIELD_RE.match(code):
            errors.append(f"field {code!r}: code must be 2-6 capital letters")
        if code in field_codes:
            errors.append(f"field {code}: duplicate code")
        field_codes.add(code)
        text_ok(f"field {code}", name, errors)
        fields.append({"code": code, "name": name})
    if len(fields) < MIN_FIELDS:
        errors.append(f"only {len(fields)} fields; at least {MIN_FIELDS} required")

    # Agencies
    agencies = []
    unit_of = {}
    for key, a in src.AGENCIES.items():
        extra = set(a) - {"code", "name", "short", "address", "phone", "email"}
        if extra:
            errors.append(f"agency {key}: unknown attributes {sorted(extra)}")
        code = a.get("code", "")
        if not UNIT_RE.match(code):
            errors.append(f"agency {key}: unit code {code!r} is not QCVN 102-shaped (NNN.NN.NN.H34)")
        if code in unit_of.values():
            errors.append(f"agency {key}: duplicate unit code {code}")
        unit_of[key] = code
        for attr in ("name", "short", "address"):
            text_ok(f"agency {key}.{attr}", a.get(attr), errors)
        if not PHONE_RE.match(a.get("phone", "")):
            errors.append(f"agency {key}: phone {a.get('phone')!r} is not '0258 NNNN NNN'")
        if not EMAIL_RE.match(a.get("email", "")):
            errors.append(f"agency {key}: e-mail {a.get('email')!r} is not @khanhhoa.gov.vn")
        agencies.append({
            "code": code, "name": a["name"], "short": a["short"], "address": a["address"],
            "phone": a["phone"], "email": a["email"],
        })

    # Templates
    templates = []
    for key, t in src.TEMPLATES.items():
        if not KEY_RE.match(key):
            errors.append(f"template {key!r}: key must be ASCII kebab-case")
        text_ok(f"template {key}.title", t["title"], errors)
        text_ok(f"template {key}.to", t["to"], errors)
        if len(t["lines"]) < 3:
            errors.append(f"template {key}: fewer than 3 lines")
        for i, line in enumerate(t["lines"]):
            # Check-box lines keep several spaces between their boxes.
            text_ok(f"template {key}.lines[{i}]", line.lstrip("#="), errors, spaced=True)
        templates.append({"key": key, "title": t["title"], "file": f"{key}.docx"})
    template_keys = {t["key"] for t in templates}

    # Procedures
    procedures = []
    codes = set()
    names = set()
    used_templates = set()
    used_fields = set()
    for n, p in enumerate(src.PROCEDURES):
        code = p.get("code", "")
        where = f"procedure {code or n}"
        if not CODE_RE.match(code):
            errors.append(f"{where}: code must look like 1.00NNNN.000.00.00.H34")
        if code in codes:
            errors.append(f"{where}: duplicate code")
        codes.add(code)
        text_ok(f"{where}.name", p["name"], errors)
        if (p["name"], p["level"]) in names:
            errors.append(f"{where}: duplicate name at the same level: {p['name']}")
        names.add((p["name"], p["level"]))
        if p["field"] not in field_codes:
            errors.append(f"{where}: unknown field {p['field']!r}")
        used_fields.add(p["field"])
        if p["level"] not in LEVELS:
            errors.append(f"{where}: level {p['level']!r}")
        if p["level"] == "commune" and p["agencies"]:
            errors.append(f"{where}: a commune procedure lists no agency")
        if p["level"] == "province" and not 1 <= len(p["agencies"]) <= 2:
            errors.append(f"{where}: a provincial procedure lists 1-2 agencies")
        for a in p["agencies"]:
            if a not in unit_of:
                errors.append(f"{where}: unknown agency {a!r}")
        if len(set(p["agencies"])) != len(p["agencies"]):
            errors.append(f"{where}: agency listed twice")
        if p["online_level"] not in ONLINE:
            errors.append(f"{where}: online_level {p['online_level']!r}")
        if not isinstance(p["online_submission"], bool):
            errors.append(f"{where}: online_submission must be true/false")
        if p["online_level"] == "full" and not p["online_submission"]:
            errors.append(f"{where}: a fully online procedure must accept online submission")
        if p["applicants"] not in APPLICANTS:
            errors.append(f"{where}: applicants {p['applicants']!r}")
        if not isinstance(p["processing_days"], int) or not 1 <= p["processing_days"] <= 365:
            errors.append(f"{where}: processing_days {p['processing_days']!r}")
        if p["processing_unit"] not in UNITS:
            errors.append(f"{where}: processing_unit {p['processing_unit']!r}")
        text_ok(f"{where}.processing_note", p["processing_note"], errors, allow_empty=True)
        if not p["fees"]:
            errors.append(f"{where}: list at least one fee (amount 0 when nothing is charged)")
        for i, f in enumerate(p["fees"]):
            text_ok(f"{where}.fees[{i}].name", f["name"], errors)
            text_ok(f"{where}.fees[{i}].note", f["note"], errors, allow_empty=True)
            if type(f["amount"]) is not int or f["amount"] < 0:
                errors.append(f"{where}: fee amount {f['amount']!r} must be a non-negative integer")
            elif f["amount"] % 1000:
                errors.append(f"{where}: fee amount {f['amount']} is not a whole thousand đồng")
        if not p["components"]:
            errors.append(f"{where}: no document components")
        if len(p["components"]) > 6:
            errors.append(f"{where}: more than 6 document components")
        for i, c in enumerate(p["components"]):
            text_ok(f"{where}.components[{i}].name", c["name"], errors)
            for k in ("originals", "copies"):
                if type(c[k]) is not int or c[k] < 0:
                    errors.append(f"{where}.components[{i}]: {k} must be a non-negative integer")
            if c["originals"] + c["copies"] < 1:
                errors.append(f"{where}.components[{i}]: no originals and no copies")
            if not isinstance(c["mandatory"], bool):
                errors.append(f"{where}.components[{i}]: mandatory must be true/false")
            if c["template"] is not None:
                if c["template"] not in template_keys:
                    errors.append(f"{where}.components[{i}]: unknown template {c['template']!r}")
                used_templates.add(c["template"])
        if not 3 <= len(p["steps"]) <= 6:
            errors.append(f"{where}: {len(p['steps'])} steps; 3-6 required")
        for i, s in enumerate(p["steps"], 1):
            text_ok(f"{where}.steps[{i}]", s, errors)
            m = STEP_RE.match(s)
            if not m or int(m.group(1)) != i:
                errors.append(f"{where}: step {i} does not start with 'Bước {i}: '")
        for i, c in enumerate(p["conditions"]):
            text_ok(f"{where}.conditions[{i}]", c, errors)
        text_ok(f"{where}.result", p["result"], errors)
        if not 1 <= len(p["legal_basis"]) <= 4:
            errors.append(f"{where}: {len(p['legal_basis'])} legal bases; 1-4 required")
        if len(set(p["legal_basis"])) != len(p["legal_basis"]):
            errors.append(f"{where}: legal basis listed twice")
        for i, lb in enumerate(p["legal_basis"]):
            text_ok(f"{where}.legal_basis[{i}]", lb, errors)
        procedures.append({
            "code": code,
            "name": p["name"],
            "field": p["field"],
            "level": p["level"],
            "agencies": [unit_of.get(a, a) for a in p["agencies"]],
            "online_level": p["online_level"],
            "online_submission": p["online_submission"],
            "applicants": p["applicants"],
            "processing_days": p["processing_days"],
            "processing_unit": p["processing_unit"],
            "processing_note": p["processing_note"],
            "fees": [{"name": f["name"], "amount": f["amount"], "note": f["note"]} for f in p["fees"]],
            "components": [
                {"name": c["name"], "originals": c["originals"], "copies": c["copies"],
                 "mandatory": c["mandatory"], "template": c["template"]}
                for c in p["components"]
            ],
            "steps": list(p["steps"]),
            "conditions": list(p["conditions"]),
            "result": p["result"],
            "legal_basis": list(p["legal_basis"]),
        })

    if len(procedures) < MIN_PROCEDURES:
        errors.append(f"only {len(procedures)} procedures; at least {MIN_PROCEDURES} required")
    if len(used_fields) < MIN_FIELDS:
        errors.append(f"procedures use only {len(used_fields)} fields; at least {MIN_FIELDS} required")
    for code in sorted(field_codes - used_fields):
        errors.append(f"field {code} has no procedure")
    for key in sorted(template_keys - used_templates):
        errors.append(f"template {key} is used by no component")
    if not any(p["level"] == "commune" for p in procedures):
        errors.append("no commune procedure")
    if not any(p["level"] == "province" for p in procedures):
        errors.append("no provincial procedure")

    if errors:
        raise Invalid("\n".join(errors))

    catalog = {
        "version": src.VERSION,
        "fields": fields,
        "agencies": agencies,
        "templates": templates,
        "procedures": procedures,
    }
    normalised = nfc(catalog)
    if normalised != catalog:
        print("note: some source text was not NFC; written normalised", file=sys.stderr)
    return normalised


def catalog_json(catalog):
    """Compact JSON with one record per line."""
    def one(v):
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"))

    out = ["{", f'"version":{one(catalog["version"])},']
    keys = ["fields", "agencies", "templates", "procedures"]
    for i, key in enumerate(keys):
        out.append(f'"{key}":[')
        items = catalog[key]
        out.extend(one(item) + ("," if j < len(items) - 1 else "") for j, item in enumerate(items))
        out.append("]" + ("," if i < len(keys) - 1 else ""))
    out.append("}")
    text = "\n".join(out) + "\n"
    if json.loads(text) != catalog:
        raise AssertionError("catalog.json does not round-trip")
    return text.encode("utf-8")


# ---------------------------------------------------------------------------------------------
# .docx templates (minimal WordprocessingML)
# ---------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FONT = "Times New Roman"
TEXT_WIDTH = 9070  # A4 (11906 twips) minus 1701 left and 1134 right margins

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
    'package.core-properties+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
    'metadata/core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
)


def core_xml(title):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{escape(title)}</dc:title><dc:language>vi-VN</dc:language>"
        "<dc:creator>Cổng Dịch vụ công tỉnh Khánh Hòa</dc:creator>"
        "</cp:coreProperties>"
    )


def run(text, bold=False, italic=False, size=26):
    rpr = (f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'
           + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
           + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:val="vi-VN"/>')
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs, align=None, before=0, after=60, indent=None, leader=False):
    ppr = ""
    if leader:
        ppr += f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
    ppr += f'<w:spacing w:before="{before}" w:after="{after}" w:line="300" w:lineRule="auto"/>'
    if indent:
        ppr += f'<w:ind w:left="{indent}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    tab = '<w:r><w:tab/></w:r>' if leader else ""
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(runs)}{tab}</w:p>"


def columns(runs):
    """One line with each run centred in its own column (signatures of several parties)."""
    width = TEXT_WIDTH // len(runs)
    tabs = "".join(f'<w:tab w:val="center" w:pos="{width * i + width // 2}"/>'
                   for i in range(len(runs)))
    body = "".join(f"<w:r><w:tab/></w:r>{r}" for r in runs)
    return (f'<w:p><w:pPr><w:tabs>{tabs}</w:tabs><w:spacing w:before="0" w:after="0"/></w:pPr>'
            f"{body}</w:p>")


def document_xml(t):
    half = TEXT_WIDTH // 2
    body = [
        para(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True), align="center", after=0),
        para(run("Độc lập - Tự do - Hạnh phúc", bold=True, size=28), align="center", after=0),
        para(run("---------------"), align="center", after=240),
        para(run(t["title"].upper(), bold=True, size=28), align="center", before=120, after=240),
        para(run("Kính gửi: ", bold=True), run(t["to"]), align="center", after=240),
    ]
    if t["intro"]:
        body.append(para(run(t["intro"]), align="both", after=120))
    for line in t["lines"]:
        if line.startswith("#"):
            body.append(para(run(line[1:].upper(), bold=True), before=120))
        elif line.startswith("="):
            body.append(para(run(line[1:])))
        else:
            body.append(para(run(f"{line}: "), leader=True))
    if t["pledge"]:
        body.append(para(run(t["pledge"]), align="both", before=120, after=120))
    body.append(para(run("……………, ngày …… tháng …… năm 20……", italic=True), align="center",
                     indent=half, before=120, after=0))
    signers = t["signer"].split("|")
    if len(signers) == 1:
        body += [
            para(run(t["signer"], bold=True), align="center", indent=half, after=0),
            para(run(t["sign"], italic=True), align="center", indent=half, after=0),
        ]
    else:  # two parties sign side by side (e.g. the two spouses)
        body += [
            columns([run(s, bold=True) for s in signers]),
            columns([run(t["sign"], italic=True) for _ in signers]),
        ]
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" '
            'w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W_NS}"><w:body>{"".join(body)}{sect}</w:body></w:document>')


def docx_bytes(t):
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("docProps/core.xml", core_xml(t["title"])),
        ("word/document.xml", document_xml(t)),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, xml in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0o644 << 16
            zf.writestr(info, unicodedata.normalize("NFC", xml).encode("utf-8"), compresslevel=9)
    return buf.getvalue()


def check_docx(path):
    with zipfile.ZipFile(path) as zf:
        bad = zf.testzip()
        if bad:
            raise AssertionError(f"{path.name}: corrupt member {bad}")
        for name in zf.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                ElementTree.fromstring(zf.read(name))
        if "word/document.xml" not in zf.namelist():
            raise AssertionError(f"{path.name}: no word/document.xml")


def pdf_check(path):
    """Converts one template to PDF with LibreOffice when it is installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("libreoffice not installed: PDF conversion check skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(path)],
                       check=True, capture_output=True, timeout=180)
        pdf = Path(tmp) / (path.stem + ".pdf")
        if not pdf.exists() or pdf.stat().st_size < 1000:
            raise AssertionError(f"LibreOffice did not convert {path.name}")
        print(f"LibreOffice converted {path.name} to PDF ({pdf.stat().st_size} bytes)")


# ---------------------------------------------------------------------------------------------


def main(argv):
    check_only = "--check" in argv
    try:
        catalog = build()
    except Invalid as e:
        print(f"catalog: invalid data:\n{e}", file=sys.stderr)
        return 1

    outputs = {CATALOG: catalog_json(catalog)}
    for key, t in src.TEMPLATES.items():
        outputs[TEMPLATE_DIR / f"{key}.docx"] = docx_bytes(nfc(t))
    stale = sorted(p for p in TEMPLATE_DIR.glob("*.docx") if p not in outputs) \
        if TEMPLATE_DIR.exists() else []

    changed = [p for p, data in outputs.items() if not p.exists() or p.read_bytes() != data]
    if check_only:
        for p in changed:
            print(f"out of date: {p.relative_to(ROOT)}")
        for p in stale:
            print(f"stale: {p.relative_to(ROOT)}")
        return 1 if changed or stale else 0

    TEMPLATE_DIR.mkdir(parents=True, exist_ok=True)
    for p in changed:
        p.write_bytes(outputs[p])
    for p in stale:
        p.unlink()
    for p in outputs:
        if p.suffix == ".docx":
            check_docx(p)
    pdf_check(TEMPLATE_DIR / f"{next(iter(src.TEMPLATES))}.docx")

    procs = catalog["procedures"]
    commune = sum(p["level"] == "commune" for p in procs)
    full = sum(p["online_level"] == "full" for p in procs)
    used = len({p["field"] for p in procs})
    print(f"catalog: {len(procs)} procedures ({len(procs) - commune} provincial, {commune} commune; "
          f"{full} fully online), {used} fields, {len(catalog['agencies'])} agencies, "
          f"{len(catalog['templates'])} templates")
    print(f"wrote {len(changed)} changed file(s), removed {len(stale)} stale template(s); "
          f"catalog.json {CATALOG.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
