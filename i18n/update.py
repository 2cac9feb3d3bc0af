"""`make i18n-update`: collect the translatable strings of the code into `i18n/<lang>/*.ts`.

Each area of the code has its own `.ts` file (so translators, and parallel work, do not collide);
`pyside6-lupdate` collects the strings; `merge` keeps every existing translation and marks new
strings unfinished.
`make translations` then builds one `.qm` per language from all its `.ts` files with
`pyside6-lrelease`. Run with the project's virtual environment:
`.venv/bin/python i18n/update.py [AREA ...]`.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("es",)
# Area name → the files and folders whose strings it holds; first match wins, "core" takes the rest.
AREAS: dict[str, tuple[str, ...]] = {
    "windows": (
        "journal/app.py",
        "journal/self_check.py",
        "journal/ui/main_window.py",
        "journal/ui/window_menus.py",
        "journal/ui/window_commands.py",
        "journal/ui/window_pages.py",
        "journal/ui/window_protection.py",
        "journal/ui/window_unlocking.py",
        "journal/ui/setup",
        "journal/ui/safety",
        "journal/ui/common",
        "journal/ui/settings",
        "journal/ui/backup",
    ),
    "journal": (
        "journal/ui/journal",
        "journal/ui/editor",
        "journal/ui/attachments",
        "journal/fields.py",
        "journal/model.py",
    ),
    "help": (
        "journal/ui/help",
        "journal/plans.py",
        "journal/plan_seeds.py",
        "journal/plans_print.py",
        "journal/resources.py",
        "journal/red_flags.py",
        "journal/taxonomy.py",
        "journal/guidance.py",
    ),
    "report": (
        "journal/ui/export",
        "journal/ui/insights",
        "journal/insights",
        "journal/drawing",
        "journal/export",
        "journal/severity.py",
    ),
    "core": ("journal",),
}


def area_of(path: Path) -> str:
    """Return the area a source file's strings belong to."""
    relative = path.relative_to(ROOT).as_posix()
    for area, prefixes in AREAS.items():
        if any(relative == p or relative.startswith(p.rstrip("/") + "/") for p in prefixes):
            return area
    raise ValueError(f"{relative} is in no area")


def sources() -> dict[str, list[Path]]:
    """Return each area's Python files."""
    found: dict[str, list[Path]] = {area: [] for area in AREAS}
    for path in sorted((ROOT / "journal").rglob("*.py")):
        if "__pycache__" not in path.parts:
            found[area_of(path)].append(path)
    return found


def lupdate() -> Path:
    """Return the pyside6-lupdate beside this Python."""
    return Path(sys.executable).parent / "pyside6-lupdate"


def lupdate_command(files: list[Path], ts: Path, lang: str) -> list[str]:
    """Return the pyside6-lupdate command that merges `files`' strings into `ts`."""
    return [
        str(lupdate()),
        *("-locations", "none", "-no-obsolete", "-silent"),
        *("-source-language", "en", "-target-language", lang),
        *map(str, files),
        *("-ts", str(ts)),
    ]


Message = tuple[str, str, str]  # context, source, disambiguation ("" when none)


def _key(context: str, message: ET.Element) -> Message:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def code_messages(files: list[Path]) -> set[Message]:
    """Return every message the code marks, read with `ast` (what lupdate may miss).

    lupdate's Python parser skips `translate()` inside f-strings and calls whose count is an
    expression such as `len(items)`; this reads every `translate("Ctx", "text", ...)` and
    `QT_TRANSLATE_NOOP("Ctx", "text")` whose context and text are literals.
    """
    found: set[Message] = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in ("translate", "QT_TRANSLATE_NOOP"):
                continue
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if context is None or text is None:
                continue
            disambiguation = _literal(node.args[2]) if len(node.args) > 2 else None
            found.add((context, text, disambiguation or ""))
    return found


def _add_missing(tree: ET.ElementTree, wanted: set[Message]) -> None:
    """Add to lupdate's output the messages it skipped."""
    root = tree.getroot()
    have = {_key(c, m) for c, m in _messages(root)}
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    for context, text, disambiguation in sorted(wanted - have):
        element = contexts.get(context)
        if element is None:
            element = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = context
            contexts[context] = element
        message = ET.SubElement(element, "message")
        ET.SubElement(message, "source").text = text
        if disambiguation:
            ET.SubElement(message, "comment").text = disambiguation
        ET.SubElement(message, "translation", {"type": "unfinished"})


def merge(fresh: Path, ts: Path, wanted: set[Message] | None = None) -> None:
    """Write `ts` with the messages of `fresh` (lupdate's output) and the translations of `ts`.

    lupdate's Python parser marks a message as a plural one only when its count is a literal
    number, and drops the plural forms of any other on its next run; here every message whose
    source holds `%n` is a plural one, and its forms are kept.
    """
    old: dict[tuple[str, str, str], ET.Element] = {}
    if ts.exists():
        old = {_key(c, m): m for c, m in _messages(ET.parse(ts).getroot())}
    tree = ET.parse(fresh)
    if wanted:
        _add_missing(tree, wanted)
    for context, message in _messages(tree.getroot()):
        plural = "%n" in (message.findtext("source") or "")
        if plural:
            message.set("numerus", "yes")
        previous = old.get(_key(context, message))
        translation = message.find("translation")
        assert translation is not None
        if previous is not None and (previous.get("numerus") == "yes") == plural:
            message.remove(translation)
            message.append(previous.find("translation"))  # type: ignore[arg-type]
        elif plural:
            translation.clear()
            translation.set("type", "unfinished")
            for _ in range(2):
                ET.SubElement(translation, "numerusform")
    ET.indent(tree, space="    ")
    with ts.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(tree.getroot(), encoding="unicode"))
        out.write("\n")


def main(argv: list[str]) -> int:
    """Refresh the .ts files of the areas named in `argv` (all when none) of every language."""
    chosen = set(argv) or set(AREAS)
    for lang in LANGUAGES:
        for area, files in sources().items():
            if area not in chosen:
                continue
            ts = ROOT / "i18n" / lang / f"{area}.ts"
            ts.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / ts.name
                subprocess.run(lupdate_command(files, fresh, lang), check=True, cwd=ROOT)
                merge(fresh, ts, code_messages(files))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
