"""Where an organisation is: the commune completed from the reference data, the point
defaulted to its centre, and the checks of postcode and commune."""

from __future__ import annotations

import dataclasses

from workshop.domain.communes import commune
from workshop.domain.places import located, places_for, typed_places
from workshop.domain.records import Organisation
from workshop.domain.validation import organisation_problems


def test_a_commune_given_by_its_code_gets_its_name_postcode_and_centre() -> None:
    """Blois by its INSEE code is saved as "Blois", 41000, at the commune's centre; a point set
    by hand is kept."""
    blois = commune("41018")
    assert blois is not None
    org = located(Organisation(name="Mairie", commune_code="41018"))
    assert (org.commune_name, org.postcode) == ("Blois", "41000")
    assert (org.latitude, org.longitude) == (blois.latitude, blois.longitude)
    placed = located(
        Organisation(name="Mairie", commune_code="41018", latitude=47.6, longitude=1.3)
    )
    assert (placed.latitude, placed.longitude) == (47.6, 1.3)


def test_the_point_follows_a_change_of_commune_and_goes_with_it() -> None:
    """Moving from Blois to Vendôme moves the default point to Vendôme's centre; taking the
    commune away takes its centre away."""
    before = located(Organisation(name="Mairie", commune_code="41018"))
    moved = located(dataclasses.replace(before, commune_code="41269", postcode=""), before)
    vendome = commune("41269")
    assert vendome is not None
    assert (moved.commune_name, moved.postcode) == ("Vendôme", "41100")
    assert (moved.latitude, moved.longitude) == (vendome.latitude, vendome.longitude)
    cleared = located(
        dataclasses.replace(moved, commune_code="", commune_name="", postcode=""), moved
    )
    assert (cleared.latitude, cleared.longitude) == (None, None)


def test_postcode_and_commune_are_checked_with_messages_naming_the_field() -> None:
    """A 4-digit postcode, an unknown INSEE code, a name no commune has and a postcode that is
    not the commune's are refused, each with its message in French or English."""
    short = organisation_problems(Organisation(name="A", postcode="4100"))
    assert short == {"postcode": "Le code postal compte 5 chiffres (exemple : 41000)."}
    unknown = organisation_problems(Organisation(name="A", commune_code="99999"), "en")
    assert unknown["commune_code"].startswith("No commune has the INSEE code “99999”")
    nameless = organisation_problems(Organisation(name="A", commune_name="Trucville"))
    assert "« Trucville » n'est pas reconnue" in nameless["commune_code"]
    other = organisation_problems(
        Organisation(name="A", commune_code="41018", commune_name="Blois", postcode="41100")
    )
    assert other == {
        "postcode": "Le code postal 41100 n'est pas celui de la commune Blois (41000)."
    }
    assert organisation_problems(located(Organisation(name="A", commune_code="ZL001"))) == {}


def test_what_is_typed_designates_one_commune_or_several() -> None:
    """ "Blois (41000)" and "41000 blois" are Blois; "Saint-Aubin" is several communes; the
    start of a postcode offers its communes with that postcode."""
    assert [p.code for p in typed_places("Blois (41000)")] == ["41018"]
    assert [p.code for p in typed_places("41000 blois")] == ["41018"]
    assert len(typed_places("Saint-Aubin")) > 1
    offered = places_for("4100")
    assert offered[0].label == "Blois (41000)"
    assert all(p.postcode.startswith("4100") for p in offered)
