"""The command line as a script, a careless user or a hostile file meets it: real child processes.

Issue 13: outputs that would replace a plan, concurrent new versions, arguments a
script gets wrong, escape sequences in names, a reader that stops early, OS errors
in the user's language, long file names.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from oppfolging_gui.core.storage import read_plan, write_plan
from oppfolging_gui.core.versions import next_version

TIMEOUT = 120


def oppfolging(*args: str | Path, cwd: Path | None = None, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "oppfolging_gui", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", errors="surrogateescape", cwd=cwd, timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def stamp(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def plan(tmp_path, example_plan_path) -> Path:
    path = tmp_path / "plan.oppfplan"
    path.write_bytes(example_plan_path.read_bytes())
    return path


# ------------------------------------------------------- 1: an output never replaces a plan


@pytest.mark.parametrize("args", [
    ["pdf", "{plan}", "-o", "{plan}"],
    ["pdf", "{plan}", "-o", "{other}"],
    ["pdf", "{plan}", "-o", "{disguised}"],
    ["pdf", "{plan}", "-o", "{link}"],
    ["pdf", "--blank", "-o", "{other}"],
    ["deadlines", "{plan}", "--ics", "{plan}"],
    ["deadlines", "{plan}", "--ics", "{other}"],
])
def test_an_output_that_is_the_input_or_another_plan_is_refused_and_nothing_written(tmp_path, plan, args):
    (tmp_path / "annen.oppfplan").write_bytes(plan.read_bytes())
    (tmp_path / "ser-ut-som.pdf").write_bytes(plan.read_bytes())
    (tmp_path / "lenke.pdf").symlink_to(plan)
    names = {"plan": plan, "other": tmp_path / "annen.oppfplan",
             "disguised": tmp_path / "ser-ut-som.pdf", "link": tmp_path / "lenke.pdf"}
    before = stamp(tmp_path)
    result = oppfolging(*(a.format(**names) for a in args))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("oppfolging: ")
    assert "Ingen fil er skrevet" in result.stderr
    assert stamp(tmp_path) == before
    assert (tmp_path / "lenke.pdf").is_symlink()


def test_another_existing_file_is_still_replaced_whole(tmp_path, plan):
    old = tmp_path / "gammel.pdf"
    old.write_bytes(b"%PDF-1.4 an old export")
    result = oppfolging("pdf", plan, "-o", old)
    assert result.returncode == 0, result.stderr
    assert old.read_bytes().startswith(b"%PDF") and len(old.read_bytes()) > 1000


# --------------------------------------------------- 6: runs at the same time, unique numbers


def test_eight_new_version_runs_at_once_give_eight_different_version_numbers(tmp_path, plan):
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "oppfolging_gui", "new-version", str(plan), "--today", "2026-12-01"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        )
        for _ in range(8)
    ]
    outputs = [run.communicate(timeout=TIMEOUT) for run in runs]
    assert [run.returncode for run in runs] == [0] * 8, [err for _out, err in outputs]
    written = [Path(out.strip()) for out, _err in outputs]
    assert len(set(written)) == 8
    versions = sorted(read_plan(path).version for path in written)
    assert versions == list(range(3, 11))
    every_file = sorted(read_plan(p).version for p in tmp_path.glob("*.oppfplan"))
    assert every_file == [2, *range(3, 11)]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


# ------------------------------------------------ 14.1: page one and log from the newest


def test_new_version_of_an_older_file_keeps_what_was_logged_later(tmp_path, plan):
    from oppfolging_gui.core.model import FollowUpEvent

    v3 = next_version(read_plan(plan), date(2026, 12, 1))
    v3.key_info.employee.phone = "40000003"
    v3.follow_up.events.append(FollowUpEvent(date=date(2026, 11, 30), kind="dialogue_meeting_1", note="holdt"))
    write_plan(v3, tmp_path / "v3.oppfplan")
    result = oppfolging("new-version", plan, "--today", "2026-12-02")
    assert result.returncode == 0, result.stderr
    new = read_plan(result.stdout.strip())
    assert new.version == 4 and new.follow_up == v3.follow_up and new.key_info.employee.phone == "40000003"


# ---------------------------------------------------------------- 9: bounds of the reader


def test_a_version_of_thousands_of_digits_is_unreadable_not_a_crash(tmp_path, plan):
    text = plan.read_text("utf-8").replace('"version": 2', '"version": ' + "9" * 4300, 1)
    plan.write_text(text, "utf-8")
    for args in (["validate", plan], ["new-version", plan], ["deadlines", plan]):
        result = oppfolging(*args)
        assert result.returncode == 2 and "«version»" in result.stderr, result.stderr
        assert "uventet" not in result.stderr


def test_a_signature_point_far_outside_its_box_is_unreadable_and_a_sane_one_prints(tmp_path, plan):
    data = json.loads(plan.read_text("utf-8"))
    data["signatures"]["employee"] = {"name": "Jonas", "signed_on": "2026-11-22",
                                      "strokes": [[[1e21, 10.0], [20.0, 30.0]]], "content_sha256": ""}
    plan.write_text(json.dumps(data), "utf-8")
    result = oppfolging("pdf", plan, "-o", tmp_path / "ut.pdf")
    assert result.returncode == 2 and "signaturfeltet" in result.stderr and "uventet" not in result.stderr

    data["signatures"]["employee"]["strokes"] = [[[1_000_000, -1_000_000], [999.5, 300]]]
    plan.write_text(json.dumps(data), "utf-8")
    result = oppfolging("pdf", plan, "-o", tmp_path / "ut.pdf")
    assert result.returncode == 0, result.stderr


# ------------------------------------------------------------ 10: usage errors for scripts


@pytest.mark.parametrize("argument", ["bogus", "finnes-ikke.oppfplan", "", "."])
def test_an_argument_that_is_no_command_and_no_file_is_a_usage_error_without_a_window(tmp_path, argument):
    # Before: the window opened (offscreen here) and the run never ended.
    result = oppfolging(argument, cwd=tmp_path, timeout=60)
    assert result.returncode == 2
    assert "feil" in result.stderr and "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize("day", ["20261201", "2026-W48-2", "2026-12-1", "２０２６-12-01", "2026-12-01\n", " 2026-12-01"])
def test_today_is_yyyy_mm_dd_only(plan, day):
    result = oppfolging("deadlines", plan, "--today", day)
    assert result.returncode == 2 and "ÅÅÅÅ-MM-DD" in result.stderr and result.stdout == ""


@pytest.mark.parametrize("args", [
    ["versions", ""],
    ["overview", ""],
    ["archive", "", "-o", "ut.pdf"],
    ["archive", "{plan}", "-o", ""],
    ["validate", ""],
    ["deadlines", ""],
    ["deadlines", "{plan}", "--ics", ""],
    ["new-version", ""],
    ["new-version", "{plan}", "--dir", ""],
    ["pdf", "", "-o", "ut.pdf"],
    ["pdf", "{plan}", "-o", ""],
])
def test_an_empty_file_or_folder_argument_is_an_error_not_the_current_folder(tmp_path, plan, args):
    before = stamp(tmp_path)
    result = oppfolging(*(a.format(plan=plan) for a in args), cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert "tom filsti" in result.stderr
    assert stamp(tmp_path) == before


# ------------------------------------------------------- 11: nothing raw reaches the terminal

HOSTILE_NAME = "Ola\x1b]0;eid\x07\x1b[2J\u202eanne\u2066\x9b31m\r"


def _unsafe_characters(text: str) -> list[str]:
    return [hex(ord(c)) for c in text if c not in "\n\t" and unicodedata.category(c) in ("Cc", "Cf", "Cs")]


def test_names_with_escape_and_bidi_characters_are_printed_harmlessly(tmp_path, filled_plan):
    filled_plan.key_info.employee.first_name = HOSTILE_NAME
    filled_plan.key_info.employer.name = "Firma\u202eSA"
    write_plan(filled_plan, tmp_path / f"fil{HOSTILE_NAME.replace(chr(0x1b), '').replace(chr(7), '')}.oppfplan")
    (tmp_path / "ødelagt\x1b[31m.oppfplan").write_text("{", "utf-8")

    for command in ("versions", "overview"):
        listing = oppfolging(command, tmp_path)
        assert listing.returncode == 0
        assert _unsafe_characters(listing.stdout) == [] and _unsafe_characters(listing.stderr) == [], command
        assert "Ola" in listing.stdout and "ødelagt" in listing.stderr
    as_json = oppfolging("overview", tmp_path, "--json")
    assert _unsafe_characters(as_json.stdout) == []
    assert json.loads(as_json.stdout)["plans"][0]["employee"].startswith(HOSTILE_NAME)

    plan_path = next(tmp_path.glob("fil*.oppfplan"))
    for args in (["validate", plan_path], ["deadlines", plan_path, "--today", "2026-12-01"],
                 ["validate", tmp_path / "ødelagt\x1b[31m.oppfplan"],
                 ["new-version", plan_path, "--today", "2026-12-01"]):
        result = oppfolging(*args)
        assert result.returncode in (0, 1, 2)
        assert _unsafe_characters(result.stdout) == [] and _unsafe_characters(result.stderr) == [], args


def test_json_output_keeps_every_character_as_an_escape(tmp_path, filled_plan):
    from oppfolging_gui.commands._output import json_terminal_safe

    text = json_terminal_safe({"navn": HOSTILE_NAME + "\U000e0041"})
    assert _unsafe_characters(text) == []
    assert json.loads(text) == {"navn": HOSTILE_NAME + "\U000e0041"}


# --------------------------------------------------------- 12: a reader that stops early


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path, example_plan_path):
    data = json.loads(example_plan_path.read_text("utf-8"))
    data["measures"] = [dict(data["measures"][0], sick_leave_percent=150) for _ in range(3000)]
    path = tmp_path / "mange.oppfplan"
    path.write_text(json.dumps(data), "utf-8")  # some 3,000 findings: far more than a pipe holds
    run = subprocess.Popen(
        [sys.executable, "-m", "oppfolging_gui", "validate", str(path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    first = run.stdout.readline()
    run.stdout.close()  # as `| head -1` does
    err = run.stderr.read()
    run.wait(timeout=TIMEOUT)
    run.stderr.close()
    assert first.startswith((b"warning: ", b"error: "))
    assert err == b""  # no "uventet feil", no "Exception ignored … BrokenPipeError"
    assert run.returncode == 141


def test_help_into_a_closed_pipe_is_quiet_too():
    run = subprocess.Popen([sys.executable, "-m", "oppfolging_gui", "pdf", "--help"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    run.stdout.close()
    err = run.stderr.read()
    run.wait(timeout=TIMEOUT)
    run.stderr.close()
    assert err == b"" and run.returncode in (0, 141)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_to_a_full_disk_is_one_norwegian_line(tmp_path, plan):
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "oppfolging_gui", "validate", str(plan)],
            stdout=full, stderr=subprocess.PIPE, text=True, encoding="utf-8", timeout=TIMEOUT,
        )
    assert result.returncode == 2
    assert result.stderr == "oppfolging: Resultatet ble ikke skrevet: det er ikke mer plass på disken.\n"


# -------------------------------------------------------------- 13: long names still save


def test_a_legal_250_byte_file_name_can_be_saved_and_printed(tmp_path, plan):
    name = "æ" * 120 + ".oppfplan"  # 240 + 9 = 249 bytes: legal on ext4, APFS, NTFS
    assert len(name.encode()) == 249
    target = tmp_path / name
    write_plan(read_plan(plan), target)
    write_plan(read_plan(plan), target)  # saved again over itself: the temporary name fits too
    assert read_plan(target).version == 2
    pdf = tmp_path / ("ø" * 120 + ".pdf")
    result = oppfolging("pdf", target, "-o", pdf)
    assert result.returncode == 0, result.stderr and pdf.is_file()


# ------------------------------------------------------------- found reading it all again


@pytest.mark.parametrize("args", [
    ["validate", "{long}.oppfplan"],
    ["pdf", "{plan}", "-o", "{long}.pdf"],
    ["new-version", "{plan}", "--dir", "{long}"],
    ["versions", "{long}"],
    ["deadlines", "{plan}", "--ics", "{long}.ics"],
])
def test_a_path_too_long_for_the_system_is_a_sentence_not_an_unexpected_error(tmp_path, plan, args):
    long = tmp_path / ("a" * 300)
    result = oppfolging(*(a.format(plan=plan, long=long) for a in args))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "for lang" in result.stderr and "uventet" not in result.stderr


def test_a_name_the_terminals_encoding_lacks_is_printed_as_question_marks(tmp_path, filled_plan):
    filled_plan.key_info.employee.first_name = "山田"
    write_plan(filled_plan, tmp_path / "plan.oppfplan")
    result = subprocess.run(
        [sys.executable, "-m", "oppfolging_gui", "versions", str(tmp_path)],
        capture_output=True, timeout=TIMEOUT, env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"?? Eksempelsen")
