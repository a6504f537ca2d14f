"""Tests for the spelling service against real enchant dictionaries (de_DE, en_GB, ar, fa)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from editor.text.languages import pick_tag, plan_for
from editor.text.spelling import FakeSpeller
from editor.text.spelling_service import SpellingService


@pytest.fixture
def service(tmp_path: Path) -> SpellingService:
    return SpellingService(tmp_path / "user")


def _found(service: SpellingService, lang: str, text: str) -> list[tuple[str, int, int]]:
    return [(m.word, m.start, m.end) for m in service.speller(lang).check_text(text)]


def test_languages_map_cms_codes_to_enchant_tags(service: SpellingService) -> None:
    """CMS codes and BCP 47 tags reach the right installed dictionary, with fallbacks."""
    assert service.tag_for("de") == "de_DE"
    assert service.tag_for("de-LI") == "de_DE"
    assert service.tag_for("de-si") == "de_DE"
    assert service.tag_for("en-GB") == "en_GB"
    assert service.tag_for("en") == "en_US"
    assert service.tag_for("fa-IR") == "fa"
    assert service.tag_for("ar") == "ar"
    assert service.tag_for("uk") == "uk_UA"
    assert plan_for("en").also == ("en_US", "en_GB")
    assert pick_tag(["xx_YY"], ["xx_ZZ", "de_DE"]) == "xx_ZZ"


def test_speller_arabic_misspelling_at_exact_offset(service: SpellingService) -> None:
    """A misspelled Arabic word is reported at its exact offsets; harakat and tanween are fine."""
    text = "المَدْرَسَةُ مفتوحةٌ يوميًا. هناك مدرصة جديدة."
    start = text.index("مدرصة")
    assert _found(service, "ar", text) == [("مدرصة", start, start + 5)]


def test_speller_emoji_before_misspelling_keeps_python_offsets(service: SpellingService) -> None:
    """Characters outside the BMP do not shift the Python offsets of later words."""
    text = "😀👍 هناك مدرصة"
    assert _found(service, "ar", text) == [("مدرصة", 8, 13)]


def test_speller_farsi_zwnj_words_are_not_flagged(service: SpellingService) -> None:
    """Farsi words written with a zero-width non-joiner and plural suffixes are accepted."""
    text = "شما می\u200cتوانید کتاب\u200cها را بخوانید. کودکان و پناهندگان غلتط"
    assert [word for word, _, _ in _found(service, "fa", text)] == ["غلتط"]


def test_speller_german_admin_vocabulary_and_skipped_constructs(service: SpellingService) -> None:
    """Administrative German, URLs, e-mails, phones, numbers and abbreviations are not errors."""
    text = (
        "Die Ausländerbehörde prüft den Aufenthaltstitel. Der Integrationskurs, das Jobcenter, "
        "der Kita-Gutschein, das Bürgergeld und die Fiktionsbescheinigung sind wichtig, z.B. bzw. "
        "beim BAMF. Mail: info@augsburg.de, Web: https://www.augsburg.de/a_b, Tel. 0821 324-0, "
        "ab 1.5.2025, Ärzt*innen und Lehrer:innen. Bitte den Antarg mitbringen."
    )
    start = text.index("Antarg")
    assert _found(service, "de", text) == [("Antarg", start, start + 6)]


def test_speller_german_abbreviations_with_their_period_and_street_abbreviations(
    service: SpellingService,
) -> None:
    """Duden abbreviations de_DE lacks (``Str.``, ``Hbf.``, ``mind.``, ``Apr.``, ``Tsd.``) and street names
    shortened to ``…str.`` are right with their period, as addresses and opening hours write them; without
    the period, or in the wrong case, they are still errors, and a typo beside them is found."""
    text = (
        "Landratsamt, Konrad-Adenauer-Str. 1, Bahnhofstr. 12 und Schillerstr. 5 (Hbf.). Mind. 3 Jahre, "
        "mind. 2 Tsd. Euro, ab 3. Apr. 2026, Sep. 2026, ebd. S. 4, insb. ggü. dem Amt. Bitte den Antarg "
        "und die Str mitbringen; hbf. und Bahnhofstr ohne Punkt."
    )
    expected = [("Antarg", text.index("Antarg")), ("Str", text.index("Str mit")), ("hbf", text.index("hbf.")),
                ("Bahnhofstr", text.index("Bahnhofstr ohne"))]  # fmt: skip
    assert _found(service, "de", text) == [(word, start, start + len(word)) for word, start in expected]


def test_speller_welfare_organisations_english_abbreviations_and_working_in_ukrainian(
    service: SpellingService,
) -> None:
    """The welfare organisations nearly every region names (Caritas, Diakonie, Malteser, Johanniter) as
    Arabic, Persian and Ukrainian pages write them, English abbreviations with their period (tel., incl.)
    and Ukrainian "працюючих" are right; typos beside them are still found."""
    ar = "تقدّم كاريتاس ودياكوني ومالتيزر ويوهانيتر استشارة. هناك مدرصة."
    assert _found(service, "ar", ar) == [("مدرصة", ar.index("مدرصة"), ar.index("مدرصة") + 5)]
    fa = "کاریتاس، دیاکونی، مالتزر و یوهانیتر مشاوره می‌دهند. غلتط"
    assert [w for w, _, _ in _found(service, "fa", fa)] == ["غلتط"]
    uk = "Діаконія та Caritas консультують, є курси для працюючих і для працюючої молоді. Помилкка."
    assert [w for w, _, _ in _found(service, "uk", uk)] == ["Помилкка"]
    en = "Call: tel. 0821 324-0 (approx. 10 min, incl. advice, dept. of housing, wifi). Plese, wellbeing."
    assert [w for w, _, _ in _found(service, "en-GB", en)] == ["Plese"]
    assert [w for w, _, _ in _found(service, "en-GB", "the tel and incl")] == ["tel", "incl"]


def test_speller_typos_of_listed_administrative_words_are_not_taken_for_names(tmp_path: Path) -> None:
    """The dictionary never suggests a word of the supplement (Fiktionsbescheinigung,
    Alphabetisierungskurs) or of the personal list, so a capitalised typo of one had no close spelling and
    passed as a name. It is found now, and the listed word is the first suggestion; real names still pass."""
    service = SpellingService(tmp_path / "user")
    speller = service.speller("de")
    speller.add_to_personal("Mehrgenerationenhaus")
    typos = ["Fiktionsbeschainigung", "Alphabtisierungskurs", "Niederlassungselaubnis", "Mergenerationenhaus"]
    text = "Beratung in Haunstetten und Lechhausen: " + ", ".join(typos) + "."
    assert [m.word for m in speller.check_text(text)] == typos
    assert speller.suggest("Fiktionsbeschainigung")[0] == "Fiktionsbescheinigung"
    assert speller.suggest("Mergenerationenhaus")[0] == "Mehrgenerationenhaus"


def test_speller_long_persian_typos_without_suggestions_are_not_taken_for_names(
    service: SpellingService,
) -> None:
    """A long Persian word with a doubled or a dropped letter gets no suggestion at all from the
    dictionary, and passed for a name (the script has no capitals to tell one). It is
    found now, as a word one letter or one swap from a correct one; names written in these scripts, and
    words with a zero-width non-joiner, still pass."""
    fa_typos = ["برگزارکننندگان", "برخورردارند", "برگزارکندگان"]
    fa = "دوره در شهرهای آگسبورگ و رگنسبورگ برای یک\u200cسالگی. " + " ".join(fa_typos)
    assert [m.word for m in service.speller("fa").check_text(fa)] == fa_typos
    ar = "في مدن أوغسبورغ وريغنسبورغ وإنغولشتات وكايزرسلاوترن تُدرَّس اللغة."
    assert [m.word for m in service.speller("ar").check_text(ar)] == []


def test_speller_everyday_words_of_integration_pages_de_dictionary_lacks(service: SpellingService) -> None:
    """Everyday words de_DE lacks (Tram, Corona, Hartz IV, Minijobber, Azubis, Zuzahlungsbefreiung) are in
    the supplement; a typo beside them is found."""
    text = (
        "Die Tram fährt. Corona-Test, Hartz IV, Job-Turbo, Minijobber, Azubis, Jobcoach, "
        "Zuzahlungsbefreiung, Hebammensprechstunde, Mittagessenszuschuss. Die Trma fährt."
    )
    assert _found(service, "de", text) == [("Trma", text.index("Trma"), text.index("Trma") + 4)]


def test_speller_everyday_technical_loanwords_in_persian_and_arabic(service: SpellingService) -> None:
    """App and device words the Persian and Arabic dictionaries lack are listed, also with a suffix after
    a zero-width non-joiner (ایمیل‌ها) and a proclitic (وغوغل); typos beside them are found."""
    fa = "از طریق واتس‌اپ، اینستاگرام، یوتیوب یا ایمیل‌ها و وای‌فای با لپ‌تاپ و تبلت. غلتط"
    assert [w for w, _, _ in _found(service, "fa", fa)] == ["غلتط"]
    ar = "عبر تلغرام وغوغل وسكايب وزووم على الموبايل أو لابتوب. مدرصة"
    assert [w for w, _, _ in _found(service, "ar", ar)] == ["مدرصة"]


def test_speller_arabic_bare_alef_for_an_initial_hamza_is_right(service: SpellingService) -> None:
    """A bare alef where the word proper starts with a hamza (الى, انا, ايضا, الاجانب, للاجانب, والاقامة)
    is how much Arabic web text writes it, and Arabic spellcheckers accept it; the question particle أ is
    not read into it (ابفداء is no أ + بفداء), and typos are still found."""
    text = "الى مكتب الاجانب وللاجانب والاقامة: انا ايضا اذا. هناك مدرصة وابفداء والاجانبب."
    assert [w for w, _, _ in _found(service, "ar", text)] == ["مدرصة", "وابفداء", "والاجانبب"]


def test_speller_compound_flags_only_the_bad_part(service: SpellingService) -> None:
    """In a hyphenated compound only the misspelled part is reported."""
    text = "Der Kita-Gutscheinn gilt."
    start = text.index("Gutscheinn")
    assert _found(service, "de", text) == [("Gutscheinn", start, start + 10)]


def test_speller_number_compounds_easy_german_dots_and_admin_names(service: SpellingService) -> None:
    """A word after a number and a hyphen (``14-tägig``, ``6-monatig``) is right when the dictionary knows
    it after a number word; Easy German's middle dot (``Job·center``) joins a word's parts; names editors
    write daily (``telc``, ``Schufa``, ``Barmer``) are known. Typos in all of them are still found."""
    text = (
        "Der 6-monatige Kurs, das 24-stündige Telefon, eine 2-wöchige Frist, ein 4-köpfiger Haushalt, "
        "14-tägig, die 3-Zimmer-Wohnung, der telc-Test, die Schufa-Auskunft und die Barmer. "
        "Die Volks·hoch·schule, das Job·center, die Ausländer·behörde und die Lehrer·innen. "
        "Die 14-tägiige Frist im Rat·huas."
    )
    typos = [("tägiige", text.index("tägiige")), ("huas", text.index("huas"))]
    assert _found(service, "de", text) == [(word, start, start + len(word)) for word, start in typos]
    assert _found(service, "de-si", "Das Job·center hilft.") == []


def test_speller_place_names_are_not_flagged_but_typos_are(service: SpellingService) -> None:
    """Capitalised words without a close dictionary spelling are names; close typos are flagged."""
    text = "Beratung in Haunstetten und Lechhausen. Der Temrin ist morgen."
    start = text.index("Temrin")
    assert _found(service, "de", text) == [("Temrin", start, start + 6)]
    assert service.speller("de").name_verdict("Haunstetten") is True


def test_speller_german_terms_in_english_and_arabic_panes(service: SpellingService) -> None:
    """German nouns in English and Arabic text are accepted through the second dictionary."""
    english = "The Ausländerbehörde and the Bürgerbüro help. Please recieve it."
    start = english.index("recieve")
    assert _found(service, "en-GB", english) == [("recieve", start, start + 7)]
    assert _found(service, "ar", "اذهب إلى Ausländerbehörde و Jobcenter") == []


def test_speller_british_spelling_under_en_gb(service: SpellingService) -> None:
    """en-GB accepts British spelling; plain en accepts both spellings."""
    text = "The organisation offers counselling at the centre in colour."
    assert _found(service, "en-GB", text) == []
    assert _found(service, "en", text + " The organization center color.") == []


def test_speller_suggestions(service: SpellingService) -> None:
    """Suggestions come from the pane's dictionary, at most ``limit``."""
    speller = service.speller("de")
    assert speller.suggest("Antarg")[0] == "Antrag"
    assert len(speller.suggest("Hauss", limit=3)) <= 3
    assert "مدرسة" in service.speller("ar").suggest("مدرصة")


