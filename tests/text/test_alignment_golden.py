"""The fast paths of splitting, alignment and the source diff give the results the code gave before them.

``_files/alignment_golden.json`` was recorded from the code before the speed-ups (decision 0026) by
``python -m tests.text.alignment_cases``; see that module for the inputs.
"""

from __future__ import annotations

import json

import pytest

from tests.text.alignment_cases import GOLDEN, cases


@pytest.fixture(scope="module")
def recorded() -> dict[str, object]:
    return json.loads(GOLDEN.read_text("utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def computed() -> dict[str, object]:
    return cases()


@pytest.mark.parametrize("kind", ["split", "align", "fewer", "more", "reordered", "diff"])
def test_alignment_results_unchanged_by_speedups(
    kind: str, recorded: dict[str, object], computed: dict[str, object]
) -> None:
    """Every recorded block digest, pair and diff span of this kind comes out exactly as before."""
    names = sorted(name for name in recorded if name.split(" ")[0] == kind)
    assert names, f"no recorded {kind} cases"
    assert sorted(name for name in computed if name.split(" ")[0] == kind) == names
    different = [name for name in names if computed[name] != recorded[name]]
    assert different == []
