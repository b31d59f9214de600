"""Stakeholders: importing 20,000 registration rows, and search-as-you-type over a big registry."""

from __future__ import annotations

import csv
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.figures import figure
from workshop import demo
from workshop.importing import guess_mapping, import_rows, read_table
from workshop.storage.store import Store

IMPORT_ROWS = 20_000
SEARCH_ORGANISATIONS = 50_000
SEARCH_PEOPLE = 100_000
TYPED_WORDS = ("boulangerie", "association", "dupont", "montlouvier", "societe", "camille")

FIRST_NAMES = [
    "Camille",
    "Karim",
    "Sophie",
    "Jean",
    "Léa",
    "Élise",
    "Thomas",
    "Inès",
    "Paul",
    "Anne",
    "Marc",
    "Lucie",
    "Noël",
    "Hélène",
    "Rémi",
    "Nadia",
    "Olivier",
    "Zoé",
    "Ana",
    "Bruno",
    "Alice",
    "Chloé",
    "Hugo",
    "Manon",
    "Louis",
    "Jade",
    "Gabriel",
    "Emma",
    "Arthur",
    "Sarah",
]
LAST_NAMES = [*demo.LAST_NAMES[:30], "Benali", "Nguyen", "Haddad", "Chevalier", "Bérard"]
ORG_PATTERNS = (
    "Association {w} de {t}",
    "Commune de {t}",
    "Boulangerie {n}",
    "{w} {t} SAS",
    "Société {n} et Fils",
    "Épicerie solidaire {w}",
    "Fondation {w}",
    "SCOP {w} du {t}",
    "Collectif {w}",
    "Les Amis de {t}",
)
WORDS = [
    "Horizon",
    "Solidaire",
    "Terres",
    "Vives",
    "Avenir",
    "Partage",
    "Lien",
    "Énergie",
    "Cœur",
    "Racines",
    "Éveil",
    "Passerelle",
    "Ressources",
    "Récolte",
    "Cocagne",
    "Escale",
    "Jardins",
    "Tisserands",
    "Atelier",
    "Boussole",
]
TOWNS = [
    "Montlouvier",
    "Saint-Aubin-sur-Lise",
    "Bourg-Lise",
    "Val-de-Lise",
    "Orléans",
    "Tours",
    "Blois",
    "Chartres",
    "Vierzon",
    "Gien",
    "Pithiviers",
    "Montargis",
    "Romorantin",
    "Vendôme",
    "Amboise",
]


def _organisation_name(rng: random.Random, index: int) -> str:
    pattern = rng.choice(ORG_PATTERNS)
    name = pattern.format(w=rng.choice(WORDS), t=rng.choice(TOWNS), n=rng.choice(LAST_NAMES))
    return f"{name} {index}"


