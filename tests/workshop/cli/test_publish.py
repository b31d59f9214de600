"""`catalyse publish` and `catalyse publish --merge`: the open data written beside its Datasette
metadata, served by Datasette; a file it refuses is left byte for byte and nothing is written."""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.exporting.publish import read_publication


def _publish(db: Path, out: Path, *more: str) -> int:
    return main(["publish", "-o", str(out), "--db", str(db), *more])


@pytest.fixture
def published(db_path: Path, tmp_path: Path) -> Path:
    """The demo database published as val-de-lise.db."""
    assert main(["demo", "--db", str(db_path)]) == 0
    out = tmp_path / "val-de-lise.db"
    assert _publish(db_path, out, "--name", "Catalyseur du Val de Lise") == 0
    return out


def test_publish_writes_the_file_and_its_metadata_and_says_how_to_serve_them(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command says what it wrote and the datasette line that serves it; publishing again
    replaces the earlier publication."""
    assert main(["demo", "--db", str(db_path)]) == 0
    out = tmp_path / "val-de-lise.db"
    capsys.readouterr()
    assert _publish(db_path, out) == 0
    said = capsys.readouterr().out
    assert "alliances" in said and str(out) in said
    assert f"datasette {out} -m {tmp_path / 'val-de-lise.metadata.json'}" in said
    metadata = json.loads((tmp_path / "val-de-lise.metadata.json").read_text(encoding="utf-8"))
    assert metadata["title"].startswith("Communauté de communes du Val de Lise")
    assert _publish(db_path, out, "--name", "Autre nom") == 0
    again = json.loads((tmp_path / "val-de-lise.metadata.json").read_text(encoding="utf-8"))
    assert again["title"].startswith("Autre nom")


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("catalyse: error: ") and err.count("\n") == 1
    return err


def test_merge_writes_the_network_named_by_name(
    db_path: Path, published: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two publications of the same organisations merge into a network that lists each once,
    as found in both, with both publications' alliances; --name titles the network."""
    other = tmp_path / "voisin.db"
    assert _publish(db_path, other, "--name", "Catalyseur voisin") == 0
    network = tmp_path / "network.db"
    capsys.readouterr()
    argv = ["publish", "--merge", str(published), str(other), "-o", str(network)]
    assert main([*argv, "--name", "Réseau du Centre"]) == 0
    said = capsys.readouterr().out
    organisations = len(read_publication(published).organisations)
    alliances = len(read_publication(published).alliances)
    assert said.startswith(
        f"merged 2 publications: {organisations} organisations ({organisations} found in "
        f"several), {2 * alliances} alliances"
    )
    metadata = json.loads((tmp_path / "network.metadata.json").read_text(encoding="utf-8"))
    assert metadata["title"] == "Réseau du Centre : acteurs et alliances"


def test_merge_refuses_what_is_not_a_publication_and_touches_nothing(
    db_path: Path, published: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Catalyse database, a text file or a publication of another version given to --merge is
    refused in one line; every file is left byte for byte and no network file appears."""
    text = tmp_path / "notes.db"
    text.write_text("pas une publication", encoding="utf-8")
    other_version = tmp_path / "old.db"
    shutil.copyfile(published, other_version)
    raw = bytearray(other_version.read_bytes())
    raw[60:64] = (7).to_bytes(4, "big")  # user_version: a publication of another version
    other_version.write_bytes(bytes(raw))
    network = tmp_path / "network.db"
    cases = [
        (db_path, "not a Catalyse publication"),
        (text, "not a Catalyse publication"),
        (other_version, "another version"),
    ]
    for bad, why in cases:
        before = {p: p.read_bytes() for p in (published, bad)}
        err = _refused(["publish", "--merge", str(published), str(bad), "-o", str(network)], capsys)
        assert why in err
        assert {p: p.read_bytes() for p in before} == before
        assert not network.exists() and not (tmp_path / "network.metadata.json").exists()


def test_an_output_that_is_not_a_publication_or_is_an_input_is_never_overwritten(
    db_path: Path, published: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The database itself, an input of the merge, a file that is not a publication and a
    foreign metadata file are refused as outputs, each left as it was."""
    other = tmp_path / "b.db"
    shutil.copyfile(published, other)
    foreign = tmp_path / "rapport.db"
    foreign.write_bytes(b"des octets a garder")
    (tmp_path / "site.metadata.json").write_text('{"title": "mon site"}', encoding="utf-8")
    cases = [
        (["publish", "--merge", str(published), str(other), "-o", str(other)], "merged"),
        (["publish", "--merge", str(published), str(other), "-o", str(foreign)], "never"),
        (["publish", "-o", str(foreign), "--db", str(db_path)], "never"),
        (["publish", "-o", str(tmp_path / "site.db"), "--db", str(db_path)], "metadata"),
        (["publish", "-o", str(tmp_path / "x.sqlite"), "--db", str(db_path)], "must end in .db"),
    ]
    files = [db_path, published, other, foreign, tmp_path / "site.metadata.json"]
    assert db_path.exists()
    before = {p: p.read_bytes() for p in files}
    for argv, why in cases:
        err = _refused(argv, capsys)
        assert why is None or why in err, err
    assert {p: p.read_bytes() for p in files} == before
    assert not (tmp_path / "site.db").exists() and not (tmp_path / "x.sqlite").exists()


def test_the_database_cannot_be_its_own_publication(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A database file named like a publication (.db) is refused as the output of its own
    publication, and left as it was."""
    database = tmp_path / "catalyse.db"
    assert main(["demo", "--db", str(database)]) == 0
    before = database.read_bytes()
    argv = ["publish", "-o", str(database), "--db", str(database)]
    assert "database itself" in _refused(argv, capsys)
    assert database.read_bytes() == before


def _serve(folder: Path, name: str) -> tuple[subprocess.Popen[str], str]:
    """Datasette serving a publication on a free loopback port, once it says it listens."""
    command = [sys.executable, "-m", "datasette", "serve", f"{name}.db"]
    options = ["-m", f"{name}.metadata.json", "-h", "127.0.0.1", "-p", "0"]
    process = subprocess.Popen(
        [*command, *options],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in process.stdout or ()], daemon=True
    ).start()
    seen: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=deadline - time.monotonic())
        except queue.Empty:
            break
        seen.append(line)
        if "Uvicorn running on http://127.0.0.1:" in line:
            port = line.split("127.0.0.1:")[1].split()[0]
            return process, f"http://127.0.0.1:{port}"
    process.kill()
    process.wait()
    raise AssertionError("datasette did not start: " + "".join(seen))


def _get(url: str) -> object:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read().decode("utf-8"))


def test_datasette_serves_the_published_demo(published: Path) -> None:
    """`datasette FILE.db -m FILE.metadata.json` answers its JSON API: the organisations, each
    in its commune with a point for the map, found by a search without accents, the map plugin
    and the publication's title."""
    pytest.importorskip("datasette")
    process, base = _serve(published.parent, "val-de-lise")
    try:
        rows = _get(f"{base}/val-de-lise/organisations.json?_shape=array&_size=max")
        assert isinstance(rows, list) and len(rows) > 20
        assert {"name", "kind_label", "latitude", "longitude"} <= set(rows[0])
        assert all(r["latitude"] and r["longitude"] and r["commune_name"] for r in rows)  # type: ignore[index]
        found = _get(f"{base}/val-de-lise/organisations.json?_shape=array&_search=epicerie")
        assert [r["name"] for r in found] == ["Épicerie solidaire L'Escale"]  # type: ignore[index, union-attr]
        metadata = _get(f"{base}/-/metadata.json")
        assert metadata["title"] == "Catalyseur du Val de Lise : acteurs et alliances"  # type: ignore[index]
        plugins = _get(f"{base}/-/plugins.json")
        assert "datasette-cluster-map" in {p["name"] for p in plugins}  # type: ignore[union-attr, index]
    finally:
        process.kill()
        process.wait()
