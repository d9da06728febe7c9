"""Validation of a readable plan: the findings of ``plan-file-format.md`` § Validation.

A finding never stops the user: the window shows it next to the field, ``validate``
lists it, and a draft with findings still saves and prints. What makes a *file*
unreadable is :mod:`.storage`'s business, not this module's.

Which fields are required, and their labels, come from the form description
(``forms/oppfolgingsplan.json``); the checks per kind of field (organisation number,
fødselsnummer, phone, percentage), the date orders, and the answers that need a
reason (as NAV's own form asks for them) are here. Fast enough to run after every
keystroke: the rules are compiled once per process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, Literal, NamedTuple

from .fieldpath import split
from .formspec import FieldSpec, load_form
from .i18n import Language, resolve
from .identifiers import check_national_id, check_organization_number, check_phone, normalize_digits
from .messages import message
from .model import Plan

Severity = Literal["error", "warning"]


class Finding(NamedTuple):
    severity: Severity
    path: str  # as in the file, e.g. "measures.0.period_to"
    message: str  # plain Norwegian, shown to the user as it is


def has_errors(findings: list[Finding]) -> bool:
    return any(finding.severity == "error" for finding in findings)


def findings_by_path(findings: list[Finding]) -> dict[str, list[Finding]]:
    """The findings grouped per field, for showing them next to each field."""
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        grouped.setdefault(finding.path, []).append(finding)
    return grouped


def validate_plan(plan: Plan) -> list[Finding]:
    """Every finding of ``plan``, in the order of the form."""
    findings: list[Finding] = []
    for rule in _rules(resolve(None)):
        for path, parent, value in rule.locate(plan):
            rule.check(plan, path, parent, value, findings)
    findings.extend(_send_to_nav_reminder(plan))
    return findings


def _send_to_nav_reminder(plan: Plan) -> list[Finding]:
    """Bistand from NAV is asked for by sending NAV the plan: a reminder until that is logged."""
    if any(event.kind == "sent_to_nav" for event in plan.follow_up.events):
        return []
    form = load_form()
    for index, measure in enumerate(plan.measures):
        assistance = measure.nav_assistance
        for box in ("advice", "dialogue_meeting", "work_measures", "aids"):
            if getattr(assistance, box):
                sent = form.choice_label("event_kinds", "sent_to_nav")
                return [Finding(
                    "warning", f"measures.{index}.nav_assistance.{box}",
                    message("validation.send_to_nav", sent=sent),
                )]
    return []


# ------------------------------------------------------------------------ the rules

Out = list[Finding]
# (the plan, path, the object holding the field, value, label, findings)
ExtraCheck = Callable[[Plan, str, Any, Any, str, Out], None]


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _check_org_number(path: str, value: Any, label: str, out: Out) -> None:
    if problem := check_organization_number(value):
        out.append(Finding("error", path, message("validation.field_problem", label=label, problem=problem)))
    elif normalize_digits(value)[0] not in "89":
        # The check digit is right, but Enhetsregisteret assigns only numbers from 8 and 9.
        out.append(Finding(
            "warning", path,
            message("validation.org_number_first_digit", label=label),
        ))


def _check_national_id(path: str, value: Any, label: str, out: Out) -> None:
    result = check_national_id(value)
    if not result.valid:
        out.append(Finding("error", path, message("validation.field_problem", label=label, problem=result.problem)))
    elif result.warning:  # a test number ("testnummer") or an unknown century
        out.append(Finding("warning", path, message("validation.field_problem", label=label, problem=result.warning)))


def _check_phone(path: str, value: Any, label: str, out: Out) -> None:
    if problem := check_phone(value):
        out.append(Finding("error", path, message("validation.field_problem", label=label, problem=problem)))


def _check_percent(path: str, value: Any, label: str, out: Out) -> None:
    if not 0 <= value <= 100:
        out.append(Finding("error", path, message("validation.percent", label=label, value=value)))


# What each kind of field must hold when it is filled in.
_KIND_CHECKS: dict[str, Callable[[str, Any, str, Out], None]] = {
    "org_number": _check_org_number,
    "national_id": _check_national_id,
    "phone": _check_phone,
    "percent": _check_percent,
}


def _contact_phone_if_named(plan: Plan, path: str, contact: Any, value: Any, label: str, out: Out) -> None:
    if _blank(value) and not (_blank(contact.first_name) and _blank(contact.last_name)):
        out.append(Finding("error", path, message("validation.contact_phone", label=label)))


def _sick_note_not_before_first_day(plan: Plan, path: str, absence: Any, value: Any, label: str, out: Out) -> None:
    if value is not None and absence.first_day is not None and value < absence.first_day:
        first_day = load_form().label("key_info.absence.first_day")
        out.append(Finding("error", path, message("validation.not_before", label=label, other=first_day)))


def _period_not_ending_before_start(plan: Plan, path: str, measure: Any, value: Any, label: str, out: Out) -> None:
    if value is not None and measure.period_from is not None and value < measure.period_from:
        out.append(Finding("error", path, message("validation.period_reversed")))


def _label(path: str) -> str:
    return load_form().label(path)


def _reason_needed(ticked: Callable[[Any], bool], why: str) -> ExtraCheck:
    """A text that NAV's form asks for when a box is ticked (or a question answered No)."""

    def check(plan: Plan, path: str, parent: Any, value: Any, label: str, out: Out) -> None:
        if _blank(value) and ticked(parent):
            out.append(Finding("warning", path, message("validation.reason_needed", label=label, why=message(why))))

    return check


