"""Plan identity (``plan-file-format.md``): ``plan_id`` says "these files are versions
of one plan for one employee".

Two rules, for two decisions:

- Starting a new plan (:func:`employee_changed`): "Lagre som" of a plan whose
  employee — name or national ID — differs from the version it was opened from
  gets a new ``plan_id``, so that a plan made by overtyping another employee's
  never shares that employee's identity.
- Never joining two employees' files (:func:`same_employee`, :func:`split_by_employee`):
  files that already share a ``plan_id`` (made before that rule, or copied by hand)
  are one plan only when they are about the same person: the same national ID when
  both have one, else the same name. A corrected spelling of a name keeps its versions
  together through the national ID; two people are never put together.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable, Iterable
from typing import TypeVar

from .model import Plan

T = TypeVar("T")


def _name(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _national_id(text: str) -> str:
    return "".join(text.split())


def employee_key(plan: Plan) -> tuple[str, str]:
    """The employee as the identity rule compares them: name and national ID, with
    case and spacing that nobody would call a different person taken out."""
    employee = plan.key_info.employee
    return _name(employee.full_name), _national_id(employee.national_id)


def employee_changed(plan: Plan, opened_from: tuple[str, str] | None) -> bool:
    """True when ``plan``'s employee is not the one of the version it was opened from."""
    return opened_from is not None and employee_key(plan) != opened_from


def start_new_plan(plan: Plan) -> None:
    """Give ``plan`` a new identity: a new ``plan_id``, version 1."""
    plan.plan_id = str(uuid.uuid4())
    plan.version = 1


def same_employee(name_a: str, id_a: str, name_b: str, id_b: str) -> bool:
    """The same person: equal national IDs when both have one, else equal names."""
    a, b = _national_id(id_a), _national_id(id_b)
    if a and b:
        return a == b
    return _name(name_a) == _name(name_b)


def split_by_employee(items: Iterable[T], person: Callable[[T], tuple[str, str]]) -> list[list[T]]:
    """``items`` (files of one ``plan_id``) in groups of one employee each.

    ``person`` gives an item's (name, national ID). An item joins the first group
    whose every member is :func:`same_employee` with it, so no group ever holds two
    people, whatever the order of the items.
    """
    groups: list[list[T]] = []
    for item in items:
        name, national_id = person(item)
        for group in groups:
            if all(same_employee(name, national_id, *person(member)) for member in group):
                group.append(item)
                break
        else:
            groups.append([item])
    return groups
