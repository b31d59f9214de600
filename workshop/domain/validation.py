"""Checks and normalisations of what users type: SIREN, SIRET, RNA, e-mail, phone, names.

Each `check_*` function returns None when the value is acceptable (an empty value is
acceptable: every identifier is optional) or one readable message, in French unless
`lang="en"`, that the UI shows next to the field. `MESSAGES` holds every message by code.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from functools import lru_cache
from typing import TypeVar

from workshop.domain.records import Organisation, Person
from workshop.domain.text import strip_accents
from workshop.domain.vocabulary import Lang

MESSAGES: dict[str, tuple[str, str]] = {
    "siren_format": (
        "Le SIREN compte 9 chiffres.",
        "A SIREN has 9 digits.",
    ),
    "siren_key": (
        "Ce SIREN n'existe pas : sa clé de contrôle est fausse (faute de frappe ?).",
        "This SIREN does not exist: its check digit is wrong (a typo?).",
    ),
    "siret_format": (
        "Le SIRET compte 14 chiffres (SIREN + 5 chiffres de l'établissement).",
        "A SIRET has 14 digits (the SIREN and 5 digits for the establishment).",
    ),
    "siret_key": (
        "Ce SIRET n'existe pas : sa clé de contrôle est fausse (faute de frappe ?).",
        "This SIRET does not exist: its check digit is wrong (a typo?).",
    ),
    "siret_siren": (
        "Le SIRET ne commence pas par le SIREN de la structure.",
        "The SIRET does not start with the organisation's SIREN.",
    ),
    "rna_format": (
        "Le numéro RNA s'écrit W suivi de 9 caractères (exemple : W751234567).",
        "An RNA number is W followed by 9 characters (for example W751234567).",
    ),
    "email_format": (
        "Cette adresse e-mail n'est pas valide (exemple : prenom.nom@exemple.fr).",
        "This e-mail address is not valid (for example first.last@example.org).",
    ),
    "name_missing": (
        "Donnez un nom à la structure.",
        "The organisation needs a name.",
    ),
    "person_nameless": (
        "Indiquez au moins un nom ou une adresse e-mail.",
        "Give at least a name or an e-mail address.",
    ),
    "too_long": (
        "Ce texte est trop long : {n} caractères, {limit} au plus.",
        "This text is too long: {n} characters, at most {limit}.",
    ),
    "phone_format": (
        "Ce numéro de téléphone n'est pas reconnu (exemple : 06 12 34 56 78 ou +33 6 12 34 56 78).",
        "This phone number is not recognised (for example 06 12 34 56 78 or +33 6 12 34 56 78).",
    ),
    "postcode_format": (
        "Le code postal compte 5 chiffres (exemple : 41000).",
        "A postcode has 5 digits (for example 41000).",
    ),
    "commune_unknown": (
        "Aucune commune n'a le code INSEE « {insee} » : choisissez la commune dans la liste.",
        "No commune has the INSEE code “{insee}”: pick the commune from the list.",
    ),
    "commune_postcode": (
        "Le code postal {postcode} n'est pas celui de la commune {name} ({postcodes}).",
        "The postcode {postcode} is not the one of the commune {name} ({postcodes}).",
    ),
    "commune_not_found": (
        "La commune « {name} » n'est pas reconnue : tapez son code postal ou son nom et "
        "choisissez-la dans la liste.",
        "The commune “{name}” is not recognised: type its postcode or its name and pick it "
        "from the list.",
    ),
    "commune_ambiguous": (
        "Plusieurs communes correspondent à « {name} » : choisissez la bonne dans la liste.",
        "Several communes match “{name}”: pick the right one from the list.",
    ),
    "point_range": (
        "Le point sur la carte est hors du globe (latitude de -90 à 90, longitude de -180 à 180).",
        "The point on the map is off the globe (latitude -90 to 90, longitude -180 to 180).",
    ),
}


def message(code: str, lang: Lang = "fr", **values: object) -> str:
    """The message for a code, in French or English (with its `{values}` filled in)."""
    fr, en = MESSAGES[code]
    text = fr if lang == "fr" else en
    return text.format(**values) if values else text


# ---------------------------------------------------------------- text fields

# The most characters each text field of a record holds: a name is a name, not a pasted file.
TEXT_LIMITS: dict[str, int] = {
    "first_name": 100,
    "last_name": 100,
    "name": 200,  # an organisation's
    "title": 200,
    "email": 254,
    "phone": 40,
    "sector": 200,
    "territory": 200,
    "commune_name": 200,
    "address": 300,
    "website": 500,
    "needs": 5000,
    "notes": 5000,
}


# Terminal escapes: CSI (ESC [ … or its one-byte form 0x9B), OSC (ESC ] … BEL / ST), and the
# two-character ones (ESC 7, ESC c…). Removed whole, so that no "[31m" is left behind.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
# Controls (C0 but tab and line feed, DEL, C1), bidirectional overrides and isolates, the
# zero-width space, word joiner, invisible operators, byte-order mark, interlinear annotations,
# tag characters and lone surrogates. Zero-width (non-)joiners stay: emoji and scripts need them.
_UNWANTED = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f\ud800-\udfff]"
)
# Characters that print as nothing though they are not spaces (a "blank" name's trick).
_BLANKS = frozenset("\u115f\u1160\u2800\u3164\uffa0\u200c\u200d\u00ad\u034f")

# The text fields that hold several lines (notes, descriptions); every other is one line.
MULTILINE_FIELDS = frozenset({"notes", "needs", "description", "objective", "question", "text"})

_Record = TypeVar("_Record")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """User text as the core keeps it: printable, trimmed, and "" if nothing shows.

    Terminal escapes ("\\x1b[31m"), other control characters, bidirectional overrides and
    zero-width characters are removed; tabs become spaces. A one-line text has its runs of
    spaces (and line breaks) made one space; a multi-line text keeps its line breaks ("\\n",
    from any of CR LF, CR, or the Unicode separators). A text of invisible characters only
    (zero-width spaces, Hangul fillers, braille blanks) is empty. Every text field of the core
    goes through this: the desk's operations, the import, the phones.
    """
    if value.isascii() and value.isprintable():  # the usual case, kept fast
        return " ".join(value.split()) if not multiline else value.strip()
    text = unicodedata.normalize("NFC", value)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    text = _UNWANTED.sub("", _ESCAPES.sub("", text))
    if multiline:
        lines = [line.replace("\t", " ").rstrip() for line in text.split("\n")]
        text = "\n".join(lines).strip()
    else:
        text = " ".join(text.split())
    if all(c.isspace() or c in _BLANKS or unicodedata.category(c) in ("Mn", "Me") for c in text):
        return ""
    return text


def clean_fields(record: _Record) -> _Record:
    """A record (a dataclass) with every text field through clean_text (MULTILINE_FIELDS keep
    their line breaks)."""
    assert dataclasses.is_dataclass(record) and not isinstance(record, type)
    changes = {
        f.name: clean_text(value, multiline=f.name in MULTILINE_FIELDS)
        for f in dataclasses.fields(record)
        if type(value := getattr(record, f.name)) is str  # not the enums (StrEnum)
    }
    return dataclasses.replace(record, **changes)


def check_length(field: str, value: str, lang: Lang = "fr") -> str | None:
    """None when a text fits its field (TEXT_LIMITS), else the message with both lengths."""
    limit = TEXT_LIMITS.get(field)
    return None if limit is None else check_length_of(value, limit, lang)


def check_length_of(value: str, limit: int, lang: Lang = "fr") -> str | None:
    """None when a text is at most `limit` characters, else the message with both lengths."""
    if len(value) <= limit:
        return None
    return message("too_long", lang, n=_count(len(value), lang), limit=_count(limit, lang))


def one_line(text: str, limit: int, lang: Lang = "fr") -> tuple[str, str | None]:
    """A typed name or title on one line (cleaned, spaces folded), and the message when it is
    longer than `limit` (None when it fits)."""
    cleaned = " ".join(clean_text(text).split())
    if len(cleaned) <= limit:
        return cleaned, None
    return cleaned, check_length_of(cleaned, limit, lang)


def _count(n: int, lang: Lang) -> str:
    """A count as it is written: "42 000" in French, "42,000" in English."""
    return f"{n:,}".replace(",", "\u202f") if lang == "fr" else f"{n:,}"


def _length_problems(record: object, fields: tuple[str, ...], lang: Lang) -> dict[str, str]:
    found = {name: check_length(name, getattr(record, name), lang) for name in fields}
    return {name: text for name, text in found.items() if text}


# ---------------------------------------------------------------- identifiers

_SEPARATORS = re.compile(r"[\s.\-_/\u00a0\u202f]+")
LA_POSTE_SIREN = "356000000"


def compact(value: str) -> str:
    """An identifier without the spaces, dots and dashes people type inside it."""
    return _SEPARATORS.sub("", value or "")


def luhn_valid(digits: str) -> bool:
    """Whether a string of digits passes the Luhn check (the key of SIREN and SIRET)."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def check_siren(value: str, lang: Lang = "fr") -> str | None:
    """None for an empty or valid SIREN (9 digits, Luhn key), else the message."""
    siren = compact(value)
    if not siren:
        return None
    if len(siren) != 9 or not siren.isascii() or not siren.isdigit():
        return message("siren_format", lang)
    if not luhn_valid(siren):
        return message("siren_key", lang)
    return None