def test_speller_personal_dictionary_persists(tmp_path: Path) -> None:
    """A word added to the personal list is accepted, saved, and accepted by a new service."""
    first = SpellingService(tmp_path / "user")
    text = "Wir treffen uns im Qwertzhaus heute."
    assert [m.word for m in first.speller("de").check_text(text, names="off")] == ["Qwertzhaus"]
    first.speller("de").add_to_personal("Qwertzhaus")
    assert first.speller("de").check_text(text, names="off") == []
    stored = tmp_path / "user" / "dictionaries" / "personal" / "de.txt"
    assert stored.read_text(encoding="utf-8") == "Qwertzhaus\n"
    second = SpellingService(tmp_path / "user")
    assert second.speller("de-si").check_text(text, names="off") == []
    second.speller("de").remove_from_personal("Qwertzhaus")
    assert second.speller("de").check_word("Qwertzhaus") is False


def test_speller_ignored_words_are_skipped(service: SpellingService) -> None:
    """Words ignored for a page are not reported."""
    assert service.speller("de").check_text("Ein Fehlerr.", ignored={"Fehlerr"}) == []


def test_spelling_service_no_dictionary_gives_fake_speller(service: SpellingService) -> None:
    """A language without a dictionary yields a FakeSpeller that flags and suggests nothing."""
    speller = service.speller("ti")
    assert isinstance(speller, FakeSpeller)
    assert speller.available is False
    assert speller.dictionary_tag is None
    assert speller.check_text("ሰላም ቃል") == []
    assert speller.suggest("ሰላም") == []
    assert speller.check_word("anything") is True


