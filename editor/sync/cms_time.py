"""The CMS's calendar day of an instant.

The Integreat CMS keeps times in UTC but shows them, in its page trees too, in its current time zone:
``Europe/Berlin`` (``CURRENT_TIME_ZONE``, the default every Integreat instance runs with). A tree row's
date is that day, so a pull compares it with the day it last compared a text *in the same zone*: an
instant after 22:00 or 23:00 UTC is already the next day in Berlin, and comparing with the UTC day
would fetch every text saved that evening again on each pull (the request budget, house style 3.6).

Central European time without a time-zone database (Windows has none built in): UTC+1, and UTC+2 from
the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC (EU rule since 1996).
"""

from __future__ import annotations

import datetime as dt


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def berlin_offset(utc: dt.datetime) -> dt.timedelta:
    """The offset of Berlin's local time at the naive-UTC instant ``utc``."""
    start = dt.datetime.combine(_last_sunday(utc.year, 3), dt.time(1))
    end = dt.datetime.combine(_last_sunday(utc.year, 10), dt.time(1))
    return dt.timedelta(hours=2 if start <= utc < end else 1)


def cms_date(utc: dt.datetime) -> dt.date:
    """The CMS's calendar day (Berlin) of the naive-UTC instant ``utc``."""
    return (utc + berlin_offset(utc)).date()