def check_siret(value: str, lang: Lang = "fr", siren: str = "") -> str | None:
    """None for an empty or valid SIRET (14 digits, Luhn key), else the message.

    La Poste's establishments (SIREN 356000000) follow their own rule: the sum of the
    digits is a multiple of 5. When `siren` is given, the SIRET must start with it.
    """
    siret = compact(value)
    if not siret:
        return None
    if len(siret) != 14 or not siret.isascii() or not siret.isdigit():
        return message("siret_format", lang)
    la_poste = siret.startswith(LA_POSTE_SIREN) and sum(map(int, siret)) % 5 == 0
    if not (luhn_valid(siret) or la_poste):
        return message("siret_key", lang)
    if compact(siren) and not siret.startswith(compact(siren)):
        return message("siret_siren", lang)
    return None


# W, then the department (2 characters: 75, 2A, 9M…), then 7 digits.
_RNA = re.compile(r"^W[0-9][0-9A-Z][0-9]{7}$")


def normalise_rna(value: str) -> str:
    """An RNA number in capitals without separators ("w75 123 4567" -> "W751234567")."""
    return compact(value).upper()


def check_rna(value: str, lang: Lang = "fr") -> str | None:
    """None for an empty or well-formed RNA number (W + 9 characters), else the message."""
    rna = normalise_rna(value)
    if not rna:
        return None
    return None if _RNA.match(rna) else message("rna_format", lang)


