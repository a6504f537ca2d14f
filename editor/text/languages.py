"""Map CMS language codes and BCP 47 tags to enchant dictionary tags, with fallbacks.

The CMS names languages by a slug (``de``, ``de-si`` for Easy German, ``en``, ``fa``, ``prs`` …) and
a BCP 47 tag (``de-DE``, ``fa-IR``). Enchant knows tags such as ``de_DE``, ``en_GB``, ``ar``,
``fa``, ``uk_UA``. This module is pure: it ranks candidate tags, and the caller picks the first one
the broker has.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

#: CMS slugs that are variants of another language (Easy German, Dari …).
_ALIASES: dict[str, str] = {
    "de-si": "de",  # Einfache Sprache / Leichte Sprache in Integreat
    "de-ls": "de",
    "de-es": "de",
    "de-easy": "de",
    "prs": "fa",  # Dari is written with the Persian dictionary
    "pes": "fa",
    "fa-af": "fa",
    "nb": "nb",
    "no": "nb",
    "ckb": "ckb",
    "kmr": "kmr",  # Kurmanji: its own Latin-script dictionary (hunspell-kmr), not Sorani
    "ku": "kmr",
    "sh": "sr",
}

#: Every language the Integreat CMS offers content in (its language slugs); 28 are written with
#: spaces between words and checked word by word, Chinese is not.
INTEGREAT_LANGUAGES: tuple[str, ...] = (
    "de", "de-si", "en", "ar", "fa", "prs", "tr", "uk", "ru", "pl", "ro", "fr", "es", "it",
    "bg", "hr", "sr", "el", "hu", "vi", "kmr", "am", "ps", "ckb", "sq", "ti", "so", "ur", "zh",
)  # fmt: skip

#: Integreat languages without a public dictionary: checked against the region's own published text
#: (Debian's hunspell-kmr happens to carry a Sorani ``ckb_IQ`` list; it is used when installed).
REGION_VOCABULARY_LANGUAGES: frozenset[str] = frozenset({"ps", "ckb", "sq", "ti", "so", "ur"})

#: Languages written without spaces between words: a word spellcheck makes no sense for them.
NO_WORD_SPELLCHECK: frozenset[str] = frozenset({"zh", "ja", "th", "lo", "km", "my"})

#: Preferred regional dictionaries, first match wins, for a bare language code.
_PREFERRED: dict[str, tuple[str, ...]] = {
    "de": ("de_DE", "de_AT", "de_CH"),
    "en": ("en_US", "en_GB", "en_CA", "en_AU"),
    "ar": ("ar", "ar_SA", "ar_EG", "ar_SY"),
    "fa": ("fa", "fa_IR"),
    "uk": ("uk_UA", "uk"),
    "ru": ("ru_RU", "ru"),
    "tr": ("tr_TR", "tr"),
    "fr": ("fr_FR", "fr"),
    "es": ("es_ES", "es", "es_MX"),
    "it": ("it_IT", "it"),
    "pl": ("pl_PL", "pl"),
    "ro": ("ro_RO", "ro"),
    "nb": ("nb_NO", "nb", "no"),
    "pt": ("pt_PT", "pt_BR", "pt"),
    "nl": ("nl_NL", "nl"),
    "el": ("el_GR", "el"),
    "bg": ("bg_BG", "bg"),
    "hr": ("hr_HR", "hr"),
    "sr": ("sr_Latn_RS", "sr_RS", "sr"),  # Integreat's Serbian is written in Latin letters
    "kmr": ("kmr_Latn", "ku_TR", "kmr"),
    "ckb": ("ckb_IQ", "ckb"),
    "am": ("am", "am_ET"),
    "hu": ("hu_HU", "hu"),
    "cs": ("cs_CZ", "cs"),
    "sq": ("sq_AL", "sq"),
    "vi": ("vi_VN", "vi"),
}

#: Languages for which a bare code accepts the spellings of two regional dictionaries at once.
_ANY_OF_REGIONAL: dict[str, tuple[str, ...]] = {
    "en": ("en_US", "en_GB"),
}

_RTL_ARABIC_SCRIPT = {"ar", "fa", "ps", "ur", "ckb", "ug", "sd"}
_CYRILLIC_SCRIPT = {"uk", "ru", "bg", "mk", "be", "kk", "ky", "mn", "tg"}
_GREEK_SCRIPT = {"el"}
_HEBREW_SCRIPT = {"he", "yi"}
_ETHIOPIC_SCRIPT = {"am", "ti"}

#: Longest language code or BCP 47 tag accepted (RFC 5646 asks implementations to handle 35 characters).
MAX_CODE_LENGTH = 35
_CODE_RE = re.compile(r"[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8}){0,7}")


class UnknownLanguageError(ValueError):
    """The text is not a language code or BCP 47 tag."""


@dataclass(frozen=True, slots=True)
class LanguagePlan:
    """Which dictionaries a pane in ``code`` should use.

    ``primary`` are ranked candidates (first available wins); ``also`` are extra any-of dictionaries
    of the same language (``en`` accepts British and American spelling); ``script`` is the script
    whose words the pane checks (``latin``, ``arabic``, ``cyrillic``, ``greek``, ``hebrew``).
    """

    code: str
    base: str
    primary: tuple[str, ...]
    also: tuple[str, ...]
    script: str


def normalise_code(code: str) -> str:
    """Return ``code`` lower-cased with ``-`` separators (``de_AT`` → ``de-at``)."""
    cleaned = code.strip().replace("_", "-")
    if not is_language_code(cleaned):
        shown = code if len(code) <= 40 else code[:40] + "…"
        raise UnknownLanguageError(f"not a language code: {shown!r}")
    return cleaned.lower()


@functools.lru_cache(maxsize=512)
def is_language_code(code: str) -> bool:
    """True for a CMS language code or BCP 47 tag: ``de``, ``de-si``, ``en_GB``, ``sr-Latn-RS``.

    Letters, digits and ``-``/``_`` separators only, at most :data:`MAX_CODE_LENGTH` characters, so a
    code is always safe in a file name (no ``/``, no ``..``) and in a message. Remembered: a region's
    page list names the same few codes in every page's ``available_languages``.
    """
    return len(code) <= MAX_CODE_LENGTH and _CODE_RE.fullmatch(code) is not None


def base_language(code: str) -> str:
    """Return the dictionary language of a CMS code or BCP 47 tag (``de-si`` → ``de``)."""
    norm = normalise_code(code)
    if norm in _ALIASES:
        return _ALIASES[norm]
    base = norm.split("-")[0]
    return _ALIASES.get(base, base)


def script_of_language(base: str) -> str:
    """Return the main script of a base language code."""
    if base in _RTL_ARABIC_SCRIPT:
        return "arabic"
    if base in _CYRILLIC_SCRIPT:
        return "cyrillic"
    if base in _GREEK_SCRIPT:
        return "greek"
    if base in _HEBREW_SCRIPT:
        return "hebrew"
    if base in _ETHIOPIC_SCRIPT:
        return "ethiopic"
    return "latin"


def plan_for(code: str) -> LanguagePlan:
    """Rank the enchant tags for ``code``: exact region first, then the language's defaults."""
    norm = normalise_code(code)
    base = base_language(norm)
    parts = norm.split("-")
    candidates: list[str] = []
    region = next((p for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    if region is not None and norm not in _ALIASES:
        candidates.append(f"{base}_{region.upper()}")
    candidates.extend(_PREFERRED.get(base, (base, f"{base}_{base.upper()}")))
    also: tuple[str, ...] = ()
    if region is None and base in _ANY_OF_REGIONAL:
        also = _ANY_OF_REGIONAL[base]
    return LanguagePlan(
        code=norm,
        base=base,
        primary=tuple(dict.fromkeys(candidates)),
        also=also,
        script=script_of_language(base),
    )


def pick_tag(candidates: Iterable[str], available: Iterable[str]) -> str | None:
    """Return the first candidate that is available, else any available tag of the same language."""
    have = list(available)
    have_set = set(have)
    ranked = list(candidates)
    for tag in ranked:
        if tag in have_set:
            return tag
    if not ranked:
        return None
    base = ranked[0].split("_")[0]
    same_language = sorted(t for t in have if t.split("_")[0] == base)
    return same_language[0] if same_language else None