def test_spelling_service_user_added_dictionary(service: SpellingService, tmp_path: Path) -> None:
    """A .dic/.aff pair added by the user becomes a working dictionary for its language."""
    dic, aff = tmp_path / "xh_ZA.dic", tmp_path / "xh_ZA.aff"
    dic.write_text("2\nmolweni\nenkosi\n", encoding="utf-8")
    aff.write_text("SET UTF-8\n", encoding="utf-8")
    assert service.speller("xh").available is False
    assert service.add_dictionary(dic, aff) == "xh_ZA"
    assert (service.hunspell_dir / "xh_ZA.dic").is_file()
    speller = service.speller("xh")
    assert speller.dictionary_tag == "xh_ZA"
    assert [m.word for m in speller.check_text("molweni enkosi molwenii")] == ["molwenii"]
    with pytest.raises(ValueError):
        service.add_dictionary(tmp_path / "missing.dic", aff)


def test_speller_is_thread_safe(service: SpellingService) -> None:
    """Concurrent checks from several threads give the same results as a single thread."""
    speller = service.speller("de")
    text = "Die Ausländerbehörde prüft den Antarg und die Wohnnug. " * 20
    expected = speller.check_text(text, names="off")
    results: list[int] = []

    def work() -> None:
        results.extend(len(speller.check_text(text, names="off")) for _ in range(5))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [len(expected)] * 20


