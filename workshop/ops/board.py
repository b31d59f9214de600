"""Board operations: cards, clusters, dot votes, templates and zones, one transaction each.

Every function is one thing the facilitator does on the board. It checks its input first
(raising InvalidInput with a readable message and the field: nothing is written), then writes
in one `operation()`, whose journal is the undo. A card's author typed as a name goes through
the registry's rule (`resolve_organisation`, `resolve_person`), in the same transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from workshop.domain.board_layout import (
    CARD_WIDTH,
    DEFAULT_CARD_HEIGHT,
    MAX_CARD_TEXT,
    MIN_ZONE_HEIGHT,
    MIN_ZONE_WIDTH,
    Box,
    arrange,
    gather,
    group_frame,
    new_zone_box,
    zone_box,
)
from workshop.domain.records import (
    Card,
    CardId,
    Cluster,
    ClusterId,
    OrganisationId,
    PersonId,
    VoteId,
    WorkshopId,
    Zone,
    ZoneId,
)
from workshop.domain.text import fold
from workshop.domain.validation import clean_text
from workshop.domain.vocabulary import Lang, OrganisationKind
from workshop.errors import InvalidInput, NotFound
from workshop.ops import Applied, operation
from workshop.ops.registry import resolve_organisation, resolve_person
from workshop.queries.names import organisations_named, people_named
from workshop.storage.board import TEMPLATES, VoteRound
from workshop.storage.store import Store

MAX_VOTES_PER_PERSON = 20
AUTHOR_SEPARATOR = " · "  # "First Last · Organisation", as the board writes a card's author

_MESSAGES: dict[str, tuple[str, str]] = {
    "text_empty": ("Une carte a besoin d'un texte.", "A card needs some text."),
    "text_long": (
        "Le texte d'une carte tient en {n} caractères au plus.",
        "A card's text holds {n} characters at most.",
    ),
    "no_cards": ("Choisissez au moins une carte.", "Pick at least one card."),
    "card_missing": (
        "Cette carte n'est plus sur le tableau.",
        "This card is no longer on the board.",
    ),
    "other_workshop": (
        "Ces cartes ne sont pas toutes sur le tableau de cet atelier.",
        "These cards are not all on this workshop's board.",
    ),
    "zone_missing": (
        "Cette zone n'est plus sur le tableau.",
        "This zone is no longer on the board.",
    ),
    "zone_other_workshop": (
        "Cette zone n'est pas sur le tableau de cet atelier.",
        "This zone is not on this workshop's board.",
    ),
    "position": ("Cette position est hors du tableau.", "This position is off the board."),
    "sdg": ("Les ODD sont numérotés de 1 à 17.", "The SDGs are numbered 1 to 17."),
    "author_missing": (
        "L'auteur choisi n'est plus dans le registre.",
        "The author chosen is no longer in the registry.",
    ),
    "voter_missing": (
        "Ce participant n'est plus dans le registre.",
        "This participant is no longer in the registry.",
    ),
    "cluster_label": ("Donnez un nom au regroupement.", "The group needs a name."),
    "cluster_missing": (
        "Ce regroupement n'est plus sur le tableau.",
        "This group is no longer on the board.",
    ),
    "zone_name": ("Donnez un nom à la zone.", "The zone needs a name."),
    "zone_colour": (
        "Une couleur s'écrit #RRVVBB (exemple : #E3F2FD).",
        "A colour is written #RRGGBB (for example #E3F2FD).",
    ),
    "zone_size": (
        "Une zone mesure au moins {w} × {h}.",
        "A zone is at least {w} × {h}.",
    ),
    "template": ("Modèle de tableau inconnu : {name}.", "Unknown board template: {name}."),
    "template_on_zones": (
        "Ce tableau a déjà des zones : un modèle se pose sur un tableau vide.",
        "This board already has zones: a template goes on an empty board.",
    ),
    "votes_per_person": (
        "Chaque personne a de 1 à {n} votes.",
        "Each person has 1 to {n} votes.",
    ),
    "no_round": ("Aucun vote en cours : démarrez un vote.", "No vote is running: start one."),
    "votes_used": (
        "{name} a déjà utilisé ses {n} votes.",
        "{name} has already used their {n} votes.",
    ),
    "workshop_missing": ("Cet atelier n'existe plus.", "This workshop no longer exists."),
    "card_colour": (
        "Une couleur de carte s'écrit #RRVVBB (exemple : #FFE0B2), ou rien pour la carte blanche.",
        "A card colour is written #RRGGBB (for example #FFE0B2), or nothing for a plain card.",
    ),
    "tag_long": (
        "Une étiquette tient en {n} caractères au plus.",
        "A tag holds {n} characters at most.",
    ),
    "tags_many": (
        "Une carte porte {n} étiquettes au plus.",
        "A card has {n} tags at most.",
    ),
}
MAX_TAG_LENGTH = 30
MAX_TAGS = 6


def _message(code: str, lang: Lang, **values: object) -> str:
    fr, en = _MESSAGES[code]
    return (fr if lang == "fr" else en).format(**values)


def _refuse(code: str, field: str, lang: Lang, **values: object) -> InvalidInput:
    return InvalidInput(_message(code, lang, **values), field)


@dataclass(frozen=True)
class CardAuthor:
    """Who said a card: a person and/or organisation picked, or a name typed (then resolved).

    A typed name is "Organisation", or "First Last · Organisation"; an organisation the
    registry does not know is added only with the `kind` the facilitator chose. An empty
    CardAuthor means no author.
    """

    person_id: PersonId | None = None
    organisation_id: OrganisationId | None = None
    typed: str = ""
    kind: OrganisationKind | None = None


@dataclass(frozen=True)
class CardMove:
    """Where a card goes: its new place and zone, and its height as drawn (its zone grows to
    hold it)."""

    card_id: CardId
    x: float
    y: float
    zone_id: ZoneId | None
    height: float = 0.0


# ---- checks shared by the operations ----------------------------------------------------


def _workshop(store: Store, workshop_id: WorkshopId, lang: Lang) -> None:
    try:
        store.workshops.get(workshop_id)
    except NotFound as error:
        raise _refuse("workshop_missing", "workshop", lang) from error


def _card(store: Store, card_id: CardId, lang: Lang) -> Card:
    try:
        return store.board.cards.get(card_id)
    except NotFound as error:
        raise _refuse("card_missing", "card", lang) from error


def _cards(
    store: Store, card_ids: Iterable[CardId], lang: Lang, workshop_id: WorkshopId | None = None
) -> list[Card]:
    """The cards named, all of one workshop (`workshop_id` when given)."""
    cards = [_card(store, card_id, lang) for card_id in dict.fromkeys(card_ids)]
    if not cards:
        raise _refuse("no_cards", "cards", lang)
    workshops = {card.workshop_id for card in cards} | ({workshop_id} if workshop_id else set())
    if len(workshops) > 1:
        raise _refuse("other_workshop", "cards", lang)
    return cards


def _zone(store: Store, zone_id: ZoneId, lang: Lang) -> Zone:
    try:
        return store.board.zones.get(zone_id)
    except NotFound as error:
        raise _refuse("zone_missing", "zone", lang) from error


def _zone_of_workshop(
    store: Store, zone_id: ZoneId | None, workshop_id: WorkshopId, lang: Lang
) -> Zone | None:
    if zone_id is None:
        return None
    zone = _zone(store, zone_id, lang)
    if zone.workshop_id != workshop_id:
        raise _refuse("zone_other_workshop", "zone", lang)
    return zone


def _text(text: str, lang: Lang) -> str:
    text = clean_text(text, multiline=True)
    if not text:
        raise _refuse("text_empty", "text", lang)
    if len(text) > MAX_CARD_TEXT:
        raise _refuse("text_long", "text", lang, n=MAX_CARD_TEXT)
    return text


def _sdgs(sdgs: Iterable[int], lang: Lang) -> tuple[int, ...]:
    goals = tuple(sorted(set(sdgs)))
    if any(not 1 <= goal <= 17 for goal in goals):
        raise _refuse("sdg", "sdgs", lang)
    return goals


def _position(x: float, y: float, height: float, lang: Lang) -> None:
    if not all(math.isfinite(v) for v in (x, y, height)) or height < 0:
        raise _refuse("position", "position", lang)


def _author_ids(
    store: Store, author: CardAuthor, lang: Lang
) -> tuple[PersonId | None, OrganisationId | None]:
    """The person and organisation a card's author designates (nested registry operations)."""
    typed = " ".join(author.typed.split())
    if not typed:
        try:
            if author.person_id is not None:
                store.people.get(author.person_id)
            if author.organisation_id is not None:
                store.organisations.get(author.organisation_id)
        except NotFound as error:
            raise _refuse("author_missing", "author", lang) from error
        return author.person_id, author.organisation_id
    person_part, separator, organisation_part = typed.rpartition(AUTHOR_SEPARATOR.strip())
    person_part, organisation_part = person_part.strip(), organisation_part.strip()
    if not separator:
        person_part, organisation_part = "", typed
        if not organisations_named(store, typed):
            people = people_named(store, typed)
            if len(people) == 1:  # a participant's name typed without their organisation
                return people[0].id, people[0].organisation_id
    organisation = resolve_organisation(
        store, organisation_part, author.kind, lang=lang, field="author"
    ).result
    organisation_id = organisation.id if organisation else None
    if not person_part:
        return None, organisation_id
    first, _, last = person_part.partition(" ")
    person = resolve_person(store, first, last, organisation_id, lang=lang, field="author").result
    return person.id, organisation_id


