<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name></name>
    <message>
        <source>&amp;Ny plan</source>
        <translation>&amp;Ny plan</translation>
    </message>
    <message>
        <source>Start en ny, tom plan</source>
        <translation>Start ein ny, tom plan</translation>
    </message>
    <message>
        <source>&amp;Åpne …</source>
        <translation>&amp;Opne …</translation>
    </message>
    <message>
        <source>Åpne en lagret plan</source>
        <translation>Opne ein lagra plan</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Lagre planen</source>
        <translation>Lagre planen</translation>
    </message>
    <message>
        <source>Lagre &amp;som …</source>
        <translation>Lagre &amp;som …</translation>
    </message>
    <message>
        <source>Lagre planen under et nytt navn</source>
        <translation>Lagre planen under eit nytt namn</translation>
    </message>
    <message>
        <source>Opprett ny &amp;versjon av planen …</source>
        <translation>Opprett ny &amp;versjon av planen …</translation>
    </message>
    <message>
        <source>Lag neste versjon: nøkkelopplysningene og oppfølgingsloggen følger med</source>
        <translation>Lag neste versjon: nøkkelopplysningane og oppfølgingsloggen følgjer med</translation>
    </message>
    <message>
        <source>Ve&amp;rsjoner …</source>
        <translation>Ve&amp;rsjonar …</translation>
    </message>
    <message>
        <source>Se alle versjoner av planen i mappen</source>
        <translation>Sjå alle versjonane av planen i mappa</translation>
    </message>
    <message>
        <source>O&amp;versikt over planer</source>
        <translation>O&amp;versikt over planar</translation>
    </message>
    <message>
        <source>Alle planene i planmappen, mest hastende først</source>
        <translation>Alle planane i planmappa, dei mest hastande først</translation>
    </message>
    <message>
        <source>S&amp;lett plan …</source>
        <translation>S&amp;lett plan …</translation>
    </message>
    <message>
        <source>Slett alle versjoner av planen og gjenopprettingskopiene</source>
        <translation>Slett alle versjonane av planen og gjenopprettingskopiane</translation>
    </message>
    <message>
        <source>Ar&amp;kiver planen …</source>
        <translation>Ar&amp;kiver planen …</translation>
    </message>
    <message>
        <source>Lag ett arkivdokument (PDF/A) med alle versjonene og oppfølgingsloggen</source>
        <translation>Lag eitt arkivdokument (PDF/A) med alle versjonane og oppfølgingsloggen</translation>
    </message>
    <message>
        <source>Eksporter &amp;PDF …</source>
        <translation>Eksporter &amp;PDF …</translation>
    </message>
    <message>
        <source>Lagre planen som PDF</source>
        <translation>Lagre planen som PDF</translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>Skriv ut planen</source>
        <translation>Skriv ut planen</translation>
    </message>
    <message>
        <source>&amp;Nullstill skjemaet …</source>
        <translation>&amp;Nullstill skjemaet …</translation>
    </message>
    <message>
        <source>Tøm alle feltene (kan angres)</source>
        <translation>Tøm alle felta (kan angrast)</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Angre</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Gjør om</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <source>Legg til &amp;tiltak</source>
        <translation>Legg til &amp;tiltak</translation>
    </message>
    <message>
        <source>Legg til en ny tiltaksblokk</source>
        <translation>Legg til ein ny tiltaksblokk</translation>
    </message>
    <message>
        <source>Åpne &amp;eksempelplan</source>
        <translation>Opne &amp;eksempelplan</translation>
    </message>
    <message>
        <source>Se en ferdig utfylt plan (oppdiktet)</source>
        <translation>Sjå ein ferdig utfylt plan (oppdikta)</translation>
    </message>
    <message>
        <source>&amp;Om programmet</source>
        <translation>&amp;Om programmet</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 05.03.2026.</source>
        <translation>Skriv datoen som dd.mm.åååå, til dømes 05.03.2026.</translation>
    </message>
    <message>
        <source>Denne datoen finnes ikke.</source>
        <translation>Denne datoen finst ikkje.</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Velg dato i kalender: %s</source>
        <translation>Vel dato i kalender: %s</translation>
    </message>
    <message>
        <source>Velg dato i kalender</source>
        <translation>Vel dato i kalender</translation>
    </message>
    <message>
        <source>dato ukjent</source>
        <translation>dato ukjend</translation>
    </message>
    <message>
        <source>Tidsfrister i oppfølgingen</source>
        <translation>Tidsfristar i oppfølginga</translation>
    </message>
    <message>
        <source>Legg fristene i kalenderen …</source>
        <translation>Legg fristane i kalenderen …</translation>
    </message>
    <message>
        <source>Lagrer fristene som en kalenderfil (.ics) som Outlook, Google Kalender og Thunderbird kan importere.</source>
        <translation>Lagrar fristane som ei kalenderfil (.ics) som Outlook, Google Kalender og Thunderbird kan importere.</translation>
    </message>
    <message>
        <source>Regnet fra første fraværsdag %s.</source>
        <translation>Rekna frå første fråversdag %s.</translation>
    </message>
    <message>
        <source>Sykefraværet avsluttet %s.</source>
        <translation>Sjukefråveret vart avslutta %s.</translation>
    </message>
    <message>
        <source>I dag: %s.</source>
        <translation>I dag: %s.</translation>
    </message>
    <message>
        <source>Legg fristene i kalenderen</source>
        <translation>Legg fristane i kalenderen</translation>
    </message>
    <message>
        <source>Kalenderfil (*.ics)</source>
        <translation>Kalenderfil (*.ics)</translation>
    </message>
    <message>
        <source>Kalenderfilen ble ikke lagret</source>
        <translation>Kalenderfila vart ikkje lagra</translation>
    </message>
    <message>
        <source>Kalenderfilen er lagret</source>
        <translation>Kalenderfila er lagra</translation>
    </message>
    <message>
        <source>Åpne filen i kalenderprogrammet ditt for å importere fristene. Arbeidstakeren er bare nevnt med initialer.</source>
        <translation>Opne fila i kalenderprogrammet ditt for å importere fristane. Arbeidstakaren er berre nemnd med initialar.</translation>
    </message>
    <message>
        <source>Oppfølgingslogg</source>
        <translation>Oppfølgingslogg</translation>
    </message>
    <message>
        <source>Ingen hendelser er registrert ennå.</source>
        <translation>Ingen hendingar er registrerte enno.</translation>
    </message>
    <message>
        <source>Legg til hendelse</source>
        <translation>Legg til hending</translation>
    </message>
    <message>
        <source>%s, hendelse %d</source>
        <translation>%s, hending %d</translation>
    </message>
    <message>
        <source>Referat …</source>
        <translation>Referat …</translation>
    </message>
    <message>
        <source>Referat og merknad, hendelse %d</source>
        <translation>Referat og merknad, hending %d</translation>
    </message>
    <message>
        <source>Skriv et lengre referat eller notat til hendelsen, med avsnitt</source>
        <translation>Skriv eit lengre referat eller notat til hendinga, med avsnitt</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Fjern hendelse %d</source>
        <translation>Fjern hending %d</translation>
    </message>
    <message>
        <source>Fjerne hendelsen?</source>
        <translation>Fjerne hendinga?</translation>
    </message>
    <message>
        <source>Vil du fjerne «%s»%s fra oppfølgingsloggen?</source>
        <translation>Vil du fjerne «%s»%s frå oppfølgingsloggen?</translation>
    </message>
    <message>
        <source>Fjern hendelse</source>
        <translation>Fjern hending</translation>
    </message>
    <message>
        <source>Fjern tiltak</source>
        <translation>Fjern tiltak</translation>
    </message>
    <message>
        <source>Legg til tiltak</source>
        <translation>Legg til tiltak</translation>
    </message>
    <message>
        <source>Vil du fjerne «%s» med alt som er skrevet i det?

