"""The territory map in the report: the workshop's organisations on its territory's outline.

The same picture as the Territoire screen's map (workshop/domain/territory_map.py), for the
organisations that took part in the workshop (someone present, a card, a partner) and have a
point: each a numbered disc coloured by its kind, the organisations of one commune spread around
its centre, each alliance drawn from its pilot to its other partners; under the outline, paler and
named, the neighbouring territories holding some of the discs. A legend gives the kinds' colours,
a key the numbers' names; the organisations without a commune are named under it. Printed only
when at least one organisation of the workshop has a point.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from workshop.domain.communes import Territory, attribution
from workshop.domain.records import OrganisationId, WorkshopId
from workshop.domain.territory_map import (
    MapActor,
    MapAlliance,
    MapContent,
    MapFilter,
    MapNeighbour,
    MapPicture,
    MapSelection,
    map_territory,
    neighbours,
    picture,
)
from workshop.domain.text import sort_key
from workshop.domain.vocabulary import KIND_COLOURS, Lang, OrganisationKind, PartnerRole
from workshop.report.data import ReportData
from workshop.report.fonts import markup
from workshop.report.styles import INK, MUTED, SECONDARY_SIZE, para, styles
from workshop.report.text_fit import label, truncate, wrap
from workshop.report.typography import typography

DISC = 6.0  # points: a numbered disc's radius
SMALL_DISC = 2.6  # without numbers (more than MAX_NUMBERED organisations)
MAX_NUMBERED = 99
GAP = 1.2  # points between two discs of one commune
KEY_ENTRY_WIDTH = 450.0  # points (about a line): a longer name in the key is cut, with "…"
MIN_MAP_HEIGHT = 300.0
OUTLINE_FILL = colors.HexColor("#EEF3F6")
OUTLINE_STROKE = colors.HexColor("#5F7C8A")
LINK_COLOUR = colors.HexColor("#8EA1AB")
NEIGHBOUR_FILL = colors.HexColor("#F7F9FA")  # a neighbouring territory: context, paler
NEIGHBOUR_STROKE = colors.HexColor("#A9B8C0")
NEIGHBOUR_DASH = (2.4, 1.6)  # points
NEIGHBOUR_NAME_SIZE = 6.5  # points, in MUTED
NEIGHBOUR_NAME_LINES = 2

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("la carte du territoire", "the map of the territory"),
    "caption": (
        "Les organisations de l'atelier qui ont une commune, sur le contour de « {territory} » ; "
        "la couleur d'un disque dit la nature de l'organisation, son numéro renvoie à la liste "
        "ci-dessous. Celles d'une même commune sont réparties autour de son centre. Chaque "
        "alliance relie son pilote à chacun de ses autres partenaires.",
        "The workshop's organisations that have a commune, on the outline of "
        "\u201c{territory}\u201d; a disc's colour tells the organisation's kind, its number "
        "refers to the list below. Those of one commune are spread around its centre. Each "
        "alliance links its pilot to each of its other partners.",
    ),
    "caption_no_outline": (
        "Les organisations de l'atelier qui ont une commune (le territoire de l'atelier n'est "
        "pas précisé : pas de contour) ; la couleur d'un disque dit la nature de "
        "l'organisation, son numéro renvoie à la liste ci-dessous. Chaque alliance relie son "
        "pilote à chacun de ses autres partenaires.",
        "The workshop's organisations that have a commune (the workshop's territory is not "
        "given: no outline); a disc's colour tells the organisation's kind, its number refers "
        "to the list below. Each alliance links its pilot to each of its other partners.",
    ),
    "unnumbered": (
        "Les organisations de l'atelier qui ont une commune, sur le contour de « {territory} », "
        "colorées selon leur nature ; chaque alliance relie son pilote à ses autres partenaires.",
        "The workshop's organisations that have a commune, on the outline of "
        "\u201c{territory}\u201d, coloured by kind; each alliance links its pilot to its other "
        "partners.",
    ),
    "link": (
        "Alliance : du pilote vers chaque partenaire",
        "Alliance: from the pilot to each partner",
    ),
    "neighbours": (
        " En plus pâle, autour du territoire : {names}, où sont d'autres organisations de "
        "l'atelier.",
        " Paler, around the territory: {names}, where other organisations of the workshop are.",
    ),
    "quoted": ("« {name} »", "\u201c{name}\u201d"),
    "unplaced": (
        "Sans commune, hors de la carte : {names}.",
        "Without a commune, not on the map: {names}.",
    ),
    "picture": (  # the picture's description, for a screen reader (the editable report)
        "Carte de « {territory} » : les organisations de l'atelier ({count}) en disques colorés "
        "selon leur nature{numbered}{links}{around}.",
        "Map of \u201c{territory}\u201d: the workshop's organisations ({count}) as discs "
        "coloured by kind{numbered}{links}{around}.",
    ),
    "picture_no_outline": (
        "Carte : les organisations de l'atelier ({count}) en disques colorés selon leur "
        "nature{numbered}{links}.",
        "Map: the workshop's organisations ({count}) as discs coloured by kind{numbered}{links}.",
    ),
    "picture_numbered": (
        ", numérotés comme dans la liste qui suit",
        ", numbered as in the list that follows",
    ),
    "picture_links": (
        " ; les alliances en lignes, du pilote vers chaque partenaire ({n})",
        "; the alliances as lines, from the pilot to each partner ({n})",
    ),
    "picture_neighbours": (
        " ; en plus pâle, les territoires voisins où sont d'autres organisations : {names}",
        "; paler, the neighbouring territories where other organisations are: {names}",
    ),
}


def text(key: str, lang: Lang, **values: object) -> str:
    fr, en = TEXTS[key]
    return typography((fr if lang == "fr" else en).format(**values), lang)


def title(lang: Lang) -> str:
    """The heading of the map's page."""
    return text("title", lang)


