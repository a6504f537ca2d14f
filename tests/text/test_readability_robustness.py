"""Robustness: empty text, a lone heading, only lists, tables, 1 MB, Arabic inside German."""

from __future__ import annotations

from pathlib import Path

from editor.text.readability import MIN_WORDS, Status, analyse

FILES = Path(__file__).parent / "_files"


def test_analyse_empty_text_is_not_enough_text() -> None:
    """Empty or markup-only text gives "not enough text" and no measures, never a crash."""
    for text in ["", "   \n\n", "<div><p></p></div>", "![img](a.png)", "---"]:
        result = analyse(text, "de")
        assert result.status is Status.NOT_ENOUGH_TEXT
        assert result.counts.words == 0
        assert result.hix_like is None
        assert result.amstad is None
        assert result.findings == ()


def test_analyse_lone_heading_is_not_enough_text() -> None:
    """A lone heading is one sentence of one word: measures computed, status not enough text."""
    result = analyse("## Willkommen", "de")
    assert result.status is Status.NOT_ENOUGH_TEXT
    assert (result.counts.sentences, result.counts.words) == (1, 1)


def test_analyse_only_lists_counts_items_as_sentences() -> None:
    """A page that is only a list: each item is a sentence."""
    text = "\n".join(f"- Punkt Nummer {i} mit etwas Text" for i in range(10))
    result = analyse(text, "de")
    assert result.counts.sentences == 10
    assert result.counts.words == 50
    assert result.status is Status.OK


def test_analyse_html_table_cells_are_sentences() -> None:
    """HTML table cells are sentences of their own."""
    text = "<table><tr><td>Montag</td><td>9 bis 12 Uhr</td></tr><tr><td>Dienstag</td></tr></table>"
    result = analyse(text, "de")
    assert result.counts.sentences == 3


def test_analyse_arabic_inside_german_pane() -> None:
    """Arabic text in a German pane is counted as words without crashing; offsets stay valid."""
    text = "Das Amt hilft Ihnen. مرحبا بكم في المدينة. Bitte kommen Sie morgen وشكرا."
    result = analyse(text, "de")
    assert result.counts.sentences == 3
    assert result.counts.words == 13
    for finding in result.findings:
        assert text[finding.start : finding.end] == finding.text


def test_analyse_one_megabyte_text() -> None:
    """1 MB of text is analysed without error, with consistent counts."""
    base = (FILES / "plain_web.md").read_text(encoding="utf-8")
    text = (base + "\n\n") * (1_000_000 // len(base) + 1)
    assert len(text) >= 1_000_000
    result = analyse(text, "de")
    assert result.status is Status.OK
    assert result.counts.words > 100_000
    assert result.hix_like is not None


def test_analyse_minimum_words_threshold() -> None:
    """Exactly MIN_WORDS words is enough text."""
    text = " ".join(["Wort"] * MIN_WORDS) + "."
    assert analyse(text, "de").status is Status.OK
    text = " ".join(["Wort"] * (MIN_WORDS - 1)) + "."
    assert analyse(text, "de").status is Status.NOT_ENOUGH_TEXT