Du kan angre med Ctrl+Z.</source>
        <translation>Vil du fjerne «%s» med alt som er skrive i det?

Du kan angre med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Versjon %d</source>
        <translation>Versjon %d</translation>
    </message>
    <message>
        <source>Slett plan</source>
        <translation>Slett plan</translation>
    </message>
    <message>
        <source>Planen er ikke lagret, så det finnes ingen filer å slette. «Ny plan» gir et tomt skjema.</source>
        <translation>Planen er ikkje lagra, så det finst ingen filer å slette. «Ny plan» gir eit tomt skjema.</translation>
    </message>
    <message>
        <source>Mappen «%s» kan ikke leses, så planen kan ikke slettes nå.</source>
        <translation>Mappa «%s» kan ikkje lesast, så planen kan ikkje slettast no.</translation>
    </message>
    <message>
        <source>Planen er i bruk</source>
        <translation>Planen er i bruk</translation>
    </message>
    <message>
        <source>

Hvis to redigerer samme plan samtidig, kan endringer gå tapt.

Vil du åpne planen skrivebeskyttet (bare lese)?
Ja: åpne skrivebeskyttet.  Nei: åpne for redigering likevel.  Avbryt: ikke åpne.</source>
        <translation>

Om to redigerer same plan samtidig, kan endringar gå tapt.

Vil du opne planen skrivebeskytta (berre lese)?
Ja: opne skrivebeskytta.  Nei: opne for redigering likevel.  Avbryt: ikkje opne.</translation>
    </message>
    <message>
        <source>Filen er endret</source>
        <translation>Fila er endra</translation>
    </message>
    <message>
        <source>«%s» er endret av et annet program eller en annen person etter at du åpnet den.

Vil du overskrive filen med dine endringer?
Ja: overskriv.  Nei: lagre dine endringer som en ny fil.  Avbryt: ikke lagre nå.</source>
        <translation>«%s» er endra av eit anna program eller ein annan person etter at du opna ho.

Vil du skrive over fila med endringane dine?
Ja: skriv over.  Nei: lagre endringane dine som ei ny fil.  Avbryt: ikkje lagre no.</translation>
    </message>
    <message>
        <source>

Lukk planen der først, og slett den så.</source>
        <translation>

