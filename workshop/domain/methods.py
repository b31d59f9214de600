"""What each co-construction method brings to a workshop: its board zones, its agenda steps and
the short instructions the projector shows while one of its steps runs.

The co-construction method's zones are the board template the workshop was created with
(`template`, a key of the storage's TEMPLATES); the other methods add zones of their own beside
it. Steps and instructions exist in French and English; a step is recognised in an agenda by
its title in either language, accents and case aside, so that a renamed step just stops
belonging to its method.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workshop.domain.records import AgendaStep
from workshop.domain.text import fold
from workshop.domain.vocabulary import Lang, Method


@dataclass(frozen=True)
class MethodStep:
    """One agenda step a method brings: its title in French and English, its minutes."""

    fr: str
    en: str
    minutes: int

    def title(self, lang: Lang) -> str:
        return self.fr if lang == "fr" else self.en

    def step(self, lang: Lang) -> AgendaStep:
        return AgendaStep(title=self.title(lang), minutes=self.minutes)


@dataclass(frozen=True)
class MethodGuide:
    """A method as a workshop runs it: the board template it lays (co-construction) or its own
    zones (French name, colour), its agenda steps, and its instructions for the room (fr, en)."""

    method: Method
    steps: tuple[MethodStep, ...]
    instructions: tuple[str, str]
    zones: tuple[tuple[str, str], ...] = ()
    template: str = ""  # a storage board template laid instead of `zones` ("" : none)

    def instructions_in(self, lang: Lang) -> str:
        return self.instructions[0 if lang == "fr" else 1]

    def agenda(self, lang: Lang) -> tuple[AgendaStep, ...]:
        return tuple(step.step(lang) for step in self.steps)

    def owns_step(self, title: str) -> bool:
        """Whether an agenda step of this title is one of this method's (in either language)."""
        folded = fold(title).strip()
        return any(folded in (fold(s.fr).strip(), fold(s.en).strip()) for s in self.steps)


