"""The archive of one plan: a single PDF/A-2b document for the employer's archive.

When the absence ends, the employer files the plan and the documentation of the
follow-up (meeting notes and the like) in its archive and deletes the local copies
(seed 004). This document holds all of it:

1. a first page saying what the document is: employee, employer, the period of the
   absence, the versions included (with the page each starts on) and when it was made;
2. every version of the plan, oldest first, each whole with its signatures, laid out
   by the plan's own writer (:class:`~.plan.PlanWriter`), each starting on a new page
   with its own footer;
3. the follow-up of the newest version: the end of the absence, the exceptions with
   their reasons, and every event of the log with its note printed whole (a referat
   of several paragraphs flows on over pages).

"Side n av m" runs over the whole document. The page numbers in the list of contents
are drawn when the pages are saved (the canvas holds them back for the footer count
anyway), so the document is laid out once.

Every word of the archive's own (not the form's) is in the message catalogue (``pdf.archive.*``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from ... import __version__
from ..formspec import FormSpec, load_form
from ..i18n import Language
from ..messages import message
from ..model import Plan
from ..progress import Progress
from ..storage import PlanFileError, read_plan
from ..versions import plan_of
from . import styles as st
from .blocks import Ink, notice_box, row_table, table_style, text_block, text_block_need
from .fonts import register_fonts
from .pdfa import ArchivalCanvas
from .plan import PlanWriter
from .render import new_ink, plan_footer, short_for_footer
from .story import Story
from .template import LANGUAGE_TAGS, Metadata, build_with_templates, page_template
from .text import format_date

__all__ = ["archive_versions", "render_archive_pdf"]


# Room (points) a part needs to start on a page (see story.Story).
_ROW_NEED, _EVENT_NEED = 30.0, 40.0
_FRONT, _FOLLOW_UP = "front", "follow-up"


# ------------------------------------------------------------ the versions
def archive_versions(source: Path) -> list[Plan]:
    """``source``'s plan and every version of it in ``source``'s folder, oldest first.

    The versions are those ``core.versions`` counts as one plan: the same ``plan_id``
    and the same employee (``core.plan_identity``), so another employee's file that
    shares the ``plan_id`` is never put in this archive. Raises
    :class:`PlanFileError` when ``source`` cannot be read, OSError when its folder
    cannot be listed.
    """
    plan = read_plan(source)
    entry = plan_of(source.parent, plan.plan_id, source)
    found: dict[Path, Plan] = {source.resolve(): plan}
    for version in entry.versions if entry is not None else ():
        if version.path.resolve() in found:
            continue
        try:
            other = read_plan(version.path)
        except PlanFileError:
            continue  # changed or removed since the folder was read: not a version any more
        if other.plan_id == plan.plan_id:
            found[version.path.resolve()] = other
    ordered = sorted(found.items(), key=lambda item: (
        item[1].version, item[1].filled_date or date.min, item[0].name))
    return [version for _, version in ordered]


# ------------------------------------------------------------ page numbers
class _PageMark(Flowable):
    """Invisible: notes the page it lands on, under ``key``."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        self.canv.page_marks[self.key] = len(self.canv._page_states)


class _PageRef(Flowable):
    """The printed page number of a mark, drawn when the pages are saved."""

    def __init__(self, key: str, style) -> None:
        super().__init__()
        self.key = key
        self.style = style

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = self.style.leading
        return self.width, self.height

    def draw(self):
        x, y = self.canv.absolutePosition(self.width, self.height - self.style.fontSize)
        self.canv.page_refs.setdefault(len(self.canv._page_states), []).append((x, y, self.key, self.style))


