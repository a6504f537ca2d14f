"""The readability sidebar beside an editor pane: score, formulas and findings.

It renders a :class:`~editor.text.readability.ReadabilityResult` and never computes one
(the :class:`~editor.views.editor.readability_controller.ReadabilityController` does, off-thread).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.text.readability import (
    DEFAULT_MT_THRESHOLD,
    Band,
    Category,
    ReadabilityResult,
    Status,
    score_band,
)
from editor.views.editor.readability_hints import hint_text

#: Findings listed per category; the rest is summarised in one line (keeps rendering fast).
MAX_ITEMS_PER_CATEGORY = 50
_START_ROLE = Qt.ItemDataRole.UserRole
_END_ROLE = Qt.ItemDataRole.UserRole + 1
_BAND_COLOURS = {Band.GREEN: "#2e7d32", Band.YELLOW: "#f9a825", Band.RED: "#c62828"}


class ReadabilityPanel(QWidget):
    """Score with colour band and threshold, formulas with meanings, findings by category."""

    # -- signals ----------------------------------------------------------------------------------
    sig_span_activated = Signal(int, int)
    """A finding was clicked: select ``text[start:end]`` in the editor (Python str offsets)."""

    # -- init -------------------------------------------------------------------------------------
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._threshold = DEFAULT_MT_THRESHOLD
        self._result: ReadabilityResult | None = None
        self.score_label = QLabel(self)
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.score_label.setObjectName("readabilityScore")
        self.threshold_label = QLabel(self)
        self.threshold_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.measures = QTreeWidget(self)
        self.measures.setHeaderLabels([self.tr("Measure"), self.tr("Value")])
        self.measures.setRootIsDecorated(False)
        self.findings = QTreeWidget(self)
        self.findings.setHeaderLabels([self.tr("What pulls the score down")])
        self.findings.setMouseTracking(True)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.score_label, self.threshold_label, self.status_label):
            layout.addWidget(widget)
        lists = QHBoxLayout()  # side by side: the sidebar is wide and short below the editor
        lists.addWidget(self.measures, 1)
        lists.addWidget(self.findings, 1)
        layout.addLayout(lists, 1)
        layout.addWidget(self.hint_label)
        self.findings.itemClicked.connect(self._on_findings_item_clicked)
        self.findings.itemActivated.connect(self._on_findings_item_clicked)
        self.findings.itemEntered.connect(self._on_findings_item_entered)
        self.set_result(None)

    # -- properties -------------------------------------------------------------------------------
    @property
    def threshold(self) -> float:
        """The machine-translation threshold shown next to the score."""
        return self._threshold

    # -- public API -------------------------------------------------------------------------------
    def set_threshold(self, threshold: float) -> None:
        """Change the machine-translation threshold (the CMS default is 15)."""
        self._threshold = threshold
        self.set_result(self._result)

    def set_pending(self) -> None:
        """Show that a new analysis is under way (the old numbers stay visible)."""
        self.status_label.setText(self.tr("Updating…"))

    def set_result(self, result: ReadabilityResult | None) -> None:
        """Show ``result`` (None: nothing analysed yet)."""
        self._result = result
        self.status_label.setText("")
        self.hint_label.setText("")
        self._show_score(result)
        self._show_measures(result)
        self._show_findings(result)

    # -- private slots ----------------------------------------------------------------------------
    @Slot(QTreeWidgetItem, int)
    def _on_findings_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        start = item.data(0, _START_ROLE)
        end = item.data(0, _END_ROLE)
        if start is not None and end is not None:
            self.sig_span_activated.emit(int(start), int(end))

    @Slot(QTreeWidgetItem, int)
    def _on_findings_item_entered(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.hint_label.setText(item.toolTip(0))

    # -- helpers ----------------------------------------------------------------------------------
    def _show_score(self, result: ReadabilityResult | None) -> None:
        score = None if result is None else result.hix_like
        if result is not None and result.status is Status.NOT_ENOUGH_TEXT:
            self.score_label.setText(self.tr("Not enough text"))
            self.score_label.setStyleSheet("")
            words = result.counts.words
            self.threshold_label.setText(
                self.tr("%n word(s) of prose; a score needs at least 20.", "", words)
            )
            return
        if score is None:
            self._show_own_measure(result)
            return
        colour = _BAND_COLOURS[score_band(score)]
        shown = QLocale().toString(float(score), "f", 1)  # the UI locale's decimal mark
        self.score_label.setText(self.tr("HIX-like %1 / 20").replace("%1", shown))
        self.score_label.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; font-weight: bold; padding: 6px; }}"
        )
        self.score_label.setToolTip(
            self.tr("Our offline estimate on the HIX scale (0–20, higher is easier); not the HIX.")
        )
        ok = score >= self._threshold - 0.005
        text = (
            self.tr("Machine translation allowed (needs %1).")
            if ok
            else self.tr("Below %1: machine translation is blocked.")
        )
        self.threshold_label.setText(text.replace("%1", QLocale().toString(float(self._threshold), "g", 6)))

    def _show_own_measure(self, result: ReadabilityResult | None) -> None:
        """A language without the HIX-like score: the measure it is judged by (as in the region's
        report), Flesch reading ease for English and LIX for the others, on a neutral ground."""
        headline = None if result is None else result.headline
        self.score_label.setToolTip("")
        if result is None or headline is None:
            self.score_label.setText("–")
            self.score_label.setStyleSheet("")
            self.threshold_label.setText(
                "" if result is None else self.tr("No HIX-like score for this language.")
            )
            return
        shown = QLocale().toString(float(headline), "f", 1)
        if result.measure == "flesch":
            self.score_label.setText(self.tr("Flesch Reading Ease %1 / 100").replace("%1", shown))
            explained = self.tr(
                "The measure for English: 0–100, higher is easier. The HIX-like score is for German only."
            )
        else:
            self.score_label.setText(self.tr("LIX %1").replace("%1", shown))
            explained = self.tr(
                "The measure for this language: below 40 easy, above 60 hard (indicative). The HIX-like "
                "score is for German only."
            )
        self.score_label.setStyleSheet(
            "QLabel { background: palette(midlight); font-weight: bold; padding: 6px; }"
        )
        self.threshold_label.setText(explained)

    def _show_measures(self, result: ReadabilityResult | None) -> None:
        self.measures.clear()
        if result is None:
            return
        rows = self._measure_rows(result)
        for name, value, meaning in rows:
            if value is None:
                continue
            item = QTreeWidgetItem([name, QLocale().toString(float(value), "f", 2)])
            item.setToolTip(0, meaning)
            item.setToolTip(1, meaning)
            self.measures.addTopLevelItem(item)
        self.measures.resizeColumnToContents(0)

    def _measure_rows(self, result: ReadabilityResult) -> list[tuple[str, float | None, str]]:
        params = result.parameters
        rows: list[tuple[str, float | None, str]] = [
            (
                self.tr("Flesch–Amstad"),
                result.amstad,
                self.tr("0–100, higher is easier; from sentence length and syllables per word."),
            ),
            (
                self.tr("Wiener Sachtextformel"),
                result.wiener_sachtextformel_1,
                self.tr("School grade 4–15, lower is easier; long and many-syllable words."),
            ),
            (
                self.tr("SMOG (German)"),
                result.smog_de,
                self.tr("School grade, lower is easier; words with three or more syllables."),
            ),
            (
                self.tr("LIX"),
                result.lix,
                self.tr("Below 40 easy, above 60 hard; sentence length plus long words."),
            ),
            (
                self.tr("Flesch Reading Ease"),
                result.flesch_reading_ease,
                self.tr("0–100, higher is easier (English)."),
            ),
            (
                self.tr("Flesch–Kincaid grade"),
                result.flesch_kincaid_grade,
                self.tr("US school grade, lower is easier (English)."),
            ),
        ]
        if params is not None:
            rows += [
                (
                    self.tr("Words per sentence"),
                    params.avg_sentence_length,
                    self.tr("Average sentence length in words."),
                ),
                (
                    self.tr("Words per clause"),
                    params.avg_clause_length,
                    self.tr("Average clause length in words."),
                ),
                (
                    self.tr("Letters per word"),
                    params.avg_word_length,
                    self.tr("Average word length in letters."),
                ),
                (
                    self.tr("% long words"),
                    params.pct_long_words,
                    self.tr("Share of words with more than 6 letters."),
                ),
                (
                    self.tr("% long clauses"),
                    params.pct_long_clauses,
                    self.tr("Share of clauses with more than 12 words."),
                ),
                (
                    self.tr("% long sentences"),
                    params.pct_long_sentences,
                    self.tr("Share of sentences with more than 20 words."),
                ),
            ]
        return rows

    def _show_findings(self, result: ReadabilityResult | None) -> None:
        self.findings.clear()
        if result is None:
            return
        names = self._category_names()
        for category, found in result.findings_by_category().items():
            head = QTreeWidgetItem([f"{names[category]} ({len(found)})"])
            head.setToolTip(0, hint_text(found[0]))
            for finding in found[:MAX_ITEMS_PER_CATEGORY]:
                child = QTreeWidgetItem([_excerpt(finding.text)])
                child.setToolTip(0, hint_text(finding))
                child.setData(0, _START_ROLE, finding.start)  # plain ints, no Python objects
                child.setData(0, _END_ROLE, finding.end)
                head.addChild(child)
            if len(found) > MAX_ITEMS_PER_CATEGORY:
                more = QTreeWidgetItem([self.tr("… %n more", "", len(found) - MAX_ITEMS_PER_CATEGORY)])
                more.setForeground(0, QColor("gray"))
                head.addChild(more)
            self.findings.addTopLevelItem(head)

    def _category_names(self) -> dict[Category, str]:
        return {
            Category.LONG_SENTENCE: self.tr("Long sentences"),
            Category.NESTED_SENTENCE: self.tr("Nested sentences"),
            Category.LONG_WORD: self.tr("Long words"),
            Category.PASSIVE_VOICE: self.tr("Passive voice"),
            Category.NOMINAL_STYLE: self.tr("Nominal style"),
            Category.INFINITIVE_CONSTRUCTION: self.tr("Infinitive constructions"),
            Category.FUTURE_TENSE: self.tr("Future tense"),
            Category.ABBREVIATION: self.tr("Abbreviations"),
            Category.BUREAUCRATIC_TERM: self.tr("Bureaucratic terms"),
            Category.NEGATION: self.tr("Negation"),
            Category.GENITIVE: self.tr("Genitive"),
            Category.SUBJUNCTIVE: self.tr("Subjunctive"),
            Category.LONG_COMPOUND: self.tr("Long compounds"),
        }


def _excerpt(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