def _move(store: Store, moves: Sequence[CardMove]) -> None:
    """Write the moves and grow each zone to hold the cards put in it."""
    store.board.cards.move_many((m.card_id, m.x, m.y, m.zone_id) for m in moves)
    _grow(store, ((m.zone_id, m.y + m.height) for m in moves))


def _grow(store: Store, bottoms: Iterable[tuple[ZoneId | None, float]]) -> None:
    lowest: dict[ZoneId, float] = {}
    for zone_id, bottom in bottoms:
        if zone_id is not None:
            lowest[zone_id] = max(bottom, lowest.get(zone_id, bottom))
    store.board.zones.grow_to_hold(lowest)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


# ---- cards --------------------------------------------------------------------------------


def add_card(
    store: Store,
    card: Card,
    author: CardAuthor | None = None,
    *,
    height: float = 0.0,
    lang: Lang = "fr",
) -> Applied[Card]:
    """The facilitator puts a new card on the board (its zone grows to hold it)."""
    text = _text(card.text, lang)
    _position(card.x, card.y, height, lang)
    _workshop(store, card.workshop_id, lang)
    _zone_of_workshop(store, card.zone_id, card.workshop_id, lang)
    sdgs = _sdgs(card.sdgs, lang)
    with operation(store) as op:
        person_id, organisation_id = card.person_id, card.organisation_id
        if author is not None:
            person_id, organisation_id = _author_ids(store, author, lang)
        draft = dataclasses.replace(
            card,
            id=CardId(0),
            text=text,
            sdgs=sdgs,
            person_id=person_id,
            organisation_id=organisation_id,
            created_at=card.created_at or _now(),
        )
        saved = store.board.cards.add(draft)
        _grow(store, [(saved.zone_id, saved.y + height)])
    return op.applied(saved)


