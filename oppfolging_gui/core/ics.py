"""The milestones as an iCalendar file (RFC 5545) for Outlook, Google Calendar, Thunderbird.

The ``icalendar`` library does the format (CRLF line ends, folding at 75 octets,
escaping, ``VALUE=DATE``); it is imported only here, when a calendar is made.

Each milestone with a date becomes an all-day event with a reminder a week before
(the same window in which the program shows "Fristen nærmer seg"). The UID is derived from
``plan_id`` and the milestone id, so importing a later export of the same plan
updates the events instead of duplicating them. Milestones that are not required
are left out.

Privacy: a work calendar often syncs to a cloud service. The events therefore name
the employee by initials only (enough to tell a handful of employees apart) and hold
nothing else from the plan: no fødselsnummer, no sick-leave percentage, no notes,
no exception reasons, no doctor. The description is the milestone's general
explanation, the same for every plan.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from .. import APP_NAME, __version__
from .deadlines import DUE_SOON_DAYS, Milestone, milestones
from .messages import message
from .model import Plan

PRODID = f"-//{APP_NAME}//oppfolging {__version__}//NB"
UID_DOMAIN = "oppfolgingsplan.invalid"  # .invalid: never a real host (RFC 2606)
REMINDER_DAYS = DUE_SOON_DAYS


def milestone_uid(plan_id: str, milestone_id: str) -> str:
    """Stable across exports: the same plan and milestone always give the same UID."""
    return f"{plan_id}-{milestone_id}@{UID_DOMAIN}"


def initials(plan: Plan) -> str:
    employee = plan.key_info.employee
    parts = f"{employee.first_name} {employee.last_name}".replace("-", " ").split()
    return "".join(f"{part[0].upper()}." for part in parts)


def calendar_milestones(plan: Plan, today: date) -> list[Milestone]:
    """The milestones that go into the calendar: those with a date that still apply."""
    return [m for m in milestones(plan, today) if m.date is not None and m.status != "not_required"]


def calendar_bytes(plan: Plan, today: date, *, stamp: datetime | None = None) -> bytes:
    """The calendar file's bytes. ``stamp`` (UTC) is the DTSTAMP; default: now."""
    from icalendar import Calendar, Event

    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    who = initials(plan)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", message("ics.calendar_name"))
    for milestone in calendar_milestones(plan, today):
        assert milestone.date is not None
        event = Event()
        event.add("uid", milestone_uid(plan.plan_id, milestone.id))
        event.add("dtstamp", stamp)
        event.add("dtstart", milestone.date)  # a date: VALUE=DATE, an all-day event
        if milestone.date < date.max:  # without DTEND an all-day event lasts that one day
            event.add("dtend", milestone.date + timedelta(days=1))
        event.add("summary", f"{who}: {milestone.title}" if who else milestone.title)
        event.add("description", _description(milestone))
        event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
        event.add("class", "PRIVATE")
        if milestone.status != "done":
            event.add_component(_reminder(milestone))
        calendar.add_component(event)
    return calendar.to_ical()


def _description(milestone: Milestone) -> str:
    lines = [milestone.explanation, message("deadlines.responsible", who=milestone.who) + "."]
    if milestone.status == "done":
        lines.append(message("ics.done"))
    return "\n".join(lines)


def _reminder(milestone: Milestone):  # -> icalendar.Alarm (imported lazily)
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(days=-REMINDER_DAYS))
    alarm.add("description", milestone.title)
    return alarm
