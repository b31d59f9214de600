"""The report's labels in French and English, dates, numbers and French typography."""

from __future__ import annotations

import datetime as dt

from workshop.domain import totals
from workshop.domain.totals import UNITS_EN, format_amount
from workshop.domain.vocabulary import Lang
from workshop.report.typography import french_typography

MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}

# French wants a narrow no-break space (U+202F) before ; ! ? and inside « », but reportlab's
# Paragraph takes U+202F for breaking whitespace: the plain no-break space is used throughout.
NBSP = "\u00a0"

LABELS: dict[str, tuple[str, str]] = {
    "report": ("Compte rendu d'atelier", "Workshop report"),
    "page": ("page {page} / {pages}", "page {page} / {pages}"),
    "territory": ("Territoire", "Territory"),
    "date": ("Date", "Date"),
    "time": ("Horaire", "Time"),
    "place": ("Lieu", "Place"),
    "facilitator": ("Animation", "Facilitator"),
    "question": ("La question travaillée", "The question worked on"),
    "target_sdgs": ("ODD visés", "Target SDGs"),
    "key_figures": ("Chiffres clés", "Key figures"),
    "present_people": ("personnes présentes", "people present"),
    "registered_people": ("personnes inscrites", "people registered"),
    "organisations": ("organisations", "organisations"),
    "cards": ("contributions", "cards"),
    "alliances": ("alliances", "alliances"),
    "commitments": ("engagements", "commitments"),
    "orgs_by_kind": ("Organisations présentes par nature", "Organisations present by kind"),
    "kind": ("Nature", "Kind"),
    "count": ("Nombre", "Count"),
    "resources": ("Ressources engagées", "Resources committed"),
    "resources_note": (
        "Chaque statut est compté à part : un montant proposé n'est jamais ajouté aux "
        "montants confirmés.",
        "Each status is counted apart: a proposed amount is never added to confirmed ones.",
    ),
    "dropped_none": (
        "Les engagements abandonnés ne sont pas comptés.",
        "Dropped commitments are not counted.",
    ),
    "commitments_realise": ("Engagements réalisés", "Commitments done"),
    "commitments_confirme": ("Engagements confirmés", "Commitments confirmed"),
    "commitments_propose": ("Engagements proposés", "Commitments proposed"),
    "dropped_one": (
        "1 engagement abandonné n'est pas compté.",
        "1 dropped commitment is not counted.",
    ),
    "dropped_many": (
        "{n} engagements abandonnés ne sont pas comptés.",
        "{n} dropped commitments are not counted.",
    ),
    "partner_total": ("Total de ses engagements", "Its commitments in total"),
    "resource": ("Ressource", "Resource"),
    "total": ("Total", "Total"),
    "participants": ("Participants par organisation", "Participants by organisation"),
    "participants_note": (
        "✓ : présent·e à l'atelier. Les autres personnes étaient inscrites.",
        "✓: present at the workshop. The others were registered.",
    ),
    "organisation": ("Organisation", "Organisation"),
    "name": ("Nom", "Name"),
    "present": ("Présent·e", "Present"),
    "role_title": ("Fonction", "Title"),
    "email": ("Courriel", "E-mail"),
    "phone": ("Téléphone", "Phone"),
    "no_organisation": ("Sans organisation", "No organisation"),
    "nobody": ("Personne n'est inscrit à cet atelier.", "Nobody is registered for this workshop."),
    "board": ("Le tableau", "The board"),
    "board_note": (
        "Chaque zone du tableau avec ses contributions ; le liseré indique la nature de "
        "l'organisation, le nombre dans le rond les votes reçus.",
        "Each zone of the board with its cards; the strip shows the kind of organisation, the "
        "number in the dot the votes received.",
    ),
    "no_cards": ("Aucune contribution.", "No cards."),
    "no_zone": ("Hors zone", "Outside any zone"),
    "clusters_votes": ("Regroupements et votes", "Clusters and votes"),
    "clusters": ("Regroupements", "Clusters"),
    "cluster": ("Regroupement", "Cluster"),
    "votes": ("Votes", "Votes"),
    "vote_results": ("Résultats des votes", "Vote results"),
    "rank": ("Rang", "Rank"),
    "card": ("Contribution", "Card"),
    "author": ("Auteur", "Author"),
    "zone": ("Zone", "Zone"),
    "no_votes": ("Aucun vote.", "No votes."),
    "no_clusters": ("Aucun regroupement.", "No clusters."),
    "alliance": ("Alliance", "Alliance"),
    "objective": ("Objectif", "Objective"),
    "sdgs": ("ODD", "SDGs"),
    "partnership_type": ("Type de partenariat", "Partnership type"),
    "status": ("Statut", "Status"),
    "partners": ("Partenaires", "Partners"),
    "role": ("Rôle", "Role"),
    "contact": ("Contact", "Contact"),
    "what": ("Engagement", "What"),
    "quantity": ("Quantité", "Quantity"),
    "due": ("Échéance", "Due"),
    "partner": ("Partenaire", "Partner"),
    "no_alliances": ("Aucune alliance.", "No alliances."),
    "no_commitments": ("Aucun engagement.", "No commitments."),
    "who_committed": ("Qui s'engage à quoi", "Who committed what"),
    "alliance_map_note": (
        "Les organisations (couleur : nature) reliées aux "
        "alliances dont elles font partie (disques sombres, numérotés ci-dessous) ; trait "
        "épais : pilote, tirets : financeur. En bas, les organisations inscrites hors alliance.",
        "Organisations (colour: kind) linked to the alliances they "
        "are part of (dark discs, numbered below); thick line: lead, dashes: funder. At the "
        "bottom, registered organisations in no alliance.",
    ),
    "sdg_coverage": ("Couverture des ODD", "SDG coverage"),
    "sdg_coverage_note": (
        "Pour chaque ODD : alliances (barre pleine), contributions (barre claire), ◆ visé "
        "par l'atelier.",
        "For each SDG: alliances (solid bar), cards (light bar), ◆ targeted by the workshop.",
    ),
    "next_steps": ("Prochaines étapes", "Next steps"),
    "next_steps_note": (
        "Engagements proposés ou confirmés, par échéance.",
        "Commitments proposed or confirmed, by due date.",
    ),
    "no_open": ("Aucun engagement en cours.", "No open commitments."),
    "no_due": ("sans date", "no date"),
    "partner_sheet": ("Fiche partenaire", "Partner sheet"),
    "its_commitments": ("Ses engagements", "Its commitments"),
    "co_partners": ("Contacts des co-partenaires", "Co-partners' contacts"),
    "kind_legend": ("Nature des organisations", "Kinds of organisation"),
    "none": ("—", "—"),
    "contents": ("Sommaire", "Contents"),
    "text_cut": ("(texte trop long, coupé)", "(text too long, cut)"),
    "summary": ("Synthèse", "Summary"),
    "what_resource": ("Engagement — ressource : quantité", "What — resource: quantity"),
    "dropped_appendix": ("engagements abandonnés", "dropped commitments"),
    "dropped_appendix_note": (
        "Les engagements proposés puis abandonnés ; ils ne sont comptés dans aucun total.",
        "Commitments offered then dropped; no total counts them.",
    ),
    "dropped_listed_one": (
        "1 engagement abandonné figure en annexe.",
        "1 dropped commitment is listed in the appendix.",
    ),
    "dropped_listed_many": (
        "{n} engagements abandonnés figurent en annexe.",
        "{n} dropped commitments are listed in the appendix.",
    ),
    "type_status": ("Type, statut", "Type, status"),
    "type_status_sdgs": ("Type, statut, ODD", "Type, status, SDGs"),
    "who_came": ("Qui était là", "Who came"),
    "person_present": ("personne présente", "person present"),
    "people_present": ("personnes présentes", "people present"),
    "by_phone": ("dont {n} depuis un téléphone", "{n} of them from a phone"),
    "out_of_registered": ("sur {n} inscrites", "out of {n} registered"),
    "organisation_one": ("1 organisation représentée", "1 organisation represented"),
    "organisation_many": ("{n} organisations représentées", "{n} organisations represented"),
    "cards_line": ("Contributions", "Cards"),
    "alliances_formed": ("Les alliances formées", "The alliances formed"),
    "pilot": ("Pilote", "Lead"),
    "commitments_heading": ("Les engagements", "The commitments"),
    "decisions": ("Décisions et suites", "Decisions and follow-ups"),
    "previous_title": (
        "Suite des engagements précédents",
        "Follow-up of the previous commitments",
    ),
    "previous_intro": (
        "Les engagements pris à l'atelier « {title} »{date}, tels qu'ils en sont aujourd'hui : "
        "{statuses}.",
        "The commitments made at the workshop “{title}”{date}, as they stand today: {statuses}.",
    ),
    "previous_on": (" du {date}", " on {date}"),
    "reminders": ("Relances", "Reminders"),
    "decision": ("Décision", "Decision"),
    "owner": ("Porteur", "Owner"),
    "next_meeting": ("Prochain rendez-vous", "Next meeting"),
    "continued": ("(suite)", "(continued)"),
    "appendices": ("Annexes", "Appendices"),
    "appendix": ("Annexe {letter} : {title}", "Appendix {letter}: {title}"),
    "all_cards": ("toutes les contributions du tableau", "every card on the board"),
    "alliance_map": ("la carte des alliances", "the alliance map"),
    "sdg_appendix": ("couverture des ODD", "SDG coverage"),
    "board_summary": (
        "{cards} réparties en {zones} ; chacune est reproduite en entier en annexe.",
        "{cards} in {zones}; each is printed in full in the appendix.",
    ),
    "zone_one": ("1 zone", "1 zone"),
    "zone_many": ("{n} zones", "{n} zones"),
    "card_one": ("1 contribution", "1 card"),
    "card_many": ("{n} contributions", "{n} cards"),
    "zones": ("Les zones", "The zones"),
    "most_voted": ("Contribution la plus votée", "Most voted card"),
    "top_cards": ("Les contributions les plus votées", "The most voted cards"),
    "top_cards_note": (
        "Les {n} premières des {m} contributions qui ont reçu des votes.",
        "The first {n} of the {m} cards that received votes.",
    ),
    "present_note": (
        "Les personnes présentes, par organisation.",
        "The people present, by organisation.",
    ),
    "absent_one": (
        "1 personne inscrite n'était pas présente.",
        "1 registered person was not present.",
    ),
    "absent_many": (
        "{n} personnes inscrites n'étaient pas présentes.",
        "{n} registered people were not present.",
    ),
    "people": ("Personnes", "People"),
    "phone_mark": ("☎ : proposé depuis un téléphone.", "☎: proposed from a phone."),
}


