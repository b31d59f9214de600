"""Totals of commitments worded with each status apart, in French and in English."""

from __future__ import annotations

from workshop.domain.records import Commitment, PartnerId
from workshop.domain.totals import (
    commitment_totals,
    format_amount,
    resource_line,
    status_line,
)
from workshop.domain.vocabulary import CommitmentStatus as S
from workshop.domain.vocabulary import ResourceKind as K

N = "\u202f"


def _c(kind: K, quantity: float | None, unit: str, status: S) -> Commitment:
    return Commitment(
        partner_id=PartnerId(1),
        description="x",
        resource_kind=kind,
        quantity=quantity,
        unit=unit,
        status=status,
    )


PLEDGES = [
    _c(K.FINANCIER, 4500, "€", S.CONFIRME),
    _c(K.FINANCIER, 25000, "€", S.PROPOSE),
    _c(K.FINANCIER, 12000, "€", S.PROPOSE),
    _c(K.FINANCIER, 9999, "€", S.ABANDONNE),
    _c(K.HUMAIN, 14, "heures", S.CONFIRME),
    _c(K.HUMAIN, 1, "heures", S.REALISE),
    _c(K.DONNEES, 1, "études", S.PROPOSE),
    _c(K.RESEAU, None, "", S.PROPOSE),
    _c(K.RESEAU, None, "", S.PROPOSE),
    _c(K.COMMUNICATION, 3, "actions", S.ABANDONNE),
]


def _lines(lang: str) -> dict[K, str]:
    totals = commitment_totals(PLEDGES)
    return {kind: resource_line(group, lang) for kind, group in totals.by_kind()}  # type: ignore[arg-type]


def test_a_kind_line_says_confirmed_and_proposed_apart_in_french() -> None:
    """'Financier : 4 500 € confirmés\u00a0· 37 000 € proposés', never one 41 500 € figure."""
    lines = _lines("fr")
    assert lines[K.FINANCIER] == f"4{N}500{N}€ confirmés\u00a0· 37{N}000{N}€ proposés"
    assert lines[K.HUMAIN] == f"1{N}heure réalisée\u00a0· 14{N}heures confirmées"
    assert lines[K.DONNEES] == f"1{N}étude proposée"
    assert lines[K.RESEAU] == f"2{N}engagements proposés"
    assert K.COMMUNICATION not in lines  # only abandoned: nothing to total


def test_a_kind_line_in_english_puts_the_euro_first() -> None:
    """'€4,500 confirmed\u00a0· €37,000 proposed', '1 hour done', '1 study proposed'."""
    lines = _lines("en")
    assert lines[K.FINANCIER] == "€4,500 confirmed\u00a0· €37,000 proposed"
    assert lines[K.HUMAIN] == f"1{N}hour done\u00a0· 14{N}hours confirmed"
    assert lines[K.DONNEES] == f"1{N}study proposed"


def test_a_status_line_sums_one_status_across_kinds() -> None:
    """The 'confirmed' line holds only confirmed amounts; abandoned ones count nowhere."""
    totals = commitment_totals(PLEDGES)
    c, d = "\u00a0:\u00a0", "\u00a0· "  # French colon and separator: no break before either
    assert status_line(totals, S.CONFIRME, "fr") == (
        f"Financier{c}4{N}500{N}€{d}Humain / bénévolat{c}14{N}heures"
    )
    assert status_line(totals, S.PROPOSE, "fr") == (
        f"Financier{c}37{N}000{N}€{d}Réseau / mise en relation{c}2{N}engagements"
        f"{d}Données / études{c}1{N}étude"
    )
    english = status_line(totals, S.CONFIRME, "en")
    assert english == f"Financial:\u00a0€4,500{d}People / volunteering:\u00a014{N}hours"
    assert totals.dropped == 2
    assert format_amount(1500.5, "€", "fr") == f"1{N}500,5{N}€"


def test_a_unit_typed_another_way_is_summed_with_the_usual_one() -> None:
    """'1 000 euros' and '4 500 €' make 5 500 €; '1 heure' joins the hours; 'km' stays apart."""
    totals = commitment_totals(
        [
            _c(K.FINANCIER, 4500, "€", S.CONFIRME),
            _c(K.FINANCIER, 1000, " Euros ", S.CONFIRME),
            _c(K.HUMAIN, 1, "heure", S.PROPOSE),
            _c(K.HUMAIN, 3, "Heures", S.PROPOSE),
            _c(K.MATERIEL, 12, "km", S.PROPOSE),
        ]
    )
    assert [(t.unit, t.amount(S.CONFIRME), t.amount(S.PROPOSE)) for t in totals.resources] == [
        ("€", 5500, 0),
        ("heures", 0, 4),  # "Heures" too
        ("km", 0, 12),
    ]