class _ArchiveCanvas(ArchivalCanvas):
    """PDF/A-2b pages that can print, on page one, the pages the versions start on."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.page_marks: dict[str, int] = {}  # key -> index of the page it is on
        self.page_refs: dict[int, list] = {}  # page index -> (x, y, key, style) to print

    def _draw_footer(self, number: int, total: int) -> None:
        super()._draw_footer(number, total)
        for x, y, key, style in self.page_refs.get(self.page_index, ()):
            index = self.page_marks.get(key)
            printed = self.page_numbers[index] if index is not None else None
            if printed is None:
                continue
            self.saveState()
            self.setFont(style.fontName, style.fontSize)
            self.setFillColor(style.textColor)
            self.drawRightString(x, y, str(printed))
            self.restoreState()


# ------------------------------------------------------------ the document
@dataclass
class _ArchiveWriter:
    form: FormSpec
    versions: Sequence[Plan]
    ink: Ink
    made_on: date

    def say(self, key: str, **params: object) -> str:
        """The archive's word ``key`` in the form's language."""
        return message(f"pdf.archive.{key}", self.form.language, **params)

    @property
    def newest(self) -> Plan:
        return self.versions[-1]

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [_PageMark(_FRONT), *self._front_page()]
        for index, version in enumerate(self.versions):
            key = _version_key(index)
            kicker = self.say(
                "version_kicker", version=version.version, position=index + 1, count=len(self.versions))
            story += [NextPageTemplate(key), PageBreak(), _PageMark(key),
                      self.ink.line(kicker, self.ink.styles.table_head), Spacer(0, 2)]
            story += PlanWriter(self.form, version, self.ink).story()
        story += [NextPageTemplate(_FOLLOW_UP), PageBreak(), _PageMark(_FOLLOW_UP)]
        story += self._follow_up()
        return story

    # -- page one ----------------------------------------------------------------------
    def _front_page(self) -> list[Flowable]:
        ink, styles = self.ink, self.ink.styles
        plan = self.newest
        key = plan.key_info
        head = Table(
            [[ink.line(self.say("kind"), styles.table_head), ink.line(self.form.form_number, styles.form_number)],
             [ink.line(self.form.title, styles.title), ""]],
            colWidths=[st.CONTENT_WIDTH * 0.72, st.CONTENT_WIDTH * 0.28],
        )
        head.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 1), (-1, 1), 1.2, st.ACCENT),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 7),
        ]))

        def row(label: str, value: str) -> tuple[Flowable, Flowable]:
            return ink.line(label, styles.label), ink.text(value, styles.cell)

        facts = [row(label, value) for label, value in (
            (self.say("employee"), key.employee.full_name),
            (self.say("national_id"), key.employee.national_id),
            (self.say("employer"), key.employer.name),
            (self.say("business_number"), key.employer.business_number),
            (self.say("manager"), key.employer.manager.full_name),
            (self.say("absence"), self._period()),
            (self.say("made_on"), self.say("made_by", date=format_date(self.made_on), version=__version__)),
        ) if value.strip()]
        return [
            head, Spacer(0, 10),
            ink.line(self.say("about"), styles.letter),
            ink.line(self.say("concerns"), styles.section),
            row_table(facts, blank=False),
            ink.line(self.say("contents"), styles.section),
            self._contents(),
            Spacer(0, 18),
            notice_box(ink, self.say("notice")),
            Spacer(0, 8),
            ink.line(self.say("plan_id", plan_id=plan.plan_id), styles.label),
        ]

    def _period(self) -> str:
        absence = self.newest.key_info.absence
        ended = self.newest.follow_up.absence_ended
        if absence.first_day is None:
            return self.say("absence_unknown")
        if ended is None:
            return self.say("absence_open", first=format_date(absence.first_day))
        return self.say("absence_from_to", first=format_date(absence.first_day), last=format_date(ended))

    def _contents(self) -> Table:
        ink, styles = self.ink, self.ink.styles
        rows: list[list] = [[ink.line(text, styles.table_head) for text in (
            "", self.say("filled"), self.say("signed"), self.say("page"))]]
        for index, version in enumerate(self.versions):
            rows.append([
                ink.line(self.say("version", n=version.version), styles.cell),
                ink.line(format_date(version.filled_date), styles.cell),
                ink.line(self._signed(version), styles.cell),
                _PageRef(_version_key(index), styles.cell),
            ])
        events = len(self.newest.follow_up.events)
        rows.append([
            ink.line(self.say("follow_up_entry"), styles.cell), "",
            ink.line(self.say("follow_up_summary", events=events), styles.cell),
            _PageRef(_FOLLOW_UP, styles.cell),
        ])
        table = Table(rows, colWidths=[150, 74, st.CONTENT_WIDTH - 150 - 74 - 40, 40],
                      repeatRows=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.5, st.FAINT),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return table

    def _signed(self, version: Plan) -> str:
        signatures = version.signatures
        drawn = (signatures.employee is not None, signatures.employer is not None)
        text = {
            (True, True): self.say("signed_both"), (True, False): self.say("signed_employee"),
            (False, True): self.say("signed_employer"), (False, False): "",
        }[drawn]
        if signatures.paper_copy_at_workplace:
            paper = self.say("signed_paper")
            text = f"{text}; {paper[:1].lower()}{paper[1:]}" if text else paper
        return text or self.say("signed_none")

    # -- the follow-up -----------------------------------------------------------------
    def _follow_up(self) -> list[Flowable]:
        ink, styles, plan = self.ink, self.ink.styles, self.newest
        follow_up = plan.follow_up
        story = Story()
        story.heading(ink.line(self.say("follow_up_title"), styles.section))
        intro = self.say("follow_up_intro", version=plan.version, filled=format_date(plan.filled_date))
        story.heading(ink.line(intro, styles.intro))
        absence = plan.key_info.absence
        dates = [
            (self.say("first_day"), absence.first_day),
            (self.say("sick_note_date"), absence.sick_note_date),
            (self.say("absence_ended"), follow_up.absence_ended),
            (self.say("dialogue_meeting_2_date"), follow_up.dialogue_meeting_2_date),
        ]
        rows = [(ink.line(label, styles.label),
                 ink.line(format_date(day) or self.say("not_recorded"), styles.cell if day else styles.empty))
                for label, day in dates]
        author = "\n".join(part for part in (follow_up.sick_note_author.name, follow_up.sick_note_author.address) if part)
        if author.strip():
            rows.append((ink.line(self.say("sick_note_author"), styles.label), ink.text(author, styles.cell)))
        story.add(row_table(rows, blank=False), need=_ROW_NEED)

        story.heading(ink.line(self.say("exceptions"), styles.group))
        reasons = [(path, getattr(follow_up.exceptions, path.rsplit(".", 1)[1]))
                   for path in ("follow_up.exceptions.plan", "follow_up.exceptions.dialogue_meeting_1",
                                "follow_up.exceptions.dialogue_meeting_2")]
        reasons = [(path, reason) for path, reason in reasons if reason.strip()]
        if not reasons:
            story.add(ink.line(self.say("no_exceptions"), styles.empty), need=_ROW_NEED)
        for path, reason in reasons:
            story.extend(text_block(ink, self.form.label(path), reason, blank=False),
                         need=text_block_need(blank=False, lines=1))

        story.heading(ink.line(self.say("log"), styles.group))
        events = sorted(follow_up.events, key=lambda event: event.date or date.max)
        if not events:
            story.add(ink.line(message("pdf.no_events", self.form.language), styles.empty), need=_ROW_NEED)
        for number, event in enumerate(events, start=1):
            heading = self.say(
                "event_heading", n=number, date=format_date(event.date) or self.say("no_date"),
                kind=self.form.choice_label("event_kinds", event.kind))
            story.heading(ink.line(heading, styles.group))
            note: list[Flowable] = [ink.text(event.note)] if event.note.strip() else []
            note.append(HRFlowable(width="100%", thickness=0.5, color=st.FAINT, spaceBefore=4, spaceAfter=0))
            story.extend(note, need=_EVENT_NEED)
        return story.finish()

    # -- the frame around ---------------------------------------------------------------
    def templates(self) -> list:
        name = short_for_footer(self.newest.employee_name)
        archive_footer = " · ".join(part for part in (self.form.form_number, self.say("footer", name=name)) if part)
        lang = self.form.language  # of "Side n av m" too
        templates = [page_template(_FRONT, archive_footer, lang)]
        templates += [page_template(_version_key(i), plan_footer(self.form, v), lang)
                      for i, v in enumerate(self.versions)]
        follow_up = page_template(_FOLLOW_UP, archive_footer, lang)
        set_footer = follow_up.onPage
        continued = self.say("continued", part=self.say("follow_up_title"))

        def follow_up_page(canvas, doc):
            set_footer(canvas, doc)
            if _FOLLOW_UP in canvas.page_marks:  # a page after the part's first: say what goes on
                _running_head(canvas, continued)

        follow_up.onPage = follow_up_page
        templates.append(follow_up)
        return templates

    def metadata(self) -> Metadata:
        name = short_for_footer(self.newest.employee_name)
        title = f"{self.form.title} – {name}" if name else self.form.title
        return Metadata(
            title=title,
            author=short_for_footer(self.newest.key_info.employer.name) or "Oppfølgingsplan",
            subject=self.say("subject", form_number=self.form.form_number),
        )


def _running_head(canvas, text: str) -> None:
    """A small line above the frame: on the follow-up's later pages, whose events
    otherwise start without saying what they are part of."""
    fonts = register_fonts()
    canvas.saveState()
    canvas.setFont(fonts.regular, 8)
    canvas.setFillColor(st.MUTED)
    canvas.drawString(st.MARGIN_LEFT, st.PAGE_SIZE[1] - st.MARGIN_TOP + 12, text)
    canvas.restoreState()


def _version_key(index: int) -> str:
    return f"version-{index}"


def render_archive_pdf(versions: Sequence[Plan], *, made_on: date | None = None,
                       language: Language | str | None = None, progress: Progress | None = None) -> bytes:
    """The archive of ``versions`` (oldest first, at least one) as PDF/A-2b bytes, in
    ``language`` (default: the program's language).

    ``progress``: told of each page; cancelled, the layout stops with ``Cancelled``."""
    if not versions:
        raise ValueError("an archive needs at least one version of the plan")
    form = load_form(language)  # an unknown language raises ValueError
    frozen = [version.model_copy(deep=True) for version in versions]  # the window may edit on
    writer = _ArchiveWriter(form, frozen, new_ink(), made_on or date.today())
    metadata = writer.metadata()
    story = writer.story()
    return build_with_templates(
        story, metadata, writer.templates(), canvasmaker=_ArchiveCanvas, invariant=False,
        language=LANGUAGE_TAGS[form.language], keywords=writer.say("keywords", form_number=form.form_number),
        progress=progress,
    )
