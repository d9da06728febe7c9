"""A plan's life for the archive: three versions, a log of ten events, long meeting notes.

Version 1 is signed on screen by both, version 2 on paper, version 3 (the newest)
carries the whole log: ten events, two of them dialogue meetings with a referat of
several paragraphs, an exception with its reason and the end of the absence.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from oppfolging_gui.core.canonical import content_sha256
from oppfolging_gui.core.model import FollowUpEvent, Plan, Signature
from oppfolging_gui.core.storage import write_plan
from oppfolging_gui.core.versions import next_version, version_file_name

from .long_plan import wave

ABSENCE_ENDED = date(2027, 2, 26)

REFERAT = (
    "Referat fra dialogmøte 1. Til stede: arbeidstaker, nærmeste leder Siri Fjellheim og "
    "bedriftssykepleier fra bedriftshelsetjenesten. Sykmelder deltok ikke.\n\n"
    "Arbeidstaker fortalte at smertene i skulderen er bedre, men at løft over skulderhøyde "
    "fortsatt ikke går. Vi gikk gjennom arbeidsoppgavene i bakeriet én for én: betjening av "
    "disken, pakking og bestilling kan gjøres nå; deigelting og arbeid ved steinovnen ikke.\n\n"
    "Avtalt: gradert sykmelding 50 % fra 1. desember, med arbeid ved disken og bestilling. "
    "Bedriftshelsetjenesten ser på arbeidsstillingen ved pakkebordet innen to uker. Ny "
    "oppfølgingssamtale om fire uker.\n\n"
    "Arbeidstaker og leder er enige i referatet. Referatet er lest opp i møtet."
)
SAMTALE = (
    "Oppfølgingssamtale på telefon. Opptrappingen går etter planen; arbeidstaker jobber nå "
    "70 % og kjenner lite til skulderen.\n\n"
    "Neste steg: full stilling fra 1. februar hvis det går som nå. Arbeidstaker ønsker å "
    "vente med arbeid ved steinovnen til etter kontroll hos fysioterapeut."
)
EXCEPTION = (
    "NAV har vurdert at dialogmøte 2 ikke trengs fordi arbeidstaker forventes tilbake i full "
    "stilling før uke 26."
)


def _signed(plan: Plan, signer: str, day: date, offset: float) -> Signature:
    return Signature(name=signer, signed_on=day, strokes=wave(offset), content_sha256=content_sha256(plan))


def three_versions(first: Plan) -> list[Plan]:
    """Three versions of ``first``'s plan (page one from it), oldest first."""
    v1 = first.model_copy(deep=True)
    v1.version = 1
    v1.filled_date = date(2026, 11, 2)
    v1.follow_up.events = [
        FollowUpEvent(date=date(2026, 10, 29), kind="follow_up_conversation",
                      note="Telefonsamtale om situasjonen og muligheter for tilrettelegging."),
    ]
    v1.signatures.date = v1.filled_date
    v1.signatures.employee = _signed(v1, v1.employee_name, v1.filled_date, 0)
    v1.signatures.employer = _signed(v1, v1.key_info.employer.manager.full_name, v1.filled_date, 1)

    v2 = next_version(v1, date(2026, 12, 1))
    v2.measures = [measure.model_copy(deep=True) for measure in first.measures]
    v2.follow_up.events.append(FollowUpEvent(
        date=date(2026, 11, 12), kind="sent_to_sick_note_author", note="Første versjon sendt til fastlegen."))
    v2.follow_up.events.append(FollowUpEvent(date=date(2026, 11, 30), kind="dialogue_meeting_1", note=REFERAT))
    v2.signatures.date = v2.filled_date
    v2.signatures.paper_copy_at_workplace = True

    v3 = next_version(v2, date(2027, 1, 15))
    v3.measures = [measure.model_copy(deep=True) for measure in first.measures]
    v3.progress = "Full stilling fra 1. februar hvis opptrappingen går som planlagt."
    day = date(2026, 12, 3)
    for kind, note in [
        ("sent_to_nav", "Plan versjon 2 sendt til NAV med forside."),
        ("follow_up_conversation", SAMTALE),
        ("other", "Bedriftshelsetjenesten har justert pakkebordet."),
        ("follow_up_conversation", "Kort samtale i lunsjen: alt går bra."),
        ("sent_to_sick_note_author", "Versjon 2 sendt til fastlegen."),
        ("dialogue_meeting_2", REFERAT.replace("dialogmøte 1", "dialogmøte 2")),
        ("other", ""),
    ]:
        day += timedelta(days=9)
        v3.follow_up.events.append(FollowUpEvent(date=day, kind=kind, note=note))
    v3.follow_up.exceptions.dialogue_meeting_2 = EXCEPTION
    v3.follow_up.absence_ended = ABSENCE_ENDED
    return [v1, v2, v3]


def write_versions(versions: list[Plan], folder: Path) -> list[Path]:
    """Each version under the name the program gives it; the paths, oldest first."""
    paths = []
    for version in versions:
        path = folder / version_file_name(version)
        write_plan(version, path)
        paths.append(path)
    return paths
