"""The QA fast paths of decision 0033 give the results the code gave before them.

``_files/qa_speed_golden.json`` holds, per seeded random case, digests of the blocks, alignments and
QA warnings recorded with the code before those changes (see :mod:`tests.text.qa_speed_cases`).
"""

from __future__ import annotations

import json
import random

import pytest

from editor.text.qa import _LETTERS, _words
from tests.text.qa_speed_cases import GOLDEN, cases, long_cases


@pytest.fixture(scope="module")
def recorded() -> dict[str, str]:
    return json.loads(GOLDEN.read_text("utf-8"))  # type: ignore[no-any-return]


@pytest.mark.parametrize("kind", ["split", "align", "qa"])
def test_random_pages_give_the_recorded_results(kind: str, recorded: dict[str, str]) -> None:
    """Blocks (every field and the markup), pairs and warnings of 400 random page pairs are unchanged."""
    computed = {name: digest for name, digest in cases().items() if name.startswith(kind + " ")}
    assert len(computed) == 400
    assert [name for name, digest in computed.items() if recorded[name] != digest] == []


def test_long_pages_align_as_recorded(recorded: dict[str, str]) -> None:
    """Pages of 150–260 blocks (the banded alignment) pair as before, across languages and of one."""
    computed = long_cases()
    assert [name for name, digest in computed.items() if recorded[name] != digest] == []


def test_words_equal_the_letter_pattern() -> None:
    """The token-wise word runs equal ``_LETTERS.findall`` on random texts of letters, digits of several
    scripts, numeric letters, underscores, combining marks, punctuation and Unicode spaces."""
    alphabet = [*"ab éß1٣۲²½Ⅻ_.,-'’\u0301\u00a0\u2003\t\nاب中x", "Ab", "ÄÖÜ", "abc."]
    rng = random.Random(33)
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert _words(text) == _LETTERS.findall(text), repr(text)
