"""Every visible string goes through Qt's translation system, and Spanish has all of them.

- The code: no literal English text is handed to a widget, a dialog or a user-facing error
  (read with `ast`, one test per module, so `-k editor` checks one area); text must come from
  `translate("Context", "...")` (or `QT_TRANSLATE_NOOP` in tables, `named(...)` for names).
- The sources: `pyside6-lupdate` run afresh over the code finds no string the `.ts` files lack.
- The `.ts` files: every message translated, with the same placeholders as its source.
- The `.qm` files built from them answer with those translations (they are not stale).
See docs/TRANSLATING.md.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "i18n"))
import update as i18n_update  # noqa: E402  (i18n/update.py: the areas and the lupdate call)

LANGS = i18n_update.LANGUAGES
PACKAGE = ROOT / "journal"
OPT_OUT = "i18n: not translated"  # a line comment for the rare literal that must stay as is
# Methods and constructors whose string arguments are shown to the user.
TEXT_CALLS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setStatusTip",
    "setWhatsThis",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "addItem",
    "addItems",
    "insertItem",
    "setItemText",
    "addAction",
    "addMenu",
    "addTab",
    "insertTab",
    "setTabText",
    "showMessage",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setButtonText",
    "setNameFilter",
    "setNameFilters",
    "getOpenFileName",
    "getSaveFileName",
    "getExistingDirectory",
    "getOpenFileNames",
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "addButton",
    "setWindowIconText",
    "setDescription",
    "setCenterText",
    "setLabelFormat",
    "setTitleText",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "QCommandLinkButton",
    "QMessageBox",
    "QLineSeries",
    "QBarSet",
    "heading",
    "paragraph",
    "ask",
}
NAME_CALLS = {"named": 1, "described": 1}  # argument index of an English name (NOOP-marked)
WORD = re.compile(r"[A-Za-z]{2,}")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d")
ALLOWED = {
    "Reality Check",
    "Notes",
    "English",
    "Español",
    "Ed25519",
    "SHA-256",
    "PDF",
    "CSV",
    "JSON",
    "UTC",
    "Argon2id",
}


def _error_classes() -> set[str]:
    tree = ast.parse((PACKAGE / "errors.py").read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}


ERRORS = _error_classes()


def _texts(node: ast.AST) -> list[str]:
    """Return the literal text parts of an argument (a string, an f-string, a join of them)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant)]
    if isinstance(node, ast.BinOp):
        return _texts(node.left) + _texts(node.right)
    if isinstance(node, ast.IfExp):
        return _texts(node.body) + _texts(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [t for e in node.elts for t in _texts(e)]
    return []


def _english(texts: list[str]) -> bool:
    joined = " ".join(texts).strip()
    if joined in ALLOWED or joined.startswith(("http://", "https://", "#", "*.")):
        return False
    return bool(WORD.search(re.sub(r"<[^>]*>|&\w+;|\{[^}]*\}", " ", joined)))


def _call_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else ""


def untranslated(source: str) -> list[str]:
    """Return `line: text` for every literal English text shown without translation."""
    lines = source.splitlines()
    found: list[str] = []

    def report(node: ast.AST, texts: list[str]) -> None:
        line = getattr(node, "lineno", 0)
        if OPT_OUT not in lines[line - 1] and _english(texts):
            found.append(f"{line}: {' '.join(texts)[:70]!r}")

    for node in ast.walk(ast.parse(source)):
        exc = node.exc if isinstance(node, ast.Raise) else None
        if isinstance(exc, ast.Call) and _call_name(exc) in ERRORS and exc.args:
            report(exc, _texts(exc.args[0]))
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in TEXT_CALLS:
            for arg in [*node.args, *(k.value for k in node.keywords if k.arg != "objectName")]:
                report(node, _texts(arg))
        elif name in NAME_CALLS and len(node.args) > NAME_CALLS[name]:
            arg = node.args[NAME_CALLS[name]]
            if isinstance(arg, (ast.Constant, ast.JoinedStr)):  # not QT_TRANSLATE_NOOP(...)
                report(node, _texts(arg) or ["?"])
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_literal_text_is_shown_untranslated(path: Path) -> None:
    problems = untranslated(path.read_text(encoding="utf-8"))
    assert not problems, f"{path.relative_to(ROOT)} shows text without translate():\n" + "\n".join(
        problems
    )


def test_strings_lupdate_skips_are_collected_too(tmp_path: Path) -> None:
    code = tmp_path / "m.py"
    code.write_text(
        "x = f\"{translate('Ctx', 'In an f-string')}\"\n"
        'y = translate("Ctx", "%n items", None, len(items))\n'
        'z = QT_TRANSLATE_NOOP("Ctx", "In a table")\n'
    )
    found = i18n_update.code_messages([code])
    assert found == {
        ("Ctx", "In an f-string", ""),
        ("Ctx", "%n items", ""),
        ("Ctx", "In a table", ""),
    }


def test_the_scanner_finds_what_it_must() -> None:
    bad = 'label.setText("Save entry")\nQPushButton(f"Open {x}")\nnamed(w, "Quick exit")\n'
    assert len(untranslated(bad)) == 3
    good = (
        'label.setText(translate("Editor", "Save entry"))\n'
        'named(w, QT_TRANSLATE_NOOP("Names", "Quick exit"))\n'
        'label.setText("12 %")\nlabel.setText("Reality Check")\n'
    )
    assert untranslated(good) == []


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


TS_FILES = sorted((ROOT / "i18n").glob("*/*.ts"))


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_message_is_translated_with_its_placeholders(ts: Path) -> None:
    problems = []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        where = f"{context}: {source[:60]!r}"
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(forms):
            problems.append(f"not translated: {where}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted and not (
                message.get("numerus") == "yes" and "%n" not in form and len(forms) > 1
            ):
                problems.append(f"placeholders differ: {where} → {form[:60]!r}")
    assert not problems, f"{ts.relative_to(ROOT)}:\n" + "\n".join(problems[:40])


def test_the_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    missing = []
    for lang in LANGS:
        for area, files in i18n_update.sources().items():
            fresh = tmp_path / f"{lang}-{area}.ts"
            command = i18n_update.lupdate_command(files, fresh, lang)
            subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
            have = {
                (c, m.findtext("source") or "", m.findtext("comment") or "")
                for c, m in _messages(ROOT / "i18n" / lang / f"{area}.ts")
            }
            wanted = i18n_update.code_messages(files)  # what lupdate's parser skips, too
            for context, message in _messages(fresh):
                wanted.add(
                    (context, message.findtext("source") or "", message.findtext("comment") or "")
                )
            for key in sorted(wanted - have):
                missing.append(f"{lang}/{area}.ts lacks {key[0]}: {key[1]!r}")
    assert not missing, "run `make i18n-update`, then translate:\n" + "\n".join(missing[:40])


def test_the_built_catalogs_answer_with_the_ts_translations(qapp: object) -> None:
    from journal.drawing.catalogs import catalog
    from journal.i18n import Language

    for lang in LANGS:
        built = catalog(Language(lang))
        for ts in sorted((ROOT / "i18n" / lang).glob("*.ts")):
            for context, message in _messages(ts):
                if message.get("numerus") == "yes":
                    continue
                source = message.findtext("source") or ""
                wanted = message.findtext("translation") or ""
                got = built.lookup(context, source, message.findtext("comment"), -1)
                assert got == wanted, f"stale .qm ({ts.name}): run `make translations`"
