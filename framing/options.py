"""Options: one check for every public function's option values.

Options are keyword-only and typed with ``Literal`` (``kinds: Iterable[Kind]``); at run time a
wrong value gets one kind of error, naming the function, the option and the allowed values::

    check_option("measure", measure, ("per_1k", "share"), "plot_features")
    kinds = check_options("kinds", kinds, KINDS, "score_articles")

Options that a family of public functions shares are typed once as a ``TypedDict``
(``**options: Unpack[IntervalOptions]``) and held with their defaults by one dataclass;
``keyword_settings`` makes that dataclass from one call's keywords and refuses a misspelt one
by the function's name.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import MISSING, fields
from typing import TypeVar

T = TypeVar("T")


def _shown(allowed: Sequence) -> str:
    return ", ".join(repr(a) for a in allowed)


def check_option(name: str, value: T, allowed: Sequence, where: str = "") -> T:
    """``value`` when it is one of ``allowed``; else a ``ValueError`` naming ``where`` (the
    function), the option ``name`` and the allowed values."""
    if value not in allowed:
        head = f"{where}: " if where else ""
        raise ValueError(f"{head}{name} must be one of {_shown(allowed)}, got {value!r}")
    return value


def check_options(
    name: str, values: Iterable[T], allowed: Sequence, where: str = ""
) -> tuple[T, ...]:
    """``values`` as a tuple when every one is in ``allowed`` (an option that takes several,
    such as ``kinds``); else a ``ValueError`` naming the unknown ones and the allowed values.
    A single string is refused, not read letter by letter."""
    head = f"{where}: " if where else ""
    if isinstance(values, str):
        raise TypeError(f"{head}{name} takes a list of values, got the string {values!r}")
    values = tuple(values)
    bad = [v for v in values if v not in allowed]
    if bad:
        raise ValueError(f"{head}{name} must be among {_shown(allowed)}; unknown: {_shown(bad)}")
    return values


D = TypeVar("D")


def keyword_settings(settings: Callable[..., D], options: Mapping[str, object], where: str) -> D:
    """``settings(**options)``: the dataclass that holds the defaults of a family of options
    shared by several public functions (each typed ``**options: Unpack[...]``), made from the
    keywords one call was given. An unknown keyword is a ``TypeError`` naming ``where`` (the
    function) and the keywords it takes, as Python's own message for a misspelt keyword."""
    known = [f.name for f in fields(settings)]
    unknown = [k for k in options if k not in known]
    if unknown:
        raise TypeError(
            f"{where}() got an unexpected keyword argument {unknown[0]!r}; "
            f"its options: {', '.join(known)}"
        )
    return settings(**options)


F = TypeVar("F", bound=Callable)


def shows_options(settings: type) -> Callable[[F], F]:
    """Decorator: ``help()``, ``inspect.signature`` and Jupyter's signature tooltip show a
    function's ``**options`` as the keyword-only options of the ``settings`` dataclass, each
    with its type and default, as if they were written out (the call itself is unchanged)."""

    def decorate(function: F) -> F:
        signature = inspect.signature(function)
        kept = [p for p in signature.parameters.values() if p.kind is not p.VAR_KEYWORD]
        taken = {p.name for p in kept}
        shown = [
            inspect.Parameter(
                f.name,
                inspect.Parameter.KEYWORD_ONLY,
                default=inspect.Parameter.empty if f.default is MISSING else f.default,
                annotation=f.type,
            )
            for f in fields(settings)
            if f.name not in taken
        ]
        function.__signature__ = signature.replace(parameters=kept + shown)
        return function

    return decorate
