"""The preview's SafeTextBrowser: no local or remote resource is loaded, no link is followed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from editor.views.editor.pane import EditorPane
from editor.views.editor.safe_browser import SafeTextBrowser


class _UrlRecorder(QObject):
    """A real ``QDesktopServices`` URL handler that records what would be opened."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def recorder() -> Iterator[_UrlRecorder]:
    """Route every scheme a link could use to a recorder instead of the system's applications."""
    handler = _UrlRecorder()
    schemes = ("http", "https", "mailto", "tel", "file", "javascript", "data", "ftp")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, handler, "open")
    yield handler
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def local_files(tmp_path: Path) -> tuple[Path, Path]:
    """A secret text file and a real PNG image on the local disk."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-LINE\n", encoding="utf-8")
    image = tmp_path / "pixel.png"
    picture = QImage(4, 4, QImage.Format.Format_RGB32)
    picture.fill(0xFF0000)
    assert picture.save(str(image))
    return secret, image


def _shown_image(browser: SafeTextBrowser, url: QUrl) -> QImage:
    """The image the browser's document holds for ``url`` after rendering."""
    resource = browser.document().resource(QTextDocument.ResourceType.ImageResource.value, url)
    return resource.toImage() if hasattr(resource, "toImage") else QImage(resource)


def test_safe_browser_loads_no_local_resource(qtbot: QtBot, local_files: tuple[Path, Path]) -> None:
    """file://, absolute-path and data: images are shown as a grey placeholder, never the file."""
    secret, image = local_files
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    data_url = "data:image/png;base64," + image.read_bytes().hex()
    browser.setHtml(
        f'<p>x</p><img src="{image}"><img src="file://{image}"><img src="{data_url}">'
        f'<link rel="stylesheet" href="file://{secret}">'
    )
    browser.resize(300, 200)
    browser.grab()  # lay out and paint, which makes the document ask for its resources
    for url in (QUrl(str(image)), QUrl(f"file://{image}")):
        shown = _shown_image(browser, url)
        assert shown.size().width() != 4, f"{url.toString()} was loaded from disk"
    style = browser.loadResource(
        QTextDocument.ResourceType.StyleSheetResource.value, QUrl.fromLocalFile(str(secret))
    )
    assert "TOPSECRET" not in str(style)


def test_safe_browser_never_navigates_to_a_local_file(
    qtbot: QtBot, local_files: tuple[Path, Path], recorder: _UrlRecorder
) -> None:
    """setSource and a clicked file:// link leave the shown HTML alone and open nothing."""
    secret, _image = local_files
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml("<p>Seite</p>")
    browser.setSource(QUrl.fromLocalFile(str(secret)))
    browser.anchorClicked.emit(QUrl.fromLocalFile(str(secret)))
    browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    browser.anchorClicked.emit(QUrl("relative/page.html"))
    assert "TOPSECRET" not in browser.toPlainText()
    assert browser.toPlainText().strip() == "Seite"
    assert recorder.opened == []


def test_safe_browser_opens_web_mail_and_phone_links_in_the_system(
    qtbot: QtBot, recorder: _UrlRecorder
) -> None:
    """http(s), mailto and tel links go to the system's applications; the preview stays put."""
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml("<p>Seite</p>")
    for url in ("https://integreat.app/", "http://example.org/x", "mailto:info@example.org", "tel:+49301234"):
        browser.anchorClicked.emit(QUrl(url))
    assert recorder.opened == [
        "https://integreat.app/",
        "http://example.org/x",
        "mailto:info@example.org",
        "tel:+49301234",
    ]
    assert browser.toPlainText().strip() == "Seite"


def test_safe_browser_is_the_pane_preview(qtbot: QtBot, local_files: tuple[Path, Path]) -> None:
    """The editor pane's preview shows a placeholder for a local image the page points at."""
    _secret, image = local_files
    pane = EditorPane(lambda *_args: None, autosave_ms=1000)
    qtbot.addWidget(pane)
    pane.preview.setHtml(f'<img src="file://{image}">')
    pane.preview.resize(300, 200)
    pane.preview.grab()
    assert _shown_image(pane.preview, QUrl(f"file://{image}")).size().width() != 4