def duplicate_cards(
    store: Store,
    card_ids: Sequence[CardId],
    *,
    offset: float = 24.0,
    heights: Mapping[CardId, float] | None = None,
    lang: Lang = "fr",
) -> Applied[list[Card]]:
    """The facilitator copies cards beside themselves (ungrouped; their zones grow to hold them)."""
    cards = _cards(store, card_ids, lang)
    heights = heights or {}
    now = _now()
    with operation(store) as op:
        copies = [
            store.board.cards.add(
                dataclasses.replace(
                    card,
                    id=CardId(0),
                    x=card.x + offset,
                    y=card.y + offset,
                    cluster_id=None,
                    created_at=now,
                )
            )
            for card in cards
        ]
        originals = [card.id for card in cards]
        _grow(
            store,
            [
                (copy.zone_id, copy.y + heights.get(original, 0.0))
                for copy, original in zip(copies, originals, strict=True)
            ],
        )
    return op.applied(copies)


def edit_card(
    store: Store,
    card_id: CardId,
    *,
    text: str | None = None,
    author: CardAuthor | None = None,
    sdgs: Sequence[int] | None = None,
    height: float | None = None,
    lang: Lang = "fr",
) -> Applied[Card]:
    """The facilitator changes a card's text, author or SDGs (None: left as it is)."""
    card = _card(store, card_id, lang)
    changes: dict[str, object] = {}
    if text is not None:
        changes["text"] = _text(text, lang)
    if sdgs is not None:
        changes["sdgs"] = _sdgs(sdgs, lang)
    if height is not None:
        _position(card.x, card.y, height, lang)
    with operation(store) as op:
        if author is not None:
            changes["person_id"], changes["organisation_id"] = _author_ids(store, author, lang)
        after = dataclasses.replace(card, **changes)  # type: ignore[arg-type]
        if after != card:
            store.board.cards.update(after)
        if height is not None:
            _grow(store, [(after.zone_id, after.y + height)])
    return op.applied(after)


