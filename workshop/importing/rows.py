"""Applying a read table to the registry: match, update or create, in one transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import operator
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any

from workshop.domain.communes import (
    Commune,
    commune,
    communes_by_postcode,
    find_communes,
    match_commune,
    name_key,
)
from workshop.domain.places import located
from workshop.domain.records import Organisation, OrganisationId, Person, PersonId, WorkshopId
from workshop.domain.text import fold
from workshop.domain.validation import (
    TEXT_LIMITS,
    check_email,
    check_postcode,
    check_rna,
    check_siren,
    check_siret,
    clean_text,
    compact,
    normalise_email,
    normalise_name,
    normalise_phone,
    normalise_rna,
)
from workshop.domain.vocabulary import DataBasis, Lang, ResourceKind
from workshop.errors import NotFound
from workshop.importing.mapping import Field, Mapping, header_key
from workshop.importing.reading import RawTable
from workshop.importing.values import (
    guess_kind,
    is_cancelled,
    is_yes,
    kind_from_legal_category,
    looks_like_formula,
    parse_datetime,
    parse_offers,
    read_commune_code,
    read_postcode,
    split_full_name,
    street_address,
    without_formula_signs,
)
from workshop.ops import Applied, operation
from workshop.storage.bulk import insert_rows
from workshop.storage.rows import columns, to_row
from workshop.storage.store import Store

REASONS: dict[str, tuple[str, str]] = {
    "nobody": (
        "ni nom, ni e-mail, ni structure : rien à importer",
        "no name, no e-mail, no organisation: nothing to import",
    ),
    "no_name": (
        "personne sans prénom ni nom ({value}) : ajoutez son nom au fichier",
        "a person without first or last name ({value}): add their name to the file",
    ),
    "email": ("adresse e-mail invalide « {value} »", "invalid e-mail address “{value}”"),
    "siren": ("SIREN invalide « {value} »", "invalid SIREN “{value}”"),
    "siret": ("SIRET invalide « {value} »", "invalid SIRET “{value}”"),
    "rna": ("numéro RNA invalide « {value} »", "invalid RNA number “{value}”"),
    "cancelled": (
        "inscription annulée (« {value} »)",
        "registration cancelled (“{value}”)",
    ),
    "spreadsheet_number": (
        "{field} abîmé par le tableur « {value} » (colonne à mettre au format texte)",
        "{field} damaged by the spreadsheet “{value}” (format the column as text)",
    ),
    "formula": (
        "« {value} » dans la colonne « {column} » ressemble à une formule de tableur",
        "“{value}” in the column “{column}” looks like a spreadsheet formula",
    ),
    "unclosed_quote": (
        "guillemet non fermé dans la colonne « {column} » : il englobait les {n} lignes "
        "suivantes (lues à part) ; ligne non importée, fermez ou retirez ce guillemet",
        "unclosed quote in the column “{column}”: it took in the next {n} lines (read on "
        "their own); row not imported, close or remove that quote",
    ),
    "too_long": (
        "« {field} » trop long : {n} caractères, {limit} au plus",
        "“{field}” too long: {n} characters, at most {limit}",
    ),
    "no_organisation_name": (
        "identifiant de structure sans nom de structure",
        "an organisation identifier without the organisation's name",
    ),
}

# What the preview points out about a row that is imported all the same (never a wrong
# commune saved: the commune is left empty, the town typed kept as the territory).
NOTES: dict[str, tuple[str, str]] = {
    "commune_unknown": (
        "commune « {value} » non reconnue : gardée comme territoire, la commune est à choisir "
        "dans la fiche de la structure",
        "commune “{value}” not recognised: kept as the territory, pick the commune in the "
        "organisation's form",
    ),
    "commune_ambiguous": (
        "plusieurs communes s'appellent « {value} » : ajoutez le code postal au fichier ou "
        "choisissez la commune dans la fiche de la structure",
        "several communes are called “{value}”: add the postcode to the file or pick the "
        "commune in the organisation's form",
    ),
    "commune_not_at_postcode": (
        "aucune commune « {value} » au code postal {postcode} : gardée comme territoire, la "
        "commune est à choisir dans la fiche de la structure",
        "no commune “{value}” has the postcode {postcode}: kept as the territory, pick the "
        "commune in the organisation's form",
    ),
    "commune_code_other": (
        "le code commune {value} est celui de {name}, pas de « {town} » : commune non reprise",
        "the commune code {value} is {name}'s, not “{town}”'s: commune not imported",
    ),
    "commune_code_unknown": (
        "code commune (INSEE) « {value} » inconnu : non repris",
        "unknown commune code (INSEE) “{value}”: not imported",
    ),
    "postcode_format": (
        "code postal « {value} » invalide (5 chiffres) : non repris",
        "invalid postcode “{value}” (5 digits): not imported",
    ),
    "postcode_not_commune": (
        "le code postal {postcode} n'est pas celui de {name} : non repris",
        "the postcode {postcode} is not the one of {name}: not imported",
    ),
    "postcode_several": (
        "plusieurs communes ont le code postal {postcode} : la commune est à choisir dans la "
        "fiche de la structure",
        "several communes have the postcode {postcode}: pick the commune in the "
        "organisation's form",
    ),
    "postcode_unknown": (
        "aucune commune n'a le code postal {postcode} : la commune est à choisir dans la fiche "
        "de la structure",
        "no commune has the postcode {postcode}: pick the commune in the organisation's form",
    ),
}


def note(code: str, lang: Lang = "fr", **values: str) -> str:
    """The text of what the preview points out about an imported row, in French or English."""
    fr, en = NOTES[code]
    return (fr if lang == "fr" else en).format(**values)


def reason(code: str, lang: Lang = "fr", **values: str) -> str:
    """The text of a rejection reason, in French or English."""
    fr, en = REASONS[code]
    return (fr if lang == "fr" else en).format(**values)


class FormulaCells(StrEnum):
    """What an import does with the rows holding a cell that looks like a formula ("=…")."""

    SKIP_ROWS = "skip_rows"  # the row is left out, with the reason (the default)
    AS_TEXT = "as_text"  # the row is imported, the cell's leading signs removed

    def label(self, lang: Lang = "fr") -> str:
        fr, en = _FORMULA_CELLS_LABELS[self]
        return fr if lang == "fr" else en


_FORMULA_CELLS_LABELS: dict[FormulaCells, tuple[str, str]] = {
    FormulaCells.SKIP_ROWS: ("Ne pas importer ces lignes", "Do not import these rows"),
    FormulaCells.AS_TEXT: (
        "Les importer comme texte, sans le signe du début",
        "Import them as text, without the leading sign",
    ),
}

# The fields whose text is kept as the file gives it (a formula there would be printed).
_TEXT_FIELDS = (
    Field.ORGANISATION,
    Field.FIRST_NAME,
    Field.LAST_NAME,
    Field.FULL_NAME,
    Field.EMAIL,
    Field.PHONE,
    Field.TITLE,
    Field.NOTES,
    Field.SECTOR,
    Field.TERRITORY,
    Field.COMMUNE,
    Field.ADDRESS,
    Field.WEBSITE,
    Field.NEEDS,
    Field.ORGANISATION_NOTES,
)

# A register's street column and the columns (by header key) that go before it in the address.
_ADDRESS_PARTS: dict[str, tuple[str, str, str]] = {
    "libellevoieetablissement": (
        "numerovoieetablissement",
        "indicerepetitionetablissement",
        "typevoieetablissement",
    ),
    "adrs libvoie": ("adrs numvoie", "adrs repetition", "adrs typevoie"),
}


# The fields whose text keeps its line breaks.
_MULTILINE = frozenset({Field.NOTES, Field.NEEDS, Field.ORGANISATION_NOTES})

# Each record's text fields, with the import field named in a rejection.
_ORGANISATION_TEXTS = {
    "name": Field.ORGANISATION,
    "sector": Field.SECTOR,
    "territory": Field.TERRITORY,
    "address": Field.ADDRESS,
    "website": Field.WEBSITE,
    "needs": Field.NEEDS,
    "notes": Field.ORGANISATION_NOTES,
}
_PERSON_TEXTS = {
    "first_name": Field.FIRST_NAME,
    "last_name": Field.LAST_NAME,
    "title": Field.TITLE,
    "phone": Field.PHONE,
    "notes": Field.NOTES,
}


def _limits(fields: dict[str, Field]) -> list[tuple[str, Field, int]]:
    """Each of a record's text fields that has a length limit (TEXT_LIMITS), with the limit."""
    return [(name, f, TEXT_LIMITS[name]) for name, f in fields.items() if name in TEXT_LIMITS]


