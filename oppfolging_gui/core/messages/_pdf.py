"""The words a printout needs that are not on the form itself (page numbers, covers, letter)."""

from __future__ import annotations

from ._text import Text

PDF: dict[str, Text] = {
    "pdf.version": Text(nb="Versjon", nn="Versjon", en="Version"),
    "pdf.page": Text(nb="Side {n} av {m}", nn="Side {n} av {m}", en="Page {n} of {m}"),
    "pdf.signed_on": Text(nb="Signert {date}", nn="Signert {date}", en="Signed {date}"),
    "pdf.signature_not_valid": Text(
        nb="Underskriften gjelder ikke dette innholdet: planen er endret etter at den ble signert.",
        nn="Underskrifta gjeld ikkje dette innhaldet: planen er endra etter at han vart signert.",
        en="The signature does not apply to this content: the plan was changed after it was signed."),
    "pdf.sign_here": Text(nb="Underskrift", nn="Underskrift", en="Signature"),
    "pdf.no_events": Text(nb="Ingen hendelser er ført i oppfølgingsloggen.",
                          nn="Ingen hendingar er førte i oppfølgingsloggen.",
                          en="No events have been entered in the follow-up log."),
    "pdf.date_hint": Text(nb="dd.mm.åååå", nn="dd.mm.åååå", en="dd.mm.yyyy"),
    "pdf.blank_name": Text(nb="Navn", nn="Namn", en="Name"),
    "pdf.blank_subject": Text(nb="{form_number}, tomt skjema", nn="{form_number}, tomt skjema",
                              en="{form_number}, blank form"),
    "pdf.phone": Text(nb="tlf. {phone}", nn="tlf. {phone}", en="tel. {phone}"),
    # The cover sheet for posting the plan to NAV.
    "pdf.nav_cover.heading": Text(nb="Førsteside for innsending til NAV", nn="Framside for innsending til NAV",
                                  en="Cover sheet for sending to NAV"),
    "pdf.nav_cover.about": Text(nb="Gjelder", nn="Gjeld", en="Concerns"),
    "pdf.nav_cover.employee": Text(nb="Arbeidstaker", nn="Arbeidstakar", en="Employee"),
    "pdf.nav_cover.employer": Text(nb="Arbeidsgiver", nn="Arbeidsgjevar", en="Employer"),
    "pdf.nav_cover.sender": Text(nb="Avsender", nn="Avsendar", en="Sender"),
    "pdf.nav_cover.date": Text(nb="Dato", nn="Dato", en="Date"),
    "pdf.nav_cover.enclosed": Text(nb="Vedlegg", nn="Vedlegg", en="Enclosed"),
    "pdf.nav_cover.document": Text(nb="{title} ({form_number}), versjon {version}, utfylt {filled}",
                                   nn="{title} ({form_number}), versjon {version}, utfylt {filled}",
                                   en="{title} ({form_number}), version {version}, filled in {filled}"),
    "pdf.nav_cover.barcode": Text(
        nb="Dette arket er laget av programmet Oppfølgingsplan og har ingen strekkode. Når du er på nett, kan du "
           "i stedet lage NAVs egen førsteside med strekkode på nav.no (søk etter «førsteside» og skjemanummer "
           "{form_number}) og legge den øverst.",
        nn="Dette arket er laga av programmet Oppfølgingsplan og har ingen strekkode. Når du er på nett, kan du "
           "i staden lage NAV si eiga framside med strekkode på nav.no (søk etter «førsteside» og skjemanummer "
           "{form_number}) og leggje ho øvst.",
        en="This sheet was made by the program Oppfølgingsplan and has no barcode. When you are online, you can "
           "instead make NAV's own cover sheet with a barcode at nav.no (search for “førsteside” and form number "
           "{form_number}) and put it on top."),
    "pdf.nav_cover.note": Text(
        nb="Legg dette arket øverst når planen sendes i posten. Planen følger etter dette arket.",
        nn="Legg dette arket øvst når planen blir send i posten. Planen følgjer etter dette arket.",
        en="Put this sheet on top when the plan is sent by post. The plan follows after this sheet."),
    # The cover letter to the doctor (sykmelder).
    "pdf.letter.subject": Text(nb="Oppfølgingsplan for {employee}", nn="Oppfølgingsplan for {employee}",
                               en="Follow-up plan for {employee}"),
    "pdf.letter.body": Text(
        nb="Vedlagt følger oppfølgingsplanen for {employee}{national_id}, versjon {version}, utfylt {filled}, "
           "til orientering.",
        nn="Vedlagt følgjer oppfølgingsplanen for {employee}{national_id}, versjon {version}, utfylt {filled}, "
           "til orientering.",
        en="Enclosed is the follow-up plan for {employee}{national_id}, version {version}, filled in {filled}, "
           "for your information."),
    "pdf.letter.national_id": Text(nb=", fødselsnummer {national_id}", nn=", fødselsnummer {national_id}",
                                   en=", national identity number {national_id}"),
    "pdf.letter.contact": Text(nb="Ta gjerne kontakt med {manager}{phone} hvis du har spørsmål til planen.",
                               nn="Ta gjerne kontakt med {manager}{phone} om du har spørsmål til planen.",
                               en="Please contact {manager}{phone} if you have questions about the plan."),
    "pdf.letter.contact_phone": Text(nb=" på telefon {phone}", nn=" på telefon {phone}", en=" by phone at {phone}"),
    "pdf.letter.closing": Text(nb="Med vennlig hilsen", nn="Med venleg helsing", en="Yours sincerely"),
    "pdf.letter.enclosed": Text(nb="Vedlegg: {document}", nn="Vedlegg: {document}", en="Enclosed: {document}"),
}