def tr(key: str, lang: Lang) -> str:
    """The report label `key` in `lang`, with French typography in French."""
    fr, en = LABELS[key]
    return french_typography(fr) if lang == "fr" else en


def format_date(date: dt.date | None, lang: Lang) -> str:
    """'26 novembre 2026' / '1er mai 2026' in French, '26 November 2026' in English."""
    if date is None:
        return ""
    day = "1er" if lang == "fr" and date.day == 1 else str(date.day)
    return f"{day}{NBSP}{MONTHS[lang][date.month - 1]}{NBSP}{date.year}"


def format_short_date(date: dt.date | None, lang: Lang) -> str:
    """A compact date for tables: 26/11/2026 in French, 2026-11-26 in English."""
    if date is None:
        return ""
    return date.strftime("%d/%m/%Y") if lang == "fr" else date.isoformat()


def format_time(time: dt.time | None, lang: Lang) -> str:
    if time is None:
        return ""
    """'9 h 30' in French, '09:30' in English."""
    return f"{time.hour}{NBSP}h{NBSP}{time.minute:02d}" if lang == "fr" else time.strftime("%H:%M")


def format_number(value: float, lang: Lang) -> str:
    """1 234,5 in French (no-break space for thousands), 1,234.5 in English; no trailing .0."""
    return totals.format_number(value, lang, NBSP)


def format_unit(unit: str, lang: Lang) -> str:
    return UNITS_EN.get(unit, unit) if lang == "en" else unit


def format_quantity(quantity: float | None, unit: str, lang: Lang) -> str:
    """'4 500 €' and '1 étude' in French, '€4,500' and '1 study' in English; '' for none.

    A commitment with no quantity prints nothing: a lone '€' would read as an amount.
    """
    if quantity is None:
        return ""
    return format_amount(quantity, unit, lang, NBSP)