Lukk planen der først, og slett han så.</translation>
    </message>
    <message>
        <source>Noe ble ikke slettet</source>
        <translation>Noko vart ikkje sletta</translation>
    </message>
    <message>
        <source>Disse filene kunne ikke slettes:</source>
        <translation>Desse filene kunne ikkje slettast:</translation>
    </message>
    <message>
        <source>Planen er slettet (%d filer).</source>
        <translation>Planen er sletta (%d filer).</translation>
    </message>
    <message>
        <source>planen uten navn</source>
        <translation>planen utan namn</translation>
    </message>
    <message>
        <source> og </source>
        <translation> og </translation>
    </message>
    <message>
        <source>og %d til</source>
        <translation>og %d til</translation>
    </message>
    <message>
        <source>Vil du slette oppfølgingsplanen for %s?</source>
        <translation>Vil du slette oppfølgingsplanen for %s?</translation>
    </message>
    <message>
        <source>Dette sletter 1 versjon i mappen «%s»:</source>
        <translation>Dette slettar 1 versjon i mappa «%s»:</translation>
    </message>
    <message>
        <source>Dette sletter %d versjoner i mappen «%s»:</source>
        <translation>Dette slettar %d versjonar i mappa «%s»:</translation>
    </message>
    <message>
        <source>og 1 gjenopprettingskopi av planen.</source>
        <translation>og 1 gjenopprettingskopi av planen.</translation>
    </message>
    <message>
        <source>og %d gjenopprettingskopier av planen.</source>
        <translation>og %d gjenopprettingskopiar av planen.</translation>
    </message>
    <message>
        <source>Endringer som ikke er lagret, blir også borte.</source>
        <translation>Endringar som ikkje er lagra, blir også borte.</translation>
    </message>
    <message>
        <source>Det kan ikke angres. Kopier som er sendt til lege eller NAV, slettes ikke.</source>
        <translation>Det kan ikkje angrast. Kopiar som er sende til lege eller NAV, blir ikkje sletta.</translation>
    </message>
    <message>
        <source>Arkiver planen …</source>
        <translation>Arkiver planen …</translation>
    </message>
    <message>
        <source>Slett plan …</source>
        <translation>Slett plan …</translation>
    </message>
    <message>
        <source>Sykefraværet ble avsluttet %s, for mer enn fire måneder siden, og NAV har da slettet sin kopi av oppfølgingsplanen. Arbeidsgiveren skal fortsatt kunne dokumentere oppfølgingen: arkiver planen, og slett de lokale kopiene.</source>
        <translation>Sjukefråveret vart avslutta %s, for meir enn fire månader sidan, og NAV har då sletta kopien sin av oppfølgingsplanen. Arbeidsgjevaren skal framleis kunne dokumentere oppfølginga: arkiver planen, og slett dei lokale kopiane.</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>Avsluttet %s</source>
        <translation>Avslutta %s</translation>
    </message>
    <message>
        <source>Ingen åpne frister</source>
        <translation>Ingen opne fristar</translation>
    </message>
    <message>
        <source>Passerte frister:</source>
        <translation>Passerte fristar:</translation>
    </message>
    <message>
        <source>Oversikt over planer</source>
        <translation>Oversikt over planar</translation>
    </message>
    <message>
        <source>Endre mappe …</source>
        <translation>Endre mappe …</translation>
    </message>
    <message>
        <source>Søk etter navn</source>
        <translation>Søk etter namn</translation>
    </message>
    <message>
        <source>Vis avsluttede</source>
        <translation>Vis avslutta</translation>
    </message>
    <message>
        <source>Vis også planer der sykefraværet er avsluttet</source>
        <translation>Vis òg planar der sjukefråveret er avslutta</translation>
    </message>
    <message>
        <source>Planer, mest hastende først</source>
        <translation>Planar, dei mest hastande først</translation>
    </message>
    <message>
        <source>&amp;Åpne</source>
        <translation>&amp;Opne</translation>
    </message>
    <message>
        <source>Velg mappen du har planene i</source>
        <translation>Vel mappa du har planane i</translation>
    </message>
    <message>
        <source>Planer i %s</source>
        <translation>Planar i %s</translation>
    </message>
    <message>
        <source>Ingen mappe er valgt.</source>
        <translation>Inga mappe er vald.</translation>
    </message>
    <message>
        <source>Fant ingen oppfølgingsplaner i mappen eller mappene under den.</source>
        <translation>Fann ingen oppfølgingsplanar i mappa eller mappene under ho.</translation>
    </message>
    <message>
        <source>1 fil kunne ikke leses og er ikke med: %s</source>
        <translation>1 fil kunne ikkje lesast og er ikkje med: %s</translation>
    </message>
    <message>
        <source>%d filer kunne ikke leses og er ikke med: %s</source>
        <translation>%d filer kunne ikkje lesast og er ikkje med: %s</translation>
    </message>
    <message>
        <source>Tidsfrister: 1 plan har en frist som er passert (%s).</source>
        <translation>Tidsfristar: 1 plan har ein frist som er passert (%s).</translation>
    </message>
    <message>
        <source>Tidsfrister: %d planer har en frist som er passert (%s).</source>
        <translation>Tidsfristar: %d planar har ein frist som er passert (%s).</translation>
    </message>
    <message>
        <source>Tidsfrister: 1 plan har en frist som er passert, %d har en frist innen %d dager (%s).</source>
        <translation>Tidsfristar: 1 plan har ein frist som er passert, %d har ein frist innan %d dagar (%s).</translation>
    </message>
    <message>
        <source>Tidsfrister: %d planer har en frist som er passert, %d har en frist innen %d dager (%s).</source>
        <translation>Tidsfristar: %d planar har ein frist som er passert, %d har ein frist innan %d dagar (%s).</translation>
    </message>
    <message>
        <source>Tidsfrister: 1 plan har en frist innen %d dager (%s).</source>
        <translation>Tidsfristar: 1 plan har ein frist innan %d dagar (%s).</translation>
    </message>
    <message>
        <source>Tidsfrister: %d planer har en frist innen %d dager (%s).</source>
        <translation>Tidsfristar: %d planar har ein frist innan %d dagar (%s).</translation>
    </message>
    <message>
        <source>Vis oversikten</source>
        <translation>Vis oversikta</translation>
    </message>
    <message>
        <source>Arbeidstaker</source>
        <translation>Arbeidstakar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Neste frist</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <source>Tidsfrist</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Passerte</source>
        <translation>Passerte</translation>
    </message>
    <message>
        <source>Virksomhet</source>
        <translation>Verksemd</translation>
    </message>
    <message>
        <source>Versjon</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Ikke nå</source>
        <translation>Ikkje no</translation>
    </message>
    <message>
        <source> og %d til</source>
        <translation> og %d til</translation>
    </message>
    <message>
        <source>Oppfølgingsplan (*%s)</source>
        <translation>Oppfølgingsplan (*%s)</translation>
    </message>
    <message>
        <source>Ulagrede endringer</source>
        <translation>Ulagra endringar</translation>
    </message>
    <message>
        <source>Planen har endringer som ikke er lagret. Vil du lagre dem?</source>
        <translation>Planen har endringar som ikkje er lagra. Vil du lagre dei?</translation>
    </message>
    <message>
        <source>Åpne plan</source>
        <translation>Opne plan</translation>
    </message>
    <message>
        <source>Kan ikke åpne planen</source>
        <translation>Kan ikkje opne planen</translation>
    </message>
    <message>
        <source>Lagre plan</source>
        <translation>Lagre plan</translation>
    </message>
    <message>
        <source>Planen ble ikke lagret</source>
        <translation>Planen vart ikkje lagra</translation>
    </message>
    <message>
        <source>

