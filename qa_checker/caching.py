"""Remembering what is derived from a text: bounded, and only for texts short enough to be repeated."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

__all__ = ["short_texts"]

F = TypeVar("F", bound=Callable[..., Any])


def short_texts(maxsize: int, longest: int) -> Callable[[F], F]:
    """A decorator remembering a function of a text (its first argument; the others hashable) for the last
    ``maxsize`` calls on texts of at most ``longest`` characters, and computing it each time for a longer one: a
    batch repeats its names, codes and standard phrases, and a long text is seldom repeated but would hold memory."""

    def decorate(derive: F) -> F:
        remembered = functools.lru_cache(maxsize=maxsize)(derive)

        @functools.wraps(derive)
        def derived(text: str, *args: Any) -> Any:
            return remembered(text, *args) if len(text) <= longest else derive(text, *args)

        return cast(F, derived)

    return decorate
