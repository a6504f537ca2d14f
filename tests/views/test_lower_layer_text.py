"""The working copy's, the text layer's and the sync's problems reach the German UI with no English left.

Each test drives a real failure (a foreign or damaged file, undecodable text, a conflict, a refused push,
a wrong password) and checks what the UI shows against every English sentence the app could have shown:
the source strings of the catalogue's error contexts, the sync's English problem messages and the
exception's own English text.
"""

from __future__ import annotations

import ast
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from editor.models.demo import ensure_demo
from editor.models.errors import StoreError
from editor.models.store import Store, open_store, working_copy_path
from editor.models.sync_reads import outbox_items
from editor.sync.bundled_client import fill_demo
from editor.sync.errors import ClientError, LoginRejected, NetworkError
from editor.sync.issues import MESSAGES, Problem, failure, read_stored, stored
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.service import SyncService
from editor.text.convert import markdown_to_html
from editor.text.errors import ContentError
from editor.text.normal_form import parse_fragment
from editor.views.error_text import describe
from editor.views.sync.issue_text import issue_text, problem_text, stored_text
from editor.views.sync.result_dialog import SyncResultDialog
from tests.sync.contract_backends import seed_memory
from tests.views.test_error_text import CATALOGUE, german  # noqa: F401

#: Catalogue contexts whose sources are messages built from lower-layer errors.
CONTEXTS = ("Errors", "SyncIssues", "ImportData")


def _catalogue_sources() -> list[str]:
    root = ET.parse(CATALOGUE).getroot()
    return [
        message.findtext("source") or ""
        for context in root.iter("context")
        if context.findtext("name") in CONTEXTS
        for message in context.iter("message")
    ]


ENGLISH = [*_catalogue_sources(), *MESSAGES.values()]


def _fragments(text: str, values: Iterable[str] = ()) -> list[str]:
    """The runs of three or more English words in ``text`` between its placeholders and values."""
    pieces = re.split(r"\{[a-z0-9_]*\}", text)
    for value in sorted(values, key=len, reverse=True):  # a number must not split a path holding it
        if value:
            pieces = [part for piece in pieces for part in piece.split(value)]
    runs = []
    for piece in pieces:
        for run in re.split(r"[.;:()“”\"]", piece):
            words = re.findall(r"[A-Za-z']+", run)
            if len(words) >= 3:
                runs.append(" ".join(words).lower())
    return runs


def _leftovers(shown: str, exc: BaseException | None = None) -> list[str]:
    """English sentences (or parts of three words or more) that ``shown`` still contains."""
    words = " ".join(re.findall(r"[A-Za-z']+", shown)).lower()
    english = list(ENGLISH)
    values: list[str] = []
    if exc is not None:
        english.append(str(exc))
        values = [str(v) for v in getattr(exc, "params", {}).values()]
        values += [str(v) for v in vars(exc).values() if isinstance(v, str | int)]
        values += [str(v) for seq in vars(exc).values() if isinstance(seq, tuple) for v in seq]
    return [run for text in english for run in _fragments(text, values) if f" {run} " in f" {words} "]


def _assert_german(shown: str, exc: BaseException | None = None) -> None:
    assert shown
    assert _leftovers(shown, exc) == [], shown
    if exc is not None:
        assert shown != str(exc)


# --- the working copy -----------------------------------------------------------------------------


def _refusal(data: Path, slug: str, create: bool = False) -> StoreError:
    with pytest.raises(StoreError) as info:
        open_store(data, slug, create=create)
    return info.value


