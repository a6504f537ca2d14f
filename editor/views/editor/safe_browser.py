"""``SafeTextBrowser``: a ``QTextBrowser`` for previews of untrusted page HTML.

A plain ``QTextBrowser`` loads ``file://`` and absolute-path images and style sheets from the local
disk and follows ``file://`` links by reading the file into itself, so a page could show (and a
screenshot or screen share could leak) any local file the user can read. This browser:

* loads no resource at all: every image, style sheet or other resource, local or remote (``file:``,
  absolute and relative paths, ``http(s):``, ``data:``, ``qrc:``), is answered with a grey placeholder
  (images) or empty text;
* never navigates: it does not follow links itself and ignores ``setSource``;
* hands a clicked link to the system browser (``QDesktopServices``) only for the schemes in
  :data:`OPENABLE_SCHEMES`; every other link (``file:``, ``javascript:``, relative paths) does nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

#: Link schemes a click may open in the system's browser or mail/phone application.
OPENABLE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


def is_openable(url: QUrl) -> bool:
    """True when a click on ``url`` may be handed to the system (an absolute http(s)/mailto/tel URL)."""
    return url.isValid() and url.scheme().lower() in OPENABLE_SCHEMES and not url.isLocalFile()


def _placeholder() -> QImage:
    """What a blocked image shows: a 16 x 16 light grey square."""
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(QColor(0xD0, 0xD0, 0xD0))
    return image


class SafeTextBrowser(QTextBrowser):
    """A read-only HTML view that loads no resources and never navigates (see the module docstring)."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)

    # -- Qt overrides -----------------------------------------------------------------------------
    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Refuse every resource: nothing is read from disk, the network or embedded data.

        The answer must not be empty: for an empty answer ``QTextDocument`` reads ``file:``, relative
        and ``data:`` resources itself. Images get a small grey placeholder, anything else empty text.
        """
        del name
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return _placeholder()
        return ""

    def doSetSource(
        self, name: QUrl | str, kind: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource
    ) -> None:
        """Never navigate: the preview only ever shows the HTML it is given with ``setHtml``."""
        del name, kind

    # -- private slots ----------------------------------------------------------------------------
    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if is_openable(url):
            QDesktopServices.openUrl(url)
