"""Reading the values found in registration files: dates, yes/no boxes, names, kinds."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

from workshop.domain.matching import resource_kinds_in
from workshop.domain.text import fold
from workshop.domain.validation import normalise_name
from workshop.domain.vocabulary import OrganisationKind as K
from workshop.domain.vocabulary import ResourceKind as R

_DATE_FORMATS = (
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%d/%m/%y %H:%M",
    "%d/%m/%y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%Y/%m/%d %I:%M:%S %p",
    "%Y/%m/%d %H:%M:%S",
    "%d.%m.%Y",
    "%d-%m-%Y",
)
_TIMEZONE_TAIL = re.compile(r"\s*(?:GMT|UTC|Z)?\s*(?:[+-]\d{1,2}(?::?\d{2})?)?\s*$")


def parse_datetime(text: str) -> dt.datetime | None:
    """A date and time as registration platforms write them, day first; None if not a date.

    Reads "04/03/2026 14:25", "04/03/2026", "2026-03-04 14:25:11+01:00", "2026-03-04T14:25",
    Google Forms' "2026/03/04 2:25:11 PM GMT+1"; the time zone, if any, is dropped.
    """
    value = (text or "").strip()
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed.replace(tzinfo=None)
    except ValueError:
        pass
    bare = _TIMEZONE_TAIL.sub("", value) if " " in value else value
    for candidate in (value, bare):
        for fmt in _DATE_FORMATS:
            try:
                return dt.datetime.strptime(candidate, fmt)
            except ValueError:
                continue
    return None


_YES = {"oui", "yes", "true", "vrai", "1", "x", "ok", "o", "y", "checked", "coche", "accepte"}
_NO = {"non", "no", "false", "faux", "0", "n", "refuse"}


def is_yes(text: str) -> bool:
    """Whether a checkbox cell says yes ("Oui", "x", "J'accepte…"), in French or English."""
    value = fold(text or "")
    if not value or value in _NO or value.startswith(("non ", "je refuse", "je n'accepte")):
        return False
    return value in _YES or value.startswith(("j'accepte", "j accepte", "oui", "i agree", "yes"))


def split_full_name(full_name: str) -> tuple[str, str]:
    """(first name, last name) from one cell: "Jean Dupont", "DUPONT Jean", "Dupont, Jean"."""
    text = " ".join((full_name or "").split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    words = text.split(" ")
    if len(words) == 1:
        return "", words[0]
    capitals = [w for w in words if w.isupper() and len(w) > 1]
    if capitals and words[: len(capitals)] == capitals and len(capitals) < len(words):
        return " ".join(words[len(capitals) :]), " ".join(capitals)
    if capitals and words[-len(capitals) :] == capitals and len(capitals) < len(words):
        return " ".join(words[: -len(capitals)]), " ".join(capitals)
    return " ".join(words[:-1]), words[-1]


# Words (accent-free, lower case) that tell an organisation's kind, tried in this order.
_KIND_WORDS: list[tuple[K, tuple[str, ...]]] = [
    (
        K.ENTREPRISE_ESS,
        ("scop", "scic", "cooperative", "cooperatif", "mutuelle", "ess", "economie sociale"),
    ),
    (
        K.INTERCOMMUNALITE,
        (
            "communaute de communes",
            "communaute d agglomeration",
            "communaute urbaine",
            "agglomeration",
            "metropole",
            "epci",
            "intercommunalite",
            "pays",
            "pole d equilibre",
            "syndicat mixte",
        ),
    ),
    (
        K.COLLECTIVITE,
        (
            "commune",
            "mairie",
            "ville de",
            "departement",
            "conseil departemental",
            "region",
            "conseil regional",
            "collectivite",
        ),
    ),
    (
        K.ETABLISSEMENT_PUBLIC,
        (
            "chambre",
            "cci",
            "cma",
            "prefecture",
            "etat",
            "ministere",
            "france travail",
            "ademe",
            "caf",
            "ccas",
            "cias",
            "cpam",
            "etablissement public",
            "agence",
            "ars",
            "hopital",
            "chu",
            "service public",
        ),
    ),
    (
        K.ACADEMIQUE,
        (
            "universite",
            "ecole",
            "laboratoire",
            "cnrs",
            "inrae",
            "inserm",
            "institut",
            "recherche",
            "iut",
            "lycee",
            "academique",
        ),
    ),
    (K.FONDATION, ("fondation", "fonds de dotation")),
    (K.RESEAU, ("reseau", "federation", "union", "tete de reseau", "collectif d associations")),
    (K.ASSOCIATION, ("association", "assoc", "asso", "amicale", "club", "comite")),
    (K.CITOYEN, ("citoyen", "citoyenne", "collectif", "habitant", "particulier", "benevole")),
    (
        K.ENTREPRISE,
        (
            "entreprise",
            "societe",
            "sas",
            "sasu",
            "sarl",
            "eurl",
            "sa",
            "sci",
            "snc",
            "company",
            "ets",
            "auto entrepreneur",
            "micro entreprise",
            "independant",
        ),
    ),
]


def _words(text: str) -> str:
    return " " + re.sub(r"[^0-9a-z]+", " ", fold(text or "")).strip() + " "


def guess_kind(text: str) -> K | None:
    """The kind an organisation's name or a "type de structure" cell suggests, if any.

    "Mairie de Montlouvier" -> collectivité, "SCOP Les Ateliers" -> entreprise de l'ESS,
    "Entreprise" -> entreprise; an exact kind label ("Association") always wins.
    """
    if not (text or "").strip():
        return None
    labelled = _kinds_by_label().get(normalise_name(text))
    if labelled is not None:
        return labelled
    words = _words(text)
    for kind, markers in _KIND_MARKERS:
        if any(marker in words for marker in markers):
            return kind
    return None


# The words of _KIND_WORDS as they are looked for, spaces around.
_KIND_MARKERS = [(kind, tuple(f" {m} " for m in markers)) for kind, markers in _KIND_WORDS]


@cache
def _kinds_by_label() -> dict[str, K]:
    """Each kind under the keys of its labels and value (the first kind in order for a key)."""
    found: dict[str, K] = {}
    for kind in K:
        for key in (normalise_name(kind.label("fr")), normalise_name(kind.label("en")), kind.value):
            found.setdefault(key, kind)
    return found


def kind_from_legal_category(code: str, ess: str = "") -> K | None:
    """The kind of an INSEE legal category code (catégorie juridique), ESS flag "O" included."""
    code = (code or "").strip()
    if len(code) != 4 or not code.isdigit():
        return None
    if code in ("7210", "7220", "7225", "7229", "7230"):
        return K.COLLECTIVITE
    if code.startswith("734") or code in ("7354", "7355", "7356", "7357", "7361", "7362"):
        return K.INTERCOMMUNALITE
    if code.startswith(("71", "72", "73", "74", "4")):
        return K.ETABLISSEMENT_PUBLIC
    if code.startswith("92"):
        return K.ASSOCIATION
    if code.startswith("93"):
        return K.FONDATION
    if code.startswith(("82", "83", "84")) or code in ("5458", "5460", "5558", "5560", "6317"):
        return K.ENTREPRISE_ESS
    if ess.strip().upper() == "O":
        return K.ENTREPRISE_ESS
    if code.startswith(("1", "5", "6")):
        return K.ENTREPRISE
    return None


_CANCELLED = ("annul", "rembours", "cancel", "refund", "not attending", "deleted", "supprim")


@lru_cache(maxsize=1024)  # a file has few statuses
def is_cancelled(status: str) -> bool:
    """Whether a registration status says the person is not coming ("Annulé", "Refunded"…)."""
    value = fold(status or "")
    return any(marker in value for marker in _CANCELLED)


# A cell a spreadsheet would run as a formula: "=HYPERLINK(…)", "@SUM(…)", "+A1*2", "-cmd|…".
_FORMULA_SIGNS = "=+-@"
_FUNCTION_CALL = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*\(")  # "SUM(", "HYPERLINK("
_COMMAND = re.compile(r"\w+\s*\|")  # "cmd|' /C calc'!A0" (dynamic data exchange)
_SHEET_REFERENCE = re.compile(r"\w+!\$?[A-Za-z]{1,3}\$?\d+")  # "Feuil1!A1"
_REFERENCE = r"\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?"
_EXPRESSION = re.compile(rf"(?:\s*(?:{_REFERENCE}|\d+(?:[.,]\d+)?%?|[-+*/^&(),;<>=]))+\s*")
_PHONE = re.compile(r"\+?\s*\d[\d\s().\-/]*")


def is_phone_number(text: str) -> bool:
    """Whether a cell reads as a telephone number ("+33 6 12 34 56 78", "06.12.34.56.78")."""
    value = (text or "").strip()
    return bool(_PHONE.fullmatch(value)) and 8 <= sum(c.isdigit() for c in value) <= 15


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would take a cell for a formula, not for text.

    "=…" and "@…" always do; "+…" and "-…" when a formula follows (a function call, a sum
    of numbers or cell references, a command "-cmd|…", another sign), not before words
    ("- Salle B12", "+ de 40 ans"); a telephone number never does.
    """
    value = (text or "").strip()
    if len(value) < 2 or value[0] not in _FORMULA_SIGNS:
        return False
    if value[0] in "=@":
        return True
    if is_phone_number(value):
        return False
    rest = value[1:].strip()
    return bool(
        rest[:1] in tuple(_FORMULA_SIGNS)
        or _FUNCTION_CALL.match(rest)
        or _COMMAND.match(rest)
        or _SHEET_REFERENCE.search(rest)
        or (any(c.isdigit() for c in rest) and _EXPRESSION.fullmatch(rest))
    )


