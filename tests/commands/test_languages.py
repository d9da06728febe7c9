"""The command line in the language of the run: --lang, the window's choice, the system's.

Run as subprocesses, as a user runs them: the environment decides, and nothing of
bokmål may show in an English run (or the other way round).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

NORWEGIAN_WORDS = ("bruk:", "valg", "feil", "ikke", "ikkje", "og ", "mappe", "planen", "Tidsfrist")
ENGLISH_WORDS = ("usage:", "options", "error", "show this help", "the ", "plan ")


def oppfolging(*args: str, lang_env: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang_env}
    return subprocess.run([sys.executable, "-m", "oppfolging_gui", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_help_follows_the_system_language_in_english_and_nynorsk():
    english = oppfolging("--help", lang_env="en_GB.UTF-8")
    assert english.returncode == 0
    assert english.stdout.startswith("usage: oppfolging")
    assert "options:" in english.stdout and "show this help message and exit" in english.stdout
    assert not [w for w in ("bruk:", "valg:", "vis denne", "Eksempel", "oppfølgingsplan ved") if w in english.stdout]
    nynorsk = oppfolging("--help", lang_env="nn_NO.UTF-8")
    assert nynorsk.stdout.startswith("bruk: oppfolging")
    assert "val:" in nynorsk.stdout and "Døme:" in nynorsk.stdout
    assert not [w for w in ("usage:", "options:", "show this") if w in nynorsk.stdout]


def test_bokmal_when_the_system_speaks_something_else():
    german = oppfolging("pdf", "--help", lang_env="de_DE.UTF-8")
    assert german.stdout.startswith("bruk: oppfolging pdf")
    assert "valg:" in german.stdout and "vis denne hjelpeteksten og avslutt" in german.stdout


@pytest.mark.parametrize(("lang_env", "expected"), [
    ("C.UTF-8", "feil: dette mangler: -o/--output"),
    ("nn_NO.UTF-8", "feil: dette manglar: -o/--output"),
    ("en_US.UTF-8", "error: the following arguments are required: -o/--output"),
])
def test_argparse_errors_in_the_language_of_the_run(lang_env, expected, example_plan_path):
    result = oppfolging("pdf", str(example_plan_path), lang_env=lang_env)
    assert result.returncode == 2
    assert expected in result.stderr
    assert result.stderr.startswith(("bruk: ", "usage: "))


def test_lang_on_the_command_line_wins_over_the_system_for_messages_and_the_pdf(tmp_path, example_plan_path):
    out = tmp_path / "plan.pdf"
    result = oppfolging("pdf", str(example_plan_path), "-o", str(out), "--lang", "en", lang_env="nb_NO.UTF-8")
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "Follow-up plan during sick leave" in text and "Page 1 of" in text
    assert "Oppfølgingsplan ved sykmelding" not in text and "Side 1 av" not in text
    wrong = oppfolging("pdf", str(example_plan_path), "-o", str(out), "--lang", "en", "--cover", "x",
                       lang_env="nb_NO.UTF-8")
    assert "error: argument --cover: invalid choice" in wrong.stderr and "feil" not in wrong.stderr


def test_the_window_s_choice_is_the_default_of_the_pdf_and_the_messages(tmp_path, example_plan_path):
    from oppfolging_gui.core import settings

    settings.save_language("nn")  # as the Språk menu does
    out = tmp_path / "plan.pdf"
    assert oppfolging("pdf", str(example_plan_path), "-o", str(out), lang_env="en_US.UTF-8").returncode == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Oppfølgingsplan ved sjukmelding" in text
    deadlines = oppfolging("deadlines", str(example_plan_path), "--today", "2026-12-01", lang_env="en_US.UTF-8")
    assert "Tidsfristar rekna frå første fråversdag" in deadlines.stdout


def test_deadlines_in_english_with_the_spec_s_json_ids_unchanged(example_plan_path):
    table = oppfolging("deadlines", str(example_plan_path), "--today", "2026-12-01", lang_env="en_GB.UTF-8")
    assert table.stdout.startswith("Deadlines counted from the first day of absence")
    assert "Responsible: employer" in table.stdout and "Ansvar" not in table.stdout
    listed = json.loads(oppfolging("deadlines", str(example_plan_path), "--json", "--today", "2026-12-01",
                                   lang_env="en_GB.UTF-8").stdout)
    assert listed[1]["id"] == "dialogue_meeting_1" and listed[1]["title"] == "Dialogue meeting 1 at the workplace"
    assert {m["status"] for m in listed} <= {"done", "not_required", "overdue", "due_soon", "upcoming", "info",
                                             "unknown"}


def test_a_missing_file_in_each_language(tmp_path):
    missing = str(tmp_path / "borte.oppfplan")
    assert "fant ikke filen" in oppfolging("validate", missing).stderr.lower()
    english = oppfolging("validate", missing, lang_env="en_US.UTF-8").stderr
    assert "not found" in english and "ikke" not in english
