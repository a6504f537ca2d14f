"""Copy the dictionaries the bundle ships for the Integreat languages into one folder.

    python installers/collect_dictionaries.py OUT_DIR

writes ``OUT_DIR/bundled/hunspell/<tag>.dic.xz|.aff.xz``, ``OUT_DIR/bundled/aspell/*.xz`` (aspell's
word lists and language data, for the languages that only have an aspell dictionary, such as fa and
am), ``OUT_DIR/bundled/MANIFEST.txt`` (the files of each tag, read by editor/text/bundled.py) and
``OUT_DIR/SOURCES.txt`` (language, tag, provider, where it came from; for the licences). The tags
are chosen exactly as the app chooses them (:func:`editor.text.languages.plan_for`), plus the
any-of and "foreign" dictionaries a pane also consults (en_GB, en_US, de_DE). Only what enchant
can load on the build machine is copied; a language it cannot load is listed as missing and the
script exits 1.
"""

from __future__ import annotations

import lzma
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor.text.languages import (  # noqa: E402
    INTEGREAT_LANGUAGES,
    NO_WORD_SPELLCHECK,
    REGION_VOCABULARY_LANGUAGES,
    base_language,
    pick_tag,
    plan_for,
)

EXTRA_TAGS = ("en_US", "en_GB", "de_DE")


def wanted_tags(available: list[str]) -> dict[str, str]:
    """tag -> language code, for every Integreat language that has a dictionary here."""
    tags: dict[str, str] = {}
    for code in INTEGREAT_LANGUAGES:
        if base_language(code) in NO_WORD_SPELLCHECK:
            continue
        plan = plan_for(code)
        tag = pick_tag(plan.primary, available)
        if tag is not None:
            tags.setdefault(tag, code)
        for extra in plan.also:
            if extra in available:
                tags.setdefault(extra, code)
    for extra in EXTRA_TAGS:
        if extra in available:
            tags.setdefault(extra, extra.split("_")[0])
    return tags


ASPELL_DIRS = (Path("/usr/lib/aspell"), Path("/var/lib/aspell"), Path("/usr/lib/x86_64-linux-gnu/aspell"))


def _aspell_files(tag: str) -> list[Path]:
    """A language's aspell files (.multi/.rws/.dat, affix and phonetic data, aliases) plus the
    character sets and keyboard files aspell reads from its data folder."""
    found: dict[str, Path] = {}
    for folder in ASPELL_DIRS:
        for path in sorted(folder.iterdir()) if folder.is_dir() else ():
            shared = path.suffix in (".cmap", ".cset", ".kbd")
            if path.is_file() and (path.name.startswith(tag) or shared):
                found.setdefault(path.name, path)
    return list(found.values())


def _pack(source: Path, target: Path) -> None:
    """Write ``source`` xz-compressed to ``target`` (``<name>.xz``)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with source.resolve().open("rb") as raw, lzma.open(target, "wb", preset=6) as packed:
        shutil.copyfileobj(raw, packed, 1 << 20)


def collect(out: Path) -> list[str]:
    """Pack the dictionaries into ``out/bundled`` (see editor/text/bundled.py); returns the sources."""
    import enchant

    broker = enchant.Broker()
    available = sorted(str(t) for t in broker.list_languages())
    bundled = out / "bundled"
    manifest: list[str] = []
    sources: list[str] = []
    for tag, code in sorted(wanted_tags(available).items()):
        provider = broker.request_dict(tag).provider.name
        if provider == "hunspell":
            files = [Path("/usr/share/hunspell") / f"{tag}{suffix}" for suffix in (".dic", ".aff")]
        elif provider == "aspell":
            files = _aspell_files(tag)
        else:
            continue
        for source in files:
            if not (bundled / provider / f"{source.name}.xz").is_file():
                _pack(source, bundled / provider / f"{source.name}.xz")
        manifest.append(f"{tag}\t{provider}\t{','.join(sorted(f.name for f in files))}")
        sources.append(f"{code}\t{tag}\t{provider}\t{files[0]}")
    (bundled / "MANIFEST.txt").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    return sources


def main(argv: list[str]) -> int:
    """Collect into ``argv[0]``; exit 1 when a language with a public dictionary has none here."""
    if len(argv) != 1:
        print("usage: collect_dictionaries.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    manifest = collect(out)
    (out / "SOURCES.txt").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    covered = {line.split("\t")[0] for line in manifest}
    needed = [
        code
        for code in INTEGREAT_LANGUAGES
        if base_language(code) not in NO_WORD_SPELLCHECK and code not in REGION_VOCABULARY_LANGUAGES
    ]
    missing = [code for code in needed if code not in covered and plan_for(code).base not in covered]
    print(f"collect_dictionaries: {len(manifest)} dictionaries into {out}")
    if missing:
        print(f"collect_dictionaries: no dictionary for {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
