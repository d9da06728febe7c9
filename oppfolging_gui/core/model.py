"""The plan model: one version of one follow-up plan, exactly as the file stores it.

The names and nesting follow ``shared/spec/plan-file-format.md`` to the letter; the
JSON Schema in ``forms/plan.schema.json`` is generated from these classes
(``python -m oppfolging_gui.core.schema``) and a test keeps the two in sync.

Types are strict (a string is never taken for a number, ``0`` never for ``false``),
but *values* are not judged here: a draft with a wrong fødselsnummer or a percentage
of 150 is a readable plan, and ``validation`` reports such findings. Only what makes
a file unreadable is refused: wrong JSON types, unknown keys inside sections, dates
that are not real dates, an empty ``measures`` list, ``version`` below 1, an unknown
event kind, a ``format_version`` other than the JSON integer of the newest format.
Older formats never reach these classes: :mod:`.migrations` brings a file up to
:data:`FORMAT_VERSION` before it is validated.

Every field has a default so the program can build an empty plan; when a *file* is
read, ``storage`` passes the context ``{"require_all_keys": True}`` and a missing key
makes the file unreadable, as the spec says.

A part's default comes from a lambda (``lambda: Person()``, ``lambda: []``), not the
class or ``list`` itself: building a validator, pydantic reads each default factory's
signature (does it take the data?), and a model class's signature is generated from
its fields, ``list``'s parsed from its text signature with ``tokenize``'s large
regular expression. A plain function's is read at once: building :class:`Plan`'s
validator at every start went from 38 to 23 M instructions (issue 15).
"""

import re
import uuid
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PrivateAttr,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

FORMAT_NAME = "oppfolgingsplan"
FORMAT_VERSION = 2

# Context flag for reading files: every key the format defines must be present.
REQUIRE_ALL_KEYS = "require_all_keys"

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _parse_iso_date(value: Any) -> date | None:
    if value is None or type(value) is date:
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass  # e.g. 2026-02-30: falls through to the error below
    raise PydanticCustomError(
        "iso_date", "skal være en ekte dato på formen ÅÅÅÅ-MM-DD eller null"
    )


