"""Update the English translation: `python -m tools.update_translations` (lupdate, then lrelease).

Source strings are French (self.tr("…")); lupdate collects them from ui/**/*.py into
assets/translations/catalyse_en.ts, keeping the translations already written there, and
lrelease compiles that file into catalyse_en.qm, which ui.i18n.install_translator loads.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TypeGuard

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "assets" / "translations"
LANGUAGES = ("en",)


def qt_tool(name: str) -> Path:
    """A Qt Linguist tool shipped with the installed PySide6 (lupdate, lrelease)."""
    package = Path(PySide6.__file__).resolve().parent
    for candidate in (package / name, package / f"{name}.exe", package / "Qt" / "libexec" / name):
        if candidate.is_file():
            return candidate
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper:
        return Path(wrapper)
    raise SystemExit(f"translations: error: {name} not found in PySide6 ({package})")


def sources() -> list[Path]:
    """Every Python file of the UI, in a stable order."""
    return sorted(path for path in (ROOT / "ui").rglob("*.py") if "__pycache__" not in path.parts)


TR_PARAMS = ["text", "comment", "n"]  # self.tr(text, disambiguation, n)


def _helpers(tree: ast.Module) -> dict[str, tuple[str, list[str]]]:
    """Module-level `def _tr(text, …): return QCoreApplication.translate("Context", text, …)`:
    name -> (context, the helper's parameters in the order translate takes them)."""
    found = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and len(node.body) == 1):
            continue
        statement = node.body[0]
        call = statement.value if isinstance(statement, ast.Return) else None
        if not (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and call.args
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
        ):
            continue
        params = [a.id for a in call.args[1:] if isinstance(a, ast.Name)]
        if len(params) == len(call.args) - 1:
            found[node.name] = (call.args[0].value, params)
    return found


def _message(context: str, call: ast.Call, params: list[str]) -> str | None:
    """`call` (whose arguments are named `params`) as a literal QCoreApplication.translate line."""
    values = dict(zip(params, call.args, strict=False))
    values.update({k.arg: k.value for k in call.keywords if k.arg})
    text = values.get(params[0])
    if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
        return None
    args = [repr(context), repr(text.value)]
    comment = values.get(params[1]) if len(params) > 1 else None
    if len(params) > 2 and params[2] in values:
        args += [repr(getattr(comment, "value", None) or ""), "n"]
    elif isinstance(comment, ast.Constant) and comment.value:
        args.append(repr(comment.value))
    return f"QCoreApplication.translate({', '.join(args)})"


def _is_tr(node: ast.AST) -> TypeGuard[ast.Call]:
    return isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "tr"


def hidden_messages(paths: list[Path]) -> list[str]:
    """What lupdate cannot see, as `QCoreApplication.translate(...)` lines:
    - calls of a module's own `_tr` helper (the context lives in the helper);
    - self.tr() inside f-strings;
    - plural self.tr(text, disambiguation, n) in a base class's methods, once per subclass:
      PySide6 looks a plural up in the context of the object's own class only (a plain tr()
      also tries the base classes, a plural does not)."""
    lines: list[str] = []
    classes: dict[str, ast.ClassDef] = {}

    def visit(
        node: ast.AST, helpers: dict[str, tuple[str, list[str]]], cls: str | None, in_fstring: bool
    ) -> None:
        if isinstance(node, ast.Call):
            func = node.func
            line = None
            if isinstance(func, ast.Name) and func.id in helpers:
                line = _message(helpers[func.id][0], node, helpers[func.id][1])
            elif in_fstring and _is_tr(node) and cls:
                line = _message(cls, node, TR_PARAMS)
            if line:
                lines.append(line)
        if isinstance(node, ast.ClassDef):
            classes[node.name] = node
        for child in ast.iter_child_nodes(node):
            visit(
                child,
                helpers,
                node.name if isinstance(node, ast.ClassDef) else cls,
                in_fstring or isinstance(node, ast.JoinedStr),
            )

    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        visit(tree, _helpers(tree), None, False)

    def ancestors(node: ast.ClassDef, seen: set[str]) -> list[ast.ClassDef]:
        found = []
        for base in node.bases:
            name = ast.unparse(base).rsplit(".", 1)[-1]
            if name in classes and name not in seen:
                seen.add(name)
                found += [classes[name], *ancestors(classes[name], seen)]
        return found

    for name, node in classes.items():
        for base in ancestors(node, {name}):
            for call in ast.walk(base):
                if (
                    _is_tr(call)
                    and isinstance(call.func, ast.Attribute)
                    and ast.unparse(call.func.value) == "self"
                    and len(call.args) + len(call.keywords) > 2
                ):
                    line = _message(name, call, TR_PARAMS)
                    if line:
                        lines.append(line)
    return lines


def lupdate(lang: str, ts: Path) -> None:
    """Collect the source strings into `ts` (keeping its translations)."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    hidden = hidden_messages(sources())
    with tempfile.TemporaryDirectory() as tmp:
        stub = Path(tmp) / "hidden_messages.py"
        stub.write_text("\n".join(hidden) + "\n", encoding="utf-8")
        subprocess.run(
            [
                str(qt_tool("lupdate")),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "fr",
                "-target-language",
                lang,
                *files,
                str(stub),
                "-ts",
                str(ts),
            ],
            check=True,
            cwd=ROOT,
        )


def update(languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Refresh the .ts files from the sources and compile them; returns the .qm files."""
    lrelease = qt_tool("lrelease")
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    compiled = []
    for lang in languages:
        ts = TRANSLATIONS / f"catalyse_{lang}.ts"
        qm = ts.with_suffix(".qm")
        lupdate(lang, ts)
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)
        compiled.append(qm)
    return compiled


def main() -> int:
    for qm in update():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