def set_card_colour(
    store: Store, card_ids: Sequence[CardId], colour: str, *, lang: Lang = "fr"
) -> Applied[list[Card]]:
    """The facilitator colours cards by hand (#RRGGBB; "" gives them back their plain colour)."""
    colour = colour.strip().upper()
    if colour and not _COLOUR.fullmatch(colour):
        raise _refuse("card_colour", "colour", lang)
    cards = _cards(store, card_ids, lang)
    with operation(store) as op:
        changed = [dataclasses.replace(card, colour=colour) for card in cards]
        for before, after in zip(cards, changed, strict=True):
            if after != before:
                store.board.cards.update(after)
    return op.applied(changed)


def clean_tags(tags: Iterable[str], lang: Lang = "fr") -> tuple[str, ...]:
    """Tags as kept: trimmed, without a leading "#", each once (case and accents aside)."""
    kept: dict[str, str] = {}
    for tag in tags:
        tag = clean_text(tag).lstrip("#").strip()
        if not tag:
            continue
        if len(tag) > MAX_TAG_LENGTH:
            raise _refuse("tag_long", "tags", lang, n=MAX_TAG_LENGTH)
        kept.setdefault(fold(tag), tag)
    if len(kept) > MAX_TAGS:
        raise _refuse("tags_many", "tags", lang, n=MAX_TAGS)
    return tuple(kept.values())


def set_card_tags(
    store: Store,
    card_ids: Sequence[CardId],
    tags: Sequence[str],
    *,
    heights: Mapping[CardId, float] | None = None,
    lang: Lang = "fr",
) -> Applied[list[Card]]:
    """The facilitator puts tags on cards by hand (the same ones on each; none: no tag); their
    zones grow to hold them (heights: each card's height as drawn with its tags)."""
    kept = clean_tags(tags, lang)
    cards = _cards(store, card_ids, lang)
    heights = heights or {}
    with operation(store) as op:
        changed = [dataclasses.replace(card, tags=kept) for card in cards]
        for before, after in zip(cards, changed, strict=True):
            if after != before:
                store.board.cards.update(after)
        _grow(store, [(c.zone_id, c.y + heights[c.id]) for c in changed if c.id in heights])
    return op.applied(changed)


def delete_cards(store: Store, card_ids: Sequence[CardId], *, lang: Lang = "fr") -> Applied[int]:
    """The facilitator deletes cards (their votes and alliance links go with them)."""
    cards = _cards(store, card_ids, lang)
    with operation(store) as op:
        for card in cards:
            store.board.cards.delete(card.id)
    return op.applied(len(cards))


def move_cards(store: Store, moves: Sequence[CardMove], *, lang: Lang = "fr") -> Applied[None]:
    """The facilitator moves cards (a drag, a nudge, "move to"); their zones grow to hold them."""
    cards = _cards(store, [m.card_id for m in moves], lang)
    workshop_id = cards[0].workshop_id
    for move in moves:
        _position(move.x, move.y, move.height, lang)
        _zone_of_workshop(store, move.zone_id, workshop_id, lang)
    with operation(store) as op:
        _move(store, moves)
    return op.applied(None)


# ---- clusters -----------------------------------------------------------------------------


def _label(label: str, lang: Lang) -> str:
    label = clean_text(label)
    if not label:
        raise _refuse("cluster_label", "label", lang)
    return label