Endringene dine er ikke borte: de er fortsatt i vinduet og i en gjenopprettingskopi. Prøv «Lagre som» til en annen mappe eller minnepinne.</source>
        <translation>

Endringane dine er ikkje borte: dei er framleis i vindauget og i ein gjenopprettingskopi. Prøv «Lagre som» til ei anna mappe eller ein minnepinne.</translation>
    </message>
    <message>
        <source>Lagret %s</source>
        <translation>Lagra %s</translation>
    </message>
    <message>
        <source>Velg mappe for den nye versjonen</source>
        <translation>Vel mappe for den nye versjonen</translation>
    </message>
    <message>
        <source>Ny versjon ble ikke laget</source>
        <translation>Ny versjon vart ikkje laga</translation>
    </message>
    <message>
        <source>Versjon %d er laget: %s</source>
        <translation>Versjon %d er laga: %s</translation>
    </message>
    <message>
        <source>Lager PDF-en …</source>
        <translation>Lagar PDF-en …</translation>
    </message>
    <message>
        <source>PDF med oppfølgingsloggen (*.pdf)</source>
        <translation>PDF med oppfølgingsloggen (*.pdf)</translation>
    </message>
    <message>
        <source>Eksporter PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
    <message>
        <source>Arkiver planen</source>
        <translation>Arkiver planen</translation>
    </message>
    <message>
        <source>Planen er ikke lagret ennå. Arkivet lages av de lagrede versjonene av planen, så lagre den først.</source>
        <translation>Planen er ikkje lagra enno. Arkivet blir laga av dei lagra versjonane av planen, så lagre han først.</translation>
    </message>
    <message>
        <source>Arkivet er en PDF og kan ikke lagres over en plan. Velg et annet filnavn.</source>
        <translation>Arkivet er ein PDF og kan ikkje lagrast over ein plan. Vel eit anna filnamn.</translation>
    </message>
    <message>
        <source>Lager arkivet …</source>
        <translation>Lagar arkivet …</translation>
    </message>
    <message>
        <source>Arkiv</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Arkivet ble ikke laget</source>
        <translation>Arkivet vart ikkje laga</translation>
    </message>
    <message>
        <source>Arkivet kunne ikke lages. Detaljer er skrevet til programmets loggfil.</source>
        <translation>Arkivet kunne ikkje lagast. Detaljar er skrivne til loggfila til programmet.</translation>
    </message>
    <message>
        <source>Ingen filer er endret eller slettet.</source>
        <translation>Ingen filer er endra eller sletta.</translation>
    </message>
    <message>
        <source>Arkiveringen ble avbrutt. Ingen filer er endret.</source>
        <translation>Arkiveringa vart avbroten. Ingen filer er endra.</translation>
    </message>
    <message>
        <source>Planen kunne ikke leses: %s</source>
        <translation>Planen kunne ikkje lesast: %s</translation>
    </message>
    <message>
        <source>Mappen med planen kunne ikke leses, så versjonene kan ikke samles.</source>
        <translation>Mappa med planen kunne ikkje lesast, så versjonane kan ikkje samlast.</translation>
    </message>
    <message>
        <source>Arkivet er lagret: «%s» (1 versjon av planen og oppfølgingsloggen).</source>
        <translation>Arkivet er lagra: «%s» (1 versjon av planen og oppfølgingsloggen).</translation>
    </message>
    <message>
        <source>Arkivet er lagret: «%s» (%d versjoner av planen og oppfølgingsloggen).</source>
        <translation>Arkivet er lagra: «%s» (%d versjonar av planen og oppfølgingsloggen).</translation>
    </message>
    <message>
        <source>Når arkivet er lagt i virksomhetens arkiv, bør planens lokale filer slettes. Vil du slette dem nå? «Nei» beholder alt.</source>
        <translation>Når arkivet er lagt i arkivet til verksemda, bør dei lokale filene til planen slettast. Vil du slette dei no? «Nei» held på alt.</translation>
    </message>
    <message>
        <source>Arkivet er lagret</source>
        <translation>Arkivet er lagra</translation>
    </message>
    <message>
        <source>Arkivet er lagret: %s</source>
        <translation>Arkivet er lagra: %s</translation>
    </message>
    <message>
        <source>PDF-en ble ikke lagret</source>
        <translation>PDF-en vart ikkje lagra</translation>
    </message>
    <message>
        <source>PDF-en kunne ikke lages. Detaljer er skrevet til programmets loggfil.</source>
        <translation>PDF-en kunne ikkje lagast. Detaljar er skrivne til loggfila til programmet.</translation>
    </message>
    <message>
        <source>Eksporten ble avbrutt. Ingen fil er skrevet.</source>
        <translation>Eksporten vart avbroten. Inga fil er skriven.</translation>
    </message>
    <message>
        <source>PDF-en er lagret, men planen har feil</source>
        <translation>PDF-en er lagra, men planen har feil</translation>
    </message>
    <message>
        <source>PDF-en er lagret som %s.

