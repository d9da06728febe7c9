"""Field paths: ``key_info.employer.name``, ``measures.1.period_from``.

The same dotted paths name a field in the file, in validation findings, in the
form description (``forms/``) and as the ``objectName`` of the widget that edits it.
List items are addressed by index.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


def split(path: str) -> list[str | int]:
    return [int(part) if part.isdigit() else part for part in path.split(".")]


def join(*parts: str | int) -> str:
    return ".".join(str(part) for part in parts)


def get_value(root: BaseModel, path: str) -> Any:
    node: Any = root
    for part in split(path):
        node = node[part] if isinstance(part, int) else getattr(node, part)
    return node


def set_value(root: BaseModel, path: str, value: Any) -> None:
    """Assign through the model so pydantic checks the type (validate_assignment)."""
    *parents, last = split(path)
    node: Any = root
    for part in parents:
        node = node[part] if isinstance(part, int) else getattr(node, part)
    if isinstance(last, int):
        node[last] = value
    else:
        setattr(node, last, value)