def _helloasso_rows(count: int, rng: random.Random) -> Iterator[list[str]]:
    organisations = [_organisation_name(rng, i) for i in range(count // 10)]
    for i in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        yield [
            str(100_000 + i),
            f"{rng.randint(1, 28):02d}/03/2026 {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}",
            "Validé",
            last,
            first,
            last,
            first,
            f"{first}.{last}.{i}@exemple.fr".lower(),
            rng.choice(organisations),
            "Carte bancaire",
            "Atelier",
            "12,50",
            f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {i % 90 + 10}",
        ]


def write_helloasso_file(path: Path, count: int, seed: int = 3) -> None:
    """A HelloAsso-like export (semicolons, BOM) of `count` participants of count/10 orgs."""
    headers = [
        "Numéro de commande",
        "Date de la commande",
        "Statut de la commande",
        "Nom participant",
        "Prénom participant",
        "Nom payeur",
        "Prénom payeur",
        "Email payeur",
        "Raison sociale",
        "Moyen de paiement",
        "Billet",
        "Montant tarif",
        "Téléphone",
    ]
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(headers)
        writer.writerows(_helloasso_rows(count, random.Random(seed)))


def _time_import(folder: Path, source: Path, run: int) -> tuple[float, float]:
    """(seconds for a first import into a fresh database, seconds for importing it again)."""
    with Store.open(folder / f"import-{run}.sqlite") as store:
        start = time.perf_counter()
        table = read_table(source)
        report = import_rows(store, table, guess_mapping(table.headers))
        first = time.perf_counter() - start
        assert report.people.created == IMPORT_ROWS, report.lines()[:3]
        start = time.perf_counter()
        table = read_table(source)
        again = import_rows(store, table, guess_mapping(table.headers))
        second = time.perf_counter() - start
        assert not again.changed
    return first, second


def run_import() -> list[dict[str, object]]:
    """Seconds to read and import a 20,000-row HelloAsso export into a new database."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "participants.csv"
        write_helloasso_file(source, IMPORT_ROWS)
        timings = [_time_import(folder, source, run) for run in range(3)]
    return [
        figure("import_20k_s", round(statistics.median(t[0] for t in timings), 2), "s", 3),
        figure(
            "reimport_20k_unchanged_s", round(statistics.median(t[1] for t in timings), 2), "s", 3
        ),
    ]


def fill_registry(store: Store, organisations: int, people: int, seed: int = 5) -> None:
    """Add many organisations and people at once (one transaction, executemany)."""
    rng = random.Random(seed)
    with store.db.atomic():
        store.db.conn.executemany(
            "INSERT INTO organisations (name, territory, sector, notes) VALUES (?, ?, ?, ?)",
            (
                (_organisation_name(rng, i), rng.choice(TOWNS), rng.choice(WORDS), "")
                for i in range(organisations)
            ),
        )
        store.db.conn.executemany(
            "INSERT INTO people (first_name, last_name, email, organisation_id, notes)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                (
                    first,
                    last,
                    f"{first}.{last}.{i}@exemple.fr".lower(),
                    rng.randint(1, organisations),
                    "",
                )
                for i in range(people)
                for first, last in [(rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES))]
            ),
        )


def run_search() -> list[dict[str, object]]:
    """Median milliseconds per keystroke, typing words letter by letter, core queries only.

    Each keystroke runs the queries the registry screen runs (workshop.queries.registry's
    find_organisations and find_people) over 50,000 organisations and 100,000 people;
    benchmarks/search.py times the same through the screen (search_keystroke_ms).
    """
    from workshop.queries.registry import RegistryFilter, find_organisations, find_people

    with (
        tempfile.TemporaryDirectory() as name,
        Store.open(Path(name) / "search.sqlite") as store,
    ):
        fill_registry(store, SEARCH_ORGANISATIONS, SEARCH_PEOPLE)
        find_organisations(store, RegistryFilter(text="warm"))
        find_people(store, RegistryFilter(text="warm"))
        timings = []
        for word in TYPED_WORDS:
            for length in range(1, len(word) + 1):
                typed = RegistryFilter(text=word[:length])
                start = time.perf_counter()
                find_organisations(store, typed)
                find_people(store, typed)
                timings.append((time.perf_counter() - start) * 1000)
    return [
        figure("search_keystroke_core_ms", round(statistics.median(timings), 1), "ms", 50),
        figure("search_keystroke_core_worst_ms", round(max(timings), 1), "ms", 50),
    ]


def write_xlsx_bomb(path: Path) -> None:
    """A 5 KB .xlsx whose one sheet numbers its last row 1,048,576 (read naively: 1.4 GB)."""
    import zipfile

    from openpyxl import Workbook

    base = path.with_suffix(".base.xlsx")
    book = Workbook()
    book.active["A1"] = "Nom"  # type: ignore[index]
    book.save(base)
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                row = b'<row r="1048576"><c r="A1048576"><v>1</v></c></row>'
                data = data.replace(b"</sheetData>", row + b"</sheetData>")
            out.writestr(info, data)
    base.unlink()


def run_xlsx_bomb() -> list[dict[str, object]]:
    """Seconds and peak Python memory to refuse a decompression-bomb .xlsx."""
    import tracemalloc

    from workshop.importing import UnreadableFile

    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "bombe.xlsx"
        write_xlsx_bomb(path)
        tracemalloc.start()
        start = time.perf_counter()
        try:
            read_table(path)
        except UnreadableFile:
            pass
        else:
            raise AssertionError("the bomb was read")
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return [
        figure("import_xlsx_bomb_refused_s", round(elapsed, 2), "s", 2),
        figure("import_xlsx_bomb_peak_mb", round(peak, 1), "MB", 100),
    ]


def run() -> list[dict[str, object]]:
    return run_import() + run_search() + run_xlsx_bomb()


if __name__ == "__main__":
    import json

    for figure in run():
        print(json.dumps(figure, ensure_ascii=False))
