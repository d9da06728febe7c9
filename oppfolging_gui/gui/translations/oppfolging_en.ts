<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>&amp;Ny plan</source>
        <translation>&amp;New plan</translation>
    </message>
    <message>
        <source>Start en ny, tom plan</source>
        <translation>Start a new, empty plan</translation>
    </message>
    <message>
        <source>&amp;Åpne …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <source>Åpne en lagret plan</source>
        <translation>Open a saved plan</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Lagre planen</source>
        <translation>Save the plan</translation>
    </message>
    <message>
        <source>Lagre &amp;som …</source>
        <translation>Save &amp;as …</translation>
    </message>
    <message>
        <source>Lagre planen under et nytt navn</source>
        <translation>Save the plan under a new name</translation>
    </message>
    <message>
        <source>Opprett ny &amp;versjon av planen …</source>
        <translation>Create a new &amp;version of the plan …</translation>
    </message>
    <message>
        <source>Lag neste versjon: nøkkelopplysningene og oppfølgingsloggen følger med</source>
        <translation>Make the next version: the key information and the follow-up log are carried over</translation>
    </message>
    <message>
        <source>Ve&amp;rsjoner …</source>
        <translation>Ve&amp;rsions …</translation>
    </message>
    <message>
        <source>Se alle versjoner av planen i mappen</source>
        <translation>See every version of the plan in the folder</translation>
    </message>
    <message>
        <source>O&amp;versikt over planer</source>
        <translation>Plans o&amp;verview</translation>
    </message>
    <message>
        <source>Alle planene i planmappen, mest hastende først</source>
        <translation>Every plan in the plans folder, most urgent first</translation>
    </message>
    <message>
        <source>S&amp;lett plan …</source>
        <translation>&amp;Delete plan …</translation>
    </message>
    <message>
        <source>Slett alle versjoner av planen og gjenopprettingskopiene</source>
        <translation>Delete every version of the plan and its recovery copies</translation>
    </message>
    <message>
        <source>Ar&amp;kiver planen …</source>
        <translation>Ar&amp;chive the plan …</translation>
    </message>
    <message>
        <source>Lag ett arkivdokument (PDF/A) med alle versjonene og oppfølgingsloggen</source>
        <translation>Make one archive document (PDF/A) with every version and the follow-up log</translation>
    </message>
    <message>
        <source>Eksporter &amp;PDF …</source>
        <translation>Export &amp;PDF …</translation>
    </message>
    <message>
        <source>Lagre planen som PDF</source>
        <translation>Save the plan as a PDF</translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <source>Skriv ut planen</source>
        <translation>Print the plan</translation>
    </message>
    <message>
        <source>&amp;Nullstill skjemaet …</source>
        <translation>&amp;Reset the form …</translation>
    </message>
    <message>
        <source>Tøm alle feltene (kan angres)</source>
        <translation>Empty every field (can be undone)</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Legg til &amp;tiltak</source>
        <translation>Add &amp;measure</translation>
    </message>
    <message>
        <source>Legg til en ny tiltaksblokk</source>
        <translation>Add a new measure block</translation>
    </message>
    <message>
        <source>Åpne &amp;eksempelplan</source>
        <translation>Open &amp;example plan</translation>
    </message>
    <message>
        <source>Se en ferdig utfylt plan (oppdiktet)</source>
        <translation>See a completed plan (fictional)</translation>
    </message>
    <message>
        <source>&amp;Om programmet</source>
        <translation>&amp;About the program</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 05.03.2026.</source>
        <translation>Write the date as dd.mm.yyyy, for example 05.03.2026.</translation>
    </message>
    <message>
        <source>Denne datoen finnes ikke.</source>
        <translation>This date does not exist.</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Velg dato i kalender: %s</source>
        <translation>Choose a date in the calendar: %s</translation>
    </message>
    <message>
        <source>Velg dato i kalender</source>
        <translation>Choose a date in the calendar</translation>
    </message>
    <message>
        <source>dato ukjent</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>Tidsfrister i oppfølgingen</source>
        <translation>Deadlines of the follow-up</translation>
    </message>
    <message>
        <source>Legg fristene i kalenderen …</source>
        <translation>Add the deadlines to your calendar …</translation>
    </message>
    <message>
        <source>Lagrer fristene som en kalenderfil (.ics) som Outlook, Google Kalender og Thunderbird kan importere.</source>
        <translation>Saves the deadlines as a calendar file (.ics) that Outlook, Google Calendar and Thunderbird can import.</translation>
    </message>
    <message>
        <source>Regnet fra første fraværsdag %s.</source>
        <translation>Counted from the first day of absence, %s.</translation>
    </message>
    <message>
        <source>Sykefraværet avsluttet %s.</source>
        <translation>The sick leave ended %s.</translation>
    </message>
    <message>
        <source>I dag: %s.</source>
        <translation>Today: %s.</translation>
    </message>
    <message>
        <source>Legg fristene i kalenderen</source>
        <translation>Add the deadlines to your calendar</translation>
    </message>
    <message>
        <source>Kalenderfil (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
        <source>Kalenderfilen ble ikke lagret</source>
        <translation>The calendar file was not saved</translation>
    </message>
    <message>
        <source>Kalenderfilen er lagret</source>
        <translation>The calendar file is saved</translation>
    </message>
    <message>
        <source>Åpne filen i kalenderprogrammet ditt for å importere fristene. Arbeidstakeren er bare nevnt med initialer.</source>
        <translation>Open the file in your calendar program to import the deadlines. The employee is named by initials only.</translation>
    </message>
    <message>
        <source>Oppfølgingslogg</source>
        <translation>Follow-up log</translation>
    </message>
    <message>
        <source>Ingen hendelser er registrert ennå.</source>
        <translation>No events have been recorded yet.</translation>
    </message>
    <message>
        <source>Legg til hendelse</source>
        <translation>Add event</translation>
    </message>
    <message>
        <source>%s, hendelse %d</source>
        <translation>%s, event %d</translation>
    </message>
    <message>
        <source>Referat …</source>
        <translation>Minutes …</translation>
    </message>
    <message>
        <source>Referat og merknad, hendelse %d</source>
        <translation>Minutes and note, event %d</translation>
    </message>
    <message>
        <source>Skriv et lengre referat eller notat til hendelsen, med avsnitt</source>
        <translation>Write longer minutes or a note for the event, with paragraphs</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fjern hendelse %d</source>
        <translation>Remove event %d</translation>
    </message>
    <message>
        <source>Fjerne hendelsen?</source>
        <translation>Remove the event?</translation>
    </message>
    <message>
        <source>Vil du fjerne «%s»%s fra oppfølgingsloggen?</source>
        <translation>Do you want to remove “%s”%s from the follow-up log?</translation>
    </message>
    <message>
        <source>Fjern hendelse</source>
        <translation>Remove event</translation>
    </message>
    <message>
        <source>Fjern tiltak</source>
        <translation>Remove measure</translation>
    </message>
    <message>
        <source>Legg til tiltak</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <source>Vil du fjerne «%s» med alt som er skrevet i det?

Du kan angre med Ctrl+Z.</source>
        <translation>Do you want to remove “%s” with everything written in it?

You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Versjon %d</source>
        <translation>Version %d</translation>
    </message>
    <message>
        <source>Slett plan</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <source>Planen er ikke lagret, så det finnes ingen filer å slette. «Ny plan» gir et tomt skjema.</source>
        <translation>The plan is not saved, so there are no files to delete. “New plan” gives an empty form.</translation>
    </message>
    <message>
        <source>Mappen «%s» kan ikke leses, så planen kan ikke slettes nå.</source>
        <translation>The folder “%s” cannot be read, so the plan cannot be deleted now.</translation>
    </message>
    <message>
        <source>Planen er i bruk</source>
        <translation>The plan is in use</translation>
    </message>
    <message>
        <source>

Hvis to redigerer samme plan samtidig, kan endringer gå tapt.

Vil du åpne planen skrivebeskyttet (bare lese)?
Ja: åpne skrivebeskyttet.  Nei: åpne for redigering likevel.  Avbryt: ikke åpne.</source>
        <translation>

If two people edit the same plan at the same time, changes can be lost.

Do you want to open the plan read-only?
Yes: open read-only.  No: open for editing anyway.  Cancel: do not open.</translation>
    </message>
    <message>
        <source>Filen er endret</source>
        <translation>The file has changed</translation>
    </message>
    <message>
        <source>«%s» er endret av et annet program eller en annen person etter at du åpnet den.

Vil du overskrive filen med dine endringer?
Ja: overskriv.  Nei: lagre dine endringer som en ny fil.  Avbryt: ikke lagre nå.</source>
        <translation>“%s” has been changed by another program or another person since you opened it.

Do you want to overwrite the file with your changes?
Yes: overwrite.  No: save your changes as a new file.  Cancel: do not save now.</translation>
    </message>
    <message>
        <source>

Lukk planen der først, og slett den så.</source>
        <translation>

Close the plan there first, then delete it.</translation>
    </message>
    <message>
        <source>Noe ble ikke slettet</source>
        <translation>Something was not deleted</translation>
    </message>
    <message>
        <source>Disse filene kunne ikke slettes:</source>
        <translation>These files could not be deleted:</translation>
    </message>
    <message>
        <source>Planen er slettet (%d filer).</source>
        <translation>The plan is deleted (%d files).</translation>
    </message>
    <message>
        <source>planen uten navn</source>
        <translation>the plan without a name</translation>
    </message>
    <message>
        <source> og </source>
        <translation> and </translation>
    </message>
    <message>
        <source>og %d til</source>
        <translation>and %d more</translation>
    </message>
    <message>
        <source>Vil du slette oppfølgingsplanen for %s?</source>
        <translation>Do you want to delete the follow-up plan for %s?</translation>
    </message>
    <message>
        <source>Dette sletter 1 versjon i mappen «%s»:</source>
        <translation>This deletes 1 version in the folder “%s”:</translation>
    </message>
    <message>
        <source>Dette sletter %d versjoner i mappen «%s»:</source>
        <translation>This deletes %d versions in the folder “%s”:</translation>
    </message>
    <message>
        <source>og 1 gjenopprettingskopi av planen.</source>
        <translation>and 1 recovery copy of the plan.</translation>
    </message>
    <message>
        <source>og %d gjenopprettingskopier av planen.</source>
        <translation>and %d recovery copies of the plan.</translation>
    </message>
    <message>
        <source>Endringer som ikke er lagret, blir også borte.</source>
        <translation>Changes that are not saved are lost too.</translation>
    </message>
    <message>
        <source>Det kan ikke angres. Kopier som er sendt til lege eller NAV, slettes ikke.</source>
        <translation>This cannot be undone. Copies sent to the doctor or NAV are not deleted.</translation>
    </message>
    <message>
        <source>Arkiver planen …</source>
        <translation>Archive the plan …</translation>
    </message>
    <message>
        <source>Slett plan …</source>
        <translation>Delete plan …</translation>
    </message>
    <message>
        <source>Sykefraværet ble avsluttet %s, for mer enn fire måneder siden, og NAV har da slettet sin kopi av oppfølgingsplanen. Arbeidsgiveren skal fortsatt kunne dokumentere oppfølgingen: arkiver planen, og slett de lokale kopiene.</source>
        <translation>The sick leave ended on %s, more than four months ago, and NAV has deleted its copy of the follow-up plan. The employer must still be able to document the follow-up: archive the plan, then delete the local copies.</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Avsluttet %s</source>
        <translation>Ended %s</translation>
    </message>
    <message>
        <source>Ingen åpne frister</source>
        <translation>No open deadlines</translation>
    </message>
    <message>
        <source>Passerte frister:</source>
        <translation>Overdue deadlines:</translation>
    </message>
    <message>
        <source>Oversikt over planer</source>
        <translation>Plans overview</translation>
    </message>
    <message>
        <source>Endre mappe …</source>
        <translation>Change folder …</translation>
    </message>
    <message>
        <source>Søk etter navn</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>Vis avsluttede</source>
        <translation>Show ended</translation>
    </message>
    <message>
        <source>Vis også planer der sykefraværet er avsluttet</source>
        <translation>Also show plans whose sick leave has ended</translation>
    </message>
    <message>
        <source>Planer, mest hastende først</source>
        <translation>Plans, most urgent first</translation>
    </message>
    <message>
        <source>&amp;Åpne</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Velg mappen du har planene i</source>
        <translation>Choose the folder you keep the plans in</translation>
    </message>
    <message>
        <source>Planer i %s</source>
        <translation>Plans in %s</translation>
    </message>
    <message>
        <source>Ingen mappe er valgt.</source>
        <translation>No folder is chosen.</translation>
    </message>
    <message>
        <source>Fant ingen oppfølgingsplaner i mappen eller mappene under den.</source>
        <translation>No follow-up plans found in the folder or the folders inside it.</translation>
    </message>
    <message>
        <source>1 fil kunne ikke leses og er ikke med: %s</source>
        <translation>1 file could not be read and is left out: %s</translation>
    </message>
    <message>
        <source>%d filer kunne ikke leses og er ikke med: %s</source>
        <translation>%d files could not be read and are left out: %s</translation>
    </message>
    <message>
        <source>Tidsfrister: 1 plan har en frist som er passert (%s).</source>
        <translation>Deadlines: 1 plan has a deadline that has passed (%s).</translation>
    </message>
    <message>
        <source>Tidsfrister: %d planer har en frist som er passert (%s).</source>
        <translation>Deadlines: %d plans have a deadline that has passed (%s).</translation>
    </message>
    <message>
        <source>Tidsfrister: 1 plan har en frist som er passert, %d har en frist innen %d dager (%s).</source>
        <translation>Deadlines: 1 plan has a deadline that has passed, %d have one within %d days (%s).</translation>
    </message>
    <message>
        <source>Tidsfrister: %d planer har en frist som er passert, %d har en frist innen %d dager (%s).</source>
        <translation>Deadlines: %d plans have a deadline that has passed, %d have one within %d days (%s).</translation>
    </message>
    <message>
        <source>Tidsfrister: 1 plan har en frist innen %d dager (%s).</source>
        <translation>Deadlines: 1 plan has a deadline within %d days (%s).</translation>
    </message>
    <message>
        <source>Tidsfrister: %d planer har en frist innen %d dager (%s).</source>
        <translation>Deadlines: %d plans have a deadline within %d days (%s).</translation>
    </message>
    <message>
        <source>Vis oversikten</source>
        <translation>Show the overview</translation>
    </message>
    <message>
        <source>Arbeidstaker</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Neste frist</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Tidsfrist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Passerte</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Virksomhet</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Ikke nå</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source> og %d til</source>
        <translation> and %d more</translation>
    </message>
    <message>
        <source>Oppfølgingsplan (*%s)</source>
        <translation>Follow-up plan (*%s)</translation>
    </message>
    <message>
        <source>Ulagrede endringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Planen har endringer som ikke er lagret. Vil du lagre dem?</source>
        <translation>The plan has changes that are not saved. Do you want to save them?</translation>
    </message>
    <message>
        <source>Åpne plan</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <source>Kan ikke åpne planen</source>
        <translation>Cannot open the plan</translation>
    </message>
    <message>
        <source>Lagre plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Planen ble ikke lagret</source>
        <translation>The plan was not saved</translation>
    </message>
    <message>
        <source>

Endringene dine er ikke borte: de er fortsatt i vinduet og i en gjenopprettingskopi. Prøv «Lagre som» til en annen mappe eller minnepinne.</source>
        <translation>

Your changes are not lost: they are still in the window and in a recovery copy. Try “Save as” to another folder or a USB stick.</translation>
    </message>
    <message>
        <source>Lagret %s</source>
        <translation>Saved %s</translation>
    </message>
    <message>
        <source>Velg mappe for den nye versjonen</source>
        <translation>Choose a folder for the new version</translation>
    </message>
    <message>
        <source>Ny versjon ble ikke laget</source>
        <translation>The new version was not made</translation>
    </message>
    <message>
        <source>Versjon %d er laget: %s</source>
        <translation>Version %d is made: %s</translation>
    </message>
    <message>
        <source>Lager PDF-en …</source>
        <translation>Making the PDF …</translation>
    </message>
    <message>
        <source>PDF med oppfølgingsloggen (*.pdf)</source>
        <translation>PDF with the follow-up log (*.pdf)</translation>
    </message>
    <message>
        <source>Eksporter PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Arkiver planen</source>
        <translation>Archive the plan</translation>
    </message>
    <message>
        <source>Planen er ikke lagret ennå. Arkivet lages av de lagrede versjonene av planen, så lagre den først.</source>
        <translation>The plan has not been saved yet. The archive is made from the saved versions of the plan, so save it first.</translation>
    </message>
    <message>
        <source>Arkivet er en PDF og kan ikke lagres over en plan. Velg et annet filnavn.</source>
        <translation>The archive is a PDF and cannot be saved over a plan. Choose another file name.</translation>
    </message>
    <message>
        <source>Lager arkivet …</source>
        <translation>Making the archive …</translation>
    </message>
    <message>
        <source>Arkiv</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Arkivet ble ikke laget</source>
        <translation>The archive was not made</translation>
    </message>
    <message>
        <source>Arkivet kunne ikke lages. Detaljer er skrevet til programmets loggfil.</source>
        <translation>The archive could not be made. Details have been written to the program&apos;s log file.</translation>
    </message>
    <message>
        <source>Ingen filer er endret eller slettet.</source>
        <translation>No files were changed or deleted.</translation>
    </message>
    <message>
        <source>Arkiveringen ble avbrutt. Ingen filer er endret.</source>
        <translation>Archiving was cancelled. No files were changed.</translation>
    </message>
    <message>
        <source>Planen kunne ikke leses: %s</source>
        <translation>The plan could not be read: %s</translation>
    </message>
    <message>
        <source>Mappen med planen kunne ikke leses, så versjonene kan ikke samles.</source>
        <translation>The plan&apos;s folder could not be read, so its versions cannot be collected.</translation>
    </message>
    <message>
        <source>Arkivet er lagret: «%s» (1 versjon av planen og oppfølgingsloggen).</source>
        <translation>The archive is saved: “%s” (1 version of the plan and the follow-up log).</translation>
    </message>
    <message>
        <source>Arkivet er lagret: «%s» (%d versjoner av planen og oppfølgingsloggen).</source>
        <translation>The archive is saved: “%s” (%d versions of the plan and the follow-up log).</translation>
    </message>
    <message>
        <source>Når arkivet er lagt i virksomhetens arkiv, bør planens lokale filer slettes. Vil du slette dem nå? «Nei» beholder alt.</source>
        <translation>Once the archive is in the employer&apos;s archive, the plan&apos;s local files should be deleted. Delete them now? “No” keeps everything.</translation>
    </message>
    <message>
        <source>Arkivet er lagret</source>
        <translation>The archive is saved</translation>
    </message>
    <message>
        <source>Arkivet er lagret: %s</source>
        <translation>The archive is saved: %s</translation>
    </message>
    <message>
        <source>PDF-en ble ikke lagret</source>
        <translation>The PDF was not saved</translation>
    </message>
    <message>
        <source>PDF-en kunne ikke lages. Detaljer er skrevet til programmets loggfil.</source>
        <translation>The PDF could not be made. Details have been written to the program&apos;s log file.</translation>
    </message>
    <message>
        <source>Eksporten ble avbrutt. Ingen fil er skrevet.</source>
        <translation>The export was cancelled. No file was written.</translation>
    </message>
    <message>
        <source>PDF-en er lagret, men planen har feil</source>
        <translation>The PDF is saved, but the plan has errors</translation>
    </message>
    <message>
        <source>PDF-en er lagret som %s.

Planen har %d feil som bør rettes før den sendes eller skrives under. Feltene med feil er merket med rødt i skjemaet.</source>
        <translation>The PDF is saved as %s.

The plan has %d error(s) that should be corrected before it is sent or signed. The fields with errors are marked in red in the form.</translation>
    </message>
    <message>
        <source>PDF lagret: %s</source>
        <translation>PDF saved: %s</translation>
    </message>
    <message>
        <source>Nullstill skjemaet</source>
        <translation>Reset the form</translation>
    </message>
    <message>
        <source>Vil du tømme alle feltene i planen?

Du kan angre med Ctrl+Z.</source>
        <translation>Do you want to empty every field of the plan?

You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Ingen førsteside</source>
        <translation>No cover sheet</translation>
    </message>
    <message>
        <source>Førsteside for innsending til NAV</source>
        <translation>Cover sheet for posting to NAV</translation>
    </message>
    <message>
        <source>Følgebrev til sykmelder</source>
        <translation>Cover letter to the doctor</translation>
    </message>
    <message>
        <source>Skriv ut oppfølgingsplanen</source>
        <translation>Print the follow-up plan</translation>
    </message>
    <message>
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%d sider</source>
        <translation>%d pages</translation>
    </message>
    <message>
        <source>Forhåndsvisning – skriv ut</source>
        <translation>Preview – print</translation>
    </message>
    <message>
        <source>Ta med &amp;oppfølgingsloggen</source>
        <translation>Include the follow-up &amp;log</translation>
    </message>
    <message>
        <source>Oppfølgingsloggen, unntakene og når sykefraværet ble avsluttet er arbeidsgiverens egen dokumentasjon. De skrives bare ut når du krysser av her, ikke i kopier til lege eller NAV.</source>
        <translation>The follow-up log, the exceptions and when the sick leave ended are the employer&apos;s own documentation. They are printed only when you tick this, not in copies for the doctor or NAV.</translation>
    </message>
    <message>
        <source>Skriv ut …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <source>Dette programmet</source>
        <translation>This program</translation>
    </message>
    <message>
        <source>Qt 6 og PySide6</source>
        <translation>Qt 6 and PySide6</translation>
    </message>
    <message>
        <source>sRGB-fargeprofil</source>
        <translation>sRGB colour profile</translation>
    </message>
    <message>
        <source>Vinduer, utskrift og forhåndsvisning</source>
        <translation>Windows, printing and print preview</translation>
    </message>
    <message>
        <source>Teksten LGPL-3.0 bygger på</source>
        <translation>The text LGPL-3.0 builds on</translation>
    </message>
    <message>
        <source>Lager PDF</source>
        <translation>Makes the PDFs</translation>
    </message>
    <message>
        <source>Leser og kontrollerer planfilene</source>
        <translation>Reads and checks the plan files</translation>
    </message>
    <message>
        <source>Del av pydantic</source>
        <translation>Part of pydantic</translation>
    </message>
    <message>
        <source>Finner mappene for innstillinger og logg</source>
        <translation>Finds the folders for settings and the log</translation>
    </message>
    <message>
        <source>Lager kalenderfiler med fristene</source>
        <translation>Makes calendar files with the deadlines</translation>
    </message>
    <message>
        <source>Del av icalendar</source>
        <translation>Part of icalendar</translation>
    </message>
    <message>
        <source>Tidssoner for icalendar</source>
        <translation>Time zones for icalendar</translation>
    </message>
    <message>
        <source>Bilder i PDF (brukt av reportlab)</source>
        <translation>Images in PDFs (used by reportlab)</translation>
    </message>
    <message>
        <source>Del av reportlab</source>
        <translation>Part of reportlab</translation>
    </message>
    <message>
        <source>Skriften i PDF-ene</source>
        <translation>The font in the PDFs</translation>
    </message>
    <message>
        <source>Fargeprofilen i arkiv-PDF-ene (PDF/A)</source>
        <translation>The colour profile in the archive PDFs (PDF/A)</translation>
    </message>
    <message>
        <source>Fri bruk</source>
        <translation>Free to use</translation>
    </message>
    <message>
        <source>Programmeringsspråket programmet er skrevet i</source>
        <translation>The programming language the program is written in</translation>
    </message>
    <message>
        <source>Starter programmet i den ferdige pakken</source>
        <translation>Starts the program in the finished bundle</translation>
    </message>
    <message>
        <source>GPL-2.0 med unntak for starteren</source>
        <translation>GPL-2.0 with an exception for the starter</translation>
    </message>
    <message>
        <source>Skrivebordsprogram for %s (%s). Arbeidsgiver og arbeidstaker lager, reviderer, signerer, skriver ut og tar vare på planen sammen.</source>
        <translation>Desktop program for the %s (%s). Employer and employee make, revise, sign, print and keep the plan together.</translation>
    </message>
    <message>
        <source>Om programmet</source>
        <translation>About the program</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ingen data sendes over nettet.&lt;/b&gt; Planene blir bare lagret på denne datamaskinen.</source>
        <translation>&lt;b&gt;No data is sent over the network.&lt;/b&gt; The plans are only stored on this computer.</translation>
    </message>
    <message>
        <source>Programmet er fri programvare med lisensen %s, og leveres uten noen form for garanti. Det bruker disse komponentene, hver med sin lisens. Qt-bibliotekene ligger som egne filer i programmappen og kan byttes ut.</source>
        <translation>The program is free software under the licence %s and comes without any warranty. It uses these components, each with its own licence. The Qt libraries are separate files in the program folder and can be replaced.</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Versjon %s</source>
        <translation>Version %s</translation>
    </message>
    <message>
        <source>Komponent</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Lisens</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Brukes til</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>&amp;Førsteside:</source>
        <translation>&amp;Cover sheet:</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Antall eksemplarer:</source>
        <translation>Number of &amp;copies:</translation>
    </message>
    <message>
        <source>Lager forhåndsvisningen …</source>
        <translation>Making the preview …</translation>
    </message>
    <message>
        <source>Kunne ikke lage utskriften</source>
        <translation>Could not prepare the printout</translation>
    </message>
    <message>
        <source>Planen kunne ikke gjøres klar for utskrift. Detaljer er skrevet til programmets loggfil.</source>
        <translation>The plan could not be made ready for printing. Details have been written to the program&apos;s log file.</translation>
    </message>
    <message>
        <source>Forhåndsvisningen ble avbrutt</source>
        <translation>The preview was cancelled</translation>
    </message>
    <message>
        <source>Oppfølgingsplan</source>
        <translation>Follow-up plan</translation>
    </message>
    <message>
        <source>Skriver ut …</source>
        <translation>Printing …</translation>
    </message>
    <message>
        <source>Utskriften mislyktes</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes. Kontroller skriveren og prøv igjen.</source>
        <translation>The printer could not be started. Check the printer and try again.</translation>
    </message>
    <message>
        <source>Ingen feil i planen</source>
        <translation>No errors in the plan</translation>
    </message>
    <message>
        <source>%d feil</source>
        <translation>%d error(s)</translation>
    </message>
    <message>
        <source>1 advarsel</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <source>%d advarsler</source>
        <translation>%d warnings</translation>
    </message>
    <message>
        <source>Referat og merknad</source>
        <translation>Minutes and note</translation>
    </message>
    <message>
        <source>Skriv referatet fra møtet eller samtalen: hvem som var til stede, hva dere gikk gjennom og hva dere avtalte. Tomme linjer skiller avsnitt. Hele teksten kommer med i arkivet.</source>
        <translation>Write the minutes of the meeting or conversation: who was there, what you went through and what you agreed. Empty lines separate paragraphs. The whole text goes into the archive.</translation>
    </message>
    <message>
        <source>Det oppstod en uventet feil i programmet. Dine ulagrede endringer er tatt vare på i en gjenopprettingskopi.

Lagre planen og start programmet på nytt hvis noe ikke virker som det skal.</source>
        <translation>An unexpected error occurred in the program. Your unsaved changes are kept in a recovery copy.

Save the plan and restart the program if something does not work as it should.</translation>
    </message>
    <message>
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Nylige &amp;filer</source>
        <translation>Recent &amp;files</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Deler av skjemaet</source>
        <translation>Parts of the form</translation>
    </message>
    <message>
        <source>Opprett ny versjon fra denne</source>
        <translation>Create a new version from this one</translation>
    </message>
    <message>
        <source>Den er åpnet skrivebeskyttet her.</source>
        <translation>It is open read-only here.</translation>
    </message>
    <message>
        <source>Eldre versjon – skrivebeskyttet</source>
        <translation>Older version – read-only</translation>
    </message>
    <message>
        <source>Tidsfrister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Verktøylinje</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Gjenopprett ulagrede planer …</source>
        <translation>Recover unsaved plans …</translation>
    </message>
    <message>
        <source>Ny plan (ikke lagret)</source>
        <translation>New plan (not saved)</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Underskrift, %s</source>
        <translation>Signature, %s</translation>
    </message>
    <message>
        <source>Tøm</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Tøm underskrift, %s</source>
        <translation>Clear signature, %s</translation>
    </message>
    <message>
        <source>Signer på nytt</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <source>Signer på nytt, %s</source>
        <translation>Sign again, %s</translation>
    </message>
    <message>
        <source>Underskrift (%s)</source>
        <translation>Signature (%s)</translation>
    </message>
    <message>
        <source>Tøm underskrift (%s)</source>
        <translation>Clear signature (%s)</translation>
    </message>
    <message>
        <source>Ikke signert</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Signert %s</source>
        <translation>Signed %s</translation>
    </message>
    <message>
        <source>Signert %s, men planen er endret etterpå, så underskriften gjelder en tidligere utgave av innholdet.</source>
        <translation>Signed %s, but the plan has changed since, so the signature applies to an earlier version of the content.</translation>
    </message>
    <message>
        <source>Trykk «Signer på nytt» og signer igjen hvis den endrede planen er avtalt.</source>
        <translation>Press “Sign again” and sign once more if the changed plan is agreed.</translation>
    </message>
    <message>
        <source>Signaturen gjelder ikke for dette innholdet</source>
        <translation>The signature does not apply to this content</translation>
    </message>
    <message>
        <source>Arbeidstakers navn er ikke fylt ut under Nøkkelopplysninger.</source>
        <translation>The employee&apos;s name is not filled in under Key information.</translation>
    </message>
    <message>
        <source>Nærmeste leders navn er ikke fylt ut under Nøkkelopplysninger.</source>
        <translation>The nearest manager&apos;s name is not filled in under Key information.</translation>
    </message>
    <message>
        <source>Planen er åpnet skrivebeskyttet.</source>
        <translation>The plan is open read-only.</translation>
    </message>
    <message>
        <source>Trykk «Signer på nytt» for å signere den endrede planen.</source>
        <translation>Press “Sign again” to sign the changed plan.</translation>
    </message>
    <message>
        <source>Tegn underskriften med mus, penn eller finger. Delete tømmer feltet.</source>
        <translation>Draw the signature with a mouse, pen or finger. Delete clears the field.</translation>
    </message>
    <message>
        <source>Signer her</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>Versjoner</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Utfylt</source>
        <translation>Filled in</translation>
    </message>
    <message>
        <source>Velg mappen med planene</source>
        <translation>Choose the folder with the plans</translation>
    </message>
    <message>
        <source>Mappen %s kan ikke leses.</source>
        <translation>The folder %s cannot be read.</translation>
    </message>
    <message>
        <source>Planer i %s. Den nyeste versjonen åpnes for redigering; eldre versjoner åpnes skrivebeskyttet.</source>
        <translation>Plans in %s. The newest version opens for editing; older versions open read-only.</translation>
    </message>
    <message>
        <source>1 fil kunne ikke leses.</source>
        <translation>1 file could not be read.</translation>
    </message>
    <message>
        <source>%d filer kunne ikke leses.</source>
        <translation>%d files could not be read.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>1 side så langt</source>
        <translation>1 page so far</translation>
    </message>
    <message>
        <source>%d sider så langt</source>
        <translation>%d pages so far</translation>
    </message>
    <message>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <source>Gjenopprett ulagrede planer</source>
        <translation>Recover unsaved plans</translation>
    </message>
    <message>
        <source>{date} kl. {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>ukjent tidspunkt</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>«{file}»</source>
        <translation>“{file}”</translation>
    </message>
    <message>
        <source>{plan} for {employee}</source>
        <translation>{plan} for {employee}</translation>
    </message>
    <message>
        <source>{plan}, sist autolagret {when}</source>
        <translation>{plan}, last saved automatically {when}</translation>
    </message>
    <message>
        <source>eldre enn planen, som ble lagret {when}</source>
        <translation>older than the plan, which was saved {when}</translation>
    </message>
    <message>
        <source>Programmet ble ikke avsluttet normalt sist, og disse endringene ble ikke lagret:

{copy}.

Vil du gjenopprette planen nå?</source>
        <translation>The program did not close normally last time, and these changes were not saved:

{copy}.

Do you want to recover the plan now?</translation>
    </message>
    <message>
        <source>Programmet ble ikke avsluttet normalt en gang, og disse endringene ble ikke lagret:

{copy}.

Merk: Planen er lagret på nytt etter dette ({saved}), så kopien er eldre enn planen. Gjenoppretter du den, ser du de gamle endringene; du blir spurt før den nyere planen kan overskrives.

Vil du likevel åpne den eldre kopien?</source>
        <translation>The program did not close normally at some point, and these changes were not saved:

{copy}.

Note: The plan has been saved again since then ({saved}), so the copy is older than the plan. If you recover it, you will see the old changes; you will be asked before the newer plan can be overwritten.

Do you still want to open the older copy?</translation>
    </message>
    <message>
        <source>Velger du Nei, tas kopien vare på til senere (Fil → Gjenopprett ulagrede planer …).</source>
        <translation>If you choose No, the copy is kept for later (File → Recover unsaved plans …).</translation>
    </message>
    <message>
        <source>Kopien kunne ikke gjenopprettes.</source>
        <translation>The copy could not be recovered.</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Forkast</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Ulagrede endringer fra tidligere økter. Kopiene ligger i programmets egen mappe og slettes når planen lagres eller forkastes.</source>
        <translation>Unsaved changes from earlier sessions. The copies are kept in the program&apos;s own folder and are deleted when the plan is saved or discarded.</translation>
    </message>
    <message>
        <source>Skadet kopi ({file}): {problem}</source>
        <translation>Damaged copy ({file}): {problem}</translation>
    </message>
    <message>
        <source>Vil du forkaste de ulagrede endringene for godt? Dette kan ikke angres.</source>
        <translation>Do you want to discard the unsaved changes for good? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
