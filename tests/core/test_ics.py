"""The calendar export, read back with a small strict RFC 5545 reader written here.

The reader is deliberately independent of the ``icalendar`` library that writes the
file: it checks CRLF line ends, the 75-octet limit, unfolds continuation lines and
splits properties itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from oppfolging_gui.core.ics import PRODID, calendar_bytes, milestone_uid
from oppfolging_gui.core.model import FollowUpEvent, Plan

STAMP = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)
_NAME = re.compile(r"[A-Za-z0-9-]+")


@dataclass
class Component:
    name: str
    props: list[tuple[str, dict[str, str], str]] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)

    def get(self, name: str) -> tuple[dict[str, str], str]:
        found = [(params, value) for n, params, value in self.props if n == name]
        assert len(found) == 1, (name, found)
        return found[0]

    def value(self, name: str) -> str:
        return self.get(name)[1]


def unfold(data: bytes) -> list[str]:
    assert data.endswith(b"\r\n")
    physical = data[:-2].split(b"\r\n")
    for line in physical:
        assert b"\n" not in line and b"\r" not in line, "bare LF or CR"
        assert len(line) <= 75, f"line longer than 75 octets: {line!r}"
    logical: list[bytes] = []
    for line in physical:
        if line[:1] in (b" ", b"\t"):
            assert logical, "continuation without a line"
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return [line.decode("utf-8") for line in logical]  # decoded after unfolding: folds may split a character


def split_property(line: str) -> tuple[str, dict[str, str], str]:
    # name *(";" param) ":" value — quoted parameter values may hold ":" or ";".
    i, in_quotes = 0, False
    while i < len(line):
        if line[i] == '"':
            in_quotes = not in_quotes
        elif line[i] == ":" and not in_quotes:
            break
        i += 1
    head, value = line[:i], line[i + 1 :]
    name, *raw_params = head.split(";")
    assert _NAME.fullmatch(name), name
    params = dict(p.split("=", 1) for p in raw_params)
    return name.upper(), params, value


def parse(data: bytes) -> Component:
    stack: list[Component] = []
    root: Component | None = None
    for line in unfold(data):
        name, params, value = split_property(line)
        if name == "BEGIN":
            component = Component(value)
            if stack:
                stack[-1].children.append(component)
            stack.append(component)
        elif name == "END":
            assert stack and stack[-1].name == value, f"END:{value} does not close {stack[-1].name}"
            root = stack.pop()
        else:
            assert stack, "property outside a component"
            stack[-1].props.append((name, params, value))
    assert not stack and root is not None and root.name == "VCALENDAR"
    return root


def unescape(text: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def example_plan(first_name: str = "Jonas", last_name: str = "Eksempel") -> Plan:
    plan = Plan.new(date(2026, 11, 1))
    plan.plan_id = "3f1c2b7e-9d7a-4a34-8f43-5d1c4a2e9b10"
    plan.key_info.employee.first_name = first_name
    plan.key_info.employee.last_name = last_name
    plan.key_info.employee.national_id = "12345678901"
    plan.key_info.absence.first_day = date(2026, 11, 2)
    plan.key_info.absence.sick_leave_percent = 100
    plan.follow_up.sick_note_author.name = "Fastlege Hemmelig Navnesen"
    plan.follow_up.events.append(FollowUpEvent(date=date(2026, 11, 20), kind="sent_to_sick_note_author", note="Sendt i posten"))
    return plan


def events(calendar: Component) -> dict[str, Component]:
    return {e.value("UID"): e for e in calendar.children if e.name == "VEVENT"}


def test_a_valid_calendar_with_crlf_and_folding():
    data = calendar_bytes(example_plan(), date(2026, 12, 1), stamp=STAMP)
    assert b"\r\n " in data  # the long explanations are folded
    calendar = parse(data)
    assert calendar.value("VERSION") == "2.0"
    assert calendar.value("PRODID") == PRODID
    assert len(events(calendar)) == 7


def test_events_are_all_day_with_stable_uids_and_a_reminder():
    plan = example_plan()
    first = parse(calendar_bytes(plan, date(2026, 12, 1), stamp=STAMP))
    later = parse(calendar_bytes(plan, date(2027, 1, 15), stamp=datetime(2027, 1, 15, tzinfo=UTC)))
    assert events(first).keys() == events(later).keys()
    uid = milestone_uid(plan.plan_id, "dialogue_meeting_1")
    assert uid in events(first)
    meeting = events(first)[uid]
    params, value = meeting.get("DTSTART")
    assert params == {"VALUE": "DATE"} and value == "20261220"
    assert meeting.get("DTEND") == ({"VALUE": "DATE"}, "20261221")
    assert meeting.value("DTSTAMP") == "20261201T083000Z"
    assert unescape(meeting.value("SUMMARY")) == "J.E.: Dialogmøte 1 på arbeidsplassen"
    assert meeting.value("TRANSP") == "TRANSPARENT"
    (alarm,) = meeting.children
    assert alarm.name == "VALARM"
    assert alarm.value("ACTION") == "DISPLAY"
    assert alarm.value("TRIGGER") == "-P7D"
    assert alarm.value("DESCRIPTION")


def test_same_input_same_bytes_and_uids_differ_per_plan():
    plan = example_plan()
    assert calendar_bytes(plan, date(2026, 12, 1), stamp=STAMP) == calendar_bytes(plan, date(2026, 12, 1), stamp=STAMP)
    other = example_plan()
    other.plan_id = "0b6a3c1e-1111-4222-8333-944455566677"
    assert not events(parse(calendar_bytes(plan, date(2026, 12, 1), stamp=STAMP))).keys() & events(
        parse(calendar_bytes(other, date(2026, 12, 1), stamp=STAMP))
    ).keys()


def test_done_has_no_reminder_and_not_required_is_left_out():
    plan = example_plan()
    plan.follow_up.exceptions.dialogue_meeting_1 = "Åpenbart unødvendig"
    found = events(parse(calendar_bytes(plan, date(2026, 12, 1), stamp=STAMP)))
    assert milestone_uid(plan.plan_id, "dialogue_meeting_1") not in found
    sent = found[milestone_uid(plan.plan_id, "plan_to_sick_note_author")]
    assert sent.children == []
    assert "utført" in unescape(sent.value("DESCRIPTION"))


def test_only_initials_leave_the_program():
    plan = example_plan("Anne-Marie", "Østby")
    plan.follow_up.exceptions.plan = "Alvorlig sykdom, diagnose X"
    text = "\n".join(unfold(calendar_bytes(plan, date(2026, 12, 1), stamp=STAMP)))
    for secret in ("Anne", "Marie", "Østby", "12345678901", "Hemmelig", "Sendt i posten", "diagnose"):
        assert secret not in text
    assert "SUMMARY:A.M.Ø.: Dialogmøte 2 i regi av NAV" in text


def test_no_first_day_gives_an_empty_calendar():
    plan = example_plan()
    plan.key_info.absence.first_day = None
    assert events(parse(calendar_bytes(plan, date(2026, 12, 1), stamp=STAMP))) == {}
