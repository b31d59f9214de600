"""The 17 Sustainable Development Goals (ODD), with their official colours and titles."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from workshop.domain.vocabulary import Lang


@dataclass(frozen=True)
class Sdg:
    """One goal: its number, the UN colour and its short and long titles."""

    number: int
    colour: str
    title_fr: str
    title_en: str
    long_title_fr: str
    long_title_en: str

    def title(self, lang: Lang = "fr") -> str:
        return self.title_fr if lang == "fr" else self.title_en

    def long_title(self, lang: Lang = "fr") -> str:
        return self.long_title_fr if lang == "fr" else self.long_title_en


@cache
def all_sdgs() -> tuple[Sdg, ...]:
    text = resources.files("catalyse_assets").joinpath("data/sdg.json").read_text("utf-8")
    return tuple(Sdg(**item) for item in json.loads(text))


def sdg(number: int) -> Sdg:
    return all_sdgs()[number - 1]
