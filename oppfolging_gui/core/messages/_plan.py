"""What validation says about a plan's content, and the deadlines of the follow-up."""

from __future__ import annotations

from ._text import Text

VALIDATION: dict[str, Text] = {
    "validation.required": Text(nb="«{label}» må fylles ut.", nn="«{label}» må fyllast ut.", en="“{label}” must be filled in."),
    "validation.field_problem": Text(nb="«{label}»: {problem}", nn="«{label}»: {problem}", en="“{label}”: {problem}"),
    "validation.percent": Text(nb="«{label}» må være et helt tall fra 0 til 100 (nå {value}).",
                               nn="«{label}» må vere eit heilt tal frå 0 til 100 (no {value}).",
                               en="“{label}” must be a whole number from 0 to 100 (now {value})."),
    "validation.contact_phone": Text(nb="«{label}» må fylles ut når det er oppgitt en annen kontaktperson.",
                                     nn="«{label}» må fyllast ut når det er oppgjeve ein annan kontaktperson.",
                                     en="“{label}” must be filled in when another contact person is given."),
    "validation.not_before": Text(nb="«{label}» kan ikke være før «{other}».", nn="«{label}» kan ikkje vere før «{other}».",
                                  en="“{label}” cannot be before “{other}”."),
    "validation.period_reversed": Text(nb="Perioden for tiltaket kan ikke slutte før den begynner.",
                                       nn="Perioden for tiltaket kan ikkje slutte før han byrjar.",
                                       en="The period of the measure cannot end before it begins."),
    "validation.send_to_nav": Text(
        nb="Du ønsker bistand fra NAV: send planen til NAV (Fil → Eksporter PDF med forside til NAV) og "
           "registrer det i oppfølgingsloggen som «{sent}».",
        nn="De ønskjer bistand frå NAV: send planen til NAV (Fil → Eksporter PDF med framside til NAV) og "
           "registrer det i oppfølgingsloggen som «{sent}».",
        en="You want assistance from NAV: send the plan to NAV (File → Export PDF with the cover sheet for NAV) "
           "and record it in the follow-up log as “{sent}”."),
    "validation.org_number_first_digit": Text(
        nb="«{label}»: Enhetsregisteret tildeler bare numre som begynner med 8 eller 9. Kontroller nummeret.",
        nn="«{label}»: Einingsregisteret tildeler berre nummer som byrjar med 8 eller 9. Kontroller nummeret.",
        en="“{label}”: the Central Coordinating Register only assigns numbers beginning with 8 or 9. Check the number."),
    "validation.reason_needed": Text(nb="«{label}» bør fylles ut {why}.", nn="«{label}» bør fyllast ut {why}.",
                                     en="“{label}” should be filled in {why}."),
    "validation.why.nav_assistance": Text(nb="når det er krysset av for bistand fra NAV",
                                          nn="når det er kryssa av for bistand frå NAV",
                                          en="when assistance from NAV is ticked"),
    "validation.why.other": Text(nb="når det er krysset av for «Andre»", nn="når det er kryssa av for «Andre»",
                                 en="when “Others” is ticked"),
    "validation.why.adapted_work": Text(nb="når det er krysset av for at tilrettelagt arbeid ikke er mulig",
                                        nn="når det er kryssa av for at tilrettelagt arbeid ikkje er mogeleg",
                                        en="when it is ticked that adjusted work is not possible"),
    "validation.why.not_participated": Text(nb="når arbeidstakeren ikke har medvirket",
                                            nn="når arbeidstakaren ikkje har medverka",
                                            en="when the employee has not taken part"),
    "validation.before_first_day": Text(nb="«{label}» ({day}) er før «{first_day_label}» ({first_day}).",
                                        nn="«{label}» ({day}) er før «{first_day_label}» ({first_day}).",
                                        en="“{label}” ({day}) is before “{first_day_label}” ({first_day})."),
    "id.national_id_length": Text(nb="Fødselsnummeret må ha 11 siffer.", nn="Fødselsnummeret må ha 11 siffer.",
                                  en="The national identity number must have 11 digits."),
    "id.national_id_not_digits": Text(nb="Fødselsnummeret kan bare inneholde siffer.",
                                      nn="Fødselsnummeret kan berre innehalde siffer.",
                                      en="The national identity number can only contain digits."),
    "id.national_id_check_digits": Text(nb="Kontrollsifrene i fødselsnummeret stemmer ikke.",
                                        nn="Kontrollsifra i fødselsnummeret stemmer ikkje.",
                                        en="The check digits of the national identity number do not match."),
    "id.national_id_birth_date": Text(nb="Fødselsnummeret inneholder ikke en gyldig fødselsdato.",
                                      nn="Fødselsnummeret inneheld ikkje ein gyldig fødselsdato.",
                                      en="The national identity number does not contain a valid date of birth."),
    "id.test_number": Text(nb="Dette er et testnummer, ikke fødselsnummeret til en ekte person.",
                           nn="Dette er eit testnummer, ikkje fødselsnummeret til ein ekte person.",
                           en="This is a test number, not the national identity number of a real person."),
    "id.unknown_century": Text(nb="Fødselsåret kan ikke bestemmes ut fra individnummeret.",
                               nn="Fødselsåret kan ikkje fastsetjast ut frå individnummeret.",
                               en="The year of birth cannot be determined from the individual number."),
    "id.org_number_length": Text(nb="Organisasjonsnummeret må ha 9 siffer.", nn="Organisasjonsnummeret må ha 9 siffer.",
                                 en="The organisation number must have 9 digits."),
    "id.org_number_check_digit": Text(
        nb="Kontrollsifferet stemmer ikke. Sjekk at organisasjonsnummeret er skrevet riktig.",
        nn="Kontrollsifferet stemmer ikkje. Sjekk at organisasjonsnummeret er skrive rett.",
        en="The check digit does not match. Check that the organisation number is written correctly."),
    "id.phone": Text(nb="Telefonnummeret må ha 8 siffer, eller + og 8–15 siffer.",
                     nn="Telefonnummeret må ha 8 siffer, eller + og 8–15 siffer.",
                     en="The phone number must have 8 digits, or + and 8–15 digits."),
}

