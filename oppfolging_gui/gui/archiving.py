"""Fil → «Arkiver planen …»: the archive PDF of the open plan, then the offer to delete.

When the absence has ended the employer files the plan in its archive and deletes
the local copies (seed 004). The archive is made of the plan's saved versions in its
folder (``core.pdf.archive``, the same document as ``oppfolging archive``), written
where the user chooses. Making it takes a second or more for a long plan, so it is
laid out by the window's :class:`~.operation.OperationRunner` (a worker thread,
progress and «Avbryt» when it takes a while) while the window stays usable; only the
questions and the deletion happen on the UI thread. After it is written, one
question offers to delete the plan's files as «Slett plan» does; No keeps everything.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..core.errors import Doing
from ..core.i18n import Language, current_language
from ..core.progress import Progress
from ..core.versions import version_file_name
from .i18n import tr
from .operation import FINISH_WITHIN_S, Failure

if TYPE_CHECKING:
    from .session import PlanHost

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArchiveResult:
    path: Path
    versions: tuple[int, ...] = ()
    problem: str = ""  # "" when written; else what failed: "plan", "folder" or "write"
    detail: str = ""  # the plan's problem, or the sentence saying why the write failed


def make_archive(source: Path, output: Path, language: Language, progress: Progress | None = None) -> ArchiveResult:
    """Collect, lay out and write the archive (no Qt: runs on the worker thread).

    Cancelled (``progress``), it raises ``Cancelled`` before anything is written."""
    from ..core.atomic import atomic_write_bytes
    from ..core.errors import describe_os_error
    from ..core.pdf.archive import archive_versions, render_archive_pdf
    from ..core.storage import PlanFileError

    try:
        versions = archive_versions(source)
    except PlanFileError as error:
        return ArchiveResult(output, problem="plan", detail=error.message)
    except OSError:
        return ArchiveResult(output, problem="folder")
    data = render_archive_pdf(versions, language=language, progress=progress)
    if progress is not None:
        progress.step()  # the last chance to stop: from here the file is replaced whole
    try:
        atomic_write_bytes(output, data)
    except OSError as error:
        log.info("could not write the archive (errno %s)", error.errno)
        return ArchiveResult(output, problem="write", detail=describe_os_error(error, Doing.WRITE_ARCHIVE))
    return ArchiveResult(output, tuple(version.version for version in versions))


class ArchiveAction(QObject):
    """The window's «Arkiver planen …»: asks for the file, archives, offers deletion."""

    finished = Signal(object)  # ArchiveResult, after the question (tests wait on it)

    def __init__(self, host: PlanHost) -> None:
        super().__init__(host)
        self.host = host

    @property
    def running(self) -> bool:
        return self.host.operations.running

    # -------------------------------------------------------------- the steps
    def start(self) -> bool:
        """Ask for the file and start making the archive; False when nothing started."""
        if self.running:
            return False
        session = self.host.session
        if session.document.path is None:
            QMessageBox.information(self.host, tr("Arkiver planen"), tr(
                "Planen er ikke lagret ennå. Arkivet lages av de lagrede versjonene av planen, "
                "så lagre den først."))
            return False
        if session.document.modified and not self.host.maybe_save_changes():
            return False
        source = session.document.path
        output = self._ask_for_file(source)
        if output is None:
            return False
        if output.suffix.lower() == source.suffix.lower() or output == source:
            QMessageBox.warning(self.host, tr("Arkiver planen"), tr(
                "Arkivet er en PDF og kan ikke lagres over en plan. Velg et annet filnavn."))
            return False
        language = current_language()  # the window's: the archive speaks it too
        return self.host.operations.run(
            lambda progress: make_archive(source, output, language, progress),
            label=QT_TR_NOOP("Lager arkivet …"),
            failure=Failure(tr("Arkivet ble ikke laget"), Doing.WRITE_ARCHIVE, tr(
                "Arkivet kunne ikke lages. Detaljer er skrevet til programmets loggfil.") + "\n\n" + tr(
                "Ingen filer er endret eller slettet.")),
            on_success=self._written,
            on_cancel=lambda: self.host.session.notice.emit(tr("Arkiveringen ble avbrutt. Ingen filer er endret."), 8000),
            finish_within=FINISH_WITHIN_S,
        )

    def _ask_for_file(self, source: Path) -> Path | None:
        plan = self.host.session.document.plan
        who = Path(version_file_name(plan)).stem.split(" v")[0]
        archive = tr("Arkiv")  # outside the f-string, where lupdate finds it
        suggested = source.parent / f"{archive} {who}.pdf"
        name, _ = QFileDialog.getSaveFileName(self.host, tr("Arkiver planen"), str(suggested), tr("PDF (*.pdf)"))
        if not name:
            return None
        return Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")

    def _written(self, result: ArchiveResult) -> None:
        if result.problem:
            QMessageBox.warning(self.host, tr("Arkivet ble ikke laget"), self._problem(result) + "\n\n" + tr(
                "Ingen filer er endret eller slettet."))
        else:
            self._offer_deletion(result)
        self.finished.emit(result)

    @staticmethod
    def _problem(result: ArchiveResult) -> str:
        if result.problem == "plan":
            return tr("Planen kunne ikke leses: %s") % result.detail
        if result.problem == "folder":
            return tr("Mappen med planen kunne ikke leses, så versjonene kan ikke samles.")
        return f"{result.path}: {result.detail}"

    def _offer_deletion(self, result: ArchiveResult) -> None:
        from .plan_deletion import delete_open_plan

        count = len(result.versions)
        saved = (tr("Arkivet er lagret: «%s» (1 versjon av planen og oppfølgingsloggen).") % result.path
                 if count == 1 else
                 tr("Arkivet er lagret: «%s» (%d versjoner av planen og oppfølgingsloggen).") % (result.path, count))
        intro = saved + "\n\n" + tr(
            "Når arkivet er lagt i virksomhetens arkiv, bør planens lokale filer slettes. Vil du "
            "slette dem nå? «Nei» beholder alt.")
        deleted = delete_open_plan(self.host.session, self.host, intro=intro, title=tr("Arkivet er lagret"))
        if not deleted:
            self.host.session.notice.emit(tr("Arkivet er lagret: %s") % result.path, 10000)