def test_store_refusals_are_shown_in_german(german: None, tmp_path: Path) -> None:  # noqa: F811
    """A foreign SQLite file, a damaged file, a missing working copy and a bad slug read in German."""
    foreign = working_copy_path(tmp_path, "fremd")
    foreign.parent.mkdir(parents=True)
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    damaged = working_copy_path(tmp_path, "kaputt")
    damaged.parent.mkdir(parents=True)
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    errors = {
        "foreign_file": _refusal(tmp_path, "fremd"),
        "unreadable_file": _refusal(tmp_path, "kaputt"),
        "missing": _refusal(tmp_path, "leer"),
        "bad_slug": _refusal(tmp_path, "../ausserhalb"),
    }
    for code, exc in errors.items():
        assert exc.code == code
        _assert_german(describe(exc), exc)
    assert "keine Arbeitskopie von Integreat Desk" in describe(errors["foreign_file"])
    assert "beschädigt" in describe(errors["unreadable_file"])


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    """The demo working copy in a real file."""
    store = ensure_demo(tmp_path, fill_demo)
    yield store
    store.close()


def test_store_undecodable_text_and_editing_refusals_are_shown_in_german(
    german: None,  # noqa: F811
    demo: Store,
) -> None:
    """Undecodable stored text, and an edit the working copy refuses, read in German."""
    page = next(row.id for row in demo.page_tree() if {"de", "en"} <= set(row.cells))
    with sqlite3.connect(demo.path) as conn:
        conn.execute(
            "UPDATE translation SET content = CAST(x'c328' AS TEXT) "
            "WHERE page_id = ? AND language_code = 'en'",
            (page,),
        )
    with pytest.raises(StoreError) as unreadable:
        demo.translation(page, "en")
    with pytest.raises(StoreError) as untitled:
        demo.create_page(None, "first-child", "de", "  ")
    with pytest.raises(StoreError) as below:
        demo.move_page(page, page, "first-child")
    for exc in (unreadable.value, untitled.value, below.value):
        _assert_german(describe(exc), exc)


# --- content --------------------------------------------------------------------------------------


def test_content_errors_are_shown_in_german(german: None) -> None:  # noqa: F811
    """HTML with a control character and Markdown nested too deeply read in German."""
    with pytest.raises(ContentError) as control:
        parse_fragment("<p>Termin\x01 am Montag</p>")
    with pytest.raises(ContentError) as deep:
        markdown_to_html("\n".join(">" * level + " Zitat" for level in range(1, 200)))
    assert (control.value.code, deep.value.code) == ("control_character", "too_deep")
    for exc in (control.value, deep.value):
        _assert_german(describe(exc), exc)
    assert "U+0001" in describe(control.value)


# --- sync -----------------------------------------------------------------------------------------


@pytest.fixture
def synced(tmp_path: Path) -> Iterator[tuple[Store, MemoryCmsClient, SyncService, dict[str, int]]]:
    """A working copy pulled from an in-memory CMS."""
    client = MemoryCmsClient(users={"u": "pw"})
    ids = seed_memory(client)
    store = open_store(tmp_path, "testhausen", create=True)
    service = SyncService(store, client, "testhausen", "u", lambda _u: "pw", sleep=lambda _s: None)
    assert service.pull().ok
    yield store, client, service, ids
    store.close()


def _local(store: Store, cms_id: int) -> int:
    return next(p.id for p in store.page_tree() if p.cms_page_id == cms_id)


def test_sync_conflict_and_refused_push_are_shown_in_german(
    german: None,  # noqa: F811
    synced: tuple[Store, MemoryCmsClient, SyncService, dict[str, int]],
    qtbot: QtBot,
) -> None:
    """A conflict, and a push the CMS refuses, read in German in the result dialog and the outbox."""
    store, client, service, ids = synced
    work, welcome = _local(store, ids["work"]), _local(store, ids["welcome"])
    store.save_translation(work, "de", title="Arbeit", content="<p>hier geändert</p>")
    client.edit(ids["work"], "de", "Arbeit", "<p>dort geändert</p>")
    store.save_translation(welcome, "en", title="Welcome", content="<p>changed here</p>")
    report = service.sync()
    store.save_translation(welcome, "en", title="Welcome", content="<p>changed again</p>")
    client.fail_next(ClientError(400, "Titel ist zu lang"))
    report = report.merge(service.push())
    assert report.conflicts
    assert report.failed
    for issue in [*report.conflicts, *report.failed]:
        _assert_german(issue_text(issue))
        assert issue_text(issue) != issue.message
    assert "Titel ist zu lang" in issue_text(report.failed[0])
    failed = [entry for entry in outbox_items(store) if entry.last_error]
    assert failed
    for entry in failed:
        _assert_german(stored_text(entry.last_error))
    dialog = SyncResultDialog(report)
    qtbot.addWidget(dialog)
    for row in range(dialog.items.topLevelItemCount()):
        _assert_german(dialog.items.topLevelItem(row).text(2))


