"""The translator's desk in the window: aligned panes, source diff, QA, XLIFF (issue 14)."""