def _box(card: Card, sizes: Mapping[CardId, tuple[float, float]]) -> Box:
    width, height = sizes.get(card.id, (CARD_WIDTH, DEFAULT_CARD_HEIGHT))
    return Box(card.x, card.y, width, height)


def _gathered(
    store: Store,
    workshop_id: WorkshopId,
    cards: Sequence[Card],
    sizes: Mapping[CardId, tuple[float, float]],
) -> list[CardMove]:
    """Where a new group's cards go: side by side in the zone of its first card (reading
    order), clear of every other card and group of the board."""
    members = {card.id for card in cards}
    boxes = [(card.id, _box(card, sizes)) for card in cards]
    first = min(cards, key=lambda c: (round(c.y / 40), c.x, c.id))
    zone = store.board.zones.get(first.zone_id) if first.zone_id is not None else None
    others: list[Box] = []
    clustered: dict[ClusterId, list[Box]] = {}
    for card in store.board.cards.of_workshop(workshop_id):
        if card.id in members:
            continue
        if card.cluster_id is not None:
            clustered.setdefault(card.cluster_id, []).append(_box(card, sizes))
        else:
            others.append(_box(card, sizes))
    others.extend(group_frame(frame) for frame in clustered.values())
    if zone is not None:
        others = [box for box in others if box.intersects(zone_box(zone))]
    heights = {card_id: box.height for card_id, box in boxes}
    zone_id = zone.id if zone is not None else None
    return [
        CardMove(card_id, x, y, zone_id, heights[card_id])
        for card_id, x, y in gather(zone, boxes, others)
    ]


def group_cards(
    store: Store,
    workshop_id: WorkshopId,
    card_ids: Sequence[CardId],
    label: str,
    *,
    sizes: Mapping[CardId, tuple[float, float]] | None = None,
    lang: Lang = "fr",
) -> Applied[Cluster]:
    """The facilitator groups cards under a new labelled cluster (leaving their former one):
    the cards gather side by side in the zone of the first one, under the group's name, at
    the free place nearest to it (sizes: the cards' width and height as drawn)."""
    label = _label(label, lang)
    _workshop(store, workshop_id, lang)
    cards = _cards(store, card_ids, lang, workshop_id)
    with operation(store) as op:
        moves = _gathered(store, workshop_id, cards, sizes or {})
        cluster = store.board.clusters.add(Cluster(workshop_id=workshop_id, label=label))
        store.board.cards.set_cluster([card.id for card in cards], cluster.id)
        _move(store, moves)
    return op.applied(cluster)


def recolour_cluster(
    store: Store, cluster_id: ClusterId, colour: str, *, lang: Lang = "fr"
) -> Applied[Cluster]:
    """The facilitator gives a group another colour (#RRGGBB)."""
    colour = colour.strip()
    if not _COLOUR.fullmatch(colour):
        raise _refuse("zone_colour", "colour", lang)
    cluster = _cluster(store, cluster_id, lang)
    after = dataclasses.replace(cluster, colour=colour.upper())
    with operation(store) as op:
        if after != cluster:
            store.board.clusters.update(after)
    return op.applied(after)


def collapse_clusters(
    store: Store, cluster_ids: Sequence[ClusterId], collapsed: bool, *, lang: Lang = "fr"
) -> Applied[list[Cluster]]:
    """The facilitator folds groups into one tile each (the name and how many cards), or opens
    them."""
    clusters = [_cluster(store, cluster_id, lang) for cluster_id in dict.fromkeys(cluster_ids)]
    if not clusters:
        raise _refuse("cluster_missing", "cluster", lang)
    changed = [dataclasses.replace(cluster, collapsed=collapsed) for cluster in clusters]
    with operation(store) as op:
        for before, after in zip(clusters, changed, strict=True):
            if after != before:
                store.board.clusters.update(after)
    return op.applied(changed)


def _cluster(store: Store, cluster_id: ClusterId, lang: Lang) -> Cluster:
    try:
        return store.board.clusters.get(cluster_id)
    except NotFound as error:
        raise _refuse("cluster_missing", "cluster", lang) from error


