"""A quicker `__init__` for the frozen, slotted records the bot makes several of per comment.

A frozen dataclass fills each field through `object.__setattr__` (so that its own `__setattr__`,
which refuses every change, is bypassed): a global lookup, an attribute lookup and a generic call
per field, about eight times the cost of a plain assignment. A slotted class already holds, for
each field, the slot's own setter; an `__init__` that calls those setters directly builds the
same object — same fields, same defaults, same signature, still frozen afterwards — in about half
the time. Records with a default factory, `__post_init__`, keyword-only or init-less fields keep
the `__init__` the dataclass wrote.
"""

from __future__ import annotations

import dataclasses
from typing import Any


def quicken(cls: type) -> bool:
    """Give the frozen, slotted dataclass `cls` the quicker `__init__`; whether it could."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        return False
    if hasattr(cls, "__post_init__"):
        return False
    fields = dataclasses.fields(cls)
    if len(fields) != len(cls.__dataclass_fields__):  # type: ignore[attr-defined]  # InitVar or ClassVar
        return False
    if any(not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields):
        return False
    scope: dict[str, Any] = {}
    args: list[str] = []
    body: list[str] = []
    for f in fields:
        scope[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is dataclasses.MISSING:
            args.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            args.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})\n")
    source = f"def __init__(self, {', '.join(args)}):\n" + ("".join(body) or "    pass\n")
    made: dict[str, Any] = {}
    exec(source, scope, made)  # the same kind of generated code the dataclass itself runs
    init = made["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__  # type: ignore[misc]
    setattr(cls, "__init__", init)  # noqa: B010  # mypy refuses assigning to a method
    return True


def quicken_all(names: dict[str, Any]) -> None:
    """`quicken` every frozen, slotted dataclass defined in the module whose globals are `names`."""
    module = names.get("__name__")
    for value in list(names.values()):
        if isinstance(value, type) and value.__module__ == module:
            quicken(value)