DEADLINES: dict[str, Text] = {
    "deadlines.first_day_needed": Text(nb="Fyll inn første fraværsdag for å se tidsfristene.",
                                       nn="Fyll inn første fråversdag for å sjå tidsfristane.",
                                       en="Fill in the first day of absence to see the deadlines."),
    "deadlines.status.done": Text(nb="Utført", nn="Utført", en="Done"),
    "deadlines.status.not_required": Text(nb="Ikke påkrevd", nn="Ikkje påkravd", en="Not required"),
    "deadlines.status.overdue": Text(nb="Fristen er passert", nn="Fristen er passert", en="Overdue"),
    "deadlines.status.due_soon": Text(nb="Fristen nærmer seg", nn="Fristen nærmar seg", en="Due soon"),
    "deadlines.status.upcoming": Text(nb="Kommende", nn="Kommande", en="Upcoming"),
    "deadlines.status.info": Text(nb="Til orientering", nn="Til orientering", en="For information"),
    "deadlines.status.unknown": Text(nb="Ukjent dato", nn="Ukjend dato", en="Date unknown"),
    "deadlines.note.meeting_2_estimated": Text(
        nb="NAV har ikke satt dato ennå; datoen er siste frist etter 26 uker.",
        nn="NAV har ikkje sett dato enno; datoen er siste frist etter 26 veker.",
        en="NAV has not set a date yet; the date is the latest deadline after 26 weeks."),
    "deadlines.note.meeting_2_set": Text(nb="Datoen er møtedatoen NAV har satt.", nn="Datoen er møtedatoen NAV har sett.",
                                         en="The date is the meeting date NAV has set."),
    "deadlines.note.graded": Text(
        nb="Gradert sykmelding ({percent} %) i uke 7: møtet er bare påkrevd hvis noen mener det er hensiktsmessig.",
        nn="Gradert sjukmelding ({percent} %) i veke 7: møtet er berre påkravd om nokon meiner det er føremålstenleg.",
        en="Graded sick leave ({percent} %) in week 7: the meeting is only required if someone finds it useful."),
    "deadlines.note.exception": Text(nb="Registrert som unntak under «Dialogmøter og unntak».",
                                     nn="Registrert som unntak under «Dialogmøte og unntak».",
                                     en="Recorded as an exception under “Dialogue meetings and exceptions”."),
    "deadlines.note.no_meeting_2": Text(
        nb="NAV har bestemt at dialogmøte 2 ikke trengs; da skal det heller ikke sendes en plan før møtet.",
        nn="NAV har bestemt at dialogmøte 2 ikkje trengst; då skal det heller ikkje sendast ein plan før møtet.",
        en="NAV has decided that dialogue meeting 2 is not needed; then no plan is to be sent before the meeting either."),
    "deadlines.note.ended": Text(nb="Sykefraværet ble avsluttet {day}, før denne datoen.",
                                 nn="Sjukefråveret vart avslutta {day}, før denne datoen.",
                                 en="The sick leave ended on {day}, before this date."),
    "deadlines.note.meeting_2_held": Text(nb="Dialogmøte 2 er allerede holdt.", nn="Dialogmøte 2 er allereie halde.",
                                          en="Dialogue meeting 2 has already been held."),
    "deadlines.note.out_of_range": Text(
        nb="Datoen ville falle utenfor kalenderen programmet kan vise (etter 31.12.9999).",
        nn="Datoen ville falle utanfor kalenderen programmet kan vise (etter 31.12.9999).",
        en="The date would fall outside the calendar the program can show (after 31.12.9999)."),
    "deadlines.plan_to_sick_note_author.title": Text(
        nb="Oppfølgingsplanen skal være utarbeidet og sendt til sykmelder",
        nn="Oppfølgingsplanen skal vere utarbeidd og sendt til sjukmeldaren",
        en="The follow-up plan is to be drawn up and sent to the doctor"),
    "deadlines.plan_to_sick_note_author.who": Text(nb="arbeidsgiver", nn="arbeidsgjevar", en="employer"),
    "deadlines.plan_to_sick_note_author.description": Text(
        nb="Arbeidsgiveren lager oppfølgingsplanen sammen med arbeidstakeren og sender den uoppfordret til den "
           "som sykmelder, senest når sykefraværet har vart i 4 uker. Det kan gjøres unntak når en plan er "
           "åpenbart unødvendig.",
        nn="Arbeidsgjevaren lagar oppfølgingsplanen saman med arbeidstakaren og sender han uoppfordra til den "
           "som sjukmelder, seinast når sjukefråveret har vart i 4 veker. Det kan gjerast unntak når ein plan er "
           "openbart unødvendig.",
        en="The employer draws up the follow-up plan together with the employee and sends it, without being "
           "asked, to the doctor who wrote the sick note, at the latest when the sick leave has lasted 4 weeks. "
           "An exception can be made when a plan is obviously unnecessary."),
    "deadlines.dialogue_meeting_1.title": Text(nb="Dialogmøte 1 på arbeidsplassen", nn="Dialogmøte 1 på arbeidsplassen",
                                               en="Dialogue meeting 1 at the workplace"),
    "deadlines.dialogue_meeting_1.who": Text(nb="arbeidsgiver", nn="arbeidsgjevar", en="employer"),
    "deadlines.dialogue_meeting_1.description": Text(
        nb="Arbeidsgiveren kaller inn arbeidstakeren til dialogmøte 1 om oppfølgingsplanen og tilrettelegging, "
           "senest innen 7 uker ved 100 % sykmelding. Ved gradert sykmelding holdes møtet bare hvis "
           "arbeidsgiveren, arbeidstakeren eller sykmelder mener det er hensiktsmessig.",
        nn="Arbeidsgjevaren kallar inn arbeidstakaren til dialogmøte 1 om oppfølgingsplanen og tilrettelegging, "
           "seinast innan 7 veker ved 100 % sjukmelding. Ved gradert sjukmelding blir møtet berre halde om "
           "arbeidsgjevaren, arbeidstakaren eller sjukmeldaren meiner det er føremålstenleg.",
        en="The employer calls the employee to dialogue meeting 1 about the follow-up plan and adjustments, "
           "within 7 weeks at the latest for 100 % sick leave. For graded sick leave the meeting is only held "
           "if the employer, the employee or the doctor finds it useful."),
    "deadlines.activity_requirement.title": Text(
        nb="Aktivitetsplikten: arbeidsrelatert aktivitet, eller dokumentasjon på at det ikke er mulig",
        nn="Aktivitetsplikta: arbeidsrelatert aktivitet, eller dokumentasjon på at det ikkje er mogeleg",
        en="The activity requirement: work-related activity, or documentation that it is not possible"),
    "deadlines.activity_requirement.who": Text(nb="arbeidstaker, sykmelder, arbeidsgiver",
                                               nn="arbeidstakar, sjukmeldar, arbeidsgjevar",
                                               en="employee, doctor, employer"),
    "deadlines.activity_requirement.description": Text(
        nb="Innen 8 uker skal arbeidstakeren være i arbeidsrelatert aktivitet for fortsatt å ha rett til "
           "sykepenger. Hindrer medisinske grunner det, dokumenterer sykmelder det; er tilrettelegging ikke "
           "mulig, dokumenterer arbeidsgiveren det.",
        nn="Innan 8 veker skal arbeidstakaren vere i arbeidsrelatert aktivitet for framleis å ha rett til "
           "sjukepengar. Hindrar medisinske grunnar det, dokumenterer sjukmeldaren det; er tilrettelegging ikkje "
           "mogleg, dokumenterer arbeidsgjevaren det.",
        en="Within 8 weeks the employee must be in work-related activity to keep the right to sickness "
           "benefit. If medical reasons prevent it, the doctor documents that; if adjustments are not "
           "possible, the employer documents that."),
    "deadlines.nav_week_16_question.title": Text(nb="NAV spør om behovet for dialogmøte 2 (uke 16)",
                                                 nn="NAV spør om behovet for dialogmøte 2 (veke 16)",
                                                 en="NAV asks about the need for dialogue meeting 2 (week 16)"),
    "deadlines.nav_week_16_question.who": Text(nb="NAV", nn="NAV", en="NAV"),
    "deadlines.nav_week_16_question.description": Text(
        nb="I uke 16 spør NAV arbeidsgiveren og arbeidstakeren hvordan de vurderer behovet for dialogmøte 2. "
           "Svar NAV; alle parter kan be om at møtet holdes tidligere.",
        nn="I veke 16 spør NAV arbeidsgjevaren og arbeidstakaren korleis dei vurderer behovet for dialogmøte 2. "
           "Svar NAV; alle partar kan be om at møtet blir halde tidlegare.",
        en="In week 16 NAV asks the employer and the employee how they see the need for dialogue meeting 2. "
           "Answer NAV; any party can ask for the meeting to be held earlier."),
    "deadlines.revised_plan_to_nav.title": Text(
        nb="Revidert oppfølgingsplan sendes NAV senest 1 uke før dialogmøte 2",
        nn="Revidert oppfølgingsplan skal sendast til NAV seinast 1 veke før dialogmøte 2",
        en="The revised follow-up plan is sent to NAV at the latest 1 week before dialogue meeting 2"),
    "deadlines.revised_plan_to_nav.who": Text(nb="arbeidsgiver", nn="arbeidsgjevar", en="employer"),
    "deadlines.revised_plan_to_nav.description": Text(
        nb="Arbeidsgiveren oppdaterer oppfølgingsplanen sammen med arbeidstakeren og sender den reviderte "
           "planen til NAV senest 1 uke før dialogmøte 2.",
        nn="Arbeidsgjevaren oppdaterer oppfølgingsplanen saman med arbeidstakaren og sender den reviderte "
           "planen til NAV seinast 1 veke før dialogmøte 2.",
        en="The employer updates the follow-up plan together with the employee and sends the revised plan "
           "to NAV at the latest 1 week before dialogue meeting 2."),
    "deadlines.dialogue_meeting_2.title": Text(nb="Dialogmøte 2 i regi av NAV", nn="Dialogmøte 2 i regi av NAV",
                                               en="Dialogue meeting 2 organised by NAV"),
    "deadlines.dialogue_meeting_2.who": Text(nb="NAV", nn="NAV", en="NAV"),
    "deadlines.dialogue_meeting_2.description": Text(
        nb="NAV kaller inn arbeidstakeren og arbeidsgiveren til dialogmøte 2 senest innen 26 uker, og begge "
           "har møteplikt. NAV kan bestemme at møtet ikke trengs.",
        nn="NAV kallar inn arbeidstakaren og arbeidsgjevaren til dialogmøte 2 seinast innan 26 veker, og "
           "begge har møteplikt. NAV kan bestemme at møtet ikkje trengst.",
        en="NAV calls the employee and the employer to dialogue meeting 2 within 26 weeks at the latest, and "
           "both must attend. NAV can decide that the meeting is not needed."),
    "deadlines.sickness_benefit_end.title": Text(
        nb="Maksimal tid med sykepenger (ca. 52 uker / 248 sykepengedager) nås",
        nn="Maksimal tid med sjukepengar (ca. 52 veker / 248 sjukepengedagar) blir nådd",
        en="The maximum period of sickness benefit (about 52 weeks / 248 benefit days) is reached"),
    "deadlines.sickness_benefit_end.who": Text(nb="NAV", nn="NAV", en="NAV"),
    "deadlines.sickness_benefit_end.description": Text(
        nb="Etter omtrent ett år er retten til sykepenger brukt opp. Før det vurderer NAV, arbeidstakeren og "
           "sykmelder om det trengs arbeidsrettede tiltak eller arbeidsavklaringspenger (AAP).",
        nn="Etter om lag eitt år er retten til sjukepengar brukt opp. Før det vurderer NAV, arbeidstakaren og "
           "sjukmeldaren om det trengst arbeidsretta tiltak eller arbeidsavklaringspengar (AAP).",
        en="After about one year the right to sickness benefit is used up. Before then NAV, the employee and "
           "the doctor consider whether work-oriented measures or work assessment allowance (AAP) are needed."),
    "deadlines.responsible": Text(nb="Ansvar: {who}", nn="Ansvar: {who}", en="Responsible: {who}"),
    "ics.calendar_name": Text(nb="Oppfølging – tidsfrister", nn="Oppfølging – tidsfristar", en="Follow-up – deadlines"),
    "ics.done": Text(nb="Registrert som utført i oppfølgingsloggen.", nn="Registrert som utført i oppfølgingsloggen.",
                     en="Recorded as done in the follow-up log."),
}
