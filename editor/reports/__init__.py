"""Region-wide reports (Qt-free): link check, freshness and the quality report.

Sits above :mod:`editor.sync` (the online link check uses its HTTP session) and below the views and
commands, which both call it.
"""