def took_part(data: ReportData) -> list[OrganisationId]:
    """The organisations that took part: someone of theirs present, a card, a partner."""
    ids: set[OrganisationId] = set()
    for person in data.present_people():
        if person.organisation_id is not None:
            ids.add(person.organisation_id)
    for card in data.cards:
        organisation = data.card_organisation(card)
        if organisation is not None:
            ids.add(organisation.id)
    ids |= {p.organisation_id for p in data.partners}
    return [i for i in ids if i in data.organisations]


def workshop_selection(data: ReportData) -> tuple[MapSelection, Territory | None]:
    """What the report's map shows of the workshop, and the territory it is drawn on."""
    workshop_id = data.workshop.id or WorkshopId(0)
    actors = tuple(
        MapActor(
            id=o.id,
            name=o.name,
            kind=o.kind,
            sdgs=o.sdgs,
            workshops=frozenset({workshop_id}),
            commune_code=o.commune_code,
            commune_name=o.commune_name,
            longitude=o.longitude,
            latitude=o.latitude,
        )
        for o in (data.organisations[i] for i in took_part(data))
    )
    roles = list(PartnerRole)
    alliances = tuple(
        MapAlliance(
            id=a.id,
            name=a.name,
            workshop_id=workshop_id,
            sdgs=a.sdgs,
            partners=tuple(
                (p.organisation_id, p.role)
                for p in sorted(
                    data.partners_of(a.id),
                    key=lambda p: (p.role != PartnerRole.PILOTE, roles.index(p.role), p.id),
                )
            ),
        )
        for a in data.alliances
    )
    content = MapContent(actors, alliances)
    territory = map_territory(data.workshop.territory_code, (a.commune_code for a in actors))
    return content.select(MapFilter()), territory


def numbering(selection: MapSelection) -> tuple[dict[OrganisationId, int], float]:
    """Each organisation's number (none beyond MAX_NUMBERED organisations) and the discs' radius."""
    if len(selection.actors) > MAX_NUMBERED:
        return {}, SMALL_DISC
    return {a.id: n for n, a in enumerate(selection.actors, start=1)}, DISC


def caption(
    territory: Territory | None, numbered: bool, lang: Lang, around: Sequence[str] = ()
) -> str:
    """The map's caption: what the discs, their colours, numbers and lines say, and the
    neighbouring territories drawn `around` the territory (their names)."""
    name = territory.name if territory else ""
    if not numbered:
        said = text("unnumbered", lang, territory=name)
    elif territory is not None:
        said = text("caption", lang, territory=name)
    else:
        return text("caption_no_outline", lang)
    if around:
        said += text("neighbours", lang, names=quoted_names(around, lang))
    return said


def quoted_names(names: Sequence[str], lang: Lang) -> str:
    """« A », « B »: territories' names, each quoted."""
    return ", ".join(text("quoted", lang, name=n) for n in names)


