#!/usr/bin/env python3
"""Copy the licence texts of everything the bundle ships into ``resources/licenses/``.

    .venv/bin/python packaging/collect_licenses.py

Run by hand when a dependency is added or its licence changes, then commit the result;
"Om programmet" shows these files and the bundle carries them. The texts come from the
installed distributions' metadata (so they match the versions we ship) and, for Qt
and Python, whose wheels carry no licence file, from the system's copies.
"""

from __future__ import annotations

import json
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "licenses"
COMMON = Path("/usr/share/common-licenses")  # Debian's copies of the GNU and Apache texts

# (component shown to the user, what it does for us in Norwegian, licence, source of the text)
# A source is "dist:<distribution>" (its licence file from the metadata), "resources:<path>"
# (a licence that already ships in resources/, referred to where it is) or a path.
COMPONENTS: list[tuple[str, str, str, str]] = [
    ("Oppfølgingsplan", "Dette programmet", "MIT", str(ROOT / "LICENSE")),
    ("Qt 6 og PySide6", "Vinduer, utskrift og forhåndsvisning", "LGPL-3.0", str(COMMON / "LGPL-3")),
    ("GNU GPL 3.0", "Teksten LGPL-3.0 bygger på", "GPL-3.0", str(COMMON / "GPL-3")),
    ("reportlab", "Lager PDF", "BSD", "dist:reportlab"),
    ("pydantic", "Leser og kontrollerer planfilene", "MIT", "dist:pydantic"),
    ("pydantic-core", "Del av pydantic", "MIT", "dist:pydantic-core"),
    ("platformdirs", "Finner mappene for innstillinger og logg", "MIT", "dist:platformdirs"),
    ("icalendar", "Lager kalenderfiler med fristene", "BSD-2-Clause", "dist:icalendar"),
    ("python-dateutil", "Del av icalendar", "BSD-3-Clause", "dist:python-dateutil"),
    ("tzdata", "Tidssoner for icalendar", "Apache-2.0", "dist:tzdata"),
    ("Pillow", "Bilder i PDF (brukt av reportlab)", "MIT-CMU", "dist:pillow"),
    ("charset-normalizer", "Del av reportlab", "MIT", "dist:charset-normalizer"),
    ("typing-extensions", "Del av pydantic", "PSF-2.0", "dist:typing-extensions"),
    ("annotated-types", "Del av pydantic", "MIT", "dist:annotated-types"),
    ("typing-inspection", "Del av pydantic", "MIT", "dist:typing-inspection"),
    ("Noto Sans", "Skriften i PDF-ene", "OFL-1.1", "resources:fonts/OFL.txt"),
    ("sRGB-fargeprofil", "Fargeprofilen i arkiv-PDF-ene (PDF/A)", "Fri bruk", "resources:color/sRGB-LICENSE.txt"),
    ("Python", "Programmeringsspråket programmet er skrevet i", "PSF-2.0", str(Path(sysconfig.get_path("stdlib")) / "LICENSE.txt")),
    ("PyInstaller", "Starter programmet i den ferdige pakken", "GPL-2.0 med unntak for starteren", "dist:pyinstaller"),
]


def licence_text(source: str) -> str:
    if not source.startswith("dist:"):
        return Path(source).read_text(encoding="utf-8")
    dist = metadata.distribution(source.removeprefix("dist:"))
    files = [f for f in dist.files or () if f.name.upper().startswith(("LICENSE", "COPYING"))]
    if not files:
        raise SystemExit(f"{source}: no licence file in its metadata")
    return "\n\n".join(Path(dist.locate_file(f)).read_text(encoding="utf-8") for f in sorted(files, key=str))


def file_name(component: str, licence: str) -> str:
    slug = "".join(c if c.isalnum() else "-" for c in component.lower().replace("ø", "o")).strip("-")
    return f"{slug}-{licence.split()[0]}.txt"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    index = []
    for component, use, licence, source in COMPONENTS:
        if source.startswith("resources:"):
            shipped = source.removeprefix("resources:")
            if not (ROOT / "resources" / shipped).is_file():
                raise SystemExit(f"{source}: no such file")
        else:
            name = file_name(component, licence)
            (OUT / name).write_text(licence_text(source).strip() + "\n", encoding="utf-8")
            shipped = f"licenses/{name}"
        index.append({"component": component, "use": use, "licence": licence, "file": shipped})
    (OUT / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"Listed {len(index)} licences in {OUT / 'index.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