def without_formula_signs(text: str) -> str:
    """A formula-looking cell as plain text: its leading signs ("=", "+", "-", "@") removed."""
    return (text or "").strip().lstrip(_FORMULA_SIGNS + " \t").strip()


@lru_cache(maxsize=4096)  # a file repeats its answers (a form's checkboxes)
def parse_offers(text: str) -> tuple[R, ...]:
    """The kinds of resources a cell says an organisation can offer, in the usual order.

    Reads the app's own labels ("Financier, Compétences") and free answers ("une salle et
    deux bénévoles le samedi" -> matériel, humain); "réseaux sociaux" is communication. The
    rule is the one that reads what an organisation seeks (workshop.domain.matching).
    """
    return resource_kinds_in(text)


# ---------------------------------------------------------------- where an organisation is

# The street kinds of the SIRENE and RNA registers (INSEE's codes), written out.
_STREET_KINDS = {
    "ALL": "allée", "AV": "avenue", "BD": "boulevard", "CAR": "carrefour", "CHE": "chemin",
    "CHS": "chaussée", "CITE": "cité", "COR": "corniche", "CRS": "cours", "DOM": "domaine",
    "DSC": "descente", "ECA": "écart", "ESP": "esplanade", "FG": "faubourg", "GR": "grande rue",
    "HAM": "hameau", "HLE": "halle", "IMP": "impasse", "LD": "lieu-dit", "LOT": "lotissement",
    "MAR": "marché", "MTE": "montée", "PARC": "parc", "PAS": "passage", "PL": "place",
    "PLN": "plaine", "PLT": "plateau", "PONT": "pont", "PRO": "promenade", "PRV": "parvis",
    "QUA": "quartier", "QUAI": "quai", "RES": "résidence", "RLE": "ruelle", "ROC": "rocade",
    "RPT": "rond-point", "RTE": "route", "RUE": "rue", "SEN": "sentier", "SQ": "square",
    "TPL": "terre-plein", "TRA": "traverse", "VLA": "villa", "VLGE": "village",
}  # fmt: skip
_REPETITIONS = {"B": "bis", "T": "ter", "Q": "quater", "C": "quinquies"}