def test_sync_text_waiting_for_a_language_gone_is_shown_in_german(
    german: None,  # noqa: F811
    synced: tuple[Store, MemoryCmsClient, SyncService, dict[str, int]],
    qtbot: QtBot,
) -> None:
    """A text in a language deactivated in the CMS reads in German, naming the language, in the
    result dialog and in the outbox (not the CMS's 404 page)."""
    store, client, service, ids = synced
    store.save_translation(_local(store, ids["welcome"]), "en", title="Welcome", content="<p>hier</p>")
    client.set_language("en", active=False, visible=False)
    report = service.sync()
    [issue] = report.failed
    [entry] = [entry for entry in outbox_items(store) if entry.last_error]
    dialog = SyncResultDialog(report)
    qtbot.addWidget(dialog)
    for shown in (issue_text(issue), stored_text(entry.last_error), dialog.items.topLevelItem(0).text(2)):
        _assert_german(shown)
        assert "Sprache en ist im CMS nicht aktiv" in shown


def test_sync_language_emptied_is_shown_in_german_without_not_sent(
    german: None,  # noqa: F811
    synced: tuple[Store, MemoryCmsClient, SyncService, dict[str, int]],
    qtbot: QtBot,
) -> None:
    """English removed and added again in the CMS: the sync's note on it reads in German, names the
    language and the likely cause, and the result dialog does not call it "not sent" (0043)."""
    store, client, service, ids = synced
    store.save_translation(_local(store, ids["welcome"]), "en", title="Welcome", content="<p>hier</p>")
    client.remove_language("en")
    client.add_language("en", parent="de")
    report = service.sync()
    [issue] = report.failed
    dialog = SyncResultDialog(report)
    qtbot.addWidget(dialog)
    for shown in (issue_text(issue), dialog.messages()[0]):
        _assert_german(shown)
        assert "keine Texte in en mehr" in shown
        assert "entfernt und wieder hinzugefügt" in shown
        assert "Nicht gesendet" not in shown


def test_sync_network_and_login_failures_are_shown_in_german(
    german: None,  # noqa: F811
    synced: tuple[Store, MemoryCmsClient, SyncService, dict[str, int]],
) -> None:
    """A network failure on one item, and a wrong password for the whole sync, read in German."""
    store, client, service, ids = synced
    store.save_translation(_local(store, ids["work"]), "de", title="Arbeit", content="<p>neu</p>")
    client.fail_next(NetworkError("network failure: ChunkedEncodingError"))
    report = service.push()
    [issue] = report.failed
    _assert_german(issue_text(issue))
    other = MemoryCmsClient(users={"u": "pw"})  # not logged in yet
    seed_memory(other)
    wrong = SyncService(store, other, "testhausen", "u", lambda _u: "falsch", sleep=lambda _s: None)
    with pytest.raises(LoginRejected) as rejected:
        wrong.push()
    _assert_german(describe(rejected.value), rejected.value)


def test_sync_problem_text_without_a_translator_is_the_english_message(
    synced: tuple[Store, MemoryCmsClient, SyncService, dict[str, int]],
) -> None:
    """Without a translator the conflict reads as the English source string (no code shown)."""
    store, client, service, ids = synced
    store.save_translation(_local(store, ids["work"]), "de", title="Arbeit", content="<p>hier</p>")
    client.edit(ids["work"], "de", "Arbeit", "<p>dort</p>")
    [conflict] = service.sync().conflicts
    assert QCoreApplication.translate("SyncIssues", "Changed here and on the server.") == issue_text(conflict)