def ungroup(store: Store, cluster_ids: Sequence[ClusterId], *, lang: Lang = "fr") -> Applied[int]:
    """The facilitator ungroups clusters: the cards stay where they are, ungrouped."""
    clusters = [_cluster(store, cluster_id, lang) for cluster_id in dict.fromkeys(cluster_ids)]
    if not clusters:
        raise _refuse("cluster_missing", "cluster", lang)
    with operation(store) as op:
        for cluster in clusters:
            store.board.clusters.delete(cluster.id)
    return op.applied(len(clusters))


def rename_cluster(
    store: Store, cluster_id: ClusterId, label: str, *, lang: Lang = "fr"
) -> Applied[Cluster]:
    """The facilitator renames a cluster."""
    label = _label(label, lang)
    cluster = _cluster(store, cluster_id, lang)
    with operation(store) as op:
        renamed = store.board.clusters.update(dataclasses.replace(cluster, label=label))
    return op.applied(renamed)


# ---- dot votes ----------------------------------------------------------------------------


def start_vote_round(
    store: Store,
    workshop_id: WorkshopId,
    votes_per_person: int,
    *,
    zone_ids: Sequence[ZoneId] = (),
    hidden: bool = False,
    lang: Lang = "fr",
) -> Applied[VoteRound]:
    """The facilitator starts a dot vote, N votes per participant (a running one is closed),
    on the cards of `zone_ids` (every zone when empty: phones may vote on no other card);
    a hidden one shows no counts until the facilitator reveals them (ops.votes)."""
    if not 1 <= votes_per_person <= MAX_VOTES_PER_PERSON:
        raise _refuse("votes_per_person", "votes_per_person", lang, n=MAX_VOTES_PER_PERSON)
    _workshop(store, workshop_id, lang)
    for zone_id in zone_ids:
        _zone_of_workshop(store, zone_id, workshop_id, lang)
    with operation(store) as op:
        vote_round = store.board.rounds.start(
            workshop_id, votes_per_person, zone_ids, revealed=not hidden
        )
    return op.applied(vote_round)


def end_vote_round(
    store: Store, workshop_id: WorkshopId, *, lang: Lang = "fr"
) -> Applied[VoteRound]:
    """The facilitator closes the running dot vote."""
    current = store.board.rounds.current(workshop_id)
    if current is None:
        raise _refuse("no_round", "vote_round", lang)
    with operation(store) as op:
        ended = store.board.rounds.update(dataclasses.replace(current, ended_at=_now()))
    return op.applied(ended)


def cast_vote(
    store: Store, card_id: CardId, person_id: PersonId | None, *, lang: Lang = "fr"
) -> Applied[VoteId]:
    """A participant (or the facilitator for them) puts a dot of the running vote on a card."""
    card = _card(store, card_id, lang)
    current = store.board.rounds.current(card.workshop_id)
    if current is None:
        raise _refuse("no_round", "vote_round", lang)
    if person_id is not None:
        try:
            person = store.people.get(person_id)
        except NotFound as error:
            raise _refuse("voter_missing", "person", lang) from error
        if store.board.votes.used(current.id, person_id) >= current.votes_per_person:
            name = person.full_name
            raise _refuse("votes_used", "person", lang, name=name, n=current.votes_per_person)
    with operation(store) as op:
        vote_id = store.board.votes.cast(card_id, person_id, current.id)
    return op.applied(vote_id)


# ---- templates and zones --------------------------------------------------------------------


def apply_template(
    store: Store, workshop_id: WorkshopId, template: str, *, lang: Lang = "fr"
) -> Applied[list[Zone]]:
    """The facilitator lays a template's zones on a board that has none yet."""
    if template not in TEMPLATES:
        raise _refuse("template", "template", lang, name=template)
    _workshop(store, workshop_id, lang)
    if store.board.zones.of_workshop(workshop_id):
        raise _refuse("template_on_zones", "template", lang)
    with operation(store) as op:
        zones = store.board.zones.apply_template(workshop_id, template)
    return op.applied(zones)


def _zone_name(name: str, lang: Lang) -> str:
    name = clean_text(name)
    if not name:
        raise _refuse("zone_name", "name", lang)
    return name