def street_address(number: str, repetition: str, kind: str, street: str) -> str:
    """A register's address parts as one line: ("4", "B", "RUE", "DES LILAS") -> "4 bis RUE DES
    LILAS"; the street kind is written out ("AV" -> "avenue", in capitals beside a street in
    capitals)."""
    street = " ".join(street.split())
    code = kind.strip().upper()
    word = _STREET_KINDS.get(code, kind.strip())
    if word and street.isupper():
        word = word.upper()
    if word and fold(street).startswith(fold(word) + " "):
        word = ""  # the street already says it ("Rue du Moulin")
    repeat = _REPETITIONS.get(repetition.strip().upper(), repetition.strip())
    return " ".join(part for part in (number.strip(), repeat, word, street) if part)


def read_postcode(text: str) -> str:
    """A postcode as a file gives it, without spaces; a 4-digit one (a spreadsheet number that
    lost its leading zero: 1000 for 01000) gets its zero back."""
    value = "".join((text or "").split()).removesuffix(".0")
    return value.zfill(5) if len(value) == 4 and value.isdigit() else value


def read_commune_code(text: str) -> str:
    """An INSEE commune code as a file gives it: capitals ("2a004" -> "2A004"), a 4-digit one's
    leading zero put back (1053 -> "01053")."""
    value = "".join((text or "").split()).removesuffix(".0").upper()
    return value.zfill(5) if len(value) == 4 and value.isdigit() else value
