"""What may not be published: a text holding an e-mail, a phone number or a person's full name,
whatever its case, accents, order of names or punctuation."""

from __future__ import annotations

from workshop.domain.publication import PersonNames, holds_contact, is_private


def test_a_person_s_full_name_is_found_in_either_order_and_any_spelling() -> None:
    """ "Léa Bernard", "BERNARD Lea" and "lea-bernard" are all her; her first or last name alone,
    or inside another word, is not."""
    people = PersonNames([("Léa", "Bernard"), ("", "Dupont"), ("Jean-Pierre", "Le Gall")])
    for text in ("Atelier de Léa Bernard", "BERNARD Lea (présidente)", "chez lea-bernard",
                 "Contact : Jean Pierre Le Gall"):  # fmt: skip
        assert people.found_in(text), text
    for text in ("Boulangerie Bernard & Fils", "Léa", "Dupont et Cie", "Léabernard"):
        assert not people.found_in(text), text


def test_contacts_are_found_but_amounts_and_postcodes_are_not() -> None:
    """E-mails and phone numbers (French or international, any separators) are contacts; an
    amount, a year or a postcode is not."""
    for text in ("écrire à camille@asso.fr", "06 12 34 56 78", "+33 6 12 34 56 78",
                 "tél. 02.54.00.11.22"):  # fmt: skip
        assert holds_contact(text), text
    for text in ("4 500 € en 2026", "41000 Blois", "100 000 habitants"):
        assert not holds_contact(text), text
    assert is_private("Appeler Léa Bernard", PersonNames([("Léa", "Bernard")]))
