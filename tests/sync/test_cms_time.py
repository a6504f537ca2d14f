"""The CMS's calendar day of an instant: Berlin time, summer time by the EU rule, no time-zone database."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.sync.cms_time import berlin_offset, cms_date


@pytest.mark.parametrize(
    ("utc", "day"),
    [
        (dt.datetime(2026, 12, 1, 22, 59), dt.date(2026, 12, 1)),
        (dt.datetime(2026, 12, 1, 23, 0), dt.date(2026, 12, 2)),  # midnight in Berlin (winter: UTC+1)
        (dt.datetime(2026, 7, 1, 21, 59), dt.date(2026, 7, 1)),
        (dt.datetime(2026, 7, 1, 22, 0), dt.date(2026, 7, 2)),  # midnight in Berlin (summer: UTC+2)
        (dt.datetime(2026, 3, 29, 0, 59), dt.date(2026, 3, 29)),  # the night summer time starts
        (dt.datetime(2026, 10, 24, 22, 30), dt.date(2026, 10, 25)),  # and the night it ends
    ],
)
def test_cms_date_is_the_day_in_berlin(utc: dt.datetime, day: dt.date) -> None:
    """An evening in UTC is already the next day in the CMS's trees."""
    assert cms_date(utc) == day


@given(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2037, 12, 31)))
def test_berlin_offset_equals_the_time_zone_database(utc: dt.datetime) -> None:
    """The EU rule gives the offset the time-zone database gives for Europe/Berlin, at every instant."""
    aware = utc.replace(tzinfo=dt.UTC).astimezone(ZoneInfo("Europe/Berlin"))
    assert berlin_offset(utc) == aware.utcoffset()
