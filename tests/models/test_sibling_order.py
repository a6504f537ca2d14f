"""Pages the server does not place yet keep their place among pulled siblings (sibling_order.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.models.sibling_order import merged_order, positions_for


def test_merged_order_keeps_a_local_page_after_the_one_it_followed() -> None:
    """A page made after the last child stays last; one made first stays first; a chain stays a chain."""
    assert merged_order([1, 2, 9], [1, 2], {9}) == [1, 2, 9]
    assert merged_order([9, 1, 2], [1, 2], {9}) == [9, 1, 2]
    assert merged_order([1, 8, 9, 2], [2, 1], {8, 9}) == [2, 1, 8, 9]  # the server swapped 1 and 2
    assert merged_order([1, 8, 2], [2, 5], {8}) == [8, 2, 5]  # 1 moved away: nothing before 8 is left


def test_positions_for_keeps_server_numbers_where_there_is_room() -> None:
    """Local pages take free numbers between their neighbours; without room everything is renumbered."""
    assert positions_for([1, 9, 2], {1: 11, 2: 13}) == {1: 11, 9: 12, 2: 13}
    assert positions_for([9, 1], {1: 11}) == {9: 10, 1: 11}
    assert positions_for([1, 9], {1: 11}) == {1: 11, 9: 12}
    assert positions_for([1, 8, 9, 2], {1: 11, 2: 13}) == {1: 0, 8: 2, 9: 4, 2: 6}
    assert positions_for([9], {}) == {9: 0}


@given(
    st.lists(st.integers(-50, 50), unique=True, max_size=8).map(sorted),
    st.lists(st.integers(0, 9), max_size=6),
)
def test_positions_for_always_sorts_as_the_order(fixed_numbers: list[int], slots: list[int]) -> None:
    """Whatever the server's numbers and wherever the local pages go, the positions sort as the order
    and are distinct."""
    order: list[int] = list(range(len(fixed_numbers)))
    fixed = dict(zip(order, fixed_numbers, strict=True))
    for number, slot in enumerate(slots):
        order.insert(min(slot, len(order)), 100 + number)
    positions = positions_for(order, fixed)
    assert sorted(order, key=lambda page: positions[page]) == order
    assert len(set(positions.values())) == len(order)
