"""Build the standalone Catalyse for this platform: `python tools/bundle.py [--out DIR]`.

A standalone application carries its own Python and Qt: a facilitator downloads it and
double-clicks, with no Python to install. The build runs in a virtual environment of its own
(Python 3.12 or newer when one is found: the PySide6 refcount guard is then not needed), into
which this checkout is installed with its runtime dependencies only, plus PyInstaller
(packaging/requirements-bundle.txt). Then PyInstaller runs packaging/catalyse.spec.

Output, in `dist/` by default:
- Linux: `dist/catalyse/` (the `catalyse` program, the desktop entry, the icon, the MIME type
  and an `install-desktop-entry.sh`), and `dist/catalyse-VERSION-linux-x86_64.tar.gz`;
- Windows: `dist/catalyse/catalyse.exe` (+ `catalyse-cli.exe`), the installer is made by
  Inno Setup in CI (.github/workflows/release.yml);
- macOS: `dist/Catalyse.app`, the .dmg is made with hdiutil in CI.
A small generated module, `catalyse_build` (version and build id, shown in Help > À propos),
goes into the bundle only. The size budget (SIZE_BUDGET_MB) is checked at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SIZE_BUDGET_MB = 200  # the unpacked bundle folder on Linux (measured: see the README)
MIN_PYTHON = (3, 12)


def log(message: str) -> None:
    print(f"bundle: {message}", file=sys.stderr, flush=True)


def project_version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


def find_python(requested: str | None) -> str:
    """The interpreter to build with: --python, else this one if recent enough, else the
    pyenv 3.12 (else 3.13), else this one (with a warning: the bundle then carries the guard)."""
    if requested:
        return requested
    if sys.version_info >= MIN_PYTHON:
        return sys.executable
    candidates: list[str] = []
    pyenv_root = os.environ.get("PYENV_ROOT") or str(Path.home() / ".pyenv")
    for minor in ("3.12", "3.13"):
        candidates += sorted(glob.glob(f"{pyenv_root}/versions/{minor}.*/bin/python3"))[::-1]
        found = shutil.which(f"python{minor}")
        if found:
            candidates.append(found)
    for candidate in candidates:
        if Path(candidate).is_file():
            return candidate
    log(f"no Python >= 3.12 found: building with {sys.version.split()[0]}")
    return sys.executable


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def prepare_venv(venv: Path, python: str) -> Path:
    """A build venv with this checkout (runtime dependencies only) and PyInstaller."""
    if not venv_python(venv).exists():
        log(f"creating the build environment {venv} with {python}")
        subprocess.run([python, "-m", "venv", str(venv)], check=True)
    py = venv_python(venv)
    pip = [str(py), "-m", "pip", "--disable-pip-version-check", "-q", "install"]
    subprocess.run([*pip, "-r", str(PACKAGING / "requirements-bundle.txt")], check=True)
    # This checkout, freshly (not editable: the bundle takes what the wheel would hold).
    subprocess.run([*pip, str(ROOT)], check=True)
    subprocess.run([*pip, "--force-reinstall", "--no-deps", str(ROOT)], check=True)
    return py


def git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return out + ("+" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform)
    return f"{system or sys.platform}-{platform.machine().lower() or 'unknown'}"


def write_build_module(folder: Path, py: Path) -> dict[str, str]:
    """The generated `catalyse_build` module: what Help > À propos shows of the build."""
    python_version = subprocess.run(
        [str(py), "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    tool_version = (
        subprocess.run(
            [str(py), "-c", "import PyInstaller; print(PyInstaller.__version__)"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        or "?"
    )
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    info = {
        "VERSION": project_version(),
        "BUILD": (
            f"{when}, commit {git_commit()}, {platform_tag()}, Python {python_version}, "
            f"PyInstaller {tool_version}"
        ),
    }
    folder.mkdir(parents=True, exist_ok=True)
    lines = ['"""Generated by tools/bundle.py: the build of this standalone Catalyse."""', ""]
    lines += [f"{key} = {value!r}" for key, value in info.items()]
    (folder / "catalyse_build.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return info


RENDER_ICON = """
import sys
from PySide6.QtGui import QGuiApplication, QIcon
app = QGuiApplication(["-platform", "offscreen"])
image = QIcon(sys.argv[1]).pixmap(256, 256).toImage()
sys.exit(0 if image.save(sys.argv[2]) else 1)
"""


def render_program_icon(py: Path, work: Path) -> None:
    """Windows and macOS want the program's icon as .ico / .icns: drawn from the SVG by Qt."""
    name = {"win32": "catalyse.ico", "darwin": "catalyse.icns"}.get(sys.platform)
    if name is None:
        return
    svg = ROOT / "assets" / "icons" / "catalyse.svg"
    done = subprocess.run([str(py), "-c", RENDER_ICON, str(svg), str(work / name)], check=False)
    if done.returncode != 0:
        log(f"could not draw {name}: the program keeps PyInstaller's icon")


