"""Linux desktop integration: the files agree with each other and install per user."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
APP_ID = "no.oppfolging.Oppfolgingsplan"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_plan_files_with_the_program():
    entry = desktop_entry()
    assert entry["Name"] == "Oppfølgingsplan"
    assert "sykmelding" in entry["Comment"]
    assert entry["MimeType"] == "application/x-oppfplan;"
    assert entry["Exec"] == "oppfolging %f"  # install.sh makes the path absolute
    assert entry["Icon"] == APP_ID


def test_mime_type_matches_the_extension_and_the_format_marker():
    root = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    mime = root.find(f"{MIME_NS}mime-type")
    assert mime.get("type") == "application/x-oppfplan"
    assert [g.get("pattern") for g in mime.iter(f"{MIME_NS}glob")] == ["*.oppfplan"]
    example = (REPO / "resources" / "examples" / "eksempelplan.oppfplan").read_text(encoding="utf-8")
    markers = [m.get("value") for m in mime.iter(f"{MIME_NS}match")]
    assert any(marker in example[:256] for marker in markers)


def test_metainfo_names_the_desktop_file_and_the_file_type():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.findtext("provides/mediatype") == "application/x-oppfplan"
    assert root.findtext("project_license") == "MIT"
    from oppfolging_gui import __version__

    assert root.find("releases/release").get("version") == __version__


@pytest.mark.parametrize(("tool", "args", "name"), [
    ("desktop-file-validate", [], f"{APP_ID}.desktop"),
    ("appstreamcli", ["validate", "--no-net"], f"{APP_ID}.metainfo.xml"),
])
def test_freedesktop_validators_accept_the_files(tool, args, name):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} not installed")
    result = subprocess.run([tool, *args, str(LINUX / name)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(os.name != "posix", reason="install.sh is for Linux")
def test_install_script_installs_for_the_user_and_uninstalls(tmp_path):
    # A stand-in bundle laid out as PyInstaller and the spec lay out the real one.
    bundle = tmp_path / "oppfolging"
    (bundle / "linux").mkdir(parents=True)
    shutil.copytree(REPO / "resources" / "icons", bundle / "_internal" / "oppfolging_gui" / "resources" / "icons")
    for name in ("desktop", "mime.xml", "metainfo.xml"):
        shutil.copy(LINUX / f"{APP_ID}.{name}", bundle / "linux")
    shutil.copy(LINUX / "install.sh", bundle / "install.sh")
    program = bundle / "oppfolging"
    program.write_text("#!/bin/sh\necho stand-in\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)

    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True)

    data = home / ".local" / "share"
    installed = home / ".local" / "lib" / "oppfolging"
    assert (home / ".local" / "bin" / "oppfolging").resolve() == (installed / "oppfolging").resolve()
    desktop = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{installed}/oppfolging" %f' in desktop
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()

    subprocess.run(["sh", str(installed / "install.sh"), "--uninstall"], env=env, check=True, capture_output=True)
    assert not installed.exists()
    assert not (data / "applications" / f"{APP_ID}.desktop").exists()
    assert not (home / ".local" / "bin" / "oppfolging").exists()
