"""The rules that decide whether a word or token is spelled correctly (Qt-free, no enchant import).

``WordRules`` gets a ``known(word, foreign)`` callback that asks the dictionaries, so the rules can
be reasoned about (and tested) apart from enchant. It handles:

* spelling variants the dictionaries miss: Arabic harakat, tanween and tatweel, Farsi zero-width
  non-joiners and Arabic/Persian letter forms, typographic apostrophes;
* hyphenated compounds (``Kita-Gutschein``; a part is flagged only when the whole fails), German
  gender forms (``Ärzt*innen``), abbreviations with a period (``bzw.``) and ``Bildungs-`` prefixes;
* words in another script than the pane's (German terms in Arabic text) and German nouns in
  Latin-script panes of other languages, through the ``foreign`` dictionaries.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator

from editor.text.languages import LanguagePlan
from editor.text.limits import MAX_WORD_LENGTH
from editor.text.masking import mask_prose
from editor.text.wordlists import WordList
from editor.text.words import (
    MIDDLE_DOT,
    Part,
    Token,
    has_inner_capital,
    iter_token_matches,
    iter_tokens,
    script_of,
    token_at,
)

Known = Callable[[str, bool], bool]
CheckWord = Callable[[str], bool]

_ARABIC_MARKS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ZWNJ = "\u200c"
_ZWJ = "\u200d"
_TO_PERSIAN = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه"})
_TO_ARABIC = str.maketrans({"ی": "ي", "ک": "ك"})
#: Persian writes many words with a hamza (رئیس, مسئول, تأیید) that the dictionary holds without it
#: (رییس, مسوول, تایید): a seat on yeh becomes yeh or waw, one on alef or waw its letter.
_FA_HAMZA_FORMS = (
    str.maketrans({"أ": "ا", "ؤ": "و", "ئ": "ی"}),
    str.maketrans({"أ": "ا", "ؤ": "و", "ئ": "و"}),
)
_FA_SUFFIXES = (
    "هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "های", "ها", "ترین", "تر",
    "گان", "ان", "ات", "ای", "ام", "اش", "مان", "تان", "شان", "یم", "ید", "ند", "ی", "را", "ست",
)  # fmt: skip
_FA_PREFIXES = ("نمی", "می", "ب", "ن")
#: The shortest base a suffix may be stripped down to (a prefix alone may leave two letters: نزد, بده).
#: Two-letter bases (به, با, تم, ای …) are words of their own, so with them almost any misspelling split into
#: stem + suffix passed (بایید = ب + ای + ید, تمید = تم + ید, بهید = ب + ه + ید).
_FA_MIN_BASE = 3
_HYPHENS = "-‐‑"
#: German number words a word after ``14-`` is tried with (``zweitägig``, ``vierköpfiger``).
_NUMBER_WORDS = ("zwei", "drei", "vier", "mehr")


#: Arabic one-letter proclitics written onto the next word: "and", "so", "with/in", "for", "like".
_AR_PROCLITICS = "وفبلك"


def _without_proclitics(word: str) -> list[str]:
    """``word`` without one or two Arabic proclitics (``وب`` + word) or the article (``ال``, ``وال``,
    ``لل``), each leaving at least three letters: the dictionaries inflect their own words, but a listed
    word (a place name in the supplement, a personal word) is listed in its bare form (الموبايل)."""
    found = []
    rest = word
    for _ in range(2):
        if rest[:1] not in _AR_PROCLITICS or len(rest) < 4:
            break
        rest = rest[1:]
        found.append(rest)
    stripped = [word, *found]
    found.extend(  # لل = ل + ال: the article's alef is not written after ل
        form[len(article) :]
        for form in stripped
        for article in ("ال", "ل")
        if form.startswith(article) and len(form) - len(article) >= 3 and (article == "ال" or form != word)
    )
    return found


def _with_initial_hamza(word: str) -> list[tuple[int, str]]:
    """``word`` with a hamza on a bare alef that starts the word proper (after proclitics and the
    article): الى, انا, الاجانب, والاقامة are how much Arabic web text writes إلى, أنا, الأجانب,
    والإقامة. Arabic spellcheckers accept the bare alef there (Word's "strict initial alef hamza" is an
    option, off by default); the dictionary has only the forms with hamza. Returns (index, variant)."""
    starts = set()
    for proclitic in (0, 1) if word[:1] in _AR_PROCLITICS else (0,):
        starts.add(proclitic)
        if word[proclitic : proclitic + 2] in ("ال", "لل"):
            starts.add(proclitic + 2)
    return [
        (i, word[:i] + hamza + word[i + 1 :])
        for i in sorted(starts)
        if word[i : i + 1] == "ا" and len(word) - i >= 2
        for hamza in "أإ"
    ]


def edit_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps."""
    if a == b:
        return 0
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[len(b)]