# ---------------------------------------------------------------- e-mail

_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u00c0-\uffff-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u00c0-\uffff-]+)*"
    r"@(?:[A-Za-z0-9\u00c0-\uffff](?:[A-Za-z0-9\u00c0-\uffff-]{0,61}[A-Za-z0-9\u00c0-\uffff])?\.)+"
    r"[A-Za-z\u00c0-\uffff]{2,63}$"
)


def normalise_email(value: str) -> str:
    """An e-mail address as stored: trimmed, a leading "mailto:" removed, domain in lower case."""
    email = (value or "").strip().strip("<>").strip()
    if email.lower().startswith("mailto:"):
        email = email[7:]
    local, at, domain = email.rpartition("@")
    return f"{local}@{domain.lower()}" if at else email


def check_email(value: str, lang: Lang = "fr") -> str | None:
    """None for an empty or plausible e-mail address (one @, a dotted domain), else the message."""
    email = normalise_email(value)
    if not email:
        return None
    if len(email) > 254 or not _EMAIL.match(email):
        return message("email_format", lang)
    return None


# ---------------------------------------------------------------- phone

_PHONE_NOISE = re.compile(r"[\s.\-/()\u00a0\u202f]+")
_TRUNK_ZERO = re.compile(r"^(\+|00)33\s*\(0\)")


def _phone_digits(value: str) -> tuple[str, str] | None:
    """(country code, national number) of a phone number, or None if it is not one."""
    raw = _TRUNK_ZERO.sub(r"\g<1>33", (value or "").strip())
    raw = _PHONE_NOISE.sub("", raw)
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    international = raw.startswith("+")
    digits = raw[1:] if international else raw
    if not digits.isascii() or not digits.isdigit():
        return None
    if international or (len(digits) == 11 and digits.startswith("33")):
        if digits.startswith("33"):
            national = digits[2:].removeprefix("0")
            return ("33", national) if len(national) == 9 and national[0] != "0" else None
        return ("", digits) if 7 <= len(digits) <= 15 and digits[0] != "0" else None
    if len(digits) == 10 and digits[0] == "0" and digits[1] != "0":
        return "33", digits[1:]
    if len(digits) == 9 and digits[0] != "0":  # a spreadsheet dropped the leading zero
        return "33", digits
    return None


def normalise_phone(value: str) -> str:
    """A phone number written the French way ("06 12 34 56 78"); "+" and digits if foreign.

    A value that is not recognisable as a phone number is returned trimmed, unchanged.
    """
    parts = _phone_digits(value)
    if parts is None:
        return (value or "").strip()
    country, national = parts
    if country == "33":
        number = "0" + national
        return " ".join(number[i : i + 2] for i in range(0, 10, 2))
    return "+" + national


def check_phone(value: str, lang: Lang = "fr") -> str | None:
    """None for an empty or recognisable phone number (French or foreign), else the message."""
    if not (value or "").strip():
        return None
    return None if _phone_digits(value) is not None else message("phone_format", lang)


# ---------------------------------------------------------------- postcode and commune


def normalise_postcode(value: str) -> str:
    """A postcode as stored: without the spaces and dots people type inside it ("41 000")."""
    return compact(value)


