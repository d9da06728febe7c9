"""The archive document's own words (the form's come from ``forms/``), per language.

One :class:`ArchiveTexts` per language, so the catalogue can take them over whole.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ArchiveTexts:
    """The archive's own words in one language (the form's come from ``forms/``)."""

    language_tag: str
    kind: str
    version_kicker: str
    title: str
    about: str
    concerns: str
    employee: str
    national_id: str
    employer: str
    business_number: str
    manager: str
    absence: str
    absence_from_to: str
    absence_open: str
    absence_unknown: str
    made_on: str
    made_by: str
    contents: str
    version: str
    filled: str
    signed: str
    page: str
    signed_both: str
    signed_employee: str
    signed_employer: str
    signed_paper: str
    signed_none: str
    follow_up_entry: str
    follow_up_summary: str
    notice: str
    plan_id: str
    follow_up_title: str
    continued: str
    follow_up_intro: str
    first_day: str
    sick_note_date: str
    absence_ended: str
    not_recorded: str
    dialogue_meeting_2_date: str
    sick_note_author: str
    exceptions: str
    no_exceptions: str
    log: str
    no_events: str
    no_date: str
    event_heading: str
    footer: str
    subject: str
    keywords: str


TEXTS: dict[str, ArchiveTexts] = {
    "nb": ArchiveTexts(
        language_tag="nb-NO",
        kind="ARKIVDOKUMENT",
        version_kicker="ARKIVDOKUMENT · VERSJON {version} ({position} av {count})",
        title="Oppfølgingsplan ved sykmelding",
        about=(
            "Dette dokumentet samler alle versjoner av oppfølgingsplanen for arbeidstakeren, "
            "eldste først, hver hel med sine underskrifter, og deretter hele oppfølgingen av "
            "sykefraværet: loggen med notater og referater, unntakene med begrunnelse og når "
            "sykefraværet ble avsluttet. Det er laget for arbeidsgiverens arkiv."
        ),
        concerns="Gjelder",
        employee="Arbeidstaker",
        national_id="Fødselsnummer",
        employer="Arbeidsgiver",
        business_number="Bedriftsnummer",
        manager="Nærmeste leder",
        absence="Sykefraværet",
        absence_from_to="{first} – {last}",
        absence_open="fra {first}, ikke registrert som avsluttet",
        absence_unknown="Første fraværsdag er ikke registrert",
        made_on="Laget",
        made_by="{date} med programmet Oppfølgingsplan {version}",
        contents="Innhold",
        version="Versjon {n}",
        filled="Utfylt",
        signed="Underskrevet",
        page="Side",
        signed_both="Arbeidstaker og arbeidsgiver",
        signed_employee="Bare arbeidstaker",
        signed_employer="Bare arbeidsgiver",
        signed_paper="Signert papirkopi på arbeidsplassen",
        signed_none="Ikke underskrevet i programmet",
        follow_up_entry="Oppfølgingen av sykefraværet",
        follow_up_summary="{events} hendelser i loggen, unntak og sykefraværets slutt",
        notice=(
            "Dokumentet er laget som PDF/A-2b for langtidsarkivering. Det inneholder "
            "helseopplysninger og skal oppbevares og slettes etter virksomhetens rutiner. "
            "NAV sletter sin kopi av planen fire måneder etter at sykefraværet er avsluttet."
        ),
        plan_id="Planens ID",
        follow_up_title="Oppfølgingen av sykefraværet",
        continued="{part} (fortsatt)",
        follow_up_intro=(
            "Fra den nyeste versjonen av planen (versjon {version}, utfylt {filled}). Loggen "
            "følger med fra versjon til versjon og viser derfor hele sykefraværet."
        ),
        first_day="Første fraværsdag",
        sick_note_date="Sykmeldingsdato",
        absence_ended="Sykefraværet avsluttet",
        not_recorded="Ikke registrert",
        dialogue_meeting_2_date="Dialogmøte 2 (innkalt av NAV)",
        sick_note_author="Sykmelder",
        exceptions="Unntak",
        no_exceptions="Ingen unntak er registrert.",
        log="Oppfølgingslogg",
        no_events="Ingen hendelser er ført i oppfølgingsloggen.",
        no_date="Uten dato",
        event_heading="{n}. {date}  ·  {kind}",
        footer="Arkivdokument · {name}",
        subject="Alle versjoner av oppfølgingsplanen ({form_number}) og oppfølgingen av sykefraværet",
        keywords="oppfølgingsplan, sykefravær, arkiv, {form_number}",
    ),
    "nn": ArchiveTexts(
        language_tag="nn-NO",
        kind="ARKIVDOKUMENT",
        version_kicker="ARKIVDOKUMENT · VERSJON {version} ({position} av {count})",
        title="Oppfølgingsplan ved sjukmelding",
        about=(
            "Dette dokumentet samlar alle versjonane av oppfølgingsplanen for arbeidstakaren, "
            "eldste først, kvar heil med underskriftene sine, og deretter heile oppfølginga av "
            "sjukefråværet: loggen med notat og referat, unntaka med grunngiving og når "
            "sjukefråværet vart avslutta. Det er laga for arkivet til arbeidsgivaren."
        ),
        concerns="Gjeld",
        employee="Arbeidstakar",
        national_id="Fødselsnummer",
        employer="Arbeidsgivar",
        business_number="Verksemdsnummer",
        manager="Næraste leiar",
        absence="Sjukefråværet",
        absence_from_to="{first} – {last}",
        absence_open="frå {first}, ikkje registrert som avslutta",
        absence_unknown="Første fråværsdag er ikkje registrert",
        made_on="Laga",
        made_by="{date} med programmet Oppfølgingsplan {version}",
        contents="Innhald",
        version="Versjon {n}",
        filled="Utfylt",
        signed="Underskriven",
        page="Side",
        signed_both="Arbeidstakar og arbeidsgivar",
        signed_employee="Berre arbeidstakar",
        signed_employer="Berre arbeidsgivar",
        signed_paper="Signert papirkopi på arbeidsplassen",
        signed_none="Ikkje underskriven i programmet",
        follow_up_entry="Oppfølginga av sjukefråværet",
        follow_up_summary="{events} hendingar i loggen, unntak og slutten på sjukefråværet",
        notice=(
            "Dokumentet er laga som PDF/A-2b for langtidsarkivering. Det inneheld "
            "helseopplysningar og skal oppbevarast og slettast etter rutinane til verksemda. "
            "NAV slettar kopien sin av planen fire månader etter at sjukefråværet er avslutta."
        ),
        plan_id="ID-en til planen",
        follow_up_title="Oppfølginga av sjukefråværet",
        continued="{part} (framhald)",
        follow_up_intro=(
            "Frå den nyaste versjonen av planen (versjon {version}, utfylt {filled}). Loggen "
            "følgjer med frå versjon til versjon og viser difor heile sjukefråværet."
        ),
        first_day="Første fråværsdag",
        sick_note_date="Sjukmeldingsdato",
        absence_ended="Sjukefråværet avslutta",
        not_recorded="Ikkje registrert",
        dialogue_meeting_2_date="Dialogmøte 2 (kalla inn av NAV)",
        sick_note_author="Sjukmeldar",
        exceptions="Unntak",
        no_exceptions="Ingen unntak er registrerte.",
        log="Oppfølgingslogg",
        no_events="Ingen hendingar er førte i oppfølgingsloggen.",
        no_date="Utan dato",
        event_heading="{n}. {date}  ·  {kind}",
        footer="Arkivdokument · {name}",
        subject="Alle versjonane av oppfølgingsplanen ({form_number}) og oppfølginga av sjukefråværet",
        keywords="oppfølgingsplan, sjukefråvær, arkiv, {form_number}",
    ),
    "en": ArchiveTexts(
        language_tag="en",
        kind="ARCHIVE DOCUMENT",
        version_kicker="ARCHIVE DOCUMENT · VERSION {version} ({position} of {count})",
        title="Follow-up plan during sick leave",
        about=(
            "This document brings together every version of the employee's follow-up plan, "
            "oldest first, each complete with its signatures, followed by the whole follow-up "
            "of the sickness absence: the log with its notes and minutes, the exceptions with "
            "their reasons, and when the absence ended. It is made for the employer's archive."
        ),
        concerns="Concerns",
        employee="Employee",
        national_id="National identity number",
        employer="Employer",
        business_number="Business number",
        manager="Line manager",
        absence="Sickness absence",
        absence_from_to="{first} – {last}",
        absence_open="from {first}, not recorded as ended",
        absence_unknown="The first day of absence is not recorded",
        made_on="Made",
        made_by="{date} with the program Oppfølgingsplan {version}",
        contents="Contents",
        version="Version {n}",
        filled="Filled in",
        signed="Signed",
        page="Page",
        signed_both="Employee and employer",
        signed_employee="Employee only",
        signed_employer="Employer only",
        signed_paper="Signed paper copy kept at the workplace",
        signed_none="Not signed in the program",
        follow_up_entry="Follow-up of the sickness absence",
        follow_up_summary="{events} events in the log, exceptions and the end of the absence",
        notice=(
            "This document is made as PDF/A-2b for long-term archiving. It contains health "
            "information and is to be kept and deleted according to the employer's routines. "
            "NAV deletes its copy of the plan four months after the absence has ended."
        ),
        plan_id="Plan ID",
        follow_up_title="Follow-up of the sickness absence",
        continued="{part} (continued)",
        follow_up_intro=(
            "From the newest version of the plan (version {version}, filled in {filled}). The "
            "log is carried from version to version and so covers the whole absence."
        ),
        first_day="First day of absence",
        sick_note_date="Date of sick note",
        absence_ended="Absence ended",
        not_recorded="Not recorded",
        dialogue_meeting_2_date="Dialogue meeting 2 (called by NAV)",
        sick_note_author="Sick note author",
        exceptions="Exceptions",
        no_exceptions="No exceptions are recorded.",
        log="Follow-up log",
        no_events="No events are recorded in the follow-up log.",
        no_date="No date",
        event_heading="{n}. {date}  ·  {kind}",
        footer="Archive document · {name}",
        subject="Every version of the follow-up plan ({form_number}) and the follow-up of the absence",
        keywords="follow-up plan, sickness absence, archive, {form_number}",
    ),
}
DEFAULT_LANGUAGE = "nb"
