"""``Glossary.find`` gives exactly what the whole glossary's one pattern gave before ADR 0039 (that
pattern is rebuilt here as the previous way): demo pages' texts and generated texts against a glossary of
demo words, generated compounds and terms whose letters ``re.IGNORECASE`` matches in surprising ways
(ı/i/İ, ſ/s, σ/ς/Σ, the Kelvin sign, ß/ẞ, µ/μ), short terms, punctuation, inflection endings."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from editor.text.glossary import _ENDING, Glossary, Term, _term_of
from editor.text.plain import html_to_plain

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "pages"
TRICKY = (
    "İstanbul istanbul ıspanak Straſse ſtraße STRASSE ΣΟΦΊΑ σοφία σοφίας Kelvin \u212aelvin Maß MAẞ µ-Wert "
    "μ-wert A a. (VHS) e-Mail E-Mail-Adresse Job Jobcenter Jobcenters Amt Ämter ämter Ausländerbehörde Kita "
    "Kita-Gutschein Ω \u2126hm ǅ ǆ ǈ ﬀ ff İ i\u0307"
).split()
ENDINGS = ["", "s", "es", "en", "n", ".", ",", "-", "ern"]


def _previous(glossary: Glossary, text: str) -> list[tuple[str, int, int]]:
    """The find of before: one pattern of every term, longest first (``_pattern`` then)."""
    alternatives = sorted({t.term.strip() for t in glossary.terms if t.term.strip()}, key=len, reverse=True)
    if not alternatives:
        return []
    body = "|".join(re.escape(w) for w in alternatives)
    pattern = re.compile(rf"(?<!\w)(?:{body}){_ENDING}(?!\w)", re.IGNORECASE)
    by_text = {t.term.strip().lower(): t for t in glossary.terms if t.term.strip()}
    found = []
    for match in pattern.finditer(text):
        term = _term_of(match.group(), by_text)
        if term is not None:
            found.append((term.term, match.start(), match.end()))
    return found


def _texts() -> list[str]:
    texts = []
    for page_file in sorted(DEMO.glob("*.json")):
        for page in json.loads(page_file.read_text("utf-8")):
            texts.append(page.get("title", ""))
            texts.append(html_to_plain(page.get("content", "")))
    rng = random.Random(5)
    texts.extend(
        " ".join(rng.choice(TRICKY) + rng.choice(ENDINGS) for _ in range(rng.randrange(1, 30)))
        for _ in range(200)
    )
    return texts


def _glossary() -> Glossary:
    words = {w for t in _texts()[:80] for w in re.findall(r"\w[\w-]*", t) if len(w) > 3}
    rng = random.Random(9)
    words |= {w.upper() if rng.random() < 0.1 else w for w in sorted(words) if rng.random() < 0.5}
    compounds = {
        rng.choice(TRICKY) + rng.choice(["amt", "stelle", "", " Kurs", "-Hilfe"]) for _ in range(400)
    }
    terms = [Term(w, {"en": (w.lower(),)}) for w in sorted(words | compounds | set(TRICKY))]
    terms += [Term("  Jobcenter ", {}), Term(" ", {})]  # stripped, and blank
    return Glossary("de", tuple(terms))


def test_glossary_find_matches_the_whole_glossary_pattern() -> None:
    """Every text: the same terms at the same places as the previous single pattern."""
    glossary = _glossary()
    assert len(glossary.terms) > 500
    compared = 0
    for text in _texts():
        got = [(m.term.term, m.start, m.end) for m in glossary.find(text)]
        assert got == _previous(glossary, text), text
        compared += bool(got)
    assert compared > 150  # most texts do hold terms


def test_glossary_find_of_an_empty_glossary_and_text() -> None:
    """Nothing to find: no pattern is built."""
    assert Glossary("de").find("Jobcenter") == []
    assert _glossary().find("") == []
