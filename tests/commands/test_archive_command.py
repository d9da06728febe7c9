"""``oppfolging archive FILE -o OUT.pdf`` as a user or a script runs it: a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from oppfolging_gui.core.storage import read_plan

from ..conftest import EXAMPLE_PLAN
from ..core.pdf.archive_plans import three_versions, write_versions


def oppfolging(*args: str | Path, lang_env: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang_env} if lang_env else None
    return subprocess.run(
        [sys.executable, "-m", "oppfolging_gui", "archive", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, env=env,
    )


def stamp(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def plan_folder(tmp_path) -> list[Path]:
    folder = tmp_path / "planer"
    folder.mkdir()
    return write_versions(three_versions(read_plan(EXAMPLE_PLAN)), folder)


def test_writes_every_version_into_one_pdf(plan_folder, tmp_path):
    out = tmp_path / "arkiv.pdf"
    result = oppfolging(plan_folder[1], "-o", out)  # any version names the plan
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert "ARKIVDOKUMENT" in pages[0]
    assert all(f"Versjon {n}" in pages[0] for n in (1, 2, 3))
    assert f"Side 1 av {len(pages)}" in pages[0]
    assert PdfReader(out).xmp_metadata is not None


def test_language_choice(plan_folder, tmp_path):
    out = tmp_path / "archive.pdf"
    assert oppfolging(plan_folder[0], "-o", out, "--lang", "en").returncode == 0
    assert "ARCHIVE DOCUMENT" in PdfReader(out).pages[0].extract_text()


def test_without_lang_the_window_s_choice_else_bokmal_whatever_the_system_speaks(plan_folder, tmp_path):
    """command-line.md: the PDF's language is the settings' choice, else bokmål (as ``pdf``)."""
    from oppfolging_gui.core import settings

    out = tmp_path / "archive.pdf"
    assert oppfolging(plan_folder[0], "-o", out, lang_env="en_GB.UTF-8").returncode == 0
    first = PdfReader(out).pages[0].extract_text()
    assert "ARKIVDOKUMENT" in first and "Side 1 av" in first and "ARCHIVE" not in first
    settings.save_language("nn")  # as the Språk menu does
    assert oppfolging(plan_folder[0], "-o", out, lang_env="en_GB.UTF-8").returncode == 0
    first = PdfReader(out).pages[0].extract_text()
    assert "Oppfølgingsplan ved sjukmelding" in first and "Arbeidsgjevar" in first


@pytest.mark.parametrize("target", [0, 2])
def test_refuses_to_write_over_the_plan_or_another_version(plan_folder, target):
    before = stamp(plan_folder[0].parent)
    result = oppfolging(plan_folder[0], "-o", plan_folder[target])
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Ingen fil er skrevet" in result.stderr
    assert stamp(plan_folder[0].parent) == before


def test_refuses_a_plan_file_by_content_whatever_its_name(plan_folder, tmp_path):
    disguised = tmp_path / "plan.pdf"
    disguised.write_bytes(plan_folder[0].read_bytes())
    result = oppfolging(plan_folder[1], "-o", disguised)
    assert result.returncode == 2
    assert disguised.read_bytes() == plan_folder[0].read_bytes()


def test_replaces_another_existing_file_whole(plan_folder, tmp_path):
    out = tmp_path / "arkiv.pdf"
    out.write_bytes(b"gammel")
    assert oppfolging(plan_folder[0], "-o", out).returncode == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["arkiv.pdf", "planer"]


def test_unreadable_plan_is_one_line_and_no_file(tmp_path):
    bad = tmp_path / "ødelagt.oppfplan"
    bad.write_text("{ikke json", encoding="utf-8")
    out = tmp_path / "arkiv.pdf"
    result = oppfolging(bad, "-o", out)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "ødelagt.oppfplan" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_missing_plan_and_unwritable_output_exit_2(plan_folder, tmp_path):
    assert oppfolging(tmp_path / "finnes-ikke.oppfplan", "-o", tmp_path / "a.pdf").returncode == 2
    result = oppfolging(plan_folder[0], "-o", tmp_path / "ingen-mappe" / "a.pdf")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_output_is_required():
    result = oppfolging(EXAMPLE_PLAN)
    assert result.returncode == 2 and "Traceback" not in result.stderr