def run_pyinstaller(py: Path, work: Path, dist: Path, generated: Path) -> None:
    env = dict(os.environ, CATALYSE_BUNDLE_GENERATED=str(generated))
    env["CATALYSE_BUNDLE_VERSION"] = project_version()
    icons = {"CATALYSE_BUNDLE_ICO": "catalyse.ico", "CATALYSE_BUNDLE_ICNS": "catalyse.icns"}
    for key, name in icons.items():
        if (work / name).exists():
            env[key] = str(work / name)
    command = [
        str(py),
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--workpath",
        str(work / "pyinstaller"),
        "--distpath",
        str(dist),
        str(PACKAGING / "catalyse.spec"),
    ]
    if sys.platform != "win32" and shutil.which("nice"):
        command = ["nice", "-n", "19", *command]
    log("running PyInstaller (a few minutes)")
    subprocess.run(command, check=True, env=env)


def add_linux_desktop_files(app: Path) -> None:
    """The desktop entry, the icon, the MIME type of .catalyse files, and a script that
    installs them for the current user (menus, file manager)."""
    shutil.copy2(PACKAGING / "catalyse.desktop", app / "catalyse.desktop")
    shutil.copy2(PACKAGING / "catalyse-mime.xml", app / "catalyse-mime.xml")
    shutil.copy2(PACKAGING / "org.catalyse.Catalyse.metainfo.xml", app)
    shutil.copy2(ROOT / "assets" / "icons" / "catalyse.svg", app / "catalyse.svg")
    script = app / "install-desktop-entry.sh"
    shutil.copy2(PACKAGING / "install-desktop-entry.sh", script)
    script.chmod(0o755)


def folder_size_mb(folder: Path) -> float:
    total = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    return round(total / 1e6, 1)


def make_tarball(app: Path, dist: Path) -> Path:
    archive = dist / f"catalyse-{project_version()}-{platform_tag()}.tar.gz"
    log(f"writing {archive.name}")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(app, arcname=f"catalyse-{project_version()}")
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle")
    parser.add_argument("--python", help="the interpreter of the build venv (default: >= 3.12)")
    parser.add_argument("--venv", type=Path, help="the build venv (default: WORK/venv)")
    parser.add_argument("--no-archive", action="store_true", help="no tar.gz (Linux)")
    options = parser.parse_args(argv)
    work: Path = options.work.resolve()
    dist: Path = options.out.resolve()
    work.mkdir(parents=True, exist_ok=True)
    py = prepare_venv((options.venv or work / "venv").resolve(), find_python(options.python))
    generated = work / "generated"
    info = write_build_module(generated, py)
    render_program_icon(py, work)
    run_pyinstaller(py, work, dist, generated)
    app = dist / "catalyse"
    if not (app / ("catalyse.exe" if sys.platform == "win32" else "catalyse")).exists():
        log(f"no program in {app}")
        return 1
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(app)
    size = folder_size_mb(app)
    archive = None
    if sys.platform.startswith("linux") and not options.no_archive:
        archive = make_tarball(app, dist)
    print(
        json.dumps(
            {
                "bundle": str(app),
                "archive": str(archive) if archive else None,
                "bundle_size_mb": size,
                "budget_mb": SIZE_BUDGET_MB,
                "build": info["BUILD"],
            }
        )
    )
    if size > SIZE_BUDGET_MB:
        log(f"the bundle is {size} MB, over its budget of {SIZE_BUDGET_MB} MB")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