_ORGANISATION_LIMITS = _limits(_ORGANISATION_TEXTS)
_PERSON_LIMITS = _limits(_PERSON_TEXTS)


def _count(n: int, lang: Lang) -> str:
    """A count as it is written: "42 000" in French, "42,000" in English."""
    return f"{n:,}".replace(",", "\u202f") if lang == "fr" else f"{n:,}"


@dataclass
class Counts:
    """How many records an import created, updated, and found already as the file says."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


@dataclass(frozen=True)
class Rejection:
    """A row left out of an import: its spreadsheet row number and why."""

    row: int
    reason: str


@dataclass(frozen=True)
class RowNote:
    """A row imported with something to check (a commune not recognised): its spreadsheet row
    number and what to check."""

    row: int
    text: str


@dataclass(frozen=True)
class FlaggedCell:
    """A cell the import points out (a formula, an offer not understood): its row number,
    column header and text."""

    row: int
    column: str
    value: str


@dataclass
class ImportReport:
    """What an import did, record by record (a record met on several rows counts once)."""

    people: Counts = field(default_factory=Counts)
    organisations: Counts = field(default_factory=Counts)
    rejected: list[Rejection] = field(default_factory=list)
    formulas: list[FlaggedCell] = field(default_factory=list)  # left out or imported as text
    unread_offers: list[FlaggedCell] = field(default_factory=list)  # no kind of offer found
    notes: list[RowNote] = field(default_factory=list)  # imported rows to check (a commune)
    ignored_columns: list[str] = field(default_factory=list)  # columns with values, not imported
    formula_cells: FormulaCells = FormulaCells.SKIP_ROWS
    person_ids: list[PersonId] = field(default_factory=list)  # everyone the file names
    organisation_ids: list[OrganisationId] = field(default_factory=list)
    workshop_id: WorkshopId | None = None
    registered_ids: list[PersonId] = field(default_factory=list)  # newly registered
    dry_run: bool = False

    @property
    def registered(self) -> int:
        """How many people were newly registered for the workshop."""
        return len(self.registered_ids)

    @property
    def formulas_as_text(self) -> int:
        """How many rows were imported with a formula-looking cell turned into text."""
        if self.formula_cells is not FormulaCells.AS_TEXT:
            return 0
        return len({cell.row for cell in self.formulas})

    @property
    def changed(self) -> bool:
        return bool(
            self.people.created + self.people.updated + self.organisations.created
            or self.organisations.updated
            or self.registered
        )

    def lines(self, lang: Lang = "fr") -> list[str]:
        """The report as the command line prints it: counts, then one line per rejected row."""
        people, orgs = self.people, self.organisations
        if lang == "fr":
            lines = [
                f"personnes : {people.created} créées, {people.updated} mises à jour, "
                f"{people.unchanged} inchangées",
                f"structures : {orgs.created} créées, {orgs.updated} mises à jour, "
                f"{orgs.unchanged} inchangées",
                f"lignes rejetées : {len(self.rejected)}",
            ]
            if self.registered:
                lines.insert(2, f"inscriptions à l'atelier : {self.registered}")
            if self.formulas_as_text:
                lines.append(
                    f"lignes importées avec une formule changée en texte : {self.formulas_as_text}"
                )
            if self.ignored_columns:
                listed = ", ".join(f"« {c} »" for c in self.ignored_columns)
                lines.append(f"colonnes non importées : {listed}")
            lines += [f"ligne {r.row} : {r.reason}" for r in self.rejected]
            return lines + [f"ligne {n.row} (à vérifier) : {n.text}" for n in self.notes]
        lines = [
            f"people: {people.created} created, {people.updated} updated, "
            f"{people.unchanged} unchanged",
            f"organisations: {orgs.created} created, {orgs.updated} updated, "
            f"{orgs.unchanged} unchanged",
            f"rejected rows: {len(self.rejected)}",
        ]
        if self.registered:
            lines.insert(2, f"registered for the workshop: {self.registered}")
        if self.formulas_as_text:
            lines.append(f"rows imported with a formula turned into text: {self.formulas_as_text}")
        if self.ignored_columns:
            listed = ", ".join(f"“{c}”" for c in self.ignored_columns)
            lines.append(f"columns not imported: {listed}")
        lines += [f"row {r.row}: {r.reason}" for r in self.rejected]
        return lines + [f"row {n.row} (to check): {n.text}" for n in self.notes]


# 4,43098E+13: what Excel makes of a SIRET in a number column.
_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?E\+?\d+$", re.IGNORECASE)


# What an organisation's values are made of: every cell but the person's and the date.
_organisation_cells = operator.itemgetter(
    *(f for f in Field if not f.is_person and f is not Field.DATE)
)


@dataclass(frozen=True)
class _Read:
    """An organisation's cells as read: its values (None: no organisation) and notes, or why
    the row is refused."""

    values: dict[str, Any] | None
    notes: tuple[str, ...]
    rejection: str | None = None


class _Rejected(Exception):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


@dataclass
class _Slot:
    """One record as the import leaves it: its state before, now, and whether it is new."""

    before: Any
    now: Any
    new: bool


class _Registry:
    """The records of one kind, in memory for the time of an import, with their match keys."""

    def __init__(self, records: list[Any], next_id: int) -> None:
        self.slots: dict[int, _Slot] = {r.id: _Slot(r, r, False) for r in records}
        self.touched: dict[int, None] = {}
        self.next_id = next_id

    def create(self, record: Any) -> Any:
        """Hold a new record, made with `next_id` as its id (or given it here)."""
        if record.id != self.next_id:
            record = dataclasses.replace(record, id=self.next_id)
        self.next_id += 1
        self.slots[record.id] = _Slot(None, record, True)
        self.touched[record.id] = None
        return record

    def change(self, record_id: int, values: dict[str, Any]) -> Any:
        slot = self.slots[record_id]
        slot.now = dataclasses.replace(slot.now, **values) if values else slot.now
        self.touched[record_id] = None
        return slot.now

    def counts(self) -> Counts:
        counts = Counts()
        for record_id in self.touched:
            slot = self.slots[record_id]
            if slot.new:
                counts.created += 1
            elif slot.now != slot.before:
                counts.updated += 1
            else:
                counts.unchanged += 1
        return counts

    def created(self) -> list[Any]:
        return [self.slots[i].now for i in self.touched if self.slots[i].new]

    def updated(self) -> list[Any]:
        return [self.slots[i].now for i in self._updated_ids()]

    def _updated_ids(self) -> list[int]:
        return [
            i
            for i in self.touched
            if not self.slots[i].new and self.slots[i].now != self.slots[i].before
        ]


def _fill(current: Any, values: dict[str, Any]) -> dict[str, Any]:
    """The values that differ from the record's (an empty cell never erases what is known).

    Text differing only by case or accents ("SAINT-AUBIN" for "Saint-Aubin") is no change.
    """
    return {
        k: v for k, v in values.items() if v not in ("", None) and not _same(getattr(current, k), v)
    }


def _same(known: Any, new: Any) -> bool:
    if type(known) is str and type(new) is str:  # not enums
        return known == new or fold(known) == fold(new)
    return bool(known == new)


class _Importer:
    """Matches each row against the registry held in memory, then writes in batches."""

    def __init__(
        self,
        store: Store,
        table: RawTable,
        mapping: Mapping,
        lang: Lang,
        formula_cells: FormulaCells = FormulaCells.SKIP_ROWS,
    ) -> None:
        self.store, self.table, self.mapping, self.lang = store, table, mapping, lang
        self.formula_cells = formula_cells
        self.columns = dict(mapping.columns)
        db = store.db
        self.orgs = _Registry(store.organisations.all(), _next_id(db, "organisations"))
        self.people = _Registry(store.people.all(), _next_id(db, "people"))
        self.org_by_name: dict[str, int] = {}
        self.org_by_siren: dict[str, int] = {}
        for slot in self.orgs.slots.values():
            self._index_organisation(slot.now)
        self.person_by_email: dict[str, int] = {}
        self.person_by_name: dict[tuple[str, int | None], int] = {}
        for slot in self.people.slots.values():
            self._index_person(slot.now)
        self.today = dt.date.today()
        self.address_parts = self._address_parts()
        # Each mapped field's column, whether its text keeps its line breaks and whether it is
        # a text field (those first, in their order: the order formulas are reported in).
        self.reading = [
            (f, column, f in _MULTILINE, f in _TEXT_FIELDS)
            for f, column in sorted(self.columns.items(), key=lambda item: _text_rank(item[0]))
        ]
        self.has_person = mapping.has_person
        # The row being read (`read_row`): its cells as the file gives them and as imported,
        # and the fields whose cell looks like a formula.
        self.blank = dict.fromkeys(Field, "")
        self.raw: dict[Field, str] = {}
        self.cells = self.blank  # every field ("" when not mapped)
        self.row_formulas: list[Field] = []
        self.row_notes: list[str] = []  # what to check about the row being read
        # A file names the same place on many rows: each (postcode, town, commune code) cell
        # triple is looked up once, with what the preview notes about it.
        self.places: dict[tuple[str, str, str], tuple[tuple[str, ...], dict[str, Any]]] = {}
        # And names each organisation on each of its people's rows: the same organisation cells
        # give the same values, notes or rejection, worked out once.
        self.organisations_read: dict[tuple[str, ...], _Read] = {}

    def _address_parts(self) -> list[int | None]:
        """The columns of a register's address parts (number, repetition, street kind) when the
        address column is its street's; else none."""
        column = self.columns.get(Field.ADDRESS)
        headers = [header_key(h) for h in self.table.headers]
        if column is None or column >= len(headers) or headers[column] not in _ADDRESS_PARTS:
            return []
        parts = _ADDRESS_PARTS[headers[column]]
        return [headers.index(key) if key in headers else None for key in parts]

    def _index_organisation(self, org: Organisation) -> None:
        self.org_by_name.setdefault(_matching_name(org.name), org.id)
        siren = org.siren or org.siret[:9]
        if siren:
            self.org_by_siren.setdefault(siren, org.id)

    def _index_person(self, person: Person) -> None:
        if person.email:
            self.person_by_email.setdefault(person.email.casefold(), person.id)
        else:
            key = (_matching_name(person.full_name), person.organisation_id)
            self.person_by_name.setdefault(key, person.id)

    def read_row(self, index: int) -> None:
        """Read a row's cells, each mapped one once: as the file gives it (cleaned), and as
        imported (a formula-looking one in a text field without its signs)."""
        row = self.table.rows[index]
        width = len(row)
        raw: dict[Field, str] = {}
        formulas: list[Field] = []
        for f, column, multiline, is_text in self.reading:
            if column < width:
                raw[f], formula = _read_cell(row[column], multiline)
                if formula and is_text:
                    formulas.append(f)
        cells = self.blank | raw
        for f in formulas:
            cells[f] = without_formula_signs(raw[f])
        self.raw, self.cells, self.row_formulas = raw, cells, formulas

    def raw_cell(self, f: Field) -> str:
        """A cell of the row read, as the file gives it, without control or invisible
        characters ("" when the field is not mapped)."""
        return self.raw.get(f, "")

    def cell(self, f: Field) -> str:
        """A cell of the row read, as imported (a formula-looking one without its signs)."""
        return self.cells[f]

    def flagged(self, index: int, f: Field) -> FlaggedCell:
        """A cell of the row, to point out in the report."""
        column = self.columns[f]
        header = self.table.headers[column] if column < len(self.table.headers) else ""
        return FlaggedCell(self.table.row_number(index), header, self.raw_cell(f))

    def formulas(self, index: int) -> list[FlaggedCell]:
        """The row's cells that look like formulas, in the fields whose text is kept."""
        return [self.flagged(index, f) for f in self.row_formulas]

    def run(self, report: ImportReport) -> None:
        for index in range(len(self.table.rows)):
            if not "".join(self.table.rows[index]).strip():
                continue  # a blank row
            self.read_row(index)
            try:
                if index in self.table.unclosed_quotes:
                    raise _Rejected(self._unclosed_quote(index))
                status = self.cell(Field.STATUS)
                if is_cancelled(status):
                    raise _Rejected(reason("cancelled", self.lang, value=status))
                formulas = self.formulas(index)
                report.formulas.extend(formulas)
                if formulas and self.formula_cells is FormulaCells.SKIP_ROWS:
                    first = formulas[0]
                    raise _Rejected(
                        reason("formula", self.lang, value=first.value, column=first.column)
                    )
                self.row_notes = []
                org_values = self._organisation_values(index)
                person_values = self._person_values(index) if self.has_person else None
                if org_values is None and person_values is None:
                    raise _Rejected(reason("nobody", self.lang))
            except _Rejected as rejected:
                report.rejected.append(Rejection(self.table.row_number(index), rejected.text))
                continue
            if self.row_notes:
                number = self.table.row_number(index)
                report.notes.extend(RowNote(number, text) for text in self.row_notes)
            if org_values and self.cell(Field.OFFERS) and not org_values["offers"]:
                report.unread_offers.append(self.flagged(index, Field.OFFERS))
            org_id = self._apply_organisation(org_values) if org_values else None
            if org_id is not None:
                report.organisation_ids.append(OrganisationId(org_id))
            if person_values is not None:
                person_id = self._apply_person(person_values, org_id)
                report.person_ids.append(PersonId(person_id))
        report.ignored_columns = self.ignored_columns()
        report.organisation_ids = list(dict.fromkeys(report.organisation_ids))
        report.person_ids = list(dict.fromkeys(report.person_ids))

    def ignored_columns(self) -> list[str]:
        """The headers of the columns that hold values but that no field takes."""
        mapped = set(self.columns.values()) | {c for c in self.address_parts if c is not None}
        rows = self.table.rows
        return [
            header or f"#{column + 1}"
            for column, header in enumerate(self.table.headers)
            if column not in mapped
            and any(column < len(row) and row[column].strip() for row in rows)
        ]

    def _unclosed_quote(self, index: int) -> str:
        """Why a row that opened a quote and never closed it is left out."""
        row = self.table.rows[index]
        opened = [c for c, text in enumerate(row) if text.lstrip().startswith('"')]
        column = opened[-1] if opened else len(row) - 1
        header = self.table.headers[column] if 0 <= column < len(self.table.headers) else ""
        lines = self.table.unclosed_quotes[index]
        return reason("unclosed_quote", self.lang, column=header, n=f"{lines}")

    def _check_lengths(self, values: dict[str, Any], limits: list[tuple[str, Field, int]]) -> None:
        """Refuse the row when a text is longer than its field holds (a pasted file)."""
        for name, f, limit in limits:
            value = values.get(name)
            if isinstance(value, str) and len(value) > limit:
                raise _Rejected(
                    reason(
                        "too_long",
                        self.lang,
                        field=f.label(self.lang),
                        n=_count(len(value), self.lang),
                        limit=_count(limit, self.lang),
                    )
                )

    # -------------------------------------------------------- organisations

    def _organisation_values(self, index: int) -> dict[str, Any] | None:
        """The values of the organisation a row names (None: it names none), with its notes in
        `row_notes`; refused with _Rejected."""
        cells = self.cells
        key: tuple[str, ...] = _organisation_cells(cells)
        if self.address_parts:
            key += tuple(self._address_part_cells(index))
        read = self.organisations_read.get(key)
        if read is None:
            try:
                values = self._read_organisation(index)
            except _Rejected as rejected:
                self.organisations_read[key] = _Read(None, (), rejected.text)
                raise
            self.organisations_read[key] = _Read(values, tuple(self.row_notes))
            return None if values is None else dict(values)  # the one kept stays as read
        if read.rejection is not None:
            raise _Rejected(read.rejection)
        self.row_notes.extend(read.notes)
        return None if read.values is None else dict(read.values)

    def _read_organisation(self, index: int) -> dict[str, Any] | None:
        cells = self.cells
        name = " ".join(cells[Field.ORGANISATION].split())
        for f in (Field.SIREN, Field.SIRET):
            if _SCIENTIFIC.match(cells[f]):
                raise _Rejected(
                    reason("spreadsheet_number", self.lang, field=f.label(), value=cells[f])
                )
        siren = compact(cells[Field.SIREN])
        siret = compact(cells[Field.SIRET])
        rna = normalise_rna(cells[Field.RNA])
        if siren and check_siren(siren):
            raise _Rejected(reason("siren", self.lang, value=siren))
        if siret and check_siret(siret):
            raise _Rejected(reason("siret", self.lang, value=siret))
        if rna and check_rna(rna):
            raise _Rejected(reason("rna", self.lang, value=rna))
        if not name:
            if siren or siret or rna:
                raise _Rejected(reason("no_organisation_name", self.lang))
            return None
        kind = (
            guess_kind(cells[Field.KIND])
            or kind_from_legal_category(cells[Field.LEGAL_CATEGORY])
            or self.mapping.default_kind
        )
        values = {
            "name": name,
            "kind": kind,
            "sector": cells[Field.SECTOR],
            "territory": cells[Field.TERRITORY],
            "website": cells[Field.WEBSITE],
            "siren": siren or siret[:9],
            "siret": siret,
            "rna": rna,
            "offers": parse_offers(cells[Field.OFFERS]),
            "needs": cells[Field.NEEDS],
            "notes": cells[Field.ORGANISATION_NOTES],
        }
        values |= self._place_values(index)
        if not values["territory"]:
            values["territory"] = values.pop("town")  # a town not recognised is not lost
        values.pop("town", None)
        self._check_lengths(values, _ORGANISATION_LIMITS)
        return values

    def _address(self, index: int) -> str:
        street = self.cell(Field.ADDRESS)
        if not self.address_parts or not street:
            return " ".join(street.split())
        number, repetition, kind = self._address_part_cells(index)
        return street_address(number, repetition, kind, street)

    def _address_part_cells(self, index: int) -> list[str]:
        """The row's address parts (number, repetition, street kind) when the address is a
        register's street."""
        row = self.table.rows[index]
        return [
            clean_text(row[c]) if c is not None and c < len(row) else "" for c in self.address_parts
        ]

    def _place_values(self, index: int) -> dict[str, Any]:
        """The row's commune (its code and official name, by the reference data), postcode and
        address; "town" is the town typed when no commune is sure. What is not sure is noted
        for the preview (`row_notes`), never guessed."""
        key = (self.cell(Field.POSTCODE), self.cell(Field.COMMUNE), self.cell(Field.COMMUNE_CODE))
        place = self.places.get(key)
        if place is None:
            place = self.places[key] = self._place(*key)
        notes, values = place
        self.row_notes.extend(notes)
        return {"address": self._address(index), **values}

    def _place(
        self, postcode_cell: str, town_cell: str, code_cell: str
    ) -> tuple[tuple[str, ...], dict[str, Any]]:
        """The commune, postcode and town (see `_place_values`) that these cells give, and
        what the preview notes about them."""
        postcode = read_postcode(postcode_cell)
        town = " ".join(town_cell.split())
        code = read_commune_code(code_cell)
        notes: list[str] = []
        lang = self.lang
        if postcode and check_postcode(postcode):
            notes.append(note("postcode_format", lang, value=postcode))
            postcode = ""
        found = commune(code) if code else None
        if code and found is None:
            notes.append(note("commune_code_unknown", lang, value=code))
        if found is not None and not _names(found, town, postcode):
            notes.append(note("commune_code_other", lang, value=code, name=found.name, town=town))
            found = None
        if found is None and (town or postcode):
            found = match_commune(postcode, town)
            if found is None:
                notes.append(self._unsure(town, postcode))
        if found is None:
            return tuple(notes), {"town": town, "postcode": postcode}
        if postcode and found.postcodes and postcode not in found.postcodes:
            notes.append(note("postcode_not_commune", lang, postcode=postcode, name=found.name))
            postcode = ""
        values = {"commune_code": found.code, "commune_name": found.name, "postcode": postcode}
        return tuple(notes), {"town": "", **values}

    def _unsure(self, town: str, postcode: str) -> str:
        """Why no commune was taken for a town (and postcode) typed."""
        lang = self.lang
        if not town:
            several = communes_by_postcode(postcode)
            code = "postcode_several" if several else "postcode_unknown"
            return note(code, lang, postcode=postcode)
        if postcode:
            return note("commune_not_at_postcode", lang, value=town, postcode=postcode)
        key = name_key(town)
        same = [c for c in find_communes(town, limit=12) if name_key(c.name) == key]
        return note("commune_ambiguous" if len(same) > 1 else "commune_unknown", lang, value=town)

    def _apply_organisation(self, values: dict[str, Any]) -> int:
        found = self.org_by_siren.get(values["siren"]) if values["siren"] else None
        if found is None:
            found = self.org_by_name.get(_matching_name(values["name"]))
            other_siren = found is not None and self.orgs.slots[found].now.siren
            if other_siren and values["siren"] and other_siren != values["siren"]:
                found = None  # same name, another legal entity
        if found is None:
            values["kind"] = values["kind"] or guess_kind(values["name"])
            fields: dict[str, Any] = {k: v for k, v in values.items() if v}
            new = Organisation(id=OrganisationId(self.orgs.next_id), **fields)
            org = self.orgs.create(located(new, match=False))
            self._index_organisation(org)
            return int(org.id)
        current: Organisation = self.orgs.slots[found].now
        values.pop("name")  # the registry's spelling is kept
        offers = set(current.offers) | set(values.pop("offers"))  # what is known is kept
        if offers != set(current.offers):
            values["offers"] = tuple(k for k in ResourceKind if k in offers)
        if current.commune_code and not values.get("commune_code"):
            values.pop("postcode", None)  # a postcode alone does not move a known commune
        filled = _fill(current, values)
        if "commune_code" in filled and "postcode" not in filled:
            filled["postcode"] = ""  # another commune: the old one's postcode does not follow
        if filled:
            moved = located(dataclasses.replace(current, **filled), current, match=False)
            filled |= {
                name: getattr(moved, name)
                for name in ("postcode", "latitude", "longitude")
                if getattr(moved, name) != getattr(current, name)
            }
        org = self.orgs.change(found, filled)
        self._index_organisation(org)
        return found

    # -------------------------------------------------------- people

    def _person_values(self, index: int) -> dict[str, Any] | None:
        cells = self.cells
        first, last = cells[Field.FIRST_NAME], cells[Field.LAST_NAME]
        if not (first or last):
            first, last = split_full_name(cells[Field.FULL_NAME])
        raw_email = cells[Field.EMAIL]
        email = normalise_email(raw_email)
        if email and check_email(email):
            raise _Rejected(reason("email", self.lang, value=raw_email))
        phone, title = cells[Field.PHONE], cells[Field.TITLE]
        if not (first or last):
            if email and email.casefold() in self.person_by_email:
                pass  # someone the registry knows by name: the row updates them
            elif email or ((phone or title) and cells[Field.ORGANISATION]):
                # a person the file describes but does not name is not created as nobody
                raise _Rejected(reason("no_name", self.lang, value=email or phone or title))
            else:
                return None
        values: dict[str, Any] = {
            "first_name": " ".join(first.split()),
            "last_name": " ".join(last.split()),
            "email": email,
            "phone": normalise_phone(phone),
            "title": title,
            "notes": cells[Field.NOTES],
        }
        self._check_lengths(values, _PERSON_LIMITS)
        if self.mapping.column(Field.CONSENT) is not None and is_yes(cells[Field.CONSENT]):
            when = parse_datetime(cells[Field.DATE])
            values["data_basis"] = DataBasis.CONSENT
            values["consent_date"] = when.date() if when else self.today
        return values

    def _apply_person(self, values: dict[str, Any], org_id: int | None) -> int:
        email = values["email"]
        if email:
            found = self.person_by_email.get(email.casefold())
        else:
            name_key = _matching_name(f"{values['first_name']} {values['last_name']}")
            found = self.person_by_name.get((name_key, org_id))
        if org_id is not None:
            values["organisation_id"] = OrganisationId(org_id)
        if found is None:
            fields = {k: v for k, v in values.items() if v}
            person = self.people.create(Person(id=PersonId(self.people.next_id), **fields))
            self._index_person(person)
            return int(person.id)
        current: Person = self.people.slots[found].now
        if current.data_basis is DataBasis.CONSENT:  # the first consent's date is kept
            values.pop("data_basis", None)
            values.pop("consent_date", None)
        if email and current.email.casefold() == email.casefold():
            values.pop("email")  # same address, the registry's spelling is kept
        self.people.change(found, _fill(current, values))
        return found

    # -------------------------------------------------------- writing

    def write(self) -> None:
        _insert(self.store, "organisations", Organisation, self.orgs.created())
        _update(self.store, "organisations", Organisation, self.orgs.updated())
        _insert(self.store, "people", Person, self.people.created())
        _update(self.store, "people", Person, self.people.updated())