Planen har %d feil som bør rettes før den sendes eller skrives under. Feltene med feil er merket med rødt i skjemaet.</source>
        <translation>PDF-en er lagra som %s.

Planen har %d feil som bør rettast før han blir sendt eller skriven under. Felta med feil er merkte med raudt i skjemaet.</translation>
    </message>
    <message>
        <source>PDF lagret: %s</source>
        <translation>PDF lagra: %s</translation>
    </message>
    <message>
        <source>Nullstill skjemaet</source>
        <translation>Nullstill skjemaet</translation>
    </message>
    <message>
        <source>Vil du tømme alle feltene i planen?

Du kan angre med Ctrl+Z.</source>
        <translation>Vil du tømme alle felta i planen?

Du kan angre med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Ingen førsteside</source>
        <translation>Inga førsteside</translation>
    </message>
    <message>
        <source>Førsteside for innsending til NAV</source>
        <translation>Førsteside for innsending til NAV</translation>
    </message>
    <message>
        <source>Følgebrev til sykmelder</source>
        <translation>Følgjebrev til sjukmeldar</translation>
    </message>
    <message>
        <source>Skriv ut oppfølgingsplanen</source>
        <translation>Skriv ut oppfølgingsplanen</translation>
    </message>
    <message>
        <source>1 side</source>
        <translation>1 side</translation>
    </message>
    <message>
        <source>%d sider</source>
        <translation>%d sider</translation>
    </message>
    <message>
        <source>Forhåndsvisning – skriv ut</source>
        <translation>Førehandsvising – skriv ut</translation>
    </message>
    <message>
        <source>Ta med &amp;oppfølgingsloggen</source>
        <translation>Ta med &amp;oppfølgingsloggen</translation>
    </message>
    <message>
        <source>Oppfølgingsloggen, unntakene og når sykefraværet ble avsluttet er arbeidsgiverens egen dokumentasjon. De skrives bare ut når du krysser av her, ikke i kopier til lege eller NAV.</source>
        <translation>Oppfølgingsloggen, unntaka og når sjukefråveret vart avslutta, er arbeidsgjevaren sin eigen dokumentasjon. Dei blir berre skrivne ut når du kryssar av her, ikkje i kopiar til lege eller NAV.</translation>
    </message>
    <message>
        <source>Skriv ut …</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <source>Dette programmet</source>
        <translation>Dette programmet</translation>
    </message>
    <message>
        <source>Qt 6 og PySide6</source>
        <translation>Qt 6 og PySide6</translation>
    </message>
    <message>
        <source>sRGB-fargeprofil</source>
        <translation>sRGB-fargeprofil</translation>
    </message>
    <message>
        <source>Vinduer, utskrift og forhåndsvisning</source>
        <translation>Vindauge, utskrift og førehandsvising</translation>
    </message>
    <message>
        <source>Teksten LGPL-3.0 bygger på</source>
        <translation>Teksten LGPL-3.0 byggjer på</translation>
    </message>
    <message>
        <source>Lager PDF</source>
        <translation>Lagar PDF</translation>
    </message>
    <message>
        <source>Leser og kontrollerer planfilene</source>
        <translation>Les og kontrollerer planfilene</translation>
    </message>
    <message>
        <source>Del av pydantic</source>
        <translation>Del av pydantic</translation>
    </message>
    <message>
        <source>Finner mappene for innstillinger og logg</source>
        <translation>Finn mappene for innstillingar og logg</translation>
    </message>
    <message>
        <source>Lager kalenderfiler med fristene</source>
        <translation>Lagar kalenderfiler med fristane</translation>
    </message>
    <message>
        <source>Del av icalendar</source>
        <translation>Del av icalendar</translation>
    </message>
    <message>
        <source>Tidssoner for icalendar</source>
        <translation>Tidssoner for icalendar</translation>
    </message>
    <message>
        <source>Bilder i PDF (brukt av reportlab)</source>
        <translation>Bilete i PDF (brukt av reportlab)</translation>
    </message>
    <message>
        <source>Del av reportlab</source>
        <translation>Del av reportlab</translation>
    </message>
    <message>
        <source>Skriften i PDF-ene</source>
        <translation>Skrifta i PDF-ane</translation>
    </message>
    <message>
        <source>Fargeprofilen i arkiv-PDF-ene (PDF/A)</source>
        <translation>Fargeprofilen i arkiv-PDF-ane (PDF/A)</translation>
    </message>
    <message>
        <source>Fri bruk</source>
        <translation>Fri bruk</translation>
    </message>
    <message>
        <source>Programmeringsspråket programmet er skrevet i</source>
        <translation>Programmeringsspråket programmet er skrive i</translation>
    </message>
    <message>
        <source>Starter programmet i den ferdige pakken</source>
        <translation>Startar programmet i den ferdige pakken</translation>
    </message>
    <message>
        <source>GPL-2.0 med unntak for starteren</source>
        <translation>GPL-2.0 med unntak for startaren</translation>
    </message>
    <message>
        <source>Skrivebordsprogram for %s (%s). Arbeidsgiver og arbeidstaker lager, reviderer, signerer, skriver ut og tar vare på planen sammen.</source>
        <translation>Skrivebordsprogram for %s (%s). Arbeidsgjevar og arbeidstakar lagar, reviderer, signerer, skriv ut og tek vare på planen saman.</translation>
    </message>
    <message>
        <source>Om programmet</source>
        <translation>Om programmet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ingen data sendes over nettet.&lt;/b&gt; Planene blir bare lagret på denne datamaskinen.</source>
        <translation>&lt;b&gt;Ingen data blir sende over nettet.&lt;/b&gt; Planane blir berre lagra på denne datamaskina.</translation>
    </message>
    <message>
        <source>Programmet er fri programvare med lisensen %s, og leveres uten noen form for garanti. Det bruker disse komponentene, hver med sin lisens. Qt-bibliotekene ligger som egne filer i programmappen og kan byttes ut.</source>
        <translation>Programmet er fri programvare med lisensen %s, og blir levert utan nokon form for garanti. Det brukar desse komponentane, kvar med sin lisens. Qt-biblioteka ligg som eigne filer i programmappa og kan bytast ut.</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Versjon %s</source>
        <translation>Versjon %s</translation>
    </message>
    <message>
        <source>Komponent</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Lisens</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>Brukes til</source>
        <translation>Blir brukt til</translation>
    </message>
    <message>
        <source>&amp;Førsteside:</source>
        <translation>&amp;Førsteside:</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Antall eksemplarer:</source>
        <translation>&amp;Tal på eksemplar:</translation>
    </message>
    <message>
        <source>Lager forhåndsvisningen …</source>
        <translation>Lagar førehandsvisinga …</translation>
    </message>
    <message>
        <source>Kunne ikke lage utskriften</source>
        <translation>Kunne ikkje lage utskrifta</translation>
    </message>
    <message>
        <source>Planen kunne ikke gjøres klar for utskrift. Detaljer er skrevet til programmets loggfil.</source>
        <translation>Planen kunne ikkje gjerast klar for utskrift. Detaljar er skrivne til loggfila til programmet.</translation>
    </message>
    <message>
        <source>Forhåndsvisningen ble avbrutt</source>
        <translation>Førehandsvisinga vart avbroten</translation>
    </message>
    <message>
        <source>Oppfølgingsplan</source>
        <translation>Oppfølgingsplan</translation>
    </message>
    <message>
        <source>Skriver ut …</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <source>Utskriften mislyktes</source>
        <translation>Utskrifta gjekk ikkje</translation>
    </message>
    <message>
        <source>Skriveren kunne ikke startes. Kontroller skriveren og prøv igjen.</source>
        <translation>Skrivaren kunne ikkje startast. Kontroller skrivaren og prøv igjen.</translation>
    </message>
    <message>
        <source>Ingen feil i planen</source>
        <translation>Ingen feil i planen</translation>
    </message>
    <message>
        <source>%d feil</source>
        <translation>%d feil</translation>
    </message>
    <message>
        <source>1 advarsel</source>
        <translation>1 åtvaring</translation>
    </message>
    <message>
        <source>%d advarsler</source>
        <translation>%d åtvaringar</translation>
    </message>
    <message>
        <source>Referat og merknad</source>
        <translation>Referat og merknad</translation>
    </message>
    <message>
        <source>Skriv referatet fra møtet eller samtalen: hvem som var til stede, hva dere gikk gjennom og hva dere avtalte. Tomme linjer skiller avsnitt. Hele teksten kommer med i arkivet.</source>
        <translation>Skriv referatet frå møtet eller samtalen: kven som var til stades, kva de gjekk gjennom og kva de avtalte. Tomme linjer skil avsnitt. Heile teksten kjem med i arkivet.</translation>
    </message>
    <message>
        <source>Det oppstod en uventet feil i programmet. Dine ulagrede endringer er tatt vare på i en gjenopprettingskopi.

