"""Every text a user reads comes from the message catalogue or the window's tr().

An AST scan of the program's code for string literals that look Norwegian (a letter
æ/ø/å, or a common Norwegian word) outside the catalogue, a ``tr()`` /
``QT_TR_NOOP()`` call, a docstring or a log call. Such a literal would be shown in
bokmål to a user who chose nynorsk or English. The allow-list below is short and
says why each entry is not a text to translate.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import oppfolging_gui

PACKAGE = Path(oppfolging_gui.__file__).parent
NORWEGIAN = re.compile(
    r"[æøåÆØÅ]|\b(ikke|ikkje|og|eller|er|ble|vart|kan|skal|må|fra|frå|til|med|uten|utan|"
    r"filen|fila|mappen|mappa|planen|feil|lagre|lagret|versjon|dato)\b",
    re.IGNORECASE,
)
# Calls whose string arguments are not shown to a user in a language of ours.
TRANSLATING_CALLS = {"tr", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "translate", "message"}
LOG_CALLS = {"debug", "info", "warning", "error", "exception", "critical"}

# (file, literal) pairs that are right as they are.
ALLOWED: set[tuple[str, str]] = {
    ("__init__.py", "Oppfølgingsplan"),  # the program's name, the same in every language
    ("core/pdf/template.py", "Oppfølgingsplan"),  # the PDF's creator: the program's name
    ("core/pdf/template.py", "Oppfølgingsplan (reportlab)"),
    ("core/pdf/render.py", "Oppfølgingsplan"),
    ("core/pdf/archive.py", "Oppfølgingsplan"),
    # File names stay bokmål in every language, so all versions of a plan sort together.
    ("core/versions.py", "Oppfølgingsplan "),
    ("core/versions.py", "uten navn"),
    ("core/locking.py", "oppfolgingsplan-lås"),  # a marker inside the lock file, never shown
    ("gui/language_menu.py", "Norsk bokmål"),  # each language named in its own words
    ("gui/language_menu.py", "Norsk nynorsk"),
}
# Whole files that are data in every language, or not the program's own texts.
SKIPPED = (
    "core/messages/",  # the catalogue itself
    "gui/smoke.py",  # the packaging smoke test compares Qt's own bokmål
    "core/schema.py",  # the file format's JSON Schema, documented in bokmål
    "core/model.py",  # pydantic's messages: storage shows the catalogue's words instead
)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _exempt_constants(tree: ast.AST) -> set[int]:
    exempt = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _call_name(node)
            is_log = name in LOG_CALLS and isinstance(node.func, ast.Attribute) and getattr(
                node.func.value, "id", "") in ("log", "logger", "logging")
            if name in TRANSLATING_CALLS or is_log:
                for arg in [*node.args, *(k.value for k in node.keywords)]:
                    exempt.update(id(sub) for sub in ast.walk(arg))
    return exempt


def untranslated_literals() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith(SKIPPED):
            continue
        tree = ast.parse(path.read_text("utf-8"))
        skip = _docstrings(tree) | _exempt_constants(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
                    and NORWEGIAN.search(node.value) and (relative, node.value) not in ALLOWED):
                found.append(f"{relative}:{node.lineno}: {node.value[:70]!r}")
    return found


def tr_inside_fstrings() -> list[str]:
    """lupdate does not see a tr() inside an f-string: it would never be translated."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Call) and _call_name(sub) in ("tr", "QT_TR_NOOP"):
                        found.append(f"{path.relative_to(PACKAGE)}:{sub.lineno}")
    return found


def test_no_user_visible_norwegian_literal_bypasses_the_catalogue_or_tr():
    found = untranslated_literals()
    assert not found, "put these in core/messages (core, commands) or tr() (window):\n" + "\n".join(found)


def test_no_tr_call_hides_inside_an_f_string():
    assert tr_inside_fstrings() == []
