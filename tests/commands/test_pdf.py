"""``oppfolging pdf``: exit statuses, atomic output, Norwegian one-line errors."""

from __future__ import annotations

import importlib.util
import os

import pytest
from pypdf import PdfReader

from oppfolging_gui.cli import run


def _pdf_pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.mark.slow
def test_writes_the_plan_as_pdf(example_plan_path, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert run(["pdf", str(example_plan_path), "-o", str(out)]) == 0
    pages = _pdf_pages(out)
    assert "Oppfølgingsplan ved sykmelding" in pages[0]
    assert f"Side 1 av {len(pages)}" in pages[0]
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("cover, expected", [("nav", "NAV skanning"), ("sick-note-author", "Med vennlig hilsen")])
def test_cover_sheet_comes_first_unnumbered(example_plan_path, tmp_path, cover, expected):
    out = tmp_path / "plan.pdf"
    assert run(["pdf", str(example_plan_path), "-o", str(out), "--cover", cover]) == 0
    pages = _pdf_pages(out)
    assert expected in pages[0] and "Side " not in pages[0]
    assert f"Side 1 av {len(pages) - 1}" in pages[1]


def test_blank_form(tmp_path):
    out = tmp_path / "tomt.pdf"
    assert run(["pdf", "--blank", "-o", str(out)]) == 0
    pages = _pdf_pages(out)
    assert "Nøkkelopplysninger" in "".join(pages)
    assert f"Side 1 av {len(pages)}" in pages[0]


def test_output_replaces_an_old_pdf_whole_and_privately(example_plan_path, tmp_path):
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"old")
    assert run(["pdf", str(example_plan_path), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600  # it holds health data
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]  # no temporary file left


def test_unreadable_plan_gives_one_norwegian_line_and_no_file(tmp_path, capsys):
    bad = tmp_path / "ødelagt.oppfplan"
    bad.write_text("{ikke json", encoding="utf-8")
    out = tmp_path / "plan.pdf"
    assert run(["pdf", str(bad), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ødelagt.oppfplan" in err and "Traceback" not in err
    assert not out.exists()


def test_missing_plan_leaves_an_existing_pdf_alone(tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"keep me")
    assert run(["pdf", str(tmp_path / "finnes-ikke.oppfplan"), "-o", str(out)]) == 2
    assert "finnes-ikke.oppfplan" in capsys.readouterr().err
    assert out.read_bytes() == b"keep me"


def test_unwritable_output_exits_2_without_partial_file(example_plan_path, tmp_path, capsys):
    out = tmp_path / "mangler" / "plan.pdf"
    assert run(["pdf", str(example_plan_path), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "plan.pdf" in err and "PDF-en ble ikke lagret: mappen finnes ikke" in err
    assert not out.parent.exists()


@pytest.mark.parametrize("argv", [
    ["pdf", "-o", "x.pdf"],
    ["pdf", "--blank", "plan.oppfplan", "-o", "x.pdf"],
    ["pdf", "--blank", "--cover", "nav", "-o", "x.pdf"],
])
def test_wrong_combinations_are_refused(argv, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(argv) == 2
    assert capsys.readouterr().err.startswith("oppfolging: ")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.skipif(importlib.util.find_spec("oppfolging_gui.core.validation") is None,
                    reason="validation has not landed yet")
def test_a_plan_with_errors_still_prints_but_says_so(tmp_path, capsys):
    from datetime import date

    from oppfolging_gui.core.model import Plan
    from oppfolging_gui.core.storage import write_plan

    draft = tmp_path / "utkast.oppfplan"
    write_plan(Plan.new(date(2026, 11, 20)), draft)  # required fields are empty
    out = tmp_path / "utkast.pdf"
    assert run(["pdf", str(draft), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "feil" in capsys.readouterr().err


@pytest.mark.slow
def test_the_pdf_command_never_loads_qt(example_plan_path, tmp_path):
    import subprocess
    import sys

    script = (
        "import sys; from oppfolging_gui.cli import run; "
        f"code = run(['pdf', {str(example_plan_path)!r}, '-o', {str(tmp_path / 'p.pdf')!r}]); "
        "print(code, any(name.startswith('PySide6') for name in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "False"]


def test_the_log_goes_out_only_with_with_log(example_plan_path, tmp_path):
    import subprocess
    import sys

    title = "Oppfølgingslogg"
    found = {}
    for extra in ([], ["--with-log"]):
        out = tmp_path / f"plan{len(extra)}.pdf"
        result = subprocess.run(
            [sys.executable, "-m", "oppfolging_gui", "pdf", str(example_plan_path), "-o", str(out), *extra],
            capture_output=True, text=True, timeout=120,
        )
        assert result.returncode == 0, result.stderr
        pages = _pdf_pages(out)
        found[bool(extra)] = (any(title in page for page in pages), "Utfyllende opplysninger" in pages[-1])
    assert found == {False: (False, True), True: (True, False)}
