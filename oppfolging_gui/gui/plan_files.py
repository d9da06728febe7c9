"""What the File menu does with plan files: new, open, save, new version, PDF, reset.

A mixin of :class:`MainWindow` so the contract's methods (``open_path``, ``save``,
``save_to``, ``maybe_save_changes``) are the window's own, while the window module
stays about the window. Dialogs only through the static ``QFileDialog`` /
``QMessageBox`` functions (``gui-contract.md``: tests replace them).
"""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QMessageBox

from ..core.document import PlanDocument
from ..core.errors import Doing
from ..core.model import Plan
from ..core.plan_identity import start_new_plan
from ..core.progress import Progress
from ..core.snapshot import cheap_copy
from ..core.storage import PLAN_SUFFIX, PlanFileError, parse_plan_bytes, read_plan_bytes, write_plan
from ..core.versions import create_next_version, version_file_name
from ..core.i18n import current_language
from .i18n import tr
from .language_menu import NAMES
from .operation import FINISH_WITHIN_S, Failure, OperationRunner

_Button = QMessageBox.StandardButton


def pdf_filters() -> dict[str, tuple[str, bool]]:
    """The export's file types → (language, with the follow-up log): the window's
    language plain, then with the log, then the same in the other languages."""
    first = current_language()
    plain, with_log = tr("PDF (*.pdf)"), tr("PDF med oppfølgingsloggen (*.pdf)")
    filters = {plain: (first, False), with_log: (first, True)}
    for lang in NAMES:
        if lang != first:
            name = f" – {NAMES[lang]} (*.pdf)"
            filters[plain.replace(" (*.pdf)", name)] = (lang, False)
            filters[with_log.replace(" (*.pdf)", name)] = (lang, True)
    return filters


def write_plan_pdf(plan: Plan, path: Path, *, with_log: bool, language: str, progress: Progress) -> Path:
    """Lay out ``plan`` and write it to ``path`` atomically (the worker thread's part of
    «Eksporter PDF»): the bytes of ``oppfolging pdf``. Cancelled, nothing is written
    and an existing ``path`` stays as it was."""
    from ..core.atomic import atomic_write_bytes
    from ..core.pdf import render_plan_pdf  # reportlab only when a PDF is made

    data = render_plan_pdf(plan, with_log=with_log, lang=language, progress=progress)
    progress.step()  # the last chance to stop: from here the file is replaced whole
    atomic_write_bytes(path, data)
    return path


def plan_filter() -> str:
    return tr("Oppfølgingsplan (*%s)") % PLAN_SUFFIX


