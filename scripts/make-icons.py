#!/usr/bin/env python3
"""Regenerates the portal's raster icons from public/icons/mark.svg.

Usage (from anywhere; paths are resolved from this file's location):

    pip install cairosvg pillow      # once (cairosvg needs the system's libcairo2)
    python3 scripts/make-icons.py

mark.svg is the single source. It must keep two ids the variants rely on:
  #background  the rounded blue square; the maskable and Apple icons replace it with a
               full-bleed square (those platforms cut their own shape out of it);
  #detail      fine strokes that turn to mush at favicon sizes and are left out there.

Writes:
  public/icons/icon-192.png            192x192, purpose "any" (rounded square, transparent corners)
  public/icons/icon-512.png            512x512, purpose "any"
  public/icons/icon-maskable-512.png   512x512, purpose "maskable": full-bleed, emblem inside the
                                       safe zone (the centred circle of radius 40 %)
  public/icons/apple-touch-icon.png    180x180, opaque full-bleed (iOS rounds the corners itself)
  public/favicon.ico                   16x16 and 32x32, without #detail

The service worker caches /icons/* cache-first: after changing any icon, bump VERSION in
public/sw.js so that installed copies pick up the new files.
"""

import copy
import io
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

try:
    import cairosvg
    from PIL import Image
except ImportError:  # pragma: no cover - a usage message is more helpful than a traceback
    sys.exit("make-icons.py needs cairosvg and pillow: pip install cairosvg pillow")

ROOT = Path(__file__).resolve().parent.parent
PUBLIC = ROOT / "public"
SOURCE = PUBLIC / "icons" / "mark.svg"

SVG_NS = "http://www.w3.org/2000/svg"
ET.register_namespace("", SVG_NS)

# Emblem scale for the full-bleed variants. The emblem's farthest corner lies about 25/64 of the
# side from the centre; 0.8 keeps it well inside the maskable safe zone (40 % of the side).
MASKABLE_SCALE = 0.8
APPLE_SCALE = 0.95


def load() -> ET.ElementTree:
    return ET.parse(SOURCE)


def find_id(root: ET.Element, ident: str) -> ET.Element:
    for el in root.iter():
        if el.get("id") == ident:
            return el
    sys.exit(f"{SOURCE}: no element with id={ident!r}")


def remove_id(root: ET.Element, ident: str) -> None:
    for parent in root.iter():
        for child in list(parent):
            if child.get("id") == ident:
                parent.remove(child)
                return
    sys.exit(f"{SOURCE}: no element with id={ident!r}")


def view_box(root: ET.Element) -> tuple[float, float, float, float]:
    x, y, w, h = (float(v) for v in root.get("viewBox", "0 0 64 64").replace(",", " ").split())
    return x, y, w, h


def variant_any(tree: ET.ElementTree) -> bytes:
    return ET.tostring(tree.getroot(), encoding="utf-8")


def variant_small(tree: ET.ElementTree) -> bytes:
    root = copy.deepcopy(tree.getroot())
    remove_id(root, "detail")
    return ET.tostring(root, encoding="utf-8")


def variant_full_bleed(tree: ET.ElementTree, scale: float) -> bytes:
    """Square background edge to edge; the emblem scaled about the centre."""
    root = copy.deepcopy(tree.getroot())
    x, y, w, h = view_box(root)
    background = find_id(root, "background")
    for attr in ("rx", "ry"):
        background.attrib.pop(attr, None)
    background.set("x", str(x))
    background.set("y", str(y))
    background.set("width", str(w))
    background.set("height", str(h))
    emblem = find_id(root, "emblem")
    cx, cy = x + w / 2, y + h / 2
    emblem.set("transform", f"translate({cx} {cy}) scale({scale}) translate({-cx} {-cy})")
    return ET.tostring(root, encoding="utf-8")


def render(svg: bytes, size: int, opaque: bool = False) -> Image.Image:
    png = cairosvg.svg2png(bytestring=svg, output_width=size, output_height=size)
    image = Image.open(io.BytesIO(png))
    image.load()
    image = image.convert("RGBA")
    if opaque:
        flat = Image.new("RGB", image.size, "#ffffff")
        flat.paste(image, mask=image.getchannel("A"))
        return flat
    return image


def save_png(image: Image.Image, path: Path) -> None:
    image.save(path, format="PNG", optimize=True)
    print(f"wrote {path.relative_to(ROOT)} ({image.width}x{image.height})")


def main() -> None:
    tree = load()
    icons = PUBLIC / "icons"

    any_svg = variant_any(tree)
    save_png(render(any_svg, 192), icons / "icon-192.png")
    save_png(render(any_svg, 512), icons / "icon-512.png")

    save_png(
        render(variant_full_bleed(tree, MASKABLE_SCALE), 512, opaque=True),
        icons / "icon-maskable-512.png",
    )
    save_png(
        render(variant_full_bleed(tree, APPLE_SCALE), 180, opaque=True),
        icons / "apple-touch-icon.png",
    )

    small_svg = variant_small(tree)
    ico16 = render(small_svg, 16)
    ico32 = render(small_svg, 32)
    favicon = PUBLIC / "favicon.ico"
    # Each size is rendered from the vector, not downscaled from the largest one.
    ico32.save(favicon, format="ICO", sizes=[(32, 32), (16, 16)], append_images=[ico16])
    with Image.open(favicon) as check:
        sizes = sorted(check.info.get("sizes", set()))
    print(f"wrote {favicon.relative_to(ROOT)} {sizes}")


if __name__ == "__main__":
    main()