# The key an organisation or a person is matched by: a file names an organisation on each of
# its people's rows.
_matching_name = lru_cache(maxsize=65536)(normalise_name)


@lru_cache(maxsize=65536)
def _read_cell(text: str, multiline: bool) -> tuple[str, bool]:
    """A cell cleaned as the core keeps text, and whether it looks like a formula (files repeat
    the same texts: an organisation's name on each of its people's rows, a ticket type, a
    town), each distinct text once."""
    cleaned = clean_text(text, multiline=multiline)
    return cleaned, looks_like_formula(cleaned)


def _text_rank(f: Field) -> int:
    """A field's place among the text fields (the others after them)."""
    return _TEXT_FIELDS.index(f) if f in _TEXT_FIELDS else len(_TEXT_FIELDS)


def _names(found: Commune, town: str, postcode: str) -> bool:
    """Whether a town typed beside a commune code names that commune (no town: yes)."""
    if not town or name_key(town) == name_key(found.name):
        return True
    matched = match_commune(postcode, town)
    return matched is not None and matched.code == found.code


def _next_id(db: Any, table: str) -> int:
    return int(db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


def _insert(store: Store, table: str, record_type: type, records: list[Any]) -> None:
    names = columns(record_type)  # the order of to_row's values
    rows = [list(to_row(r, with_id=True).values()) for r in records]
    insert_rows(store.db, table, names, rows)


def _update(store: Store, table: str, record_type: type, records: list[Any]) -> None:
    if not records:
        return
    names = [n for n in columns(record_type) if n != "id"]
    assignments = ", ".join(f"{n} = ?" for n in names)
    sql = (
        f"UPDATE {table} SET {assignments}, "
        f"updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?"
    )
    rows = ((to_row(r), r.id) for r in records)
    store.db.conn.executemany(sql, ([*(row[n] for n in names), i] for row, i in rows))


def import_rows(
    store: Store,
    table: RawTable,
    mapping: Mapping,
    workshop_id: WorkshopId | None = None,
    lang: Lang = "fr",
    dry_run: bool = False,
    formula_cells: FormulaCells = FormulaCells.SKIP_ROWS,
) -> ImportReport:
    """Import a table's people and organisations into the registry, in one transaction.

    People are matched by e-mail (any case), or without e-mail by name within the same
    organisation; organisations by SIREN, else by name ignoring case, accents and legal
    forms. A match is updated (an empty cell never erases a known value), never duplicated,
    so importing a file twice changes nothing. A bad row is rejected with its spreadsheet
    row number and the reason (in `lang`), and the other rows go on. With `workshop_id`,
    everyone the file names is registered for that workshop (NotFound if it does not exist).
    With `dry_run`, nothing is written: the report tells what the import would do (preview).
    A cell that looks like a spreadsheet formula ("=HYPERLINK(…)") is never imported as it
    is: its row is left out, or with `FormulaCells.AS_TEXT` imported without the leading
    signs; either way `report.formulas` lists each such cell.
    """
    if workshop_id is not None and not store.workshops.count("id = ?", [workshop_id]):
        raise NotFound(f"no workshop with id {workshop_id}")
    report = ImportReport(workshop_id=workshop_id, dry_run=dry_run, formula_cells=formula_cells)
    with store.db.atomic():
        importer = _Importer(store, table, mapping, lang, formula_cells)
        importer.run(report)
        report.people = importer.people.counts()
        report.organisations = importer.orgs.counts()
        if workshop_id is not None:
            already = {a.person_id for a in store.attendance.of_workshop(workshop_id)}
            report.registered_ids = [p for p in report.person_ids if p not in already]
        if not dry_run:
            importer.write()
            if report.registered_ids and workshop_id is not None:
                store.attendance.register(workshop_id, report.registered_ids)
    return report


def import_table(
    store: Store,
    table: RawTable,
    mapping: Mapping,
    workshop_id: WorkshopId | None = None,
    lang: Lang = "fr",
    formula_cells: FormulaCells = FormulaCells.SKIP_ROWS,
) -> Applied[ImportReport]:
    """Import a file's people and organisations into the registry (one undo step).

    The whole import is one operation (see import_rows): reverting its undo removes what it
    created, gives updated records their former values and unregisters the people it registered.
    """
    if workshop_id is not None and not store.workshops.count("id = ?", [workshop_id]):
        raise NotFound(f"no workshop with id {workshop_id}")  # refused before any write
    with operation(store) as op:
        report = import_rows(store, table, mapping, workshop_id, lang, formula_cells=formula_cells)
    return op.applied(report)
