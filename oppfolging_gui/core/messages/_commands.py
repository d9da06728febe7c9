"""What the commands print: tables, notices and their errors (the parser's words are ``_cli``)."""

from __future__ import annotations

from ._text import Text

COMMANDS: dict[str, Text] = {
    "pdf.has_errors": Text(
        nb="Merk: planen har {count} feil og er ikke klar til å sendes. PDF-en er laget likevel; "
           "«oppfolging validate» viser feilene.",
        nn="Merk: planen har {count} feil og er ikkje klar til å sendast. PDF-en er laga likevel; "
           "«oppfolging validate» viser feila.",
        en="Note: the plan has {count} error(s) and is not ready to be sent. The PDF was made anyway; "
           "“oppfolging validate” shows the errors."),
    "pdf.file_and_blank": Text(nb="bruk enten en planfil eller --blank, ikke begge.",
                               nn="bruk anten ei planfil eller --blank, ikkje begge.",
                               en="use either a plan file or --blank, not both."),
    "pdf.nothing_to_print": Text(nb="oppgi planen som skal bli PDF, eller --blank for det tomme skjemaet.",
                                 nn="oppgi planen som skal bli PDF, eller --blank for det tomme skjemaet.",
                                 en="give the plan to make a PDF of, or --blank for the blank form."),
    "pdf.cover_blank": Text(nb="--cover gjelder en plan, ikke det tomme skjemaet (--blank).",
                            nn="--cover gjeld ein plan, ikkje det tomme skjemaet (--blank).",
                            en="--cover is for a plan, not the blank form (--blank)."),
    "pdf.unreadable": Text(nb="kunne ikke lese «{file}»: {problem}", nn="kunne ikkje lese «{file}»: {problem}",
                           en="could not read “{file}”: {problem}"),
    "deadlines.calendar_written": Text(nb="Kalenderfilen er skrevet: {path}", nn="Kalenderfila er skriven: {path}",
                                       en="The calendar file is written: {path}"),
    "deadlines.heading": Text(nb="Tidsfrister regnet fra første fraværsdag {first_day} (i dag: {today})",
                              nn="Tidsfristar rekna frå første fråversdag {first_day} (i dag: {today})",
                              en="Deadlines counted from the first day of absence, {first_day} (today: {today})"),
    "deadlines.heading_no_first_day": Text(nb="{reason} (I dag: {today})", nn="{reason} (I dag: {today})",
                                           en="{reason} (Today: {today})"),
    "deadlines.column.date": Text(nb="Dato", nn="Dato", en="Date"),
    "deadlines.column.status": Text(nb="Status", nn="Status", en="Status"),
    "deadlines.column.deadline": Text(nb="Tidsfrist", nn="Tidsfrist", en="Deadline"),
    "deadlines.nothing_for_calendar": Text(nb="{name}: ingen tidsfrister å legge i kalenderen. {why}",
                                           nn="{name}: ingen tidsfristar å leggje i kalenderen. {why}",
                                           en="{name}: no deadlines to put in the calendar. {why}"),
    "versions.skipped": Text(nb="{problem} (hoppet over)", nn="{problem} (hoppa over)", en="{problem} (skipped)"),
    "versions.none_found": Text(nb="Fant ingen oppfølgingsplaner i {folder}.", nn="Fann ingen oppfølgingsplanar i {folder}.",
                                en="No follow-up plans found in {folder}."),
    "versions.employee_no_name": Text(nb="(arbeidstaker uten navn)", nn="(arbeidstakar utan namn)",
                                      en="(employee without a name)"),
    "versions.column.version": Text(nb="Versjon", nn="Versjon", en="Version"),
    "versions.column.filled": Text(nb="Utfyllingsdato", nn="Utfyllingsdato", en="Date filled in"),
    "versions.column.file": Text(nb="Fil", nn="Fil", en="File"),
    "versions.no_date": Text(nb="uten dato", nn="utan dato", en="no date"),
}
