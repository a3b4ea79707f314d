"""Plain read-only copies of catalogue records: the same fields by the same names, read without
pydantic.

A built understander is kept on disk between runs (see bot/understand/snapshot.py). Reading it
back must not import pydantic, which costs more than the rest of `daigang understand`'s start-up.
So the catalogue records it holds are kept as `Record`s: each holds the fields of the model it
copies, nested models copied alike, so code that only reads fields reads the same values."""

from __future__ import annotations

from typing import Any


class Record:
    """The fields of one catalogue record (a job, its pay, an employer …), read-only.

    Equal to another record of the same kind with the same fields, as the models are."""

    __slots__ = ("__dict__", "_kind")
    _kind: str

    def __init__(self, kind: str, fields: dict[str, Any]) -> None:
        """A record of `kind` (the model's name) holding `fields`."""
        object.__setattr__(self, "_kind", kind)
        self.__dict__.update(fields)

    def __setattr__(self, name: str, value: object) -> None:
        """Records are read-only, as the frozen models they copy."""
        raise AttributeError(f"{self._kind} is read-only")

    def __reduce__(self) -> tuple[type[Record], tuple[str, dict[str, Any]]]:
        """Pickled as its kind and fields."""
        return Record, (self._kind, dict(self.__dict__))

    def __eq__(self, other: object) -> bool:
        """Same kind, same fields."""
        if not isinstance(other, Record):
            return NotImplemented
        return self._kind == other._kind and self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        """From the kind and the fields, as a frozen model's."""
        return hash((self._kind, *self.__dict__.values()))

    def __repr__(self) -> str:
        """Kind(field=value, …)."""
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{self._kind}({inner})"


def plain_reduction(obj: object) -> tuple[type[Record], tuple[str, dict[str, Any]]] | None:
    """How a pickler writes a catalogue model as a `Record` (None for anything else): a
    `reducer_override` for `pickle.Pickler`."""
    kind = type(obj)
    fields = getattr(kind, "model_fields", None)  # a pydantic model's, without importing pydantic
    if not isinstance(fields, dict):
        return None
    return Record, (kind.__name__, {name: getattr(obj, name) for name in fields})