Lagre planen og start programmet på nytt hvis noe ikke virker som det skal.</source>
        <translation>Det oppstod ein uventa feil i programmet. Dei ulagra endringane dine er tekne vare på i ein gjenopprettingskopi.

Lagre planen og start programmet på nytt om noko ikkje verkar som det skal.</translation>
    </message>
    <message>
        <source>Uventet feil</source>
        <translation>Uventa feil</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Nylige &amp;filer</source>
        <translation>Nylege &amp;filer</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Deler av skjemaet</source>
        <translation>Delar av skjemaet</translation>
    </message>
    <message>
        <source>Opprett ny versjon fra denne</source>
        <translation>Opprett ny versjon frå denne</translation>
    </message>
    <message>
        <source>Den er åpnet skrivebeskyttet her.</source>
        <translation>Her er planen opna skrivebeskytta.</translation>
    </message>
    <message>
        <source>Eldre versjon – skrivebeskyttet</source>
        <translation>Eldre versjon – skrivebeskytta</translation>
    </message>
    <message>
        <source>Tidsfrister</source>
        <translation>Tidsfristar</translation>
    </message>
    <message>
        <source>Verktøylinje</source>
        <translation>Verktøylinje</translation>
    </message>
    <message>
        <source>Gjenopprett ulagrede planer …</source>
        <translation>Gjenopprett ulagra planar …</translation>
    </message>
    <message>
        <source>Ny plan (ikke lagret)</source>
        <translation>Ny plan (ikkje lagra)</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Underskrift, %s</source>
        <translation>Underskrift, %s</translation>
    </message>
    <message>
        <source>Tøm</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <source>Tøm underskrift, %s</source>
        <translation>Tøm underskrift, %s</translation>
    </message>
    <message>
        <source>Signer på nytt</source>
        <translation>Signer på nytt</translation>
    </message>
    <message>
        <source>Signer på nytt, %s</source>
        <translation>Signer på nytt, %s</translation>
    </message>
    <message>
        <source>Underskrift (%s)</source>
        <translation>Underskrift (%s)</translation>
    </message>
    <message>
        <source>Tøm underskrift (%s)</source>
        <translation>Tøm underskrift (%s)</translation>
    </message>
    <message>
        <source>Ikke signert</source>
        <translation>Ikkje signert</translation>
    </message>
    <message>
        <source>Signert %s</source>
        <translation>Signert %s</translation>
    </message>
    <message>
        <source>Signert %s, men planen er endret etterpå, så underskriften gjelder en tidligere utgave av innholdet.</source>
        <translation>Signert %s, men planen er endra etterpå, så underskrifta gjeld ei tidlegare utgåve av innhaldet.</translation>
    </message>
    <message>
        <source>Trykk «Signer på nytt» og signer igjen hvis den endrede planen er avtalt.</source>
        <translation>Trykk «Signer på nytt» og signer igjen om den endra planen er avtalt.</translation>
    </message>
    <message>
        <source>Signaturen gjelder ikke for dette innholdet</source>
        <translation>Signaturen gjeld ikkje for dette innhaldet</translation>
    </message>
    <message>
        <source>Arbeidstakers navn er ikke fylt ut under Nøkkelopplysninger.</source>
        <translation>Namnet til arbeidstakaren er ikkje fylt ut under Nøkkelopplysningar.</translation>
    </message>
    <message>
        <source>Nærmeste leders navn er ikke fylt ut under Nøkkelopplysninger.</source>
        <translation>Namnet til næraste leiar er ikkje fylt ut under Nøkkelopplysningar.</translation>
    </message>
    <message>
        <source>Planen er åpnet skrivebeskyttet.</source>
        <translation>Planen er opna skrivebeskytta.</translation>
    </message>
    <message>
        <source>Trykk «Signer på nytt» for å signere den endrede planen.</source>
        <translation>Trykk «Signer på nytt» for å signere den endra planen.</translation>
    </message>
    <message>
        <source>Tegn underskriften med mus, penn eller finger. Delete tømmer feltet.</source>
        <translation>Teikn underskrifta med mus, penn eller finger. Delete tømmer feltet.</translation>
    </message>
    <message>
        <source>Signer her</source>
        <translation>Signer her</translation>
    </message>
    <message>
        <source>Versjoner</source>
        <translation>Versjonar</translation>
    </message>
    <message>
        <source>Utfylt</source>
        <translation>Utfylt</translation>
    </message>
    <message>
        <source>Velg mappen med planene</source>
        <translation>Vel mappa med planane</translation>
    </message>
    <message>
        <source>Mappen %s kan ikke leses.</source>
        <translation>Mappa %s kan ikkje lesast.</translation>
    </message>
    <message>
        <source>Planer i %s. Den nyeste versjonen åpnes for redigering; eldre versjoner åpnes skrivebeskyttet.</source>
        <translation>Planar i %s. Den nyaste versjonen blir opna for redigering; eldre versjonar blir opna skrivebeskytta.</translation>
    </message>
    <message>
        <source>1 fil kunne ikke leses.</source>
        <translation>1 fil kunne ikkje lesast.</translation>
    </message>
    <message>
        <source>%d filer kunne ikke leses.</source>
        <translation>%d filer kunne ikkje lesast.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>1 side så langt</source>
        <translation>1 side så langt</translation>
    </message>
    <message>
        <source>%d sider så langt</source>
        <translation>%d sider så langt</translation>
    </message>
    <message>
        <source>Avbryter …</source>
        <translation>Stansar …</translation>
    </message>
    <message>
        <source>Gjenopprett ulagrede planer</source>
        <translation>Gjenopprett ulagra planar</translation>
    </message>
    <message>
        <source>{date} kl. {time}</source>
        <translation>{date} kl. {time}</translation>
    </message>
    <message>
        <source>ukjent tidspunkt</source>
        <translation>ukjent tidspunkt</translation>
    </message>
    <message>
        <source>«{file}»</source>
        <translation>«{file}»</translation>
    </message>
    <message>
        <source>{plan} for {employee}</source>
        <translation>{plan} for {employee}</translation>
    </message>
    <message>
        <source>{plan}, sist autolagret {when}</source>
        <translation>{plan}, sist autolagra {when}</translation>
    </message>
    <message>
        <source>eldre enn planen, som ble lagret {when}</source>
        <translation>eldre enn planen, som vart lagra {when}</translation>
    </message>
    <message>
        <source>Programmet ble ikke avsluttet normalt sist, og disse endringene ble ikke lagret:

