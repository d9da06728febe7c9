"""The plan's pages, walked from the form description (``forms/``) in form order.

Labels, titles and help come from :func:`~oppfolging_gui.core.formspec.load_form`;
this module only decides how each kind of field is laid out. With ``blank=True`` the
same walk prints the empty form for filling in by hand: ruled lines instead of text,
empty boxes, empty log rows and signature lines.

What goes out is the form, as on paper, with «Utfyllende opplysninger» on its last
page. The follow-up section (the log, its notes, the exceptions and the end of the
absence) is the employer's own documentation, not part of NAV's form: it is printed
after the form only when asked for (``with_log``), so a copy for the doctor or NAV
does not carry it unless the user chooses so.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from ..canonical import signature_matches
from ..fieldpath import get_value
from ..formspec import FieldSpec, FormSpec, GroupSpec, SectionSpec
from ..messages import message
from ..model import SIGNATURE_BOX, Plan, Signature
from . import styles as st
from .blocks import (
    Ink,
    SignatureCell,
    log_table,
    row_table,
    signature_row,
    table_style,
    text_block,
    text_block_need,
    tick_grid,
)
from .flowables import TickBoxes
from .fonts import register_italic
from .story import Story
from .text import format_date, format_percent

LOG_REPEAT = "follow_up.events"
# «Utfyllende opplysninger»: on paper a page of its own, the form's last.
LAST_PAGE_SECTION = "additional_info"
BLANK_LOG_ROWS = 12
# The blank form's «Utfyllende opplysninger»: a whole page of lines to write on.
BLANK_LAST_PAGE_LINES = 30

# Room (points) each kind of content needs to start on a page (see story.Story).
_ROW_NEED, _TICK_NEED, _LOG_NEED, _SIGNATURE_NEED = 30.0, 22.0, 50.0, 140.0
_LOG_WIDTHS = {"date": 74.0, "choice": 150.0}  # the other columns share the rest
_SHORT_KINDS = {"text", "date", "percent", "yes_no", "national_id", "org_number", "phone", "choice"}


@dataclass
class PlanWriter:
    form: FormSpec
    plan: Plan
    ink: Ink
    blank: bool = False
    with_log: bool = False  # also the employer's follow-up documentation, after the form

    def __post_init__(self) -> None:
        if self.blank:
            register_italic()  # the blank form's help texts are set in italic

    # -- the whole plan -------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story = Story()
        story.extend(self._title_block())
        form_sections = [s for s in self.form.sections if not s.beyond_paper]
        for section in form_sections:
            if section.id == LAST_PAGE_SECTION:
                story.add(PageBreak())
            self._section(story, section)
        if self.with_log:
            for section in self.form.sections:
                if section.beyond_paper:
                    story.add(PageBreak())
                    self._section(story, section)
                    self._follow_up_log(story)
        return story.finish()

    def _title_block(self) -> list[Flowable]:
        styles = self.ink.styles
        head = Table(
            [[self.ink.line(self.form.title, styles.title), self.ink.line(self.form.form_number, styles.form_number)]],
            colWidths=[st.CONTENT_WIDTH * 0.72, st.CONTENT_WIDTH * 0.28],
        )
        head.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, st.ACCENT),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]))
        story: list[Flowable] = [head, Spacer(0, 8)]
        story += [self.ink.line(text, styles.intro) for text in self.form.intro]
        story.append(Spacer(0, 6))
        rows = [self._row(spec, spec.path) for spec in self.form.header_fields]
        version = "" if self.blank else str(self.plan.version)
        rows.append((self.ink.line(message("pdf.version", self.form.language), styles.label), self.ink.line(version, styles.cell)))
        story.append(row_table(rows, blank=self.blank))
        return story

    # -- sections and groups ----------------------------------------------------------

    @staticmethod
    def _holds_log(section: SectionSpec) -> bool:
        return any(group.repeat == LOG_REPEAT for group in section.groups)

    def _section(self, story: Story, section: SectionSpec) -> None:
        styles = self.ink.styles
        story.heading(self.ink.line(section.title, styles.section))
        if section.intro and not self._holds_log(section):
            story.heading(self.ink.line(section.intro, styles.intro))
        if section.repeat:
            for index in range(len(get_value(self.plan, section.repeat))):
                story.heading(self.ink.line(section.item_title.replace("{n}", str(index + 1)), styles.item))
                for group in section.groups:
                    self._group(story, group, index)
        else:
            for group in section.groups:
                if group.repeat != LOG_REPEAT:
                    self._group(story, group, None)

    def _group(self, story: Story, group: GroupSpec, index: int | None) -> None:
        styles = self.ink.styles
        if group.title:
            story.heading(self.ink.line(group.title, styles.group))
        if group.help and self.blank:
            story.heading(self.ink.line(group.help, styles.group_help))
        rows: list[tuple[Flowable, Flowable | None]] = []
        ticks: list[tuple[str, bool]] = []
        signatures: list[FieldSpec] = []

        def flush(before_text: bool = False) -> None:
            if rows and before_text and len(rows) == 1:
                # One question right before its text (Har arbeidstaker medvirket? / Hvis
                # nei, hvorfor ikke?): printed with that text, never a page away from it.
                story.heading(row_table(rows, blank=self.blank))
                rows.clear()
            elif rows:
                story.add(row_table(rows, blank=self.blank), need=_ROW_NEED)
                rows.clear()
            if ticks:
                story.add(tick_grid(ticks), need=_TICK_NEED)
                ticks.clear()
            if signatures:
                story.add(self._signature_row(signatures), need=_SIGNATURE_NEED)
                signatures.clear()

        pending = ""  # the layout of what is collected: consecutive fields share a table
        for spec in group.fields:
            path = spec.concrete(index) if index is not None else spec.path
            value = get_value(self.plan, path)
            kind = self._layout(spec, value)
            if kind != pending:
                flush(before_text=kind == "block")
                pending = kind
            if kind == "row":
                rows.append(self._row(spec, path))
            elif kind == "tick":
                ticks.append((spec.label, bool(value) and not self.blank))
            elif kind == "signature":
                signatures.append(spec)
            else:
                lines = 1 if spec.kind in _SHORT_KINDS else 4
                if spec.path == LAST_PAGE_SECTION:
                    lines = BLANK_LAST_PAGE_LINES
                story.extend(
                    text_block(self.ink, spec.label, value or "", blank=self.blank,
                               help_text=self._paper_help(spec), lines=lines),
                    need=text_block_need(blank=self.blank, lines=lines),
                )
        flush()

    def _layout(self, spec: FieldSpec, value) -> str:
        if spec.kind == "checkbox":
            return "tick"
        if spec.kind == "signature":
            return "signature"
        if spec.kind == "multiline":
            return "block"
        if isinstance(value, str) and not self.ink.fits_row(value):
            return "block"  # an overlong name or number still prints whole
        return "row"

    # -- single fields ------------------------------------------------------------------

    def _row(self, spec: FieldSpec, path: str) -> tuple[Flowable, Flowable | None]:
        styles = self.ink.styles
        label: Flowable = self.ink.line(spec.label, styles.label)
        if help_text := self._paper_help(spec):  # on the blank form, the help is what helps
            label = [label, self.ink.line(help_text, styles.help)]
        value = None if self.blank else get_value(self.plan, path)
        if spec.kind == "yes_no":
            answers = self.form.choices.get("yes_no", {})
            return label, TickBoxes([(answers.get("yes", "Ja"), value is True),
                                     (answers.get("no", "Nei"), value is False)])
        if self.blank:
            hint = message("pdf.date_hint", self.form.language) if spec.kind == "date" else ""
            return label, self.ink.line(hint, styles.empty) if hint else None
        return label, self.ink.line(self._text_of(spec, value), styles.cell)

    def _paper_help(self, spec: FieldSpec) -> str:
        """The help printed under a label: only on the blank form, only the form's own."""
        return spec.help if self.blank and spec.help_on_paper else ""

    def _text_of(self, spec: FieldSpec, value) -> str:
        if spec.kind == "date":
            return format_date(value)
        if spec.kind == "percent":
            return format_percent(value)
        if spec.kind == "choice":
            return dict(spec.choices).get(value, value or "")
        return "" if value is None else str(value)

    # -- signatures and the follow-up log -------------------------------------------------

    def _signature_row(self, specs: list[FieldSpec]) -> Flowable:
        cells = []
        for spec in specs:
            signature: Signature | None = None if self.blank else get_value(self.plan, spec.path)
            if signature is None:
                cells.append(SignatureCell(spec.label, (), self._paper_name_lines(spec.path)))
                continue
            valid = signature_matches(self.plan, signature)
            cells.append(SignatureCell(
                spec.label,
                signature.strokes,
                (signature.name, message("pdf.signed_on", self.form.language, date=format_date(signature.signed_on))),
                "" if valid else message("pdf.signature_not_valid", self.form.language),
            ))
        return signature_row(self.ink, cells, SIGNATURE_BOX)

    def _paper_name_lines(self, path: str) -> tuple[str, ...]:
        """Under an empty signature line: who signs there, when the plan says so."""
        if self.blank:
            return (f"{message('pdf.blank_name', self.form.language)}:",)
        if path.endswith("employee"):
            return (self.plan.key_info.employee.full_name,)
        return (self.plan.key_info.employer.name,)

    def _follow_up_log(self, story: Story) -> None:
        section = next((s for s in self.form.sections if self._holds_log(s)), None)
        if section is None:
            return
        group = next(g for g in section.groups if g.repeat == LOG_REPEAT)
        story.heading(self.ink.line(group.title, self.ink.styles.group))
        if section.intro:
            story.heading(self.ink.line(section.intro, self.ink.styles.intro))
        headings = [spec.label for spec in group.fields]
        widths = [_LOG_WIDTHS.get(spec.kind) for spec in group.fields]
        if self.blank:  # one table with its heading, never split over two pages
            table = log_table(self.ink, headings, widths, [], blank_rows=BLANK_LOG_ROWS)
            story.add(KeepTogether(table), need=table.wrap(st.CONTENT_WIDTH, st.PAGE_SIZE[1])[1])
            return
        events = get_value(self.plan, LOG_REPEAT)
        if not events:
            story.add(self.ink.line(message("pdf.no_events", self.form.language), self.ink.styles.empty), need=_TICK_NEED)
            return
        rows = [
            [self._text_of(spec, get_value(self.plan, spec.concrete(i))) for spec in group.fields]
            for i in range(len(events))
        ]
        story.add(log_table(self.ink, headings, widths, rows), need=_LOG_NEED)