def add_zone(
    store: Store, workshop_id: WorkshopId, name: str, *, lang: Lang = "fr"
) -> Applied[Zone]:
    """The facilitator adds a zone, to the right of the others and as tall as the rightmost."""
    name = _zone_name(name, lang)
    _workshop(store, workshop_id, lang)
    zones = store.board.zones.of_workshop(workshop_id)
    box = new_zone_box(zones)
    zone = Zone(
        workshop_id=workshop_id,
        name=name,
        x=box.x,
        y=box.y,
        width=box.width,
        height=box.height,
        position=max((z.position for z in zones), default=-1) + 1,
    )
    with operation(store) as op:
        saved = store.board.zones.add(zone)
    return op.applied(saved)


def _update_zone(store: Store, zone: Zone, after: Zone) -> Applied[Zone]:
    with operation(store) as op:
        if after != zone:
            store.board.zones.update(after)
    return op.applied(after)


def rename_zone(store: Store, zone_id: ZoneId, name: str, *, lang: Lang = "fr") -> Applied[Zone]:
    """The facilitator renames a zone."""
    name = _zone_name(name, lang)
    zone = _zone(store, zone_id, lang)
    return _update_zone(store, zone, dataclasses.replace(zone, name=name))


_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def recolour_zone(
    store: Store, zone_id: ZoneId, colour: str, *, lang: Lang = "fr"
) -> Applied[Zone]:
    """The facilitator gives a zone another colour (#RRGGBB)."""
    colour = colour.strip()
    if not _COLOUR.fullmatch(colour):
        raise _refuse("zone_colour", "colour", lang)
    zone = _zone(store, zone_id, lang)
    return _update_zone(store, zone, dataclasses.replace(zone, colour=colour.upper()))


def resize_zone(
    store: Store, zone_id: ZoneId, width: float, height: float, *, lang: Lang = "fr"
) -> Applied[Zone]:
    """The facilitator resizes a zone by its corner handle."""
    if not (math.isfinite(width) and math.isfinite(height)) or (
        width < MIN_ZONE_WIDTH or height < MIN_ZONE_HEIGHT
    ):
        raise _refuse("zone_size", "size", lang, w=round(MIN_ZONE_WIDTH), h=round(MIN_ZONE_HEIGHT))
    zone = _zone(store, zone_id, lang)
    after = dataclasses.replace(zone, width=float(round(width)), height=float(round(height)))
    return _update_zone(store, zone, after)


def move_zone(
    store: Store, zone_id: ZoneId, x: float, y: float, *, lang: Lang = "fr"
) -> Applied[Zone]:
    """The facilitator drags a zone by its title bar: its cards move with it."""
    if not (math.isfinite(x) and math.isfinite(y)):
        raise _refuse("position", "position", lang)
    zone = _zone(store, zone_id, lang)
    after = dataclasses.replace(zone, x=float(round(x)), y=float(round(y)))
    dx, dy = after.x - zone.x, after.y - zone.y
    with operation(store) as op:
        if dx or dy:
            store.board.zones.update(after)
            store.board.cards.move_many(
                (card.id, card.x + dx, card.y + dy, card.zone_id)
                for card in store.board.cards.in_zone(zone.id)
            )
    return op.applied(after)


def remove_zone(store: Store, zone_id: ZoneId, *, lang: Lang = "fr") -> Applied[Zone]:
    """The facilitator removes a zone; its cards stay on the board, in no zone."""
    zone = _zone(store, zone_id, lang)
    with operation(store) as op:
        store.board.zones.delete(zone.id)
    return op.applied(zone)


def arrange_zone(
    store: Store,
    zone_id: ZoneId,
    sizes: Mapping[CardId, tuple[float, float]] | None = None,
    *,
    lang: Lang = "fr",
) -> Applied[list[CardMove]]:
    """The facilitator tidies a zone's cards in rows, each group's cards together under its
    name (sizes: each card's width, height drawn)."""
    zone = _zone(store, zone_id, lang)
    sizes = sizes or {}
    cards = store.board.cards.in_zone(zone.id)
    boxes = [(card.id, _box(card, sizes)) for card in cards]
    groups = {card.id: card.cluster_id for card in cards if card.cluster_id is not None}
    heights = {card_id: box.height for card_id, box in boxes}
    moves = [
        CardMove(card_id, x, y, zone.id, heights[card_id])
        for card_id, x, y in arrange(zone, boxes, groups=groups)
    ]
    with operation(store) as op:
        if moves:
            _move(store, moves)
    return op.applied(moves)