def check_postcode(value: str, lang: Lang = "fr") -> str | None:
    """None for an empty postcode or one of 5 digits (French), else the message."""
    postcode = normalise_postcode(value)
    if not postcode:
        return None
    if len(postcode) != 5 or not postcode.isascii() or not postcode.isdigit():
        return message("postcode_format", lang)
    return None


def commune_problems(
    commune_code: str, commune_name: str, postcode: str, lang: Lang = "fr"
) -> dict[str, str]:
    """The message for each of an organisation's place fields that cannot be saved: a postcode
    that is not 5 digits ("postcode"), a commune code no commune has, or a commune name with
    no code ("commune_code"), a postcode that is not the commune's ("postcode")."""
    found: dict[str, str] = {}
    postcode_problem = check_postcode(postcode, lang)
    if postcode_problem:
        found["postcode"] = postcode_problem
    if not commune_code:
        if commune_name.strip():
            found["commune_code"] = message("commune_not_found", lang, name=commune_name.strip())
        return found
    from workshop.domain.communes import commune  # the reference data, read on first use

    known = commune(commune_code)
    if known is None:
        found["commune_code"] = message("commune_unknown", lang, insee=commune_code)
    elif postcode and not postcode_problem and known.postcodes and postcode not in known.postcodes:
        found["postcode"] = message(
            "commune_postcode",
            lang,
            postcode=normalise_postcode(postcode),
            name=known.name,
            postcodes=", ".join(known.postcodes),
        )
    return found


def check_point(latitude: float | None, longitude: float | None, lang: Lang = "fr") -> str | None:
    """None for no point or a point on the globe, else the message."""
    if latitude is None and longitude is None:
        return None
    if (
        latitude is None
        or longitude is None
        or not (-90 <= latitude <= 90 and -180 <= longitude <= 180)
    ):
        return message("point_range", lang)
    return None


# ---------------------------------------------------------------- names

LEGAL_FORMS = frozenset(
    {
        "sa", "sas", "sasu", "sarl", "sarlu", "eurl", "sci", "snc", "scs", "sca", "scop",
        "scic", "sem", "seml", "spl", "gie", "gip", "selarl", "selas", "ei", "eirl", "cae",
        "association", "associations", "assoc", "asso", "ste", "societe", "ets",
        "etablissements", "cie", "loi", "1901", "1908",
    }
)  # fmt: skip
_DOTTED_ACRONYM = re.compile(r"\b(?:[a-z]\.){2,}[a-z]?\b\.?")
_NON_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """The key under which two spellings of an organisation's name match.

    Case, accents, punctuation and legal forms are ignored: "SARL Boulangerie Martin",
    "boulangerie martin (S.A.R.L.)" and "Boulangerie Martin" share one key. A name made
    only of legal-form words keeps them (so "SAS" alone is still a name).
    """
    text = strip_accents(name or "").casefold().replace("&", " et ")
    text = _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    words = _NON_WORD.sub(" ", text).split()
    kept = [w for w in words if w not in LEGAL_FORMS]
    return " ".join(kept or words)


# ---------------------------------------------------------------- whole records


def organisation_problems(org: Organisation, lang: Lang = "fr") -> dict[str, str]:
    """The message for each field of an organisation that cannot be saved as typed.

    Keys are field names ("name", "siren", "siret", "rna", "postcode", "commune_code",
    "latitude", or a text field that is too long); an empty dict means it is fine.
    """
    known_siren = "" if check_siren(org.siren) else org.siren
    found = {
        "name": message("name_missing", lang) if not org.name.strip() else None,
        "siren": check_siren(org.siren, lang),
        "siret": check_siret(org.siret, lang, siren=known_siren),
        "rna": check_rna(org.rna, lang),
        "latitude": check_point(org.latitude, org.longitude, lang),
    }
    problems = {name: text for name, text in found.items() if text}
    problems |= commune_problems(org.commune_code, org.commune_name, org.postcode, lang)
    fields = ("name", "sector", "territory", "commune_name", "address", "website", "needs")
    return _length_problems(org, (*fields, "notes"), lang) | problems


def person_problems(person: Person, lang: Lang = "fr") -> dict[str, str]:
    """The message for each field of a person that cannot be saved as typed ("email", "phone",
    "last_name" when the person has neither a name nor an e-mail, a text field too long)."""
    nameless = not (person.first_name.strip() or person.last_name.strip() or person.email.strip())
    found = {
        "last_name": message("person_nameless", lang) if nameless else None,
        "email": check_email(person.email, lang),
        "phone": check_phone(person.phone, lang),
    }
    problems = {name: text for name, text in found.items() if text}
    fields = ("first_name", "last_name", "title", "phone", "notes")
    return _length_problems(person, fields, lang) | problems
