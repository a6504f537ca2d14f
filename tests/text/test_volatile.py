"""Detection of the facts that go out of date first (editor.text.volatile)."""

from __future__ import annotations

from editor.text.volatile import FactKind, find_volatile


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.text) for f in find_volatile(text)]


def test_volatile_address_hours_phone_in_html() -> None:
    """A street address with postcode, opening hours and a phone number are found at their offsets."""
    text = (
        "<p>Rathaus, <b>Maximilianstraße 4</b>, 86150 Augsburg.</p>"
        "<p>Öffnungszeiten: Mo–Fr 8:00–12:00 Uhr, Do 14 - 18 Uhr</p><p>Tel. 0821 324-0</p>"
    )
    found = find_volatile(text)
    assert [f.kind for f in found] == [
        FactKind.ADDRESS, FactKind.ADDRESS, FactKind.OPENING_HOURS, FactKind.OPENING_HOURS, FactKind.PHONE
    ]  # fmt: skip
    for fact in found:
        assert text[fact.start : fact.end] == fact.text


def test_volatile_english_hours_and_abbreviated_street() -> None:
    """English weekday hours and a "Str." address count too."""
    assert ("opening_hours", "Mon–Fri 9:00–17:00") in _kinds("Open Mon–Fri 9:00–17:00 at Bahnhofstr. 12a")
    assert ("address", "Bahnhofstr. 12a") in _kinds("Open Mon–Fri 9:00–17:00 at Bahnhofstr. 12a")


def test_volatile_plain_numbers_are_not_facts() -> None:
    """Years, amounts and short numbers are not phone numbers or hours."""
    assert _kinds("Seit 2024 kamen 12.000 Menschen, Kosten 120 Euro, Kapitel 3.") == []