def _nav_assistance_wanted(assistance: Any) -> bool:
    return bool(assistance.advice or assistance.dialogue_meeting or assistance.work_measures or assistance.aids)


def _not_before_first_day(severity: Severity) -> ExtraCheck:
    def check(plan: Plan, path: str, parent: Any, value: Any, label: str, out: Out) -> None:
        first_day = plan.key_info.absence.first_day
        if value is not None and first_day is not None and value < first_day:
            out.append(Finding(severity, path, message(
                "validation.before_first_day", label=label, day=_dmy(value),
                first_day_label=_label("key_info.absence.first_day"), first_day=_dmy(first_day))))

    return check


def _dmy(day: Any) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


# Rules that look beyond the field's own value, by the field's path pattern.
_EXTRA_CHECKS: dict[str, ExtraCheck] = {
    "key_info.employer.contact.phone": _contact_phone_if_named,
    "key_info.absence.sick_note_date": _sick_note_not_before_first_day,
    "measures.*.period_to": _period_not_ending_before_start,
    "measures.*.nav_assistance.reason": _reason_needed(
        _nav_assistance_wanted, "validation.why.nav_assistance"),
    "measures.*.other_assistance.description": _reason_needed(
        lambda other: other.other, "validation.why.other"),
    "measures.*.adapted_work_impossible_reason": _reason_needed(
        lambda measure: measure.adapted_work_impossible, "validation.why.adapted_work"),
    "employee_participation.reason_if_not": _reason_needed(
        lambda participation: participation.participated is False, "validation.why.not_participated"),
    "follow_up.events.*.date": _not_before_first_day("warning"),
    "follow_up.absence_ended": _not_before_first_day("error"),
}


class _FieldRule(NamedTuple):
    spec: FieldSpec
    list_parts: tuple[str | int, ...]  # the list for "measures.*.x"; () for a plain field
    field_parts: tuple[str | int, ...]  # inside a list item, or from the plan

    def locate(self, plan: Plan) -> Iterator[tuple[str, Any, Any]]:
        """(concrete path, object holding the field, value) for each occurrence."""
        if not self.list_parts:
            yield self._resolve(plan, self.spec.path)
            return
        for index, item in enumerate(_walk(plan, self.list_parts)):
            yield self._resolve(item, self.spec.concrete(index))

    def _resolve(self, root: Any, path: str) -> tuple[str, Any, Any]:
        parent = _walk(root, self.field_parts[:-1])
        return path, parent, getattr(parent, str(self.field_parts[-1]))

    def check(self, plan: Plan, path: str, parent: Any, value: Any, out: Out) -> None:
        label = self.spec.label
        if _blank(value):
            if self.spec.required:
                out.append(Finding("error", path, message("validation.required", label=label)))
        elif kind_check := _KIND_CHECKS.get(self.spec.kind):
            kind_check(path, value, label, out)
        if extra := _EXTRA_CHECKS.get(self.spec.path):
            extra(plan, path, parent, value, label, out)


def _walk(node: Any, parts: tuple[str | int, ...]) -> Any:
    for part in parts:
        node = node[part] if isinstance(part, int) else getattr(node, part)
    return node


@cache
def _rules(language: Language) -> tuple[_FieldRule, ...]:
    """The fields that have something to check, in form order (compiled once per language:
    a finding names its field as the form in the window's language does)."""
    rules = []
    for spec in load_form(language).all_fields:
        if not (spec.required or spec.kind in _KIND_CHECKS or spec.path in _EXTRA_CHECKS):
            continue
        list_path, star, rest = spec.path.partition(".*.")
        if star:
            rules.append(_FieldRule(spec, tuple(split(list_path)), tuple(split(rest))))
        else:
            rules.append(_FieldRule(spec, (), tuple(split(spec.path))))
    return tuple(rules)
