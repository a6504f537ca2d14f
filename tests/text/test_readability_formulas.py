"""The readability formulas on small hand-made texts, with the arithmetic written out."""

from __future__ import annotations

import math

import pytest

from editor.text.readability import Profile, Status, analyse
from editor.text.readability.formulas import ANCHORS, Anchor, anchor_score
from editor.text.readability.syllables import count_syllables

# Text A: 2 sentences, 10 words.
#   Der(3 letters, 1 syllable) Hund(4,1) bellt(5,1) laut(4,1).
#   Die(3,1) Katze(5,2) schläft(7,1) auf(3,1) dem(3,1) Sofa(4,2).
#   letters 41, syllables 12, words > 6 letters: schläft = 1, ≥ 3 syllables: 0, 1 syllable: 8.
TEXT_A = "Der Hund bellt laut. Die Katze schläft auf dem Sofa."

# Text B: 3 sentences, 4 clauses (one comma), 17 words.
#   Die(3,1) Beratungsstelle(15,5) hilft(5,1) vielen(6,2) Familien(8,4).
#   Sie(3,1) beantragen(10,4) dort(4,1) Kindergeld(10,3), Wohngeld(8,2) und(3,1) Elterngeld(10,3).
#   Sie(3,1) bekommen(8,3) schnell(7,1) eine(4,2) Antwort(7,2).
#   letters 37 + 48 + 29 = 114; syllables 13 + 15 + 9 = 37;
#   > 6 letters: Beratungsstelle Familien beantragen Kindergeld Wohngeld Elterngeld bekommen
#   schnell Antwort = 9; ≥ 3 syllables: Beratungsstelle Familien beantragen Kindergeld Elterngeld
#   bekommen = 6; 1 syllable: Die hilft Sie dort und Sie schnell = 7.
TEXT_B = (
    "Die Beratungsstelle hilft vielen Familien. Sie beantragen dort Kindergeld, Wohngeld und "
    "Elterngeld. Sie bekommen schnell eine Antwort."
)


def test_counts_text_a_match_hand_count() -> None:
    """Sentences, words, letters and syllables of text A are counted as written above."""
    counts = analyse(TEXT_A, "de").counts
    assert (counts.sentences, counts.words, counts.letters, counts.syllables) == (2, 10, 41, 12)
    assert (counts.long_words, counts.polysyllables, counts.monosyllables) == (1, 0, 8)


def test_counts_text_b_match_hand_count() -> None:
    """Text B's counts, including clauses, are counted as written above."""
    counts = analyse(TEXT_B, "de").counts
    assert (counts.sentences, counts.clauses, counts.words) == (3, 4, 17)
    assert (counts.letters, counts.syllables) == (114, 37)
    assert (counts.long_words, counts.polysyllables, counts.monosyllables) == (9, 6, 7)


def test_counts_easy_german_middle_dot_joins_a_word() -> None:
    """Easy German's middle dot splits a word for the eye, not into words: Volks·hoch·schule(15 letters,
    4 syllables) is one long word, Lehrer·innen(11, 4) one word; the long-compound rule leaves it alone."""
    text = "Die Volks·hoch·schule hat Kurse für Lehrer·innen."
    result = analyse(text, "de-si")
    counts = result.counts
    assert (counts.sentences, counts.words, counts.letters, counts.syllables) == (1, 6, 40, 13)
    assert (counts.long_words, counts.polysyllables, counts.monosyllables) == (2, 2, 3)
    assert "Volks·hoch·schule" not in [f.text for f in result.findings]


def test_syllables_per_word_follow_pyphen_pieces() -> None:
    """Syllables come from pyphen's pieces (Be-ra-tungs-stel-le = 5), a few pieces corrected."""
    assert count_syllables("Beratungsstelle") == 5
    assert count_syllables("Familien") == 4
    assert count_syllables("über") == 2  # pyphen leaves "über" whole
    assert count_syllables("Arbeit") == 2  # pyphen's vowel-less piece "r" is merged
    assert count_syllables("E-Mail") == 2  # hyphenated parts are counted one by one


def test_amstad_text_a() -> None:
    """Amstad = 180 − ASL − 58.5·ASW = 180 − 10/2 − 58.5·12/10 = 180 − 5 − 70.2 = 104.8."""
    assert analyse(TEXT_A, "de").amstad == pytest.approx(104.8)


def test_amstad_text_b() -> None:
    """Amstad = 180 − 17/3 − 58.5·37/17 = 180 − 5.6667 − 127.3235 = 47.0098 → 47.01."""
    assert round(analyse(TEXT_B, "de").amstad or 0, 2) == 47.01


