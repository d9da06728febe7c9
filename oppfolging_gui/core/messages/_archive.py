"""The archive document's own words (the plan's versions inside it speak the form's).

Nynorsk in NAV's register, as the form and the rest of the catalogue: «arbeidsgjevar»,
«sjukefråver», «fråversdag», «næraste leiar».
"""

from __future__ import annotations

from ._text import Text

ARCHIVE: dict[str, Text] = {
    "pdf.archive.kind": Text(nb="ARKIVDOKUMENT", nn="ARKIVDOKUMENT", en="ARCHIVE DOCUMENT"),
    "pdf.archive.version_kicker": Text(
        nb="ARKIVDOKUMENT · VERSJON {version} ({position} av {count})",
        nn="ARKIVDOKUMENT · VERSJON {version} ({position} av {count})",
        en="ARCHIVE DOCUMENT · VERSION {version} ({position} of {count})"),
    "pdf.archive.about": Text(
        nb="Dette dokumentet samler alle versjoner av oppfølgingsplanen for arbeidstakeren, "
           "eldste først, hver hel med sine underskrifter, og deretter hele oppfølgingen av "
           "sykefraværet: loggen med notater og referater, unntakene med begrunnelse og når "
           "sykefraværet ble avsluttet. Det er laget for arbeidsgiverens arkiv.",
        nn="Dette dokumentet samlar alle versjonane av oppfølgingsplanen for arbeidstakaren, "
           "eldste først, kvar heil med underskriftene sine, og deretter heile oppfølginga av "
           "sjukefråveret: loggen med notat og referat, unntaka med grunngjeving og når "
           "sjukefråveret vart avslutta. Det er laga for arkivet til arbeidsgjevaren.",
        en="This document brings together every version of the employee's follow-up plan, "
           "oldest first, each complete with its signatures, followed by the whole follow-up "
           "of the sick leave: the log with its notes and minutes, the exceptions with "
           "their reasons, and when the sick leave ended. It is made for the employer's archive."),
    "pdf.archive.concerns": Text(nb="Gjelder", nn="Gjeld", en="Regarding"),
    "pdf.archive.employee": Text(nb="Arbeidstaker", nn="Arbeidstakar", en="Employee"),
    "pdf.archive.national_id": Text(nb="Fødselsnummer", nn="Fødselsnummer", en="National identity number"),
    "pdf.archive.employer": Text(nb="Arbeidsgiver", nn="Arbeidsgjevar", en="Employer"),
    "pdf.archive.business_number": Text(nb="Bedriftsnummer", nn="Bedriftsnummer", en="Business number"),
    "pdf.archive.manager": Text(nb="Nærmeste leder", nn="Næraste leiar", en="Nearest manager"),
    "pdf.archive.absence": Text(nb="Sykefraværet", nn="Sjukefråveret", en="Sick leave"),
    "pdf.archive.absence_from_to": Text(nb="{first} – {last}", nn="{first} – {last}", en="{first} – {last}"),
    "pdf.archive.absence_open": Text(nb="fra {first}, ikke registrert som avsluttet",
                                     nn="frå {first}, ikkje registrert som avslutta",
                                     en="from {first}, not recorded as ended"),
    "pdf.archive.absence_unknown": Text(nb="Første fraværsdag er ikke registrert",
                                        nn="Første fråversdag er ikkje registrert",
                                        en="The first day of absence is not recorded"),
    "pdf.archive.made_on": Text(nb="Laget", nn="Laga", en="Made"),
    "pdf.archive.made_by": Text(nb="{date} med programmet Oppfølgingsplan {version}",
                                nn="{date} med programmet Oppfølgingsplan {version}",
                                en="{date} with the program Oppfølgingsplan {version}"),
    "pdf.archive.contents": Text(nb="Innhold", nn="Innhald", en="Contents"),
    "pdf.archive.version": Text(nb="Versjon {n}", nn="Versjon {n}", en="Version {n}"),
    "pdf.archive.filled": Text(nb="Utfylt", nn="Utfylt", en="Filled in"),
    "pdf.archive.signed": Text(nb="Underskrevet", nn="Underskriven", en="Signed"),
    "pdf.archive.page": Text(nb="Side", nn="Side", en="Page"),
    "pdf.archive.signed_both": Text(nb="Arbeidstaker og arbeidsgiver", nn="Arbeidstakar og arbeidsgjevar",
                                    en="Employee and employer"),
    "pdf.archive.signed_employee": Text(nb="Bare arbeidstaker", nn="Berre arbeidstakar", en="Employee only"),
    "pdf.archive.signed_employer": Text(nb="Bare arbeidsgiver", nn="Berre arbeidsgjevar", en="Employer only"),
    "pdf.archive.signed_paper": Text(nb="Signert papirkopi på arbeidsplassen", nn="Signert papirkopi på arbeidsplassen",
                                     en="Signed paper copy kept at the workplace"),
    "pdf.archive.signed_none": Text(nb="Ikke underskrevet i programmet", nn="Ikkje underskriven i programmet",
                                    en="Not signed in the program"),
    "pdf.archive.follow_up_entry": Text(nb="Oppfølgingen av sykefraværet", nn="Oppfølginga av sjukefråveret",
                                        en="Follow-up of the sick leave"),
    "pdf.archive.follow_up_summary": Text(
        nb="{events} hendelser i loggen, unntak og sykefraværets slutt",
        nn="{events} hendingar i loggen, unntak og slutten på sjukefråveret",
        en="{events} events in the log, exceptions and the end of the sick leave"),
    "pdf.archive.notice": Text(
        nb="Dokumentet er laget som PDF/A-2b for langtidsarkivering. Det inneholder "
           "helseopplysninger og skal oppbevares og slettes etter virksomhetens rutiner. "
           "NAV sletter sin kopi av planen fire måneder etter at sykefraværet er avsluttet.",
        nn="Dokumentet er laga som PDF/A-2b for langtidsarkivering. Det inneheld "
           "helseopplysningar og skal oppbevarast og slettast etter rutinane til verksemda. "
           "NAV slettar kopien sin av planen fire månader etter at sjukefråveret er avslutta.",
        en="This document is made as PDF/A-2b for long-term archiving. It contains health "
           "information and is to be kept and deleted according to the employer's routines. "
           "NAV deletes its copy of the plan four months after the sick leave has ended."),
    "pdf.archive.plan_id": Text(nb="Planens ID: {plan_id}", nn="ID-en til planen: {plan_id}",
                                en="Plan ID: {plan_id}"),
    "pdf.archive.follow_up_title": Text(nb="Oppfølgingen av sykefraværet", nn="Oppfølginga av sjukefråveret",
                                        en="Follow-up of the sick leave"),
    "pdf.archive.continued": Text(nb="{part} (fortsatt)", nn="{part} (framhald)", en="{part} (continued)"),
    "pdf.archive.follow_up_intro": Text(
        nb="Fra den nyeste versjonen av planen (versjon {version}, utfylt {filled}). Loggen "
           "følger med fra versjon til versjon og viser derfor hele sykefraværet.",
        nn="Frå den nyaste versjonen av planen (versjon {version}, utfylt {filled}). Loggen "
           "følgjer med frå versjon til versjon og viser difor heile sjukefråveret.",
        en="From the newest version of the plan (version {version}, filled in {filled}). The "
           "log is carried from version to version and so covers the whole sick leave."),
    "pdf.archive.first_day": Text(nb="Første fraværsdag", nn="Første fråversdag", en="First day of absence"),
    "pdf.archive.sick_note_date": Text(nb="Sykmeldingsdato", nn="Sjukmeldingsdato", en="Date of the sick note"),
    "pdf.archive.absence_ended": Text(nb="Sykefraværet avsluttet", nn="Sjukefråveret avslutta",
                                      en="Sick leave ended"),
    "pdf.archive.not_recorded": Text(nb="Ikke registrert", nn="Ikkje registrert", en="Not recorded"),
    "pdf.archive.dialogue_meeting_2_date": Text(nb="Dialogmøte 2 (innkalt av NAV)",
                                                nn="Dialogmøte 2 (kalla inn av NAV)",
                                                en="Dialogue meeting 2 (called by NAV)"),
    "pdf.archive.sick_note_author": Text(nb="Sykmelder", nn="Sjukmeldar", en="Doctor who wrote the sick note"),
    "pdf.archive.exceptions": Text(nb="Unntak", nn="Unntak", en="Exceptions"),
    "pdf.archive.no_exceptions": Text(nb="Ingen unntak er registrert.", nn="Ingen unntak er registrerte.",
                                      en="No exceptions are recorded."),
    "pdf.archive.log": Text(nb="Oppfølgingslogg", nn="Oppfølgingslogg", en="Follow-up log"),
    "pdf.archive.no_date": Text(nb="Uten dato", nn="Utan dato", en="No date"),
    "pdf.archive.event_heading": Text(nb="{n}. {date}  ·  {kind}", nn="{n}. {date}  ·  {kind}",
                                      en="{n}. {date}  ·  {kind}"),
    "pdf.archive.footer": Text(nb="Arkivdokument · {name}", nn="Arkivdokument · {name}",
                               en="Archive document · {name}"),
    "pdf.archive.subject": Text(
        nb="Alle versjoner av oppfølgingsplanen ({form_number}) og oppfølgingen av sykefraværet",
        nn="Alle versjonane av oppfølgingsplanen ({form_number}) og oppfølginga av sjukefråveret",
        en="Every version of the follow-up plan ({form_number}) and the follow-up of the sick leave"),
    "pdf.archive.keywords": Text(nb="oppfølgingsplan, sykefravær, arkiv, {form_number}",
                                 nn="oppfølgingsplan, sjukefråver, arkiv, {form_number}",
                                 en="follow-up plan, sick leave, archive, {form_number}"),
}
