"""Prose masking and tokenising: what counts as a sentence, a clause and a word."""

from __future__ import annotations

import pytest

from editor.text.readability.prose import BREAK, mask_prose
from editor.text.readability.tokens import tokenize


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in tokenize(mask_prose(text)).sentences]


def test_mask_prose_keeps_length_and_blanks_markup() -> None:
    """Masking keeps the length; tags, URLs and e-mail addresses become blanks."""
    text = '<p>Mail an <a href="mailto:a@b.de">a@b.de</a> oder https://x.de/y.</p>'
    masked = mask_prose(text)
    assert len(masked) == len(text)
    assert "href" not in masked
    assert "a@b.de" not in masked
    assert "https" not in masked
    assert masked[0] == BREAK


def test_tokenize_headings_and_list_items_are_sentences() -> None:
    """Headings and list items count as sentences of their own, even without a full stop."""
    text = "# Titel\n\n- erster Punkt\n- zweiter Punkt\n\nEin Satz. Noch ein Satz!"
    assert _sentences(text) == [
        "Titel",
        "erster Punkt",
        "zweiter Punkt",
        "Ein Satz.",
        "Noch ein Satz!",
    ]


def test_tokenize_empty_lines_change_nothing() -> None:
    """Extra blank lines between paragraphs do not change the sentences."""
    one = "Erster Satz.\n\nZweiter Satz."
    many = "Erster Satz.\n\n\n\n\nZweiter Satz."
    assert _sentences(one) == _sentences(many)


def test_tokenize_soft_newline_continues_sentence() -> None:
    """A single newline inside a paragraph does not end the sentence."""
    assert _sentences("Das ist ein\nlanger Satz.") == ["Das ist ein\nlanger Satz."]


@pytest.mark.parametrize(
    "text",
    ["Bringen Sie z. B. den Pass mit.", "Am 3. Mai ist das Amt zu.", "Das kostet ca. fünf Euro."],
)
def test_tokenize_abbreviations_and_ordinals_do_not_end_sentences(text: str) -> None:
    """Full stops after single letters, numbers and known abbreviations are not sentence ends."""
    assert _sentences(text) == [text]


def test_tokenize_numbers_are_not_words_and_clauses_split_at_commas() -> None:
    """Numbers are not words; "1,5" is not a clause boundary; a comma is."""
    tokens = tokenize(mask_prose("Es kostet 1,5 Euro, sagt sie."))
    assert [w.text for w in tokens.words] == ["Es", "kostet", "Euro", "sagt", "sie"]
    assert len(tokens.sentences[0].clauses) == 2


def test_tokenize_table_cells_and_markdown_links() -> None:
    """Table cells are separate sentences; a link's text is prose, its URL is not."""
    text = "| Montag | geöffnet |\n|---|---|\n| Dienstag | zu |\n\nSiehe [die Seite](https://x.de)."
    assert _sentences(text)[:4] == ["Montag", "geöffnet", "Dienstag", "zu"]
    words = [w.text for w in tokenize(mask_prose(text)).words]
    assert words[-3:] == ["Siehe", "die", "Seite"]


def test_tokenize_html_entities_stay_inside_words() -> None:
    """An entity for a letter stays part of its word; &nbsp; separates words."""
    tokens = tokenize(mask_prose("<p>Gr&uuml;&szlig;e&nbsp;an alle.</p>"))
    assert [(w.text, w.letters) for w in tokens.words] == [("Grüße", 5), ("an", 2), ("alle", 4)]


def test_tokenize_joiner_entities_keep_a_word_whole_and_end_sentences_after_quotes() -> None:
    """An apostrophe or hyphen written as an entity (``landlord&rsquo;s``, ``E&#45;Mail``) joins its word
    as the character itself does (docs/readability.md, "Word"); a sentence still ends after a closing
    quote written as an entity (``gut.&rsquo; Dann``), in the tokens and in the LIX counts alike."""
    from editor.text.readability.tokens import count_lix

    written = (
        "<p>The landlord&rsquo;s form, the tenant&#39;s E&#45;Mail. Sie sagt &rsquo;gut.&rsquo; Dann.</p>"
    )
    plain = "<p>The landlord’s form, the tenant's E-Mail. Sie sagt ’gut.’ Dann.</p>"
    for text in (written, plain):
        tokens = tokenize(mask_prose(text))
        assert [w.text for w in tokens.words] == [
            "The", "landlord’s", "form", "the", "tenant's", "E-Mail", "Sie", "sagt", "gut", "Dann",
        ]  # fmt: skip
        assert len(tokens.sentences) == 3
        assert count_lix(mask_prose(text), 6) == (10, 2, 3)
    start = written.index("landlord")
    assert tokenize(mask_prose(written)).words[1][:2] == (start, start + len("landlord&rsquo;s"))


