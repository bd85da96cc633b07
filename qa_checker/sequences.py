"""Read-only sequences whose items are made or read only when asked for."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar, overload

T = TypeVar("T")


class LazySequence(Sequence[T]):
    """A sequence of ``len(self)`` items, each made by :meth:`item` from its position when it is read.

    Indexing takes negative positions and slices as a list does; iterating reads the items in order.
    """

    def __len__(self) -> int:
        raise NotImplementedError

    def item(self, position: int) -> T:
        """The item at ``position`` (0 <= position < len(self))."""
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self.item(i) for i in range(*index.indices(len(self)))]
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError(f"index {index} out of range")
        return self.item(position)

    def __iter__(self) -> Iterator[T]:
        return (self.item(position) for position in range(len(self)))