GUIDES: dict[Method, MethodGuide] = {
    Method.CO_CONSTRUCTION: MethodGuide(
        Method.CO_CONSTRUCTION,
        template="co_construction",
        steps=(
            MethodStep("Accueil et émargement", "Welcome and sign-in", 20),
            MethodStep("Défis du territoire", "The territory's challenges", 30),
            MethodStep("Ressources et atouts", "Resources and assets", 30),
            MethodStep("Pistes d'action", "Ideas for action", 40),
            MethodStep("Alliances", "Alliances", 40),
            MethodStep("Engagements", "Commitments", 30),
            MethodStep("Relecture et clôture", "Review and closing", 20),
        ),
        instructions=(
            "Une idée par carte, en quelques mots lisibles de loin. Les défis d'abord, puis les "
            "ressources, puis les pistes d'action ; les plus votées deviennent des alliances.",
            "One idea per card, in a few words readable from afar. Challenges first, then "
            "resources, then ideas for action; the most voted become alliances.",
        ),
    ),
    Method.TABLES: MethodGuide(
        Method.TABLES,  # each table gets its zone, and the plenary its own, from the tables
        steps=(
            MethodStep("Répartition aux tables", "Seating at the tables", 5),
            MethodStep("Premier tour de tables", "First round at the tables", 20),
            MethodStep("Rotation et deuxième tour", "Rotation and second round", 20),
            MethodStep("Mise en commun en plénière", "Plenary: sharing the tables' work", 20),
        ),
        instructions=(
            "Rejoignez votre table. L'hôte reste, les autres changent de table à chaque tour : "
            "l'hôte résume ce qui a été dit, vous l'enrichissez.",
            "Join your table. The host stays, the others move to another table each round: "
            "the host sums up what was said, you build on it.",
        ),
    ),
    Method.OFFERS_NEEDS: MethodGuide(
        Method.OFFERS_NEEDS,
        zones=(
            ("Ce que nous apportons", "#E8F5E9"),
            ("Ce que nous cherchons", "#FDECEA"),
        ),
        steps=(
            MethodStep("Ce que j'apporte", "What I bring", 10),
            MethodStep("Ce que je cherche", "What I seek", 10),
            MethodStep("Rapprochements et alliances", "Matches and alliances", 25),
        ),
        instructions=(
            "Chaque organisation dit ce qu'elle apporte (argent, bénévoles, compétences, locaux, "
            "réseau, données, communication) et ce qu'elle cherche : Catalyse montre qui peut "
            "aider qui.",
            "Each organisation says what it brings (money, volunteers, skills, premises, "
            "network, data, communication) and what it seeks: Catalyse shows who can help whom.",
        ),
    ),
    Method.OPEN_SPACE: MethodGuide(
        Method.OPEN_SPACE,
        zones=(("Comptes rendus des sessions", "#F3E5F5"),),
        steps=(
            MethodStep("Proposer des sujets", "Proposing topics", 15),
            MethodStep("Place du marché : la grille", "Marketplace: the grid", 10),
            MethodStep("Sessions du forum ouvert", "Open space sessions", 45),
            MethodStep("Restitution des sessions", "Sessions reported back", 15),
        ),
        instructions=(
            "Proposez un sujet qui vous tient à cœur et animez-le. Allez où vous êtes utile : "
            "qui vient est la bonne personne, ce qui arrive est ce qui pouvait arriver.",
            "Propose a topic you care about and host it. Go where you are useful: whoever "
            "comes are the right people, whatever happens is the only thing that could have.",
        ),
    ),
    Method.POLL: MethodGuide(
        Method.POLL,
        steps=(MethodStep("Sondage express", "Quick poll", 5),),
        instructions=(
            "Répondez depuis votre téléphone, ou à main levée : les résultats s'affichent ici.",
            "Answer from your phone, or by a show of hands: the results appear here.",
        ),
    ),
}


def guide(method: Method) -> MethodGuide:
    return GUIDES[method]


def methods_agenda(methods: Iterable[Method], lang: Lang) -> tuple[AgendaStep, ...]:
    """The agenda of these methods run one after the other, in their order."""
    return tuple(step for method in methods for step in GUIDES[method].agenda(lang))


def method_of_step(title: str, methods: Sequence[Method]) -> Method | None:
    """The workshop's method an agenda step belongs to (None: a step of no method of these)."""
    return next((m for m in methods if GUIDES[m].owns_step(title)), None)


def projected_method(step_title: str | None, methods: Sequence[Method]) -> Method | None:
    """The method whose instructions the projector shows: the current step's, else the first."""
    found = method_of_step(step_title, methods) if step_title else None
    return found or (methods[0] if methods else None)


def with_steps_of(
    agenda: Sequence[AgendaStep], methods: Iterable[Method], lang: Lang
) -> tuple[AgendaStep, ...]:
    """The agenda with the steps of these methods it lacks added at its end, in order."""
    steps = list(agenda)
    folded = {fold(step.title).strip() for step in steps}
    for method in methods:
        for method_step in GUIDES[method].steps:
            titles = {fold(method_step.fr).strip(), fold(method_step.en).strip()}
            if folded.isdisjoint(titles):
                steps.append(method_step.step(lang))
                folded.add(fold(method_step.title(lang)).strip())
    return tuple(steps)


def without_steps_of(
    agenda: Sequence[AgendaStep], removed: Iterable[Method], kept: Sequence[Method]
) -> tuple[AgendaStep, ...]:
    """The agenda without the steps of the methods removed (those a kept method shares stay)."""
    gone = [GUIDES[m] for m in removed]
    staying = [GUIDES[m] for m in kept]
    return tuple(
        step
        for step in agenda
        if not any(g.owns_step(step.title) for g in gone)
        or any(g.owns_step(step.title) for g in staying)
    )
