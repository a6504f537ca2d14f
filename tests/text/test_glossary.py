"""The glossary: matching in the source, checking the target, TBX and CSV."""

from __future__ import annotations

import pytest

from editor.text.glossary import Glossary, GlossaryError, Term, from_csv, from_tbx, to_csv, to_tbx

GLOSSARY = Glossary(
    "de",
    (
        Term("Aufenthaltstitel", {"en": ("residence permit", "residence title"), "fa": ("اجازه اقامت",)}),
        Term("Fiktionsbescheinigung", do_not_translate=True, note="legal term"),
        Term("Jobcenter", {"en": ("Jobcenter",)}),
    ),
)


def test_find_terms_with_inflection_and_offsets() -> None:
    """Terms match at word starts, case-insensitively, with a short ending; offsets into the text."""
    text = "Ihr Aufenthaltstitels läuft ab; das JOBCENTER hilft. Jobcenterbesuch nicht."
    found = [(m.term.term, text[m.start : m.end]) for m in GLOSSARY.find(text)]
    assert found == [("Aufenthaltstitel", "Aufenthaltstitels"), ("Jobcenter", "JOBCENTER")]


def test_check_target_agreed_translation_and_do_not_translate() -> None:
    """A term translated otherwise, or a do-not-translate term changed, is a warning."""
    source = "Mit dem Aufenthaltstitel und der Fiktionsbescheinigung"
    assert GLOSSARY.check(source, "With the residence permits and the Fiktionsbescheinigung", "en") == []
    assert GLOSSARY.check(source, "With the residency card and the fiction certificate", "en") == [
        "“Aufenthaltstitel” should be translated as “residence permit” or “residence title”",
        "“Fiktionsbescheinigung” is not to be translated but is missing",
    ]
    assert GLOSSARY.check("Aufenthaltstitel", "Посвідка", "uk") == []
    assert GLOSSARY.checker("de", "uk") is not None
    assert Glossary("de", (Term("Amt", {"en": ("office",)}),)).checker("de", "uk") is None


@pytest.mark.parametrize(("write", "read"), [(to_csv, from_csv), (lambda g: to_tbx(g), None)])
def test_glossary_round_trip_csv_and_tbx(write: object, read: object) -> None:
    """What is exported imports back to the same terms."""
    text = write(GLOSSARY)  # type: ignore[operator]
    back = read(text) if read else from_tbx(text.encode())  # type: ignore[operator]
    assert back.source_language == "de"
    assert [(t.term, dict(t.translations), t.do_not_translate, t.note) for t in back.terms] == [
        (t.term, dict(t.translations), t.do_not_translate, t.note) for t in GLOSSARY.terms
    ]


def test_from_tbx_v3_concept_entries() -> None:
    """TBX v3 (conceptEntry/langSec/termSec) reads too."""
    data = (
        b'<tbx xmlns="urn:iso:std:iso:30042:ed-2" xml:lang="de"><text><body>'
        b'<conceptEntry id="c1"><langSec xml:lang="de"><termSec><term>Amt</term></termSec></langSec>'
        b'<langSec xml:lang="en-GB"><termSec><term>office</term></termSec></langSec></conceptEntry>'
        b"</body></text></tbx>"
    )
    (term,) = from_tbx(data).terms
    assert (term.term, dict(term.translations)) == ("Amt", {"en": ("office",)})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "first row must name the source language"),
        ("de,en\nAmt,office,extra\n", "line 2 has 3 cells"),
        ("de,en\n,office\n", "line 2 has no de term"),
    ],
)
def test_from_csv_bad_input(text: str, message: str) -> None:
    """Broken CSV files name the file and the line."""
    with pytest.raises(GlossaryError, match=message):
        from_csv(text, "terms.csv")


def test_from_tbx_bad_input() -> None:
    """Broken XML and entries without a source term are named."""
    with pytest.raises(GlossaryError, match="not well-formed"):
        from_tbx(b"<martif", "terms.tbx")
    with pytest.raises(GlossaryError, match="has no de term"):
        from_tbx(b'<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>x</term></tig>'
                 b"</langSet></termEntry></body></text></martif>", "terms.tbx")  # fmt: skip
