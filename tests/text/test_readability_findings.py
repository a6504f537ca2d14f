"""Findings sit at the right spans, and the overall scores order texts by difficulty."""

from __future__ import annotations

from pathlib import Path

from editor.text.readability import Category, analyse

FILES = Path(__file__).parent / "_files"


def _spans(text: str, lang: str, category: Category) -> list[str]:
    return [f.text for f in analyse(text, lang).findings if f.category is category]


def test_findings_passive_voice_spans_auxiliary_and_participle() -> None:
    """Passive voice covers "werden" and the participle, in main and subordinate clauses."""
    text = "Der Antrag wird vom Amt geprüft. Sie warten, weil der Antrag geprüft werden muss."
    assert _spans(text, "de", Category.PASSIVE_VOICE) == ["wird vom Amt geprüft", "geprüft werden"]
    finding = analyse(text, "de").findings[0]
    assert text[finding.start : finding.end] == finding.text


def test_findings_future_tense_but_not_copula_or_subjunctive() -> None:
    """Future "werden + infinitive" is found; "wird Arzt" and "würde kommen" are not."""
    text = "Sie werden einen Brief bekommen. Er wird Arzt. Sie würden gerne kommen."
    assert _spans(text, "de", Category.FUTURE_TENSE) == ["werden einen Brief bekommen"]
    assert _spans(text, "de", Category.PASSIVE_VOICE) == []


def test_findings_future_passive_is_passive_and_future() -> None:
    """The future passive ("wird … geprüft werden"), in a main and a subordinate clause: a passive and a
    future finding, both over the whole construction; the modal passive "muss geprüft werden" only passive."""
    text = (
        "Der Verstoß wird mit einer Geldbuße geahndet werden. "
        "Sie warten, bis der Antrag geprüft werden wird. Der Antrag muss geprüft werden."
    )
    both = ["wird mit einer Geldbuße geahndet werden", "geprüft werden wird"]
    assert _spans(text, "de", Category.FUTURE_TENSE) == both
    assert _spans(text, "de", Category.PASSIVE_VOICE) == [*both, "geprüft werden"]


def test_findings_abbreviations_with_and_without_spaces() -> None:
    """Listed abbreviations (z. B., z.B., bzw.) and upper-case short forms are found."""
    text = "Bringen Sie z. B. den Pass bzw. den Ausweis mit, z.B. zum BAMF."
    assert _spans(text, "de", Category.ABBREVIATION) == ["z. B.", "bzw.", "z.B.", "BAMF"]


def test_findings_nominal_style_spans_the_nominalisations() -> None:
    """Two or more nominalisations in one sentence: the span runs from the first to the last."""
    text = "Die Beantragung der Bescheinigung erfolgt nach Prüfung."
    assert _spans(text, "de", Category.NOMINAL_STYLE) == [
        "Beantragung der Bescheinigung erfolgt nach Prüfung"
    ]


def test_findings_long_and_nested_sentence_span_whole_sentence() -> None:
    """A sentence over 20 words with two subordinate clauses is long and nested, span = sentence."""
    sentence = (
        "Sie können den Antrag im Bürgerbüro stellen, wenn Sie alle Unterlagen haben, "
        "die wir Ihnen vorher mit der Post zusammen mit einem Brief geschickt haben."
    )
    text = "Hallo. " + sentence + " Danke."
    assert _spans(text, "de", Category.LONG_SENTENCE) == [sentence]
    assert _spans(text, "de", Category.NESTED_SENTENCE) == [sentence]


def test_findings_infinitive_and_bureaucratic_terms() -> None:
    """ "um … zu" constructions and listed bureaucratic words carry a plainer alternative."""
    text = "Um den Antrag zu stellen, ist ein Lichtbild erforderlich."
    result = analyse(text, "de")
    infinitive = [f.text for f in result.findings if f.category is Category.INFINITIVE_CONSTRUCTION]
    assert infinitive == ["Um den Antrag zu stellen"]
    terms = {f.text: f.hint for f in result.findings if f.category is Category.BUREAUCRATIC_TERM}
    assert set(terms) == {"Lichtbild", "erforderlich"}
    assert "Foto" in terms["Lichtbild"]
    assert "nötig" in terms["erforderlich"]


def test_findings_offsets_survive_html_markup() -> None:
    """In HTML the offsets point into the text as read: markup is masked, never stripped."""
    text = '<div><p>Der Antrag <strong>wird</strong> vom <a href="x">Amt</a> geprüft.</p></div>'
    finding = analyse(text, "de").findings[0]
    assert finding.category is Category.PASSIVE_VOICE
    assert text[finding.start : finding.end] == finding.text
    assert finding.text.startswith("wird")
    assert finding.text.endswith("geprüft")


def test_findings_easy_german_rules() -> None:
    """Easy German flags negation, genitive, subjunctive, long compounds and shorter long sentences."""
    text = (
        "Sie haben keinen Pass. Das ist das Haus des Bürgermeisters. Sie könnten morgen kommen. "
        "Sie gehen heute mit Ihrer Mutter und Ihrem Vater zum Amt in der Stadt."
    )
    result = analyse(text, "de-si")
    cats = {f.category: f.text for f in result.findings}
    assert cats[Category.NEGATION] == "keinen"
    assert cats[Category.GENITIVE] == "des"
    assert cats[Category.SUBJUNCTIVE] == "könnten"
    assert cats[Category.LONG_COMPOUND] == "Bürgermeisters"
    assert cats[Category.LONG_SENTENCE].startswith("Sie gehen heute")
    assert Category.NEGATION not in {f.category for f in analyse(text, "de").findings}


def test_sanity_easy_above_plain_above_administrative() -> None:
    """Easy German scores clearly above plain web text, which scores clearly above legal text."""
    easy = analyse((FILES / "easy_german.md").read_text(encoding="utf-8"), "de-si").hix_like
    plain = analyse((FILES / "plain_web.md").read_text(encoding="utf-8"), "de").hix_like
    legal = analyse((FILES / "administrative.html").read_text(encoding="utf-8"), "de").hix_like
    assert easy is not None
    assert plain is not None
    assert legal is not None
    assert easy >= plain + 3
    assert plain >= legal + 5
    assert legal < 7  # red band


def test_findings_abbreviation_with_nbsp_entity_as_the_cms_writes_it() -> None:
    """``z.&nbsp;B.`` in CMS HTML is found at its exact span, like ``z. B.`` and ``z.B.``."""
    text = "<p>Bringen Sie z.&nbsp;B. den Pass mit. Das ist z. B. gut und z.B. auch.</p>"
    spans = [(f.start, f.end) for f in analyse(text, "de").findings if f.category.value == "abbreviation"]
    assert [text[s:e] for s, e in spans] == ["z.&nbsp;B.", "z. B.", "z.B."]


def test_english_variants_count_syllables_alike() -> None:
    """British and US English get the same syllable counts (pyphen's en_GB patterns undercount)."""
    text = "Simple people like a table. The application is little. " * 5
    assert analyse(text, "en-GB").flesch_reading_ease == analyse(text, "en").flesch_reading_ease
