"""The command line's own words, and argparse's (usage, options, its error messages)."""

from __future__ import annotations

from ._text import Text

CLI: dict[str, Text] = {
    # ------------------------------------------------------------ the command line
    "cli.description": Text(
        nb="{app}: oppfølgingsplan ved sykmelding (NAV 25-02.01). Uten kommando åpnes vinduet, "
           "eventuelt med planen FIL.",
        nn="{app}: oppfølgingsplan ved sjukmelding (NAV 25-02.01). Utan kommando blir vindauget "
           "opna, eventuelt med planen FIL.",
        en="{app}: follow-up plan during sick leave (NAV 25-02.01). Without a command the window "
           "opens, with the plan FILE if given.",
    ),
    "cli.epilog": Text(
        nb="Eksempel: oppfolging validate plan.oppfplan",
        nn="Døme: oppfolging validate plan.oppfplan",
        en="Example: oppfolging validate plan.oppfplan",
    ),
    "cli.metavar.command": Text(nb="KOMMANDO", nn="KOMMANDO", en="COMMAND"),
    "cli.metavar.file": Text(nb="FIL", nn="FIL", en="FILE"),
    "cli.metavar.folder": Text(nb="MAPPE", nn="MAPPE", en="FOLDER"),
    "cli.metavar.date": Text(nb="ÅÅÅÅ-MM-DD", nn="ÅÅÅÅ-MM-DD", en="YYYY-MM-DD"),
    "cli.metavar.pdf": Text(nb="UT.pdf", nn="UT.pdf", en="OUT.pdf"),
    "cli.metavar.ics": Text(nb="UT.ics", nn="UT.ics", en="OUT.ics"),
    "cli.help.validate": Text(
        nb="kontroller en plan og skriv funnene",
        nn="kontroller ein plan og skriv ut funna",
        en="check a plan and print the findings",
    ),
    "cli.help.pdf": Text(
        nb="lag PDF av en plan, eller det tomme skjemaet",
        nn="lag PDF av ein plan, eller det tomme skjemaet",
        en="make a PDF of a plan, or of the blank form",
    ),
    "cli.help.cover": Text(
        nb="førsteside (nav) eller følgebrev (sick-note-author) først",
        nn="framside (nav) eller følgjebrev (sick-note-author) først",
        en="a cover sheet (nav) or a cover letter to the doctor (sick-note-author) first",
    ),
    "cli.help.blank": Text(
        nb="tomt skjema for utfylling for hånd",
        nn="tomt skjema for utfylling for hand",
        en="the blank form, to fill in by hand",
    ),
    "cli.help.with_log": Text(
        nb="ta med oppfølgingsloggen, unntakene og når sykefraværet ble avsluttet",
        nn="ta med oppfølgingsloggen, unntaka og når sjukefråveret vart avslutta",
        en="include the follow-up log, the exceptions and when the sick leave ended",
    ),
    "cli.help.lang": Text(
        nb="språket i PDF-en og meldingene: nb (bokmål), nn (nynorsk) eller en (engelsk); uten dette "
           "er PDF-en på språket som er valgt i vinduet, ellers bokmål",
        nn="språket i PDF-en og meldingane: nb (bokmål), nn (nynorsk) eller en (engelsk); utan dette "
           "er PDF-en på språket som er valt i vindauget, elles bokmål",
        en="the language of the PDF and the messages: nb (Bokmål), nn (Nynorsk) or en (English); without it "
           "the PDF is in the language chosen in the window, else Bokmål",
    ),
    "cli.help.new_version": Text(
        nb="opprett ny versjon av planen",
        nn="opprett ny versjon av planen",
        en="create a new version of the plan",
    ),
    "cli.help.dir": Text(
        nb="mappen den nye versjonen skrives i (standard: planens mappe)",
        nn="mappa den nye versjonen blir skriven i (standard: mappa til planen)",
        en="the folder the new version is written to (default: the plan's folder)",
    ),
    "cli.help.today": Text(
        nb="dagens dato, for skript og tester",
        nn="dagens dato, for skript og testar",
        en="today's date, for scripts and tests",
    ),
    "cli.help.deadlines": Text(
        nb="tidsfristene i oppfølgingen",
        nn="tidsfristane i oppfølginga",
        en="the deadlines of the follow-up",
    ),
    "cli.help.json": Text(nb="skriv JSON", nn="skriv JSON", en="print JSON"),
    "cli.help.ics": Text(
        nb="skriv tidsfristene som kalenderfil",
        nn="skriv tidsfristane som kalenderfil",
        en="write the deadlines as a calendar file",
    ),
    "cli.help.versions": Text(
        nb="list planene og versjonene i en mappe",
        nn="list opp planane og versjonane i ei mappe",
        en="list the plans and their versions in a folder",
    ),
    "cli.bad_date": Text(
        nb="«{text}» er ikke en dato på formen ÅÅÅÅ-MM-DD",
        nn="«{text}» er ikkje ein dato på forma ÅÅÅÅ-MM-DD",
        en="“{text}” is not a date of the form YYYY-MM-DD",
    ),
    "cli.help.archive": Text(
        nb="lag ett arkivdokument (PDF/A) av alle versjonene og oppfølgingen",
        nn="lag eitt arkivdokument (PDF/A) av alle versjonane og oppfølginga",
        en="make one archive document (PDF/A) of every version and the follow-up",
    ),
    "cli.empty_path": Text(
        nb="en tom filsti er ikke en fil eller mappe",
        nn="ein tom filsti er ikkje ei fil eller mappe",
        en="an empty path is not a file or folder",
    ),
    "cli.folder_not_plan": Text(
        nb="«{argument}» er en mappe; oppgi en planfil (eller «versions {argument}»)",
        nn="«{argument}» er ei mappe; oppgi ei planfil (eller «versions {argument}»)",
        en="“{argument}” is a folder; give a plan file (or “versions {argument}”)",
    ),
    "cli.neither_command_nor_file": Text(
        nb="«{argument}» er verken en kommando ({choices}) eller en fil som finnes",
        nn="«{argument}» er verken ein kommando ({choices}) eller ei fil som finst",
        en="“{argument}” is neither a command ({choices}) nor a file that exists",
    ),
    "cli.unexpected_error": Text(
        nb="en uventet feil oppstod. Detaljer er skrevet til programmets loggfil.",
        nn="ein uventa feil oppstod. Detaljar er skrivne til loggfila til programmet.",
        en="an unexpected error occurred. Details have been written to the program's log file.",
    ),
    # ------------------------------------------------------------ oppfolging archive
    "archive.unreadable_plan": Text(
        nb="kunne ikke lese planen: {problem}",
        nn="kunne ikkje lese planen: {problem}",
        en="could not read the plan: {problem}",
    ),
    "archive.unreadable_folder": Text(
        nb="{folder}: mappen med planen kunne ikke leses, så versjonene kan ikke samles. "
           "Ingen fil er skrevet.",
        nn="{folder}: mappa med planen kunne ikkje lesast, så versjonane kan ikkje samlast. "
           "Inga fil er skriven.",
        en="{folder}: the plan's folder could not be read, so its versions cannot be collected. "
           "No file was written.",
    ),
    # ------------------------------------------------------------ argparse's own words
    "argparse.usage": Text(nb="bruk: ", nn="bruk: ", en="usage: "),
    "argparse.options": Text(nb="valg", nn="val", en="options"),
    "argparse.positionals": Text(nb="argumenter", nn="argument", en="positional arguments"),
    "argparse.commands": Text(nb="kommandoer", nn="kommandoar", en="commands"),
    "argparse.help": Text(
        nb="vis denne hjelpeteksten og avslutt",
        nn="vis denne hjelpeteksten og avslutt",
        en="show this help message and exit",
    ),
    "argparse.version": Text(
        nb="vis programmets versjonsnummer og avslutt",
        nn="vis versjonsnummeret til programmet og avslutt",
        en="show program's version number and exit",
    ),
    "argparse.error": Text(nb="{prog}: feil: {message}", nn="{prog}: feil: {message}", en="{prog}: error: {message}"),
    "argparse.required": Text(
        nb="dette mangler: {names}", nn="dette manglar: {names}", en="the following arguments are required: {names}",
    ),
    "argparse.unrecognized": Text(
        nb="ukjente argumenter: {names}", nn="ukjende argument: {names}", en="unrecognized arguments: {names}",
    ),
    "argparse.invalid_choice": Text(
        nb="ugyldig valg: {value} (velg mellom {choices})",
        nn="ugyldig val: {value} (vel mellom {choices})",
        en="invalid choice: {value} (choose from {choices})",
    ),
    "argparse.expected_one": Text(nb="trenger en verdi", nn="treng ein verdi", en="expected one argument"),
    "argparse.argument": Text(
        nb="argument {name}: {message}", nn="argument {name}: {message}", en="argument {name}: {message}",
    ),
    "argparse.invalid_value": Text(
        nb="ugyldig verdi: {value}", nn="ugyldig verdi: {value}", en="invalid value: {value}",
    ),
    "argparse.ambiguous": Text(
        nb="tvetydig valg: {option} kan bety {matches}",
        nn="fleirtydig val: {option} kan tyde {matches}",
        en="ambiguous option: {option} could match {matches}",
    ),
    "argparse.not_allowed_with": Text(
        nb="kan ikke brukes sammen med {name}",
        nn="kan ikkje brukast saman med {name}",
        en="not allowed with argument {name}",
    ),
    "argparse.other": Text(
        nb="ugyldig bruk ({detail})", nn="ugyldig bruk ({detail})", en="invalid usage ({detail})",
    ),
    # ------------------------------------------------------------ the plans overview
    "cli.help.overview": Text(
        nb="alle planene i en mappe og undermappene, mest hastende først",
        nn="alle planane i ei mappe og undermappene, dei mest hastande først",
        en="every plan in a folder and its sub-folders, most urgent first",
    ),
    "overview.heading": Text(
        nb="Oppfølgingsplaner i {folder}, mest hastende først (i dag: {today})",
        nn="Oppfølgingsplanar i {folder}, dei mest hastande først (i dag: {today})",
        en="Follow-up plans in {folder}, most urgent first (today: {today})",
    ),
    "overview.none_found": Text(
        nb="Fant ingen oppfølgingsplaner i {folder}.",
        nn="Fann ingen oppfølgingsplanar i {folder}.",
        en="No follow-up plans found in {folder}.",
    ),
    "overview.no_name": Text(nb="(uten navn)", nn="(utan namn)", en="(no name)"),
    "overview.ended": Text(nb="(avsluttet {date})", nn="(avslutta {date})", en="(ended {date})"),
    "overview.no_open_deadlines": Text(nb="Ingen åpne frister", nn="Ingen opne fristar", en="No open deadlines"),
    "overview.overdue_count": Text(nb="({count} passerte)", nn="({count} passerte)", en="({count} overdue)"),
    "overview.version": Text(nb="versjon {version}", nn="versjon {version}", en="version {version}"),
    "overview.left_out": Text(
        nb="{problem} (ikke med i oversikten)",
        nn="{problem} (ikkje med i oversikta)",
        en="{problem} (not in the overview)",
    ),
    "overview.file_unreadable": Text(
        nb="Filen kunne ikke leses ({reason}).",
        nn="Fila kunne ikkje lesast ({reason}).",
        en="The file could not be read ({reason}).",
    ),
}

