"""Fill the English catalogue's plural forms from the source text ("%n page(s)" -> "%n page" / "%n pages").

Run by scripts/update-translations.sh after lupdate; only unfinished plural entries are touched, and the
file is edited as text so lupdate's own layout stays as it is.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_ENTRY = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>[^<]*)</source>\s*'
    r"(?:<(?:extra)?comment>[^<]*</(?:extra)?comment>\s*)*)"
    r'<translation type="unfinished">\s*<numerusform></numerusform>\s*'
    r"<numerusform></numerusform>\s*</translation>",
    re.S,
)
_SUFFIX = re.compile(r"\((e?s)\)")


def fill(text: str) -> str:
    """``text`` (a .ts file) with every unfinished plural entry filled from its source."""

    def forms(match: re.Match[str]) -> str:
        source = match.group("source")
        one, many = _SUFFIX.sub("", source), _SUFFIX.sub(r"\1", source)
        return (
            f"{match.group(1)}<translation>\n            <numerusform>{one}</numerusform>\n"
            f"            <numerusform>{many}</numerusform>\n        </translation>"
        )

    return _ENTRY.sub(forms, text)


def main() -> int:
    path = Path(sys.argv[1])
    path.write_text(fill(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