{copy}.

Vil du gjenopprette planen nå?</source>
        <translation>Programmet vart ikkje avslutta normalt sist, og desse endringane vart ikkje lagra:

{copy}.

Vil du gjenopprette planen no?</translation>
    </message>
    <message>
        <source>Programmet ble ikke avsluttet normalt en gang, og disse endringene ble ikke lagret:

{copy}.

Merk: Planen er lagret på nytt etter dette ({saved}), så kopien er eldre enn planen. Gjenoppretter du den, ser du de gamle endringene; du blir spurt før den nyere planen kan overskrives.

Vil du likevel åpne den eldre kopien?</source>
        <translation>Programmet vart ikkje avslutta normalt ein gong, og desse endringane vart ikkje lagra:

{copy}.

Merk: Planen er lagra på nytt etter dette ({saved}), så kopien er eldre enn planen. Gjenopprettar du han, ser du dei gamle endringane; du blir spurd før den nyare planen kan overskrivast.

Vil du likevel opne den eldre kopien?</translation>
    </message>
    <message>
        <source>Velger du Nei, tas kopien vare på til senere (Fil → Gjenopprett ulagrede planer …).</source>
        <translation>Vel du Nei, blir kopien teken vare på til seinare (Fil → Gjenopprett ulagra planar …).</translation>
    </message>
    <message>
        <source>Kopien kunne ikke gjenopprettes.</source>
        <translation>Kopien kunne ikkje gjenopprettast.</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Forkast</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Ulagrede endringer fra tidligere økter. Kopiene ligger i programmets egen mappe og slettes når planen lagres eller forkastes.</source>
        <translation>Ulagra endringar frå tidlegare økter. Kopiane ligg i programmet si eiga mappe og blir sletta når planen blir lagra eller forkasta.</translation>
    </message>
    <message>
        <source>Skadet kopi ({file}): {problem}</source>
        <translation>Skadd kopi ({file}): {problem}</translation>
    </message>
    <message>
        <source>Vil du forkaste de ulagrede endringene for godt? Dette kan ikke angres.</source>
        <translation>Vil du forkaste dei ulagra endringane for godt? Dette kan ikkje angrast.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
</TS>