def test_spelling_persian_plural_plus_possessive_is_accepted(tmp_path: Path) -> None:
    """فرزندانتان (your children) is stem + plural + possessive; a real typo is still flagged."""
    speller = SpellingService(tmp_path).speller("fa")
    assert [m.word for m in speller.check_text("فرزندانتان را بیاورید و متنن")] == ["متنن"]


def test_spelling_persian_typos_do_not_pass_as_two_letter_stems_with_affixes(tmp_path: Path) -> None:
    """A suffix is not stripped down to a two-letter word (به, با, تم, ای are words of their own): the
    doubled and dropped letters of بایید (ب + ای + ید), تمید (تم + ید) and بهید (ب + ه + ید) are found.
    Real inflected forms still pass: a prefix on a two-letter stem (نزد, بده), stem + suffixes, and ب/ن
    before a stem with آ written یا (بیاورید, نیامد)."""
    speller = SpellingService(tmp_path).speller("fa")
    typos = ["بایید", "تمید", "بهید"]
    text = "لطفاً مدارک را نزد ما بیاورید و پول را بده؛ او نیامد. فرزندانتان " + " و ".join(typos)
    assert [(m.word, m.start) for m in speller.check_text(text)] == [(t, text.index(t)) for t in typos]


def test_spelling_persian_hamza_forms_are_accepted(tmp_path: Path) -> None:
    """Standard Persian spellings with a hamza (رئیس, مسئول, تأیید, مأموران, هیئت) are correct: the
    dictionary holds them without it (رییس, مسوول, تایید). A real typo beside them is still flagged."""
    speller = SpellingService(tmp_path).speller("fa")
    text = (
        "رئیس اداره مسئول تأیید درخواست‌ها و تأسیس انجمن است. "
        "تأثیر آن بر مأموران و هیئت مدیره و تأییدیه‌ی درخاست."
    )
    start = text.index("درخاست")
    assert [(m.word, m.start, m.end) for m in speller.check_text(text)] == [("درخاست", start, start + 6)]