def _persian_forms(plain: str) -> list[str]:
    """``plain`` in Persian letters, and without its hamza seats if it has any (:data:`_FA_HAMZA_FORMS`)."""
    persian = plain.translate(_TO_PERSIAN)
    forms = [persian]
    for table in _FA_HAMZA_FORMS:
        form = persian.translate(table)
        if form not in forms:
            forms.append(form)
    return forms


class WordRules:
    """Spelling decisions for one language plan."""

    def __init__(
        self,
        plan: LanguagePlan,
        supplement: frozenset[str],
        personal: Container[str],
        known: Known,
    ) -> None:
        self._plan = plan
        self._supplement = supplement
        self._personal = personal
        self._known = known
        self._listed_by_length: dict[int, list[tuple[str, str]]] | None = None

    # -- words -------------------------------------------------------------------------------------
    def word_ok(self, word: str) -> bool:
        """True when a single word (no hyphen) is correct for this language or to be left alone."""
        if len(word) < 2 or has_inner_capital(word):
            return True
        if len(word) == 2 and word.isalpha() and word.lower() != word.upper():
            return True  # two-letter words in cased scripts are mostly abbreviations (пн, Mo)
        if self._listed(word):
            return True
        script = script_of(word)
        if script != self._plan.script:
            if script != "latin":
                return True  # another script: not this pane's language, nothing to check against
            return word[:1].isupper() or self._known(word, True)
        if any(self._known(variant, False) for variant in self._variants(word)):
            return True
        if _ZWNJ in word and self._zwnj_parts_ok(word):
            return True
        if self._plan.base == "fa" and self._persian_affixes_ok(word):
            return True
        # German terms in other Latin-script languages: German nouns are capitalised.
        return self._plan.base != "de" and word[:1].isupper() and self._known(word, True)

    def _listed(self, word: str) -> bool:
        lists = (self._supplement, self._personal)
        candidates = {word, word.replace("’", "'"), word.replace("'", "’")}
        if word[:1].isupper():
            candidates.add(word[:1].lower() + word[1:])
        if self._plan.base == "ar":  # a listed name with a proclitic: وميونخ, بميونخ, وبميونخ
            candidates.update(_without_proclitics(word))
        return any(candidate in words for candidate in candidates for words in lists)

    def close_listed(self, word: str, limit: int) -> list[str]:
        """The supplement's and the personal words within ``limit`` edits of ``word`` (case aside),
        nearest first.

        The dictionaries never suggest them, yet they are the administrative words typos are made in
        (``Fiktionsbeschainigung``): without this, a capitalised typo of one looked like a name."""
        if self._listed_by_length is None:
            by_length: dict[int, list[tuple[str, str]]] = {}
            for listed in self._supplement:
                by_length.setdefault(len(listed), []).append((listed.lower(), listed))
            self._listed_by_length = by_length
        lowered = word.lower()
        candidates = [
            pair
            for length in range(len(word) - limit, len(word) + limit + 1)
            for pair in self._listed_by_length.get(length, ())
        ]
        personal = self._personal.words() if isinstance(self._personal, WordList) else self._personal
        if isinstance(personal, set | frozenset):
            candidates.extend((w.lower(), w) for w in personal if abs(len(w) - len(word)) <= limit)
        scored = []
        for lowered_listed, listed in candidates:
            if lowered_listed == lowered or listed.endswith("."):
                continue
            distance = edit_distance(lowered, lowered_listed)
            if distance <= limit:
                scored.append((distance, listed))
        return [listed for _distance, listed in sorted(scored)]

    def _variants(self, word: str) -> Iterator[str]:
        yield word
        plain = _ARABIC_MARKS_RE.sub("", word).replace(_ZWJ, "")
        if plain != word:
            yield plain
        if self._plan.base == "fa":
            yield from _persian_forms(plain)
        elif self._plan.base == "ar":
            arabic = plain.translate(_TO_ARABIC)
            yield arabic
            for index, variant in _with_initial_hamza(arabic):
                # أ before the article is also the question particle, which the dictionary accepts before
                # any word: ابفداء is not أ + بفداء. Only a short word (انا, اذا) may lose it that way.
                without = arabic[:index] + arabic[index + 1 :]
                if index < 2 and len(without) - index > 2 and self._known(without, False):
                    continue
                yield variant
        if _ZWNJ in plain:
            yield plain.replace(_ZWNJ, "")
        if "’" in word or "ʼ" in word:
            yield word.replace("’", "'").replace("ʼ", "'")
        elif "'" in word:
            yield word.replace("'", "’")

    def _zwnj_parts_ok(self, word: str) -> bool:
        """Each part between zero-width non-joiners is a word of the dictionaries or of the lists
        (ایمیل‌ها: a listed ایمیل with the plural ها)."""
        parts = [p for p in _ARABIC_MARKS_RE.sub("", word).split(_ZWNJ) if p]
        return all(
            len(p) <= 2 or self._listed(p) or any(self._known(v, False) for v in self._variants(p))
            for p in parts
        )

    def _persian_affixes_ok(self, word: str) -> bool:
        """Aspell's Persian list lacks many inflected forms: try stem + common affixes."""
        for plain in _persian_forms(_ARABIC_MARKS_RE.sub("", word)):
            stems = [plain]
            stems.extend(
                plain[len(prefix) :].lstrip(_ZWNJ) for prefix in _FA_PREFIXES if plain.startswith(prefix)
            )
            if plain[:3] in ("بیا", "نیا"):  # ب/ن before a stem with آ writes یا: بیاورید = ب + آورید
                stems.append("آ" + plain[3:])
            for stem in stems:
                if stem != plain and len(stem) >= 2 and self._known(stem, False):
                    return True
                if self._known_without_suffixes(stem, depth=2):
                    return True
        return False

    def _known_without_suffixes(self, stem: str, depth: int) -> bool:
        """Strip up to ``depth`` Persian suffixes (plural + possessive: فرزند‌ان‌تان) to a known base."""
        if depth == 0:
            return False
        for suffix in _FA_SUFFIXES:
            if not stem.endswith(suffix):
                continue
            base = stem[: -len(suffix)].rstrip(_ZWNJ)
            bases = (base, base + "ه") if suffix in ("گان", "ان") else (base,)
            for candidate in bases:
                if len(candidate) < _FA_MIN_BASE:
                    continue
                if self._known(candidate, False) or self._known_without_suffixes(candidate, depth - 1):
                    return True
        return False

    # -- tokens ------------------------------------------------------------------------------------
    def unknown_spans(self, text: str, check_word: CheckWord) -> Iterator[tuple[str, int, int]]:
        """Yield ``(word, start, end)`` for every unknown word or compound part in ``text``.

        Tokens longer than :data:`MAX_WORD_LENGTH` characters are skipped.
        """
        for token in iter_tokens(mask_prose(text)):
            if token.end - token.start <= MAX_WORD_LENGTH:
                yield from self.token_unknowns(token, check_word)

    def count_unknowns(
        self, text: str, check_word: CheckWord, keep: Callable[[str], bool], memo: dict[str, int]
    ) -> int:
        """How many of :meth:`unknown_spans`' words ``keep`` accepts, each distinct piece of the masked
        text between white space looked at once (``memo``): a token never holds white space, and its
        unknown parts depend only on its text and the character after it, where white space counts
        as no character (only a "." or "-" after a token does)."""
        total = 0
        for piece in mask_prose(text).split():
            found = memo.get(piece)
            if found is None:
                found = memo[piece] = self._piece_unknowns(piece, check_word, keep)
            total += found
        return total

    def _piece_unknowns(self, piece: str, check_word: CheckWord, keep: Callable[[str], bool]) -> int:
        """:meth:`count_unknowns` of one piece between white space (its tokens are those the text has
        there: before a token the pattern only asks whether the character is white space, which the start
        of a piece answers as the text does, and after a token only whether it is a letter)."""
        found = 0
        for match in iter_token_matches(piece):
            token = token_at(piece, match)
            if token is not None and token.end - token.start <= MAX_WORD_LENGTH:
                found += sum(1 for word, _s, _e in self.token_unknowns(token, check_word) if keep(word))
        return found

    def token_unknowns(self, token: Token, check_word: CheckWord) -> Iterator[tuple[str, int, int]]:
        """Unknown parts of one token (``check_word`` is the speller's cached word check)."""
        parts = token.parts
        if len(parts) > 1:
            whole = "-".join(part.text for part in parts)
            if check_word(whole) or (token.gender and check_word(whole + token.gender)):
                return
        last = len(parts) - 1
        after_number = token.text[:1] in _HYPHENS and self._plan.base == "de"
        for index, part in enumerate(parts):
            if MIDDLE_DOT in part.text:
                yield from self._dotted_unknowns(part, check_word)
            elif self._part_ok(part.text, token, index, last, check_word) or (
                index == last and self._street_abbreviation(part.text, token)
            ):
                continue
            elif not (index == 0 and after_number and self._number_compound_ok(part.text, check_word)):
                yield part.text, part.start, part.end

    def _street_abbreviation(self, word: str, token: Token) -> bool:
        """``Bahnhofstr.``, ``Schillerstr.``: a German street name shortened to ``…str.`` (Duden), as
        addresses write it. Street names are names, so any capitalised one is right (``Str.`` alone is in
        the supplement)."""
        return (
            self._plan.base == "de"
            and token.trailing == "."
            and len(word) > 3
            and word.endswith("str")
            and word[:1].isupper()
        )

    @staticmethod
    def _number_compound_ok(word: str, check_word: CheckWord) -> bool:
        """``tägig`` of ``14-tägig``: right when the dictionary knows it after a number word."""
        return word.islower() and any(check_word(number + word) for number in _NUMBER_WORDS)

    @staticmethod
    def _dotted_unknowns(part: Part, check_word: CheckWord) -> Iterator[tuple[str, int, int]]:
        """Unknown pieces of an Easy German word with middle dots (``Volks·hoch·schule``): none when the
        word without them is known, else each piece that is not a word, as written or capitalised."""
        if check_word(part.text.replace(MIDDLE_DOT, "")):
            return
        if len(part.text) != part.end - part.start:  # masked placeholders inside: no piece offsets
            yield part.text, part.start, part.end
            return
        start = part.start
        for piece in part.text.split(MIDDLE_DOT):
            if not (check_word(piece) or check_word(piece[:1].upper() + piece[1:])):
                yield piece, start, start + len(piece)
            start += len(piece) + 1

    @staticmethod
    def _part_ok(word: str, token: Token, index: int, last: int, check_word: CheckWord) -> bool:
        if check_word(word):
            return True
        if index < last:
            return check_word(word + "-")
        if token.gender and (check_word(word + token.gender) or check_word(word + "in")):
            return True
        if token.trailing == "." and check_word(word + "."):
            return True
        return token.trailing == "-" and check_word(word + "-")