class PlanFiles:
    """File operations; expects ``self.session`` (a :class:`PlanSession`),
    ``self.document``, ``set_document``, ``self.operations`` (the window's
    :class:`OperationRunner`) and a status bar."""

    document: PlanDocument
    operations: OperationRunner

    # ------------------------------------------------------------------ asking
    def maybe_save_changes(self) -> bool:
        """True when it is fine to drop the current plan (saved, or the user chose)."""
        if not self.session.modified:
            return True
        answer = QMessageBox.question(
            self,
            tr("Ulagrede endringer"),
            tr("Planen har endringer som ikke er lagret. Vil du lagre dem?"),
            _Button.Save | _Button.Discard | _Button.Cancel,
            _Button.Save,
        )
        if answer == _Button.Save:
            return self.save()
        return answer == _Button.Discard

    def _folder_to_offer(self) -> str:
        if self.document.path is not None:
            return str(self.document.path.parent)
        return str(self.session.default_folder())

    # ------------------------------------------------------------------ new / open
    def new_plan(self) -> None:
        if self.maybe_save_changes():
            self.set_document(PlanDocument(Plan.new(date.today())))

    def choose_and_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # when a file is chosen, not at start (issue 15)

        name, _ = QFileDialog.getOpenFileName(self, tr("Åpne plan"), self._folder_to_offer(), plan_filter())
        if name:
            self.open_path(Path(name))

    def open_path(self, path: str | Path, *, read_only: bool = False) -> bool:
        """Open ``path``; an unreadable file gets a message and nothing changes."""
        path = Path(path)
        try:
            data = read_plan_bytes(path)
            plan = parse_plan_bytes(data, path)
        except PlanFileError as error:
            QMessageBox.critical(self, tr("Kan ikke åpne planen"), f"{path.name}\n\n{error.message}")
            return False
        if not self.maybe_save_changes():
            return False
        mode = "read_only" if read_only else self.file_guard.acquire(path.absolute())  # lock file
        if mode is None:
            return False
        try:
            self.set_document(PlanDocument(plan, path.absolute(), read_only=mode == "read_only"))
            self.file_guard.shows(path.absolute(), data)
        except BaseException:
            # A view that fails on this plan must not leave the plan locked behind a
            # window that never showed it (on a shared folder, for a week).
            self.file_guard.release()
            raise
        self._remember(path)
        return True

    def open_example(self) -> None:
        """The shipped example, as an unsaved copy: saving asks where."""
        data = resources.files("oppfolging_gui.resources").joinpath("examples/eksempelplan.oppfplan").read_bytes()
        if not self.maybe_save_changes():
            return
        plan = parse_plan_bytes(data)
        start_new_plan(plan)  # every copy of the example is a plan of its own
        document = PlanDocument(plan)
        document.mark_modified()
        self.set_document(document)

    # ------------------------------------------------------------------ save
    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        from PySide6.QtWidgets import QFileDialog  # when a file is chosen, not at start (issue 15)

        suggested = Path(self._folder_to_offer()) / (
            self.document.path.name if self.document.path else version_file_name(self.document.plan)
        )
        name, _ = QFileDialog.getSaveFileName(self, tr("Lagre plan"), str(suggested), plan_filter())
        if not name:
            return False
        path = Path(name)
        if path.suffix != PLAN_SUFFIX:
            path = path.with_name(path.name + PLAN_SUFFIX)
        if self.document.employee_changed_since_saved():
            # Another employee's plan made from this one: its own identity, never
            # joined with the original's versions (plan-file-format.md, Plan identity).
            self.document.start_new_plan()
        return self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        path = Path(path).absolute()
        choice = self.before_save(path)  # changed on disk behind our back?
        if choice != "save":
            return self.save_as() if choice == "save_as" else False
        try:
            written = write_plan(self.document.frozen_copy(), path)
        except PlanFileError as error:
            QMessageBox.critical(self, tr("Planen ble ikke lagret"), error.message + tr(
                "\n\nEndringene dine er ikke borte: de er fortsatt i vinduet og i en "
                "gjenopprettingskopi. Prøv «Lagre som» til en annen mappe eller minnepinne."))
            return False
        self.document.mark_saved(path)
        self._remember(path)
        self.document_saved(written)
        self.statusBar().showMessage(tr("Lagret %s") % path.name, 5000)
        return True

    # ------------------------------------------------------------------ versions
    def new_version(self) -> bool:
        """Save if needed, ask for the folder, write the next version there and show it."""
        if self.document.read_only:
            source = self.document.path
        else:
            if (self.document.modified or self.document.path is None) and not self.save():
                return False
            source = self.document.path
        if source is None:
            return False
        from PySide6.QtWidgets import QFileDialog  # when a file is chosen, not at start (issue 15)

        folder = QFileDialog.getExistingDirectory(self, tr("Velg mappe for den nye versjonen"), str(source.parent))
        if not folder:
            return False
        try:
            plan, path = create_next_version(source, Path(folder), date.today())
        except PlanFileError as error:
            QMessageBox.critical(self, tr("Ny versjon ble ikke laget"), error.message)
            return False
        self.set_document(PlanDocument(plan, path))
        self._remember(path)
        self.session.written(path)
        self.statusBar().showMessage(tr("Versjon %d er laget: %s") % (plan.version, path.name), 8000)
        return True

    # ------------------------------------------------------------------ PDF, print
    def export_pdf(self) -> bool:
        """«Eksporter PDF …»: ask for the file, then make it off the window's thread
        (``self.operations``). True when the PDF is being made; ``operations.finished``
        tells when it is written (or cancelled, or failed: said then)."""
        if self.operations.running:
            return False
        plan = cheap_copy(self.document.plan)  # what is exported cannot change meanwhile
        suggested = Path(self._folder_to_offer()) / (Path(version_file_name(plan)).stem + ".pdf")
        # The file type chooses what goes out, so it stays the system's own dialog: with
        # or without the follow-up log, and in which language (the window's first, the
        # plain PDF the default; the plan in English for the employee, the window in bokmål).
        filters = pdf_filters()
        plain = next(iter(filters))
        from PySide6.QtWidgets import QFileDialog  # when a file is chosen, not at start (issue 15)

        name, chosen = QFileDialog.getSaveFileName(
            self, tr("Eksporter PDF"), str(suggested), ";;".join(filters), plain)
        if not name:
            return False
        language, with_log = filters.get(chosen, (current_language(), False))
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        errors = self.error_count()  # of the plan as exported; shown in the form at once

        def exported(_result: object) -> None:
            self._pdf_exported(path, errors)

        return self.operations.run(
            lambda progress: write_plan_pdf(plan, path, with_log=with_log, language=language, progress=progress),
            label=QT_TR_NOOP("Lager PDF-en …"),
            failure=Failure(tr("PDF-en ble ikke lagret"), Doing.WRITE_PDF,
                            tr("PDF-en kunne ikke lages. Detaljer er skrevet til programmets loggfil.")),
            on_success=exported,
            on_cancel=lambda: self.statusBar().showMessage(tr("Eksporten ble avbrutt. Ingen fil er skrevet."), 8000),
            finish_within=FINISH_WITHIN_S,
        )

    def _pdf_exported(self, path: Path, errors: int) -> None:
        if errors:
            QMessageBox.warning(
                self,
                tr("PDF-en er lagret, men planen har feil"),
                tr("PDF-en er lagret som %s.\n\nPlanen har %d feil som bør rettes før den sendes "
                   "eller skrives under. Feltene med feil er merket med rødt i skjemaet.") % (path.name, errors),
            )
        else:
            self.statusBar().showMessage(tr("PDF lagret: %s") % path.name, 8000)

    def print_plan(self) -> None:
        if self.operations.running:
            return
        from .printing import print_plan  # QtPdf and reportlab only when printing

        print_plan(self, cheap_copy(self.document.plan))

    # ------------------------------------------------------------------ reset
    def reset_form(self) -> None:
        if self.document.read_only:
            return
        answer = QMessageBox.question(
            self,
            tr("Nullstill skjemaet"),
            tr("Vil du tømme alle feltene i planen?\n\nDu kan angre med Ctrl+Z."),
            _Button.Yes | _Button.No,
            _Button.No,
        )
        if answer != _Button.Yes:
            return

        def reset(plan: Plan) -> None:
            # An empty form is a new plan: a new plan_id and version 1 (Plan identity),
            # so whoever it is filled in for is never joined with the old plan.
            empty = Plan.new(date.today())
            for name in Plan.model_fields:
                if name not in ("format", "format_version"):
                    setattr(plan, name, getattr(empty, name))

        self.document.edit(reset, tr("Nullstill skjemaet"))

    # ------------------------------------------------------------------ recent
    def _remember(self, path: Path) -> None:
        self.session.remember(path)  # the session tells the window's recent menu

    def document_saved(self) -> None:
        """Hook after a successful save (the window refreshes its title)."""

    def before_save(self, path: Path) -> str:
        """Hook before a save: "save", "save_as" or "cancel" (the window asks if the file changed)."""
        return "save"

    def refresh_recent_menu(self) -> None:
        """Hook: the window rebuilds its Nylige filer menu."""

    def error_count(self) -> int:
        """Hook: the number of validation errors in the plan."""
        return 0