# --- coverage of the codes ------------------------------------------------------------------------


def _codes_raised(kind: str) -> set[str]:
    """The codes passed to ``kind(message, code, ...)`` anywhere in editor/."""
    root = Path(__file__).resolve().parents[2] / "editor"
    codes = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == kind and len(node.args) > 1:
                code = node.args[1]
                assert isinstance(code, ast.Constant), f"{path}:{node.lineno}: the code must be a literal"
                codes.add(str(code.value))
    return codes


def test_every_store_content_and_sync_code_has_a_german_message(german: None) -> None:  # noqa: F811
    """Each code a raise site uses, and each sync problem code, is worded (in German) by the views."""
    store = _codes_raised("StoreError")
    content = _codes_raised("ContentError")
    assert len(store) > 30
    assert content == {"control_character", "unparsable", "too_deep", "unsafe_markup", "not_markdown"}
    for code in store:
        _assert_german(describe(StoreError("x", code, path="/d/w.sqlite", page=1, language="ar", cause="io")))
    for code in content:
        _assert_german(describe(ContentError("x", code, char="U+0001", offset=3, line=2, levels=50)))
    for code in MESSAGES:
        shown = problem_text(Problem(code, {"language": "ar", "known": "3", "text": "Text"}))
        if code not in ("text", "network"):  # those show the stored text / the described error
            _assert_german(shown)


def test_sync_failure_caused_by_a_store_error_is_rebuilt_with_its_parameters(german: None) -> None:  # noqa: F811
    """A sync action that failed on a working-copy error reads in German after a round trip through JSON."""
    exc = StoreError(
        "/d/w.sqlite: writing failed (disk I/O error)", "write_failed", path="/d/w.sqlite", cause="io"
    )
    kept = read_stored(stored(failure(exc, "apply_failed")))
    assert kept is not None
    shown = problem_text(kept)
    _assert_german(shown, exc)
    assert "/d/w.sqlite" in shown


# --- page addresses (--open, --compare) -----------------------------------------------------------


def test_page_address_problems_are_shown_in_german(german: None, tmp_path: Path) -> None:  # noqa: F811
    """--open with an unknown page, a wrong region or language, and --compare with a missing language
    read in German, with the closest pages named."""
    from editor.launch import checked_language
    from editor.models.page_address import PageAddressError, find_page, parse_page_address

    store = ensure_demo(tmp_path, fill_demo)
    try:
        errors = []
        for address in (
            "musterstadt/de/auslaenderbehoerde/termine-und-oeffnungszeiten",
            "augsburg/de/willkommen",
            "musterstadt/xx/willkommen",
            "musterstadt/pages/de/999999",
            "nur-ein-wort",
            "Muster Stadt/de/seite",
        ):
            with pytest.raises(PageAddressError) as info:
                find_page(store, parse_page_address(address))
            errors.append(info.value)
        with pytest.raises(PageAddressError) as info:
            checked_language(["de", "en"], "xx")
        errors.append(info.value)
    finally:
        store.close()
    assert {error.code for error in errors} == {
        "no_page", "other_region", "no_language", "no_cms_id", "not_address", "bad_region",
        "compare_language",
    }  # fmt: skip
    for error in errors:
        _assert_german(describe(error), error)
    closest = describe(errors[0])
    assert "musterstadt/de/auslaenderbehoerde/termine" in closest
    assert "ähnlichsten Seiten" in closest


def test_refused_markup_is_named_with_its_line_in_german(german: None) -> None:  # noqa: F811
    """HTML the CMS editor does not allow names what was found first, and where (the Source view's and
    the import's message, as `convert` names it)."""
    from editor.text.convert import html_to_markdown

    with pytest.raises(ContentError) as raised:
        html_to_markdown('<p>Hallo</p>\n<p><iframe src="https://example.org/"></iframe></p>')
    shown = describe(raised.value)
    _assert_german(shown)
    assert "Zuerst gefunden: <iframe> (Zeile 2)." in shown
