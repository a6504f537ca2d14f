"""Build a smaller ICU data library for the Linux bundle: only the data Qt uses.

    python installers/linux/slim_icu.py LIBICUDATA OUT_DIR

PySide6's Linux wheel ships ICU with its full data, ``libicudata.so.NN`` (~32 MB): every converter, every
locale's currency, unit, language and time-zone names, transliterators, the CJK/Khmer/Lao/Burmese word
dictionaries. Qt Core links ICU for collation (``QCollator``, the file dialog's sorting), case mapping and
the time-zone database; it formats numbers and dates and names languages with its own CLDR tables, and
decodes with its own codecs (the app decodes in Python). This script keeps what Qt can reach and drops the
rest (docs/decisions/0024-bundle-size.md):

- dropped: converter tables (``*.cnv``), ``curr/``, ``unit/``, ``lang/``, ``region/``, ``translit/``,
  ``rbnf/``, the word-break dictionaries (``brkitr/*.dict``), the Unicode names table, and locale data
  (top-level, ``coll/`` and ``zone/``) of languages that are not Integreat languages;
- kept: everything else, among it the root locale, ``likelySubtags``, the normalisation and case data, the
  break rules, ``zoneinfo64``, and the collation and time-zone names of every Integreat language.

The items are removed with ``icupkg`` (Debian: icu-devtools), which refuses to break a dependency between
items; the result is linked into a stub library that exports the same ``icudtNN_dat`` symbol under the same
soname (``gcc``). Writes ``OUT_DIR/libicudata.so.NN`` and prints the two sizes.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

#: Locales whose locale and collation data stay: the Integreat languages (base codes, ``kmr`` is ``ku`` in
#: ICU) and the locales Qt and ICU fall back to.
KEPT_LOCALES = frozenset({
    "root", "de", "en", "ar", "fa", "tr", "uk", "ru", "pl", "ro", "fr", "es", "it", "bg", "hr", "sr", "el",
    "hu", "vi", "ku", "ckb", "am", "ps", "sq", "ti", "so", "ur", "zh",
})  # fmt: skip
#: Trees nothing in Qt or the app reads.
DROPPED_TREES = ("curr", "unit", "lang", "region", "translit", "rbnf")
#: Trees whose data stays for the kept locales only (``zone``: time-zone names in long date formats).
LOCALE_TREES = ("coll", "zone")
#: Top-level items nothing in Qt or the app reads.
DROPPED_ITEMS = ("unames.icu",)
_LOCALE_FILE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9_]+)?\.res$")


def dropped(item: str) -> bool:
    """True when the package item (``coll/ko.res``, as ``icupkg -l`` names it) is not needed by the bundle."""
    parts = item.split("/")
    if len(parts) == 1:
        return _dropped_top(parts[0])
    tree, name = parts[0], parts[-1]
    if tree in DROPPED_TREES:
        return True
    if tree == "brkitr":
        return name.endswith(".dict")
    if tree in LOCALE_TREES:
        return _foreign_locale(name)
    return False


def _dropped_top(name: str) -> bool:
    if name.endswith(".cnv") or name in DROPPED_ITEMS:
        return True
    return _foreign_locale(name)


def _foreign_locale(name: str) -> bool:
    match = _LOCALE_FILE.match(name)
    return bool(match) and name != "res_index.res" and match.group(1) not in KEPT_LOCALES


def _symbol(library: Path) -> str:
    out = subprocess.run(["readelf", "-sW", str(library)], check=True, capture_output=True, text=True).stdout
    found = re.search(r"\b(icudt\d+_dat)\b", out)
    if not found:
        raise SystemExit(f"slim_icu: {library} exports no icudtNN_dat symbol")
    return found.group(1)


def slim(library: Path, out_dir: Path) -> Path:
    """Write the smaller library into ``out_dir`` and return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    symbol = _symbol(library)
    # icupkg names the items after the output file (icudt73l/coll/…), so every step keeps the file name
    package = f"{symbol[:-4]}l.dat"
    full, middle, small = (out_dir / step / package for step in ("full", "checked", "slim"))
    for path in (full, middle, small):
        path.parent.mkdir(exist_ok=True)
    subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(full)], check=True)
    listing = subprocess.run(["icupkg", "-l", str(full)], check=True, capture_output=True, text=True).stdout
    items = listing.split()
    if len(items) < 100:
        raise SystemExit(f"slim_icu: {library} holds no ICU package ({len(items)} items)")
    # ICU's break iterators work without their word dictionaries (ICU's own data filter drops them as a
    # category), but brkitr/root.res names them, so icupkg removes them only without its dependency check.
    dictionaries = [item for item in items if dropped(item) and item.endswith(".dict")]
    others = [item for item in items if dropped(item) and not item.endswith(".dict")]
    for step, (names, source, target, flags) in enumerate(
        ((others, full, middle, []), (dictionaries, middle, small, ["--ignore-deps"]))
    ):
        removals = out_dir / f"removed-{step}.txt"
        removals.write_text("".join(f"{item}\n" for item in names), "utf-8")
        target.unlink(missing_ok=True)
        subprocess.run(["icupkg", *flags, "-r", str(removals), str(source), str(target)], check=True)
    stub = out_dir / "icudata.S"
    stub.write_text(
        f".section .rodata\n.balign 16\n.globl {symbol}\n.type {symbol}, @object\n{symbol}:\n"
        f'.incbin "{small}"\n.size {symbol}, .-{symbol}\n.section .note.GNU-stack,"",@progbits\n',
        "utf-8",
    )
    target = out_dir / library.name
    subprocess.run(
        ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(target), str(stub)],
        check=True,
    )
    before, after = library.stat().st_size / 1e6, target.stat().st_size / 1e6
    print(f"slim_icu: {library.name} {before:.1f} MB -> {after:.1f} MB")
    return target


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    slim(Path(sys.argv[1]), Path(sys.argv[2]))
