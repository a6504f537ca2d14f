"""The way out after a language was removed from the region and added again in the CMS (0043): the sync's
result names it and offers "Send kept texts again", which asks, queues the kept texts and syncs them."""

from __future__ import annotations

import pytest

from editor.models.sync_reads import kept_unsent
from editor.sync.memory_client import MemoryCmsClient
from editor.views import prompts
from editor.views.main_window import MainWindow
from tests.views.test_sync_ui import _page, cms, sync_window  # noqa: F401 - the window on the fake CMS


def _emptied_sync(window: MainWindow, cms: MemoryCmsClient) -> None:  # noqa: F811
    cms.remove_language("en")
    cms.add_language("en", parent="de")
    assert window.sync.sync_now()


@pytest.mark.parametrize("answer", [True, False], ids=["yes", "no"])
def test_send_kept_texts_again_asks_then_creates_them(
    sync_window: MainWindow,  # noqa: F811
    cms: MemoryCmsClient,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    answer: bool,
) -> None:
    """After the sync that found English emptied, the result dialog and the Sync menu offer to send the
    three English texts kept here; yes creates them in the CMS, no leaves them kept and unsent."""
    window = sync_window
    _emptied_sync(window, cms)
    dialog = window.sync.result_dialog
    assert dialog is not None
    assert not dialog.send_kept_button.isHidden()
    assert window.sync.send_kept_action.isVisible()
    assert kept_unsent(window.store) == {"en": 3}
    asked: list[str] = []

    def ask(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return answer

    monkeypatch.setattr(prompts, "ask", ask)

    dialog.send_kept_button.click()

    assert len(asked) == 1
    assert "en: 3" in asked[0]
    english = {page for page in cms.pages if cms.latest(page, "en") is not None}
    if answer:
        assert english == set(cms.pages)
        assert cms.latest(1, "en").content == "<p>Welcome</p>"  # type: ignore[union-attr]
        assert kept_unsent(window.store) == {}
        assert not window.sync.send_kept_action.isVisible()
        assert window.store.outbox_count() == 0
    else:
        assert english == set()
        assert kept_unsent(window.store) == {"en": 3}
        assert window.store.outbox_count() == 0


def test_result_dialog_offers_send_kept_only_for_an_emptied_language(
    sync_window: MainWindow,  # noqa: F811
    cms: MemoryCmsClient,  # noqa: F811
) -> None:
    """A sync with other failures (a language switched off) does not offer "Send kept texts again"."""
    window = sync_window
    window.store.save_translation(_page(window, 1), "en", title="Home", content="<p>Welcome here</p>")
    cms.set_language("en", active=False, visible=False)
    assert window.sync.sync_now()
    dialog = window.sync.result_dialog
    assert dialog is not None
    assert dialog.send_kept_button.isHidden()
    assert not window.sync.send_kept_action.isVisible()
    window.sync.send_kept_again()  # nothing kept: nothing asked, nothing queued (prompts.ask not patched)
    assert window.store.outbox_count() == 1