def test_tokenize_markdown_attribute_lists_are_no_words() -> None:
    """The attribute lists ``convert --to markdown`` writes (after a link, an image, under a right-to-left
    paragraph) are markup, not words; braces in prose are only punctuation."""
    text = (
        'Die [Caritas](https://e.org){: .link-external } hilft.\n{: dir="rtl" }\n\n'
        'Bild ![](/a.png){: width="300" height="200" } hier. Mengen {a, b}.'
    )
    assert [w.text for w in tokenize(mask_prose(text)).words] == [
        "Die", "Caritas", "hilft", "Bild", "hier", "Mengen", "a", "b",
    ]  # fmt: skip


def test_tokenize_plain_pattern_gives_the_full_patterns_tokens() -> None:
    """Where a text has no combining mark, soft hyphen or zero-width (non-)joiner, the plain token pattern
    finds exactly the tokens of the full pattern; where it has no ``_``, the patterns that test a letter
    or digit as ``\\w`` find exactly the tokens of those that test ``[^\\W_]`` (random texts of the
    characters that matter)."""
    import random

    from editor.text.readability import tokens

    pieces = [*"aZäß9٣ _-'’‐.!?…,;:–—،؛\u00a0\n\x1e()»", "Haus", "z.", "3.5", "1,5", "http", "- ", " -"]
    special = ["Ein\u00adbau", "می\u200cخواهم", "كَتَبَ", "\u0301", "_\u064b"]
    chooser = random.Random(31)
    plain = underscored = 0
    for round_ in range(30_000):
        chosen = pieces + special if round_ >= 20_000 else pieces
        text = "".join(chooser.choice(chosen) for _ in range(chooser.randint(0, 25)))
        plain += not tokens._SPECIAL(text)
        underscored += "_" in text
        full = [(m.lastgroup, m.span()) for m in tokens._TOKEN.finditer(text)]
        assert [(m.lastgroup, m.span()) for m in tokens._tokens(text)] == full, repr(text)
    assert 20_000 < plain < 30_000
    assert 5_000 < underscored < 25_000
    assert tokens._SPECIAL("Ein\u00adbau")
    assert tokens._SPECIAL("می\u200cخواهم")
    assert tokens._SPECIAL("كَتَبَ")


def test_count_lix_runs_of_words_equal_the_tokens() -> None:
    """LIX counting by runs of words gives the words, long words and sentences of the full tokens on
    random texts of the characters that matter (and on texts that need the token-by-token count)."""
    import random

    from editor.text.readability import analysis, tokens

    pieces = [*"aZäß9 _-'’.!?…,;:–—\u00a0\n\x1e()»\"“”", "Haus", "Bescheinigung", "z.", "bzw.", "3.5", "1,5",
              "2024", "3b", "- ", " -", "  ", " a", "Ein\u00adbau", "Straße", ". ", ".) a", ".» B", "Nr.",
              "\u2003", "\u3000", "\x1c", "\u2009", "\t", "ab_c", "·", "Volks·hoch·schule"]  # fmt: skip
    chooser = random.Random(47)
    ways = (tokens.count_lix, tokens._count_lix_tokens, tokens._count_lix_runs)
    for _ in range(30_000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 30)))
        counts = analysis.count(tokenize(text), None)
        wanted = (counts.words, counts.long_words, counts.sentences)
        for way in ways if not tokens._SPECIAL(text) else ways[:2]:  # runs: texts without special characters
            assert way(text, analysis.LONG_WORD_LETTERS) == wanted, (way.__name__, repr(text))
        if not tokens._SPECIAL_OR_ODD_SPACE(text):  # the pieces between white space, as count_lix takes them
            blocks = [block.split() for block in text.split("\x1e")]
            assert tokens._count_lix_pieces(blocks, analysis.LONG_WORD_LETTERS) == wanted, repr(text)


def test_odd_space_is_every_white_space_the_sentence_rules_do_not_know() -> None:
    """LIX counting splits a text at ``str.split``'s white space only where each such character is one
    the sentence rules take for white space (or the block break); the others send it the slower way."""
    import sys

    from editor.text.readability import tokens
    from editor.text.readability.prose import BREAK

    odd = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    odd = [char for char in odd if char not in tokens._SPACE and char != BREAK]
    assert odd
    assert all(tokens._SPECIAL_OR_ODD_SPACE(char) for char in odd)
    assert not any(tokens._SPECIAL_OR_ODD_SPACE(char) for char in tokens._SPACE + BREAK + "a.")
