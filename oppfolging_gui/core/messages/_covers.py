"""The two sheets printed before the plan: the cover for posting it to NAV, and the
letter to the doctor (sykmelder).

The legal references point to Norwegian law in every language; the English names
the act and the section as NAV's English pages do ("Working Environment Act section
4-6"). A no-break space (``\\u00a0``) follows «§» and "section", so a line never
ends on them.
"""

from __future__ import annotations

from ._text import Text

COVERS: dict[str, Text] = {
    # The cover sheet for posting the plan to NAV.
    "pdf.nav_cover.heading": Text(nb="Førsteside for innsending til NAV", nn="Førsteside for innsending til NAV",
                                  en="Cover sheet for sending to NAV"),
    "pdf.nav_cover.about": Text(nb="Gjelder", nn="Gjeld", en="Regarding"),
    "pdf.nav_cover.employee": Text(nb="Arbeidstaker", nn="Arbeidstakar", en="Employee"),
    "pdf.nav_cover.employer": Text(nb="Arbeidsgiver", nn="Arbeidsgjevar", en="Employer"),
    "pdf.nav_cover.sender": Text(nb="Avsender", nn="Avsendar", en="Sender"),
    "pdf.nav_cover.why": Text(nb="Planen sendes fordi", nn="Planen blir sendt fordi", en="The plan is sent because"),
    "pdf.nav_cover.why_asked": Text(nb="NAV har bedt om planen", nn="NAV har bede om planen",
                                    en="NAV has asked for the plan"),
    "pdf.nav_cover.why_meeting_2": Text(
        nb="dialogmøte 2 skal holdes (revidert plan, senest 1 uke før møtet)",
        nn="dialogmøte 2 skal haldast (revidert plan, seinast 1 veke før møtet)",
        en="dialogue meeting 2 is to be held (revised plan, at the latest 1 week before the meeting)"),
    "pdf.nav_cover.why_meeting_2_on": Text(
        nb="dialogmøte 2 skal holdes {date} (revidert plan, senest 1 uke før møtet)",
        nn="dialogmøte 2 skal haldast {date} (revidert plan, seinast 1 veke før møtet)",
        en="dialogue meeting 2 is to be held on {date} (revised plan, at the latest 1 week before the meeting)"),
    "pdf.nav_cover.why_assistance": Text(
        nb="arbeidsgiveren ønsker bistand fra NAV (se «{section}» under tiltakene)",
        nn="arbeidsgjevaren ønskjer bistand frå NAV (sjå «{section}» under tiltaka)",
        en="the employer wants assistance from NAV (see “{section}” under the measures)"),
    "pdf.nav_cover.enclosed": Text(nb="Vedlegg", nn="Vedlegg", en="Enclosures"),
    "pdf.nav_cover.document": Text(nb="{title} ({form_number}), versjon {version}, utfylt {filled}",
                                   nn="{title} ({form_number}), versjon {version}, utfylt {filled}",
                                   en="{title} ({form_number}), version {version}, filled in {filled}"),
    "pdf.nav_cover.log": Text(
        nb="Oppfølgingslogg, unntak og når sykefraværet ble avsluttet (etter planen)",
        nn="Oppfølgingslogg, unntak og når sjukefråveret vart avslutta (etter planen)",
        en="Follow-up log, exceptions and when the sick leave ended (after the plan)"),
    "pdf.nav_cover.other": Text(nb="Annen dokumentasjon:", nn="Anna dokumentasjon:", en="Other documentation:"),
    "pdf.nav_cover.barcode": Text(
        nb="Dette arket er laget av programmet Oppfølgingsplan og har ingen strekkode. Når du er på nett, kan du "
           "i stedet lage NAVs egen førsteside med strekkode på nav.no (søk etter «førsteside» og skjemanummer "
           "{form_number}) og legge den øverst.",
        nn="Dette arket er laga av programmet Oppfølgingsplan og har ingen strekkode. Når du er på nett, kan du "
           "i staden lage NAV si eiga førsteside med strekkode på nav.no (søk etter «førsteside» og skjemanummer "
           "{form_number}) og leggje ho øvst.",
        en="This sheet was made by the program Oppfølgingsplan and has no barcode. When you are online, you can "
           "instead make NAV's own cover sheet with a barcode at nav.no (search for “førsteside”, NAV's word for "
           "it, and form number {form_number}) and put that on top."),
    "pdf.nav_cover.note": Text(
        nb="Legg dette arket øverst når planen sendes i posten. Planen følger etter dette arket.",
        nn="Legg dette arket øvst når planen blir sendt i posten. Planen følgjer etter dette arket.",
        en="Put this sheet on top when the plan is sent by post. The plan follows after this sheet."),
    # The cover letter to the doctor (sykmelder).
    "pdf.letter.subject": Text(nb="Oppfølgingsplan for {employee}", nn="Oppfølgingsplan for {employee}",
                               en="Follow-up plan for {employee}"),
    "pdf.letter.no_name": Text(nb="arbeidstaker", nn="arbeidstakar", en="the employee"),
    "pdf.letter.body": Text(
        nb="Vedlagt følger oppfølgingsplanen for {employee}{national_id}, versjon {version}, utfylt {filled}.",
        nn="Vedlagt følgjer oppfølgingsplanen for {employee}{national_id}, versjon {version}, utfylt {filled}.",
        en="Enclosed is the follow-up plan for {employee}{national_id}, version {version}, filled in {filled}."),
    "pdf.letter.national_id": Text(nb=", {kind} {national_id}", nn=", {kind} {national_id}",
                                   en=", {kind} {national_id}"),
    "pdf.letter.id_fnr": Text(nb="fødselsnummer", nn="fødselsnummer", en="national identity number"),
    "pdf.letter.id_dnr": Text(nb="D-nummer", nn="D-nummer", en="D number"),
    "pdf.letter.id_hnr": Text(nb="H-nummer", nn="H-nummer", en="H number"),
    "pdf.letter.id_unknown": Text(nb="fødselsnummer/D-nummer", nn="fødselsnummer/D-nummer",
                                  en="national identity number/D number"),
    "pdf.letter.why": Text(
        nb="Arbeidsgiveren skal sende oppfølgingsplanen til den som har sykmeldt arbeidstakeren, så "
           "snart planen er utarbeidet og senest når sykefraværet har vart i fire uker "
           "(arbeidsmiljøloven §\u00a04-6 tredje ledd). Planen gir deg grunnlag for å vurdere "
           "arbeidsevnen og aktivitet i arbeid (folketrygdloven §\u00a025-2).",
        nn="Arbeidsgjevaren skal sende oppfølgingsplanen til den som har sjukmeldt arbeidstakaren, så "
           "snart planen er utarbeidd og seinast når sjukefråveret har vart i fire veker "
           "(arbeidsmiljølova §\u00a04-6 tredje ledd). Planen gir deg grunnlag for å vurdere "
           "arbeidsevna og aktivitet i arbeid (folketrygdlova §\u00a025-2).",
        en="The employer is to send the follow-up plan to whoever issued the employee's sick note as soon "
           "as the plan has been drawn up, and at the latest when the sick leave has lasted four weeks "
           "(Working Environment Act section\u00a04-6, third paragraph). The plan gives you a basis for assessing "
           "the employee's capacity for work and activity at work (National Insurance Act section\u00a025-2)."),
    "pdf.letter.questions": Text(nb="Vi ber om din vurdering av dette:", nn="Vi ber om vurderinga di av dette:",
                                 en="We ask for your assessment of the following:"),
    "pdf.letter.question": Text(nb="Tiltak {n}: «{text}»", nn="Tiltak {n}: «{text}»", en="Measure {n}: “{text}”"),
    "pdf.letter.no_questions": Text(
        nb="Planen har ingen egne spørsmål til deg nå; ta gjerne kontakt hvis du ser behov for endringer.",
        nn="Planen har ingen eigne spørsmål til deg no; ta gjerne kontakt om du ser behov for endringar.",
        en="The plan has no questions for you at present; please get in touch if you see a need for changes."),
    "pdf.letter.meeting_1_planned": Text(
        nb="Dialogmøte 1 er planlagt {date}. Sykmelder kan bli bedt om å delta i møtet "
           "(arbeidsmiljøloven §\u00a04-6 fjerde ledd); i så fall tar vi kontakt.",
        nn="Dialogmøte 1 er planlagt {date}. Sjukmeldaren kan bli beden om å delta i møtet "
           "(arbeidsmiljølova §\u00a04-6 fjerde ledd); i så fall tek vi kontakt.",
        en="Dialogue meeting 1 is planned for {date}. You may be asked to take part in the meeting "
           "(Working Environment Act section\u00a04-6, fourth paragraph); if so, we will contact you."),
    "pdf.letter.meeting_1_held": Text(nb="Dialogmøte 1 ble holdt {date}.", nn="Dialogmøte 1 vart halde {date}.",
                                      en="Dialogue meeting 1 was held on {date}."),
    "pdf.letter.contact": Text(nb="Ta gjerne kontakt med {manager}{phone} hvis du har spørsmål til planen.",
                               nn="Ta gjerne kontakt med {manager}{phone} om du har spørsmål om planen.",
                               en="Please contact {manager}{phone} if you have any questions about the plan."),
    "pdf.letter.contact_phone": Text(nb=" på telefon {phone}", nn=" på telefon {phone}", en=" by phone on {phone}"),
    "pdf.letter.closing": Text(nb="Med vennlig hilsen", nn="Med venleg helsing", en="Kind regards"),
    "pdf.letter.enclosed": Text(nb="Vedlegg: {document}", nn="Vedlegg: {document}", en="Enclosure: {document}"),
}
