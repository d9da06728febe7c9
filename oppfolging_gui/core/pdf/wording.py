"""Words the printout needs that are not on the form itself (page numbers, cover sheets).

The form's own wording — titles, labels, help — comes from ``forms/`` only; this is
the text *around* the form: the footer, the signature notes and the two cover sheets.
"""

from __future__ import annotations

VERSION = "Versjon"
PAGE = "Side {n} av {m}"
SIGNED_ON = "Signert {date}"
SIGNATURE_NOT_VALID = (
    "Underskriften gjelder ikke dette innholdet: planen er endret etter at den ble signert."
)
SIGN_HERE = "Underskrift"
NO_EVENTS = "Ingen hendelser er ført i oppfølgingsloggen."
DATE_HINT = "dd.mm.åååå"
BLANK_NAME = "Navn"

# The cover sheet for posting the plan to NAV.
NAV_COVER_HEADING = "Førsteside for innsending til NAV"
NAV_ADDRESS = ("NAV skanning", "Postboks 1400", "0109 Oslo")
NAV_COVER_ABOUT = "Gjelder"
NAV_COVER_EMPLOYEE = "Arbeidstaker"
NAV_COVER_EMPLOYER = "Arbeidsgiver"
NAV_COVER_SENDER = "Avsender"
NAV_COVER_WHY = "Planen sendes fordi"
NAV_COVER_WHY_ASKED = "NAV har bedt om planen"
NAV_COVER_WHY_MEETING_2 = "dialogmøte 2 skal holdes (revidert plan, senest 1 uke før møtet)"
NAV_COVER_WHY_MEETING_2_ON = "dialogmøte 2 skal holdes {date} (revidert plan, senest 1 uke før møtet)"
NAV_COVER_WHY_ASSISTANCE = "arbeidsgiveren ønsker bistand fra NAV (se «Behov for bistand fra NAV» under tiltakene)"
NAV_COVER_ENCLOSED = "Vedlegg"
NAV_COVER_DOCUMENT = "{title} ({form_number}), versjon {version}, utfylt {filled}"
NAV_COVER_LOG = "Oppfølgingslogg, unntak og når sykefraværet ble avsluttet (etter planen)"
NAV_COVER_OTHER = "Annen dokumentasjon:"
NAV_COVER_BARCODE = (
    "Dette arket er laget av programmet Oppfølgingsplan og har ingen strekkode. "
    "Når du er på nett, kan du i stedet lage NAVs egen førsteside med strekkode på nav.no "
    "(søk etter «førsteside» og skjemanummer {form_number}) og legge den øverst."
)
NAV_COVER_NOTE = "Legg dette arket øverst når planen sendes i posten. Planen følger etter dette arket."

# The cover letter to the doctor (sykmelder).
LETTER_SUBJECT = "Oppfølgingsplan for {employee}"
LETTER_BODY = "Vedlagt følger oppfølgingsplanen for {employee}{national_id}, versjon {version}, utfylt {filled}."
LETTER_NATIONAL_ID = ", {kind} {national_id}"
ID_KIND_FNR = "fødselsnummer"
ID_KIND_DNR = "D-nummer"
ID_KIND_HNR = "H-nummer"
ID_KIND_UNKNOWN = "fødselsnummer/D-nummer"
LETTER_WHY = (
    "Arbeidsgiveren skal sende oppfølgingsplanen til den som har sykmeldt arbeidstakeren, så "
    "snart planen er utarbeidet og senest når sykefraværet har vart i fire uker "
    "(arbeidsmiljøloven § 4-6 tredje ledd). Planen gir deg grunnlag for å vurdere "
    "arbeidsevnen og aktivitet i arbeid (folketrygdloven § 25-2)."
)
LETTER_QUESTIONS = "Vi ber om din vurdering av dette:"
LETTER_QUESTION = "Tiltak {n}: «{text}»"
LETTER_NO_QUESTIONS = "Planen har ingen egne spørsmål til deg nå; ta gjerne kontakt hvis du ser behov for endringer."
LETTER_MEETING_1_PLANNED = (
    "Dialogmøte 1 er planlagt {date}. Sykmelder kan bli bedt om å delta i møtet "
    "(arbeidsmiljøloven § 4-6 fjerde ledd); i så fall tar vi kontakt."
)
LETTER_MEETING_1_HELD = "Dialogmøte 1 ble holdt {date}."
LETTER_CONTACT = "Ta gjerne kontakt med {manager}{phone} hvis du har spørsmål til planen."
LETTER_CONTACT_PHONE = " på telefon {phone}"
LETTER_CLOSING = "Med vennlig hilsen"
LETTER_ENCLOSED = "Vedlegg: {document}"