def test_wiener_sachtextformel_text_a() -> None:
    """WSTF1 = 0.1935·0 + 0.1672·5 + 0.1297·10 − 0.0327·80 − 0.875
    = 0.836 + 1.297 − 2.616 − 0.875 = −1.358."""
    assert analyse(TEXT_A, "de").wiener_sachtextformel_1 == pytest.approx(-1.358)


def test_wiener_sachtextformel_text_b() -> None:
    """MS = 600/17 = 35.2941, SL = 17/3 = 5.6667, IW = 900/17 = 52.9412, ES = 700/17 = 41.1765;
    WSTF1 = 6.8294 + 0.9475 + 6.8665 − 1.3465 − 0.875 = 12.4219 → 12.42."""
    assert round(analyse(TEXT_B, "de").wiener_sachtextformel_1 or 0, 2) == 12.42


def test_smog_de_text_a_and_b() -> None:
    """SMOG-de = sqrt(30·poly/sentences) − 2: A: sqrt(0) − 2 = −2; B: sqrt(30·6/3) − 2 = 5.7460."""
    assert analyse(TEXT_A, "de").smog_de == pytest.approx(-2.0)
    assert analyse(TEXT_B, "de").smog_de == pytest.approx(math.sqrt(60) - 2)
    assert round(analyse(TEXT_B, "de").smog_de or 0, 2) == 5.75


def test_lix_text_a_and_b() -> None:
    """LIX = words/sentences + 100·long/words: A: 5 + 10 = 15; B: 5.6667 + 52.9412 = 58.61."""
    assert analyse(TEXT_A, "de").lix == pytest.approx(15.0)
    assert round(analyse(TEXT_B, "de").lix or 0, 2) == 58.61


def test_parameters_text_b() -> None:
    """ASL 17/3 = 5.67, clause length 17/4 = 4.25, word length 114/17 = 6.71, long words 52.94 %,
    no clause over 12 words, no sentence over 20 words."""
    params = analyse(TEXT_B, "de").parameters
    assert params is not None
    assert params.to_json() == {
        "avg_sentence_length": 5.67,
        "avg_clause_length": 4.25,
        "avg_word_length": 6.71,
        "pct_long_words": 52.94,
        "pct_long_clauses": 0.0,
        "pct_long_sentences": 0.0,
    }


def test_english_flesch_measures() -> None:
    """English: FRE = 206.835 − 1.015·ASL − 84.6·ASW and FK = 0.39·ASL + 11.8·ASW − 15.59.
    "The cat sat on the mat. The dog ran to the park." = 2 sentences, 12 one-syllable words:
    FRE = 206.835 − 6.09 − 84.6 = 116.145; FK = 2.34 + 11.8 − 15.59 = −1.45."""
    result = analyse("The cat sat on the mat. The dog ran to the park.", "en-GB")
    assert result.profile is Profile.ENGLISH
    assert result.flesch_reading_ease == pytest.approx(116.145)
    assert result.flesch_kincaid_grade == pytest.approx(-1.45)
    assert result.amstad is None
    assert result.hix_like is None


def test_other_language_gets_indicative_measures_only() -> None:
    """Ukrainian: LIX and the parameters, marked indicative; no syllable-based formula."""
    result = analyse("Це перше речення. Це друге речення тут.", "uk")
    assert result.indicative
    assert result.lix == pytest.approx(7 / 2 + 100 * 2 / 7)  # "речення" has 7 letters
    assert result.amstad is None
    assert result.smog_de is None
    assert result.counts.syllables is None


def test_anchor_score_is_linear_and_clamped() -> None:
    """An anchor maps hard → 0 and easy → 20 linearly: LIX hard 65, easy 20: LIX 42.5 → 10."""
    lix_anchor = next(anchor for anchor in ANCHORS if anchor.name == "lix")
    assert anchor_score(42.5, lix_anchor) == pytest.approx(10.0)
    assert anchor_score(100.0, lix_anchor) == 0.0
    assert anchor_score(0.0, lix_anchor) == 20.0
    assert anchor_score(5.0, Anchor("x", hard=0.0, easy=10.0)) == pytest.approx(10.0)


def test_hix_like_is_mean_of_anchor_scores() -> None:
    """The HIX-like index is the mean of the ten anchor scores of the result's measures."""
    result = analyse(TEXT_B, "de")
    assert result.parameters is not None
    values = {
        "amstad": result.amstad,
        "wiener_sachtextformel_1": result.wiener_sachtextformel_1,
        "smog_de": result.smog_de,
        "lix": result.lix,
        **{name: getattr(result.parameters, name) for name in result.parameters.to_json()},
    }
    expected = sum(anchor_score(values[a.name], a) for a in ANCHORS) / len(ANCHORS)
    assert result.hix_like == pytest.approx(expected)
    assert result.status is Status.NOT_ENOUGH_TEXT  # 17 words < 20
