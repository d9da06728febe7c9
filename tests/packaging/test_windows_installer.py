"""The Inno Setup script (which cannot run here) says what the issue asks of it."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ISS = REPO / "packaging" / "windows" / "oppfolging.iss"


def setting(text: str, key: str) -> str:
    match = re.search(rf"^{key}=(.*)$", text, re.MULTILINE)
    assert match, key
    return match.group(1).strip()


def test_installs_per_user_with_start_menu_entry_and_the_plan_file_type():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads "ø" only from UTF-8 with BOM
    text = raw.decode("utf-8-sig")
    assert setting(text, "PrivilegesRequired") == "lowest"
    assert setting(text, "DefaultDirName").startswith("{autopf}")
    assert setting(text, "ChangesAssociations") == "yes"
    assert '#define AppName "Oppfølgingsplan"' in text
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', text, re.MULTILINE)
    assert 'Subkey: "Software\\Classes\\.oppfplan"' in text
    assert '\\shell\\open\\command"; ValueType: string; ValueName: ""; ValueData: """{app}\\{#AppExe}"" ""%1"""' in text
    assert "\\DefaultIcon" in text


def test_installs_the_window_program_the_spec_builds_on_windows():
    text = ISS.read_text(encoding="utf-8-sig")
    assert '#define AppExe "Oppfolgingsplan.exe"' in text
    spec = (REPO / "packaging" / "oppfolging.spec").read_text(encoding="utf-8")
    assert 'executable("Oppfolgingsplan" if ON_WINDOWS else "oppfolging", console=not ON_WINDOWS)' in spec
    assert (REPO / "resources" / "icons" / "oppfolging.ico").is_file()