def test_speller_judges_names_the_highlighter_only_reads(service: SpellingService) -> None:
    """The highlighter checks with cached verdicts only; ``judge_names`` decides the words it left marked,
    after which the cached check agrees with the command line's."""
    speller = service.speller("en")
    text = "Welcome to Haunstetten. Please recieve it."
    cached = [m.word for m in speller.check_text(text, names="cached")]
    assert cached == ["Haunstetten", "recieve"]
    assert speller.unjudged_names(cached) == ["Haunstetten"]  # a lower-case word is never a name
    assert speller.judge_names(speller.unjudged_names(cached)) is True
    assert speller.unjudged_names(cached) == []
    assert [m.word for m in speller.check_text(text, names="cached")] == ["recieve"]
    assert [m.word for m in speller.check_text(text)] == ["recieve"]
    # a close misspelling of a dictionary word stays marked: judged, but not a name
    assert speller.judge_names(["Tomorow"]) is False
    assert [m.word for m in speller.check_text("See you Tomorow.", names="cached")] == ["Tomorow"]


def test_count_issues_equals_the_whole_check_on_random_texts(service: SpellingService) -> None:
    """The report's count (each piece between white space looked at once) finds as many issues as the
    editor's check of the whole text, on random texts of what decides a token: its neighbours ".", "-",
    gender endings, apostrophes, digits, markup and URLs the masking hides, white space of every kind."""
    import random

    pieces = {
        "de": ["Haus", "Huas", "Bürger", "*innen", ":innen", "Kurs", "-", ".", ",", " ", "  ", "\n", "\u00a0",
               "\u2003", "z.", "B.", "Bildungs-", "und", "Strasse", "Frau", "Sprachkurs", "9", "_", "'", "’s",
               "<b>", "</b>", "https://amt.example/seite", "amt@stadt.example", "\u00ad", "(", ")", "Termni",
               "14", "-tägig", "·", "Job·center", "Lehrer·innen", "Volks·hoch·schuhle"],
        "ar": ["مرحبا", "مرحبه", "كَتَبَ", "الكتاب", "،", ".", " ", "\u200c", "-", "ال", "لغة", "دورة", "\n",
               "كتابب", "<i>", "</i>", "١٢٣"],
    }  # fmt: skip
    chooser = random.Random(11)
    gaps = ["", " ", " ", " ", " "]
    for language, choices in pieces.items():
        speller = service.speller(language)
        assert speller.available, language
        counted = 0
        for _ in range(1_000):
            # mostly apart by a space: glued pieces make new words, each asking enchant for suggestions
            text = "".join(
                chooser.choice(choices) + chooser.choice(gaps) for _ in range(chooser.randint(0, 25))
            )
            found = len(speller.check_text(text))
            assert speller.count_issues(text) == found, (language, repr(text))
            counted += found
        assert counted > 50, language  # the texts had issues to count


def test_german_places_in_arabic_and_persian_are_not_flagged(service: SpellingService) -> None:
    """The states and larger cities of Germany in their common Arabic and Persian spellings are words,
    in Arabic also with a proclitic (وميونخ "and Munich", بميونخ "in Munich"); a misspelling beside them
    is still found."""
    arabic = (
        "تقع مدينة أوغسبورغ في ولاية بافاريا، وكذلك نورنبرغ وميونخ. أما هامبورغ وفرانكفورت وكولونيا "
        "ودوسلدورف وشتوتغارت ولايبزيغ ودريسدن وهانوفر وبريمن وإيسن ودورتموند فهي مدن كبيرة. "
        "يعيش في بميونخ كثيرون قرب الراين في ولاية شمال الراين وستفاليا. المديتة جميلة."
    )
    assert [word for word, _s, _e in _found(service, "ar", arabic)] == ["المديتة"]
    persian = (
        "شهر آگسبورگ در ایالت بایرن است. نورنبرگ، مونیخ، هامبورگ، فرانکفورت، کلن، دوسلدورف، اشتوتگارت، "
        "برلین، آخن، لایپزیگ، درسدن، هانوفر، برمن و دورتموند شهرهای بزرگی هستند. شهرر زیباست."
    )
    assert [word for word, _s, _e in _found(service, "fa", persian)] == ["شهرر"]
