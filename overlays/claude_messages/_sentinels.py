"""``NOT_GIVEN`` and ``omit``: the official SDK's markers for "leave this out".

Code written for the SDK passes them for optional arguments (``temperature=NOT_GIVEN``)
and, for ``omit``, as a header value to remove a default header. Here ``None`` already means
"not given"; these behave the same way wherever an argument or a per-call option is read.

Example::

    from claude_messages import NOT_GIVEN, omit

    client.messages.create(..., temperature=NOT_GIVEN, extra_headers={"anthropic-beta": omit})
"""

from __future__ import annotations

from typing import Final, Literal

__all__ = ["NOT_GIVEN", "NotGiven", "Omit", "drop_absent", "is_absent", "not_given", "omit"]


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument left out. Falsy.

    Example::

        def call(temperature: float | NotGiven = NOT_GIVEN) -> None: ...
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


class Omit:
    """The type of ``omit``: leave this out, or remove this default header. Falsy.

    Example::

        client.messages.create(..., extra_headers={"x-stainless-os": omit})
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "omit"


NOT_GIVEN: Final = NotGiven()
not_given: Final = NOT_GIVEN
omit: Final = Omit()


def is_absent(value: object) -> bool:
    """``None``, ``NOT_GIVEN`` or ``omit``: the argument is not sent."""
    return value is None or type(value) is NotGiven or type(value) is Omit


def drop_absent(params: dict[str, object]) -> None:
    """Remove the arguments passed as ``NOT_GIVEN`` or ``omit`` (in place: ``**params`` is a
    fresh dict per call), so that the rest of the call sees them as not given."""
    absent = [name for name, value in params.items() if type(value) in _MARKERS]
    for name in absent:
        del params[name]


_MARKERS: Final = (NotGiven, Omit)
