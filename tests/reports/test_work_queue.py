"""The order of a window's background work: what runs and how many wait, as work starts and ends."""

from __future__ import annotations

from editor.reports.work_queue import QueueState, WorkQueue


def test_work_queue_names_the_oldest_and_counts_the_rest() -> None:
    """Three started: the first runs, two wait; as they end (in any order), the next oldest runs."""
    queue = WorkQueue()
    assert queue.state() is None
    first, second, third = queue.add("glossary"), queue.add("xliff import"), queue.add("xliff export")
    assert queue.state() == QueueState("glossary", 2)
    queue.remove(second)  # one behind the first ended (e.g. failed at once)
    assert queue.state() == QueueState("glossary", 1)
    queue.remove(first)
    assert queue.state() == QueueState("xliff export", 0)
    queue.remove(first)  # again: ignored
    assert len(queue) == 1
    queue.remove(third)
    assert queue.state() is None


def test_work_queue_tokens_tell_equal_descriptions_apart() -> None:
    """Two exports described alike are two entries; ending one leaves the other."""
    queue = WorkQueue()
    one, two = queue.add("export"), queue.add("export")
    assert one != two
    queue.remove(two)
    assert queue.state() == QueueState("export", 0)
