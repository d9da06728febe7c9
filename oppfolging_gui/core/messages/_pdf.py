"""The words a printout needs that are not on the form itself (page numbers, signatures);
the cover sheets' words are in ``_covers``, the archive's in ``_archive``."""

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
}