def key_entries(
    actors: Sequence[MapActor], numbers: dict[OrganisationId, int]
) -> list[tuple[int, str]]:
    """The key's entries in number order: (1, 'Name (Commune)'), user text as typed."""
    entries = []
    for actor in sorted(actors, key=lambda a: numbers[a.id]):
        where = f" ({actor.commune_name})" if actor.commune_name else ""
        entries.append((numbers[actor.id], actor.name + where))
    return entries


def unplaced_names(selection: MapSelection) -> list[str]:
    """The organisations of the workshop without a commune, by name."""
    return [a.name for a in sorted(selection.unplaced, key=lambda a: sort_key(a.name))]


def has_territory_map(data: ReportData) -> bool:
    """Whether the report prints the map: an organisation of the workshop has a point."""
    return any(
        data.organisations[i].latitude is not None and data.organisations[i].longitude is not None
        for i in took_part(data)
    )


def fitted_picture(
    selection: MapSelection,
    territory: Territory | None,
    width: float,
    height: float,
    radius: float,
) -> tuple[MapPicture, float]:
    """The picture with discs of one commune `radius` apart once drawn in `width` x `height`
    points, and its scale (points per kilometre)."""
    outline = territory.outline if territory else ()
    around = neighbours(selection, territory)
    first = picture(selection, outline, 0.0, around)
    _, _, w, h = first.bounds
    if w <= 0 or h <= 0:
        return first, 1.0
    scale = min(width / w, height / h)
    side = max(w, h)
    drawn = picture(selection, outline, (2 * radius + GAP) / scale / side, around)
    _, _, w, h = drawn.bounds
    return drawn, min(width / w, height / h)


def territory_drawing(
    drawn: MapPicture, scale: float, width: float, numbers: dict[OrganisationId, int], radius: float
) -> Drawing:
    """The neighbouring territories (pale, dashed, named), the outline above them, the links
    and the discs (numbered when `numbers` has them), centred."""
    left, top, w, h = drawn.bounds
    height = h * scale
    offset = (width - w * scale) / 2

    def at(x: float, y: float) -> tuple[float, float]:
        return offset + (x - left) * scale, height - (y - top) * scale

    drawing = Drawing(width, height)
    regular = styles().fonts.regular
    for neighbour in drawn.neighbours:
        for ring in neighbour.rings:
            drawing.add(
                Polygon(
                    [c for x, y in ring for c in at(x, y)],
                    fillColor=NEIGHBOUR_FILL,
                    strokeColor=NEIGHBOUR_STROKE,
                    strokeWidth=0.5,
                    strokeDashArray=list(NEIGHBOUR_DASH),
                    strokeLineJoin=1,
                )
            )
    for neighbour in drawn.neighbours:
        x, y = at(*neighbour.label)
        lines = neighbour_name_lines(neighbour, scale, regular)
        size = NEIGHBOUR_NAME_SIZE
        leading = size * 1.2
        first = y + (len(lines) - 1) * leading / 2 - size * 0.36  # the lines centred on y
        for index, line in enumerate(lines):
            drawing.add(label(x, first - index * leading, line, regular, size, MUTED, "middle"))
    for ring in drawn.outline:
        points = [c for x, y in ring for c in at(x, y)]
        drawing.add(
            Polygon(
                points,
                fillColor=OUTLINE_FILL,
                strokeColor=OUTLINE_STROKE,
                strokeWidth=0.9,
                strokeLineJoin=1,
            )
        )
    for link in drawn.links:
        a, b = drawn.point(link.source), drawn.point(link.target)
        drawing.add(Line(*at(a.x, a.y), *at(b.x, b.y), strokeColor=LINK_COLOUR, strokeWidth=0.7))
    bold = styles().fonts.bold
    for point in drawn.points:
        x, y = at(point.x, point.y)
        fill = colors.HexColor(point.colour)
        drawing.add(Circle(x, y, radius, fillColor=fill, strokeColor=colors.white, strokeWidth=0.6))
        number = numbers.get(point.actor.id)
        if number is not None:
            size = 6.6 if number < 10 else 5.8
            ink = INK if is_light(point.colour) else colors.white
            drawing.add(label(x, y - size * 0.36, str(number), bold, size, ink, "middle"))
    return drawing


def neighbour_name_lines(neighbour: MapNeighbour, scale: float, font: str) -> list[str]:
    """A neighbouring territory's name in lines no wider than most of its outline once drawn
    at `scale` points per kilometre (two at most, then '…')."""
    xs = [x for ring in neighbour.rings for x, _ in ring]
    room = max(60.0, (max(xs) - min(xs)) * scale * 0.8) if xs else 60.0
    return wrap(neighbour.name, font, NEIGHBOUR_NAME_SIZE, room, NEIGHBOUR_NAME_LINES)


