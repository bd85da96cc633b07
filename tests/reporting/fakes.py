"""Large runs without the disk: results and stamp inputs made from a few templates as they are read."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from qa_checker.results import Result
from qa_checker.sequences import LazySequence


class FakeBatch(LazySequence[Result]):
    """``count`` results made on the fly from ``templates`` (the one at ``position % len(templates)``), none
    kept; ``make(template, position)`` gives each its own source (and whatever else differs). Like results
    on disk, it gives their statuses and scores without making them."""

    def __init__(
        self, templates: Sequence[Result], count: int, make: Callable[[Result, int], Result] | None = None
    ) -> None:
        self.templates = list(templates)
        self.count = count
        self.make = make or (lambda template, position: replace(template, source=f"batch/{position:06d}.yaml"))

    def __len__(self) -> int:
        return self.count

    def item(self, position: int) -> Result:
        return self.make(self.templates[position % len(self.templates)], position)

    def statuses(self) -> Iterator[str]:
        return (self.templates[i % len(self.templates)].status for i in range(self.count))

    def scores(self) -> Iterator[float | None]:
        return (self.templates[i % len(self.templates)].score for i in range(self.count))


class FakeInputs(LazySequence[dict[str, Any]]):
    """The stamp's inputs of ``count`` results, made as they are read."""

    def __init__(self, count: int) -> None:
        self.count = count

    def __len__(self) -> int:
        return self.count

    def item(self, position: int) -> dict[str, Any]:
        return {"source": f"batch/{position:06d}.yaml", "sha256": f"{position:064x}"}