# A date stored as "YYYY-MM-DD" or null; nothing else is a date in this format.
OptionalDate = Annotated[
    date | None,
    BeforeValidator(_parse_iso_date),
    PlainSerializer(lambda d: d.isoformat() if d else None, return_type=str | None),
    WithJsonSchema({"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]}),
]
RequiredDate = Annotated[
    date,
    BeforeValidator(_parse_iso_date),
    PlainSerializer(lambda d: d.isoformat(), return_type=str),
    WithJsonSchema({"type": "string", "format": "date"}),
]
# A percentage is an integer; 0–100 is a validation rule, not a reading rule, so
# that a draft with 150 still opens.
Percent = StrictInt | None
# A "Ja / Nei" question that may still be unanswered.
YesNo = StrictBool | None


def _check_uuid(value: str) -> str:
    try:
        uuid.UUID(value)
    except ValueError:
        raise PydanticCustomError("uuid", "skal være en UUID") from None
    return value


PlanId = Annotated[StrictStr, AfterValidator(_check_uuid)]


def _json_integer(value: Any) -> Any:
    # Literal[2] alone would take 2.0 (2.0 == 2): the format wants the JSON integer.
    if type(value) is not int:
        raise PydanticCustomError("format_version", f"skal være et heltall fra 1 til {FORMAT_VERSION}")
    return value


FormatVersion = Annotated[Literal[2], BeforeValidator(_json_integer)]

EventKind = Literal[
    "sent_to_sick_note_author",
    "sent_to_nav",
    "dialogue_meeting_1",
    "dialogue_meeting_2",
    "dialogue_meeting_3",
    "follow_up_conversation",
    "other",
]
EVENT_KINDS: tuple[str, ...] = EventKind.__args__  # type: ignore[attr-defined]


class Section(BaseModel):
    """A part of the plan: unknown keys are refused (typos or tampering).

    ``defer_build``: a model's validator is built when it is first used, not when
    this module is imported. Reading a plan builds :class:`Plan`'s, which holds every
    part; a part's own (for an edit of one of its fields, a new ``Measure``) follows
    when first needed, about a millisecond each. Building all of them at import was
    a tenth of the window's start-up (issue 15).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        json_schema_serialization_defaults_required=True,
        defer_build=True,
    )

    @model_validator(mode="before")
    @classmethod
    def _every_key_present(cls, data: Any, info: ValidationInfo) -> Any:
        if isinstance(data, dict) and info.context and info.context.get(REQUIRE_ALL_KEYS):
            # __pydantic_fields__, not model_fields (a slow property), and a set
            # comparison in C first: this runs for every part of every file read,
            # 21 times per plan (a third of listing a folder, issue 7).
            fields = cls.__pydantic_fields__
            if data.keys() >= fields.keys():
                return data
            missing = [name for name in fields if name not in data]
            if missing:
                raise PydanticCustomError(
                    "missing_keys",
                    "mangler {keys}",
                    {"keys": ", ".join(f"«{name}»" for name in missing)},
                )
        return data


class Person(Section):
    first_name: StrictStr = ""
    last_name: StrictStr = ""
    phone: StrictStr = ""

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


class Employer(Section):
    name: StrictStr = ""
    business_number: StrictStr = ""
    organization_number: StrictStr = ""
    manager: Person = Field(default_factory=lambda: Person())
    contact: Person = Field(default_factory=lambda: Person())
    ia_agreement: YesNo = None
    occupational_health_service: YesNo = None


class Employee(Section):
    first_name: StrictStr = ""
    last_name: StrictStr = ""
    national_id: StrictStr = ""
    phone: StrictStr = ""
    position: StrictStr = ""
    ordinary_tasks: StrictStr = ""

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


class Absence(Section):
    first_day: OptionalDate = None
    sick_note_date: OptionalDate = None
    sick_leave_percent: Percent = None


class KeyInfo(Section):
    """Nøkkelopplysninger: page one, kept as it is by "Opprett ny versjon"."""

    employer: Employer = Field(default_factory=lambda: Employer())
    employee: Employee = Field(default_factory=lambda: Employee())
    absence: Absence = Field(default_factory=lambda: Absence())


class FollowUpEvent(Section):
    date: OptionalDate = None
    kind: EventKind = "other"
    note: StrictStr = ""


class Exceptions(Section):
    """The reason for each exception, or "" when there is none."""

    plan: StrictStr = ""
    dialogue_meeting_1: StrictStr = ""
    dialogue_meeting_2: StrictStr = ""


class SickNoteAuthor(Section):
    name: StrictStr = ""
    address: StrictStr = ""


class FollowUp(Section):
    """The follow-up log of the whole absence; kept by "Opprett ny versjon"."""

    events: list[FollowUpEvent] = Field(default_factory=lambda: [])
    exceptions: Exceptions = Field(default_factory=lambda: Exceptions())
    dialogue_meeting_2_date: OptionalDate = None
    # New in format version 2: the day the absence ended; no milestone after it is due.
    absence_ended: OptionalDate = None
    sick_note_author: SickNoteAuthor = Field(default_factory=lambda: SickNoteAuthor())


class NavAssistance(Section):
    advice: StrictBool = False
    dialogue_meeting: StrictBool = False
    work_measures: StrictBool = False
    aids: StrictBool = False
    reason: StrictStr = ""


class OtherAssistance(Section):
    occupational_health_service: StrictBool = False
    other: StrictBool = False
    description: StrictStr = ""


class Measure(Section):
    """One Tiltak block."""

    tasks_possible: StrictStr = ""
    tasks_not_possible: StrictStr = ""
    description: StrictStr = ""
    goal: StrictStr = ""
    period_from: OptionalDate = None
    period_to: OptionalDate = None
    sick_leave_percent: Percent = None
    nav_assistance: NavAssistance = Field(default_factory=lambda: NavAssistance())
    other_assistance: OtherAssistance = Field(default_factory=lambda: OtherAssistance())
    doctor_clarification: StrictStr = ""
    adapted_work_impossible: StrictBool = False
    adapted_work_impossible_reason: StrictStr = ""


class Evaluation(Section):
    effect: StrictStr = ""
    new_measures_needed: YesNo = None


class EmployeeParticipation(Section):
    participated: YesNo = None
    reason_if_not: StrictStr = ""


# Bounds that keep every file the program (or a person) could make readable, while
# a number no plan can hold is refused as unreadable instead of failing later: a
# coordinate of 1e21 made every PDF fail, a version of 4,300 digits made "Opprett ny
# versjon" fail. The signature pad keeps points inside the box; 1,000 times the box
# is room enough for any other tool.
MAX_VERSION = 1_000_000
MAX_COORDINATE = 1_000_000.0


def _check_coordinate(value: float | int) -> float | int:
    if not -MAX_COORDINATE <= value <= MAX_COORDINATE:  # also NaN (1e400 reads as inf)
        raise PydanticCustomError("coordinate", "er et punkt langt utenfor signaturfeltet")
    return value


Coordinate = Annotated[
    StrictFloat | StrictInt,
    AfterValidator(_check_coordinate),
    WithJsonSchema({"type": "number", "minimum": -MAX_COORDINATE, "maximum": MAX_COORDINATE}),
]
Point = tuple[Coordinate, Coordinate]


class Signature(Section):
    """A signature drawn in the program; points in a 1000 × 300 box, origin top left."""

    name: StrictStr = ""
    signed_on: RequiredDate
    strokes: list[list[Point]] = Field(default_factory=lambda: [])
    content_sha256: StrictStr = ""


SIGNATURE_BOX = (1000.0, 300.0)


class Signatures(Section):
    date: OptionalDate = None
    employee: Signature | None = None
    employer: Signature | None = None
    paper_copy_at_workplace: StrictBool = False


def _new_plan_id() -> str:
    return str(uuid.uuid4())


class Plan(Section):
    """One version of one follow-up plan (the whole ``.oppfplan`` file)."""

    # Unknown *top-level* keys (a newer writer's app_version, saved_at, …) are
    # ignored, unlike unknown keys inside sections.
    model_config = ConfigDict(extra="ignore")

    format: Literal["oppfolgingsplan"] = FORMAT_NAME
    format_version: FormatVersion = FORMAT_VERSION
    plan_id: PlanId = Field(default_factory=_new_plan_id)
    version: StrictInt = Field(default=1, ge=1, le=MAX_VERSION)
    filled_date: OptionalDate = None
    key_info: KeyInfo = Field(default_factory=lambda: KeyInfo())
    follow_up: FollowUp = Field(default_factory=lambda: FollowUp())
    measures: list[Measure] = Field(default_factory=lambda: [Measure()], min_length=1)
    evaluation: Evaluation = Field(default_factory=lambda: Evaluation())
    progress: StrictStr = ""
    employee_participation: EmployeeParticipation = Field(
        default_factory=lambda: EmployeeParticipation()
    )
    signatures: Signatures = Field(default_factory=lambda: Signatures())
    additional_info: StrictStr = ""

    # The file's own dict when it was read in an older format version (before
    # migration), else None: its signatures sign *that* content (core.canonical).
    _as_read: dict[str, Any] | None = PrivateAttr(default=None)

    @classmethod
    def new(cls, today: date | None = None) -> "Plan":
        """An empty first version, filled in today."""
        return cls(filled_date=today or date.today())

    def to_json_dict(self) -> dict[str, Any]:
        """The plan as the file stores it (dates as ISO strings)."""
        return self.model_dump(mode="json")

    @property
    def employee_name(self) -> str:
        return self.key_info.employee.full_name


# The keys this format defines at the top level (the canonical content uses only these).
TOP_LEVEL_KEYS: tuple[str, ...] = tuple(Plan.model_fields)