def is_light(colour: str) -> bool:
    """Whether a kind's colour is light enough to print its number in ink rather than white."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue > 0.62


def legend(
    kinds: Sequence[tuple[OrganisationKind, int]], links: bool, width: float, lang: Lang
) -> Drawing:
    """The kinds drawn (colour, name, how many) in three columns, and the links' line."""
    fonts = styles().fonts
    size = SECONDARY_SIZE
    row = size * 1.6
    columns = 3
    column_width = width / columns
    lines = -(-len(kinds) // columns) + (1 if links else 0)
    height = row * lines + 2
    drawing = Drawing(width, height)
    for index, (kind, count) in enumerate(kinds):
        line, column = divmod(index, columns)
        x, base = column * column_width, height - row * (line + 1) + 3
        drawing.add(
            Circle(
                x + 4,
                base + 2.8,
                4,
                fillColor=colors.HexColor(KIND_COLOURS[kind]),
                strokeColor=None,
            )
        )
        name = wrap(f"{kind.label(lang)} ({count})", fonts.regular, size, column_width - 16, 1)[0]
        drawing.add(label(x + 12, base, name, fonts.regular, size, INK))
    if links:  # on a row of its own, the whole width
        x, base = 0.0, height - row * lines + 3
        drawing.add(Line(x, base + 2.8, x + 14, base + 2.8, strokeColor=LINK_COLOUR, strokeWidth=1))
        name = wrap(text("link", lang), fonts.regular, size, width - 18, 1)[0]
        drawing.add(label(x + 18, base, name, fonts.regular, size, INK))
    return drawing


def key(actors: Sequence[MapActor], numbers: dict[OrganisationId, int], lang: Lang) -> Paragraph:
    """'1 Name (Commune) · 2 Name…': the numbers' names, user text printed literally."""
    s = styles(lang)
    bold = s.fonts.bold
    entries = []
    for number, name in key_entries(actors, numbers):
        entry = truncate(name, s.fonts.regular, s.note.fontSize, KEY_ENTRY_WIDTH)
        entries.append(f'<font name="{bold}">{number}</font>\u00a0{markup(entry)}')
    style = ParagraphStyle(  # a name is never hyphenated, nor broken at its own hyphens
        "map_key", parent=s.note, textColor=INK, hyphenationLang="", embeddedHyphenation=0
    )
    return Paragraph(" · ".join(entries), style)


def territory_map_section(
    data: ReportData, width: float, lang: Lang, *, max_height: float = 600.0
) -> list[Flowable]:
    """What follows the map's heading: a caption, the legend, the map, the numbers' key and
    the organisations without a commune; empty when no organisation of the workshop has a
    point. `max_height` is the room under the heading."""
    selection, territory = workshop_selection(data)
    if not selection.actors:
        return []
    s = styles(lang)
    numbers, radius = numbering(selection)
    numbered = bool(numbers)
    # one picture to know the kinds drawn (the legend), then the map fitted to what is left
    rough, _ = fitted_picture(selection, territory, width, max_height, radius)
    around = [n.name for n in rough.neighbours]
    above: list[Flowable] = [
        para(caption(territory, numbered, lang, around), s.note),
        Spacer(1, 4),
        legend(rough.kinds(), bool(rough.links), width, lang),
        Spacer(1, 6),
    ]

    def below() -> list[Flowable]:  # made twice: a Paragraph measured once prints no text
        flowables: list[Flowable] = [Spacer(1, 6)]
        if numbered:
            flowables.append(key(selection.actors, numbers, lang))
        if selection.unplaced:
            regular, size = s.fonts.regular, s.note.fontSize
            unplaced = unplaced_names(selection)
            names = ", ".join(truncate(n, regular, size, KEY_ENTRY_WIDTH) for n in unplaced)
            flowables += [Spacer(1, 4), para(text("unplaced", lang, names=names), s.note)]
        flowables += [Spacer(1, 4), para(attribution(lang), s.note)]  # the data's licences
        return flowables

    used = sum(f.wrap(width, max_height)[1] for f in [*above, *below()])
    height = max(MIN_MAP_HEIGHT, max_height - used - 6)
    drawn, scale = fitted_picture(selection, territory, width, height, radius)
    return [*above, territory_drawing(drawn, scale, width, numbers, radius), *below()]
