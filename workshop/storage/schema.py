"""The database schema as numbered sqlite-utils migrations (append only, never edit one)."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATION_SET = "catalyse"
FTS_TOKENIZER = "unicode61 remove_diacritics 2"

migrations = Migrations(MIGRATION_SET)

_INITIAL_TABLES = [
    """CREATE TABLE organisations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'association',
        sector TEXT NOT NULL DEFAULT '',
        territory TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        siren TEXT NOT NULL DEFAULT '',
        siret TEXT NOT NULL DEFAULT '',
        rna TEXT NOT NULL DEFAULT '',
        offers TEXT NOT NULL DEFAULT '[]',
        needs TEXT NOT NULL DEFAULT '',
        sdgs TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
    )""",
    """CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
        title TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        data_basis TEXT NOT NULL DEFAULT 'legitimate_interest',
        consent_date TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
    )""",
    "CREATE INDEX people_organisation ON people(organisation_id)",
    "CREATE INDEX people_email ON people(email COLLATE NOCASE)",
    """CREATE TABLE workshops (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        date TEXT,
        start_time TEXT,
        end_time TEXT,
        place TEXT NOT NULL DEFAULT '',
        territory TEXT NOT NULL DEFAULT '',
        facilitator TEXT NOT NULL DEFAULT '',
        question TEXT NOT NULL DEFAULT '',
        sdgs TEXT NOT NULL DEFAULT '[]',
        agenda TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
    )""",
    """CREATE TABLE attendance (
        workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        present INTEGER NOT NULL DEFAULT 0,
        checked_in_at TEXT,
        PRIMARY KEY (workshop_id, person_id)
    )""",
    "CREATE INDEX attendance_person ON attendance(person_id)",
    """CREATE TABLE zones (
        id INTEGER PRIMARY KEY,
        workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        x REAL NOT NULL DEFAULT 0,
        y REAL NOT NULL DEFAULT 0,
        width REAL NOT NULL DEFAULT 400,
        height REAL NOT NULL DEFAULT 600,
        colour TEXT NOT NULL DEFAULT '#F4F6F8',
        position INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX zones_workshop ON zones(workshop_id)",
    """CREATE TABLE clusters (
        id INTEGER PRIMARY KEY,
        workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        label TEXT NOT NULL DEFAULT '',
        colour TEXT NOT NULL DEFAULT '#FFF3C4'
    )""",
    "CREATE INDEX clusters_workshop ON clusters(workshop_id)",
    """CREATE TABLE cards (
        id INTEGER PRIMARY KEY,
        workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        zone_id INTEGER REFERENCES zones(id) ON DELETE SET NULL,
        cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL,
        text TEXT NOT NULL DEFAULT '',
        person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
        x REAL NOT NULL DEFAULT 0,
        y REAL NOT NULL DEFAULT 0,
        sdgs TEXT NOT NULL DEFAULT '[]',
        source TEXT NOT NULL DEFAULT 'facilitator',
        created_at TEXT
    )""",
    "CREATE INDEX cards_workshop ON cards(workshop_id)",
    "CREATE INDEX cards_zone ON cards(zone_id)",
    "CREATE INDEX cards_cluster ON cards(cluster_id)",
    "CREATE INDEX cards_person ON cards(person_id)",
    "CREATE INDEX cards_organisation ON cards(organisation_id)",
    """CREATE TABLE votes (
        id INTEGER PRIMARY KEY,
        card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
        person_id INTEGER REFERENCES people(id) ON DELETE SET NULL
    )""",
    "CREATE INDEX votes_card ON votes(card_id)",
    """CREATE TABLE alliances (
        id INTEGER PRIMARY KEY,
        workshop_id INTEGER REFERENCES workshops(id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        objective TEXT NOT NULL DEFAULT '',
        sdgs TEXT NOT NULL DEFAULT '[]',
        partnership_type TEXT,
        status TEXT NOT NULL DEFAULT 'idee',
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
    )""",
    "CREATE INDEX alliances_workshop ON alliances(workshop_id)",
    """CREATE TABLE alliance_cards (
        alliance_id INTEGER NOT NULL REFERENCES alliances(id) ON DELETE CASCADE,
        card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
        PRIMARY KEY (alliance_id, card_id)
    )""",
    """CREATE TABLE partners (
        id INTEGER PRIMARY KEY,
        alliance_id INTEGER NOT NULL REFERENCES alliances(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        role TEXT NOT NULL DEFAULT 'partenaire',
        contact_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        UNIQUE (alliance_id, organisation_id)
    )""",
    "CREATE INDEX partners_organisation ON partners(organisation_id)",
    """CREATE TABLE commitments (
        id INTEGER PRIMARY KEY,
        partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
        description TEXT NOT NULL DEFAULT '',
        resource_kind TEXT NOT NULL DEFAULT 'humain',
        quantity REAL,
        unit TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'propose',
        signatory_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        note TEXT NOT NULL DEFAULT '',
        card_id INTEGER REFERENCES cards(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
    )""",
    "CREATE INDEX commitments_partner ON commitments(partner_id)",
    "CREATE INDEX commitments_due ON commitments(due_date)",
]


@migrations(name="m001_initial")
def m001_initial(db: Database) -> None:
    for statement in _INITIAL_TABLES:
        db.execute(statement)
    db.table("organisations").enable_fts(
        ["name", "sector", "territory", "notes"], create_triggers=True, tokenize=FTS_TOKENIZER
    )
    db.table("people").enable_fts(
        ["first_name", "last_name", "email", "notes"],
        create_triggers=True,
        tokenize=FTS_TOKENIZER,
    )


@migrations(name="m003_board_vote_rounds")
def m003_board_vote_rounds(db: Database) -> None:
    """Dot-vote rounds (N votes per participant, started / ended) and each vote's round."""
    db.execute(
        """CREATE TABLE vote_rounds (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            votes_per_person INTEGER NOT NULL DEFAULT 3,
            started_at TEXT,
            ended_at TEXT
        )"""
    )
    db.execute("CREATE INDEX vote_rounds_workshop ON vote_rounds(workshop_id)")
    db.execute(
        "ALTER TABLE votes ADD COLUMN round_id INTEGER REFERENCES vote_rounds(id) ON DELETE CASCADE"
    )
    db.execute("CREATE INDEX votes_round ON votes(round_id)")


@migrations(name="m004_attendance_checked_in_via")
def m004_attendance_checked_in_via(db: Database) -> None:
    """How a person was counted present: '' at the desk, 'phone' when they named themselves on
    a phone during live participation."""
    db.execute("ALTER TABLE attendance ADD COLUMN checked_in_via TEXT NOT NULL DEFAULT ''")


@migrations(name="m005_workshop_decisions")
def m005_workshop_decisions(db: Database) -> None:
    """What the report's first page needs: the decisions and follow-ups (text, owner, date), the
    next meeting (date, place) and how to reach the facilitator (printed on partner sheets)."""
    db.execute(
        """CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            position INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX decisions_workshop ON decisions(workshop_id)")
    db.execute("ALTER TABLE workshops ADD COLUMN next_meeting_date TEXT")
    db.execute("ALTER TABLE workshops ADD COLUMN next_meeting_place TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE workshops ADD COLUMN facilitator_contact TEXT NOT NULL DEFAULT ''")


@migrations(name="m006_live_inbox_anonymous")
def m006_live_inbox_anonymous(db: Database) -> None:
    """The phones' moderation inbox kept on disk (a crash loses nothing people were told would
    be read; rows go when moderated or when the workshop ends) and the anonymous mode."""
    db.execute(
        """CREATE TABLE live_inbox (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '{}',
            request TEXT NOT NULL DEFAULT '{}',
            received_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX live_inbox_workshop ON live_inbox(workshop_id)")
    # The phone that sent an item (a hash of its token, never the token): "Mes contributions".
    db.execute("ALTER TABLE live_inbox ADD COLUMN device TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX live_inbox_device ON live_inbox(device)")
    db.execute("ALTER TABLE workshops ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0")
    # The zones a dot-vote round is limited to (JSON list of zone ids; [] = every zone).
    db.execute("ALTER TABLE vote_rounds ADD COLUMN zone_ids TEXT NOT NULL DEFAULT '[]'")
    # Which phone posted a card or proposed a commitment (a hash of its token: no person), and
    # the card as the phone left it: the phone may edit or withdraw it until the facilitator
    # moved, edited, grouped or linked it (the card no longer matches what the phone left).
    db.execute(
        """CREATE TABLE live_cards (
            card_id INTEGER PRIMARY KEY REFERENCES cards(id) ON DELETE CASCADE,
            device TEXT NOT NULL,
            text TEXT NOT NULL,
            zone_id INTEGER,
            x REAL NOT NULL,
            y REAL NOT NULL
        )"""
    )
    db.execute("CREATE INDEX live_cards_device ON live_cards(device)")
    db.execute(
        """CREATE TABLE live_commitments (
            commitment_id INTEGER PRIMARY KEY REFERENCES commitments(id) ON DELETE CASCADE,
            device TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX live_commitments_device ON live_commitments(device)")


@migrations(name="m007_commitment_reminders")
def m007_commitment_reminders(db: Database) -> None:
    """Each reminder (relance) made for a commitment: when, to whom, and how it was written."""
    db.execute(
        """CREATE TABLE reminders (
            id INTEGER PRIMARY KEY,
            commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
            made_at TEXT NOT NULL,
            to_name TEXT NOT NULL DEFAULT '',
            to_email TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL DEFAULT 'eml'
        )"""
    )
    db.execute("CREATE INDEX reminders_commitment ON reminders(commitment_id)")


@migrations(name="m008_commitment_changes")
def m008_commitment_changes(db: Database) -> None:
    """A commitment's changes of status and due date, for its history (kept by the repository,
    so every path that saves a commitment records them; an undo takes its change back)."""
    db.execute(
        """CREATE TABLE commitment_changes (
            id INTEGER PRIMARY KEY,
            commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            field TEXT NOT NULL,
            old TEXT,
            new TEXT
        )"""
    )
    db.execute("CREATE INDEX commitment_changes_commitment ON commitment_changes(commitment_id)")
    # The workshop a workshop follows (its commitments are reviewed at the start of this one).
    db.execute(
        "ALTER TABLE workshops ADD COLUMN previous_workshop_id INTEGER"
        " REFERENCES workshops(id) ON DELETE SET NULL"
    )
    # When a commitment was done, as the partner says (the status alone does not tell).
    db.execute("ALTER TABLE commitments ADD COLUMN done_date TEXT")


@migrations(name="m009_board_live_tool")
def m009_board_live_tool(db: Database) -> None:
    """The board as a live tool: a group's collapsed state, a card's colour and tags chosen by
    hand, a vote round hidden until revealed, the timer's phase and time left (JSON, kept
    across a restart)."""
    db.execute("ALTER TABLE clusters ADD COLUMN collapsed INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE cards ADD COLUMN colour TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE cards ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE vote_rounds ADD COLUMN revealed INTEGER NOT NULL DEFAULT 1")
    db.execute("ALTER TABLE workshops ADD COLUMN timer_state TEXT NOT NULL DEFAULT ''")


@migrations(name="m010_shared_workshops")
def m010_shared_workshops(db: Database) -> None:
    """Where a workshop handed over by another catalyst came from (its bundle's origin id):
    importing the same bundle again finds it and changes nothing."""
    db.execute("ALTER TABLE workshops ADD COLUMN origin TEXT NOT NULL DEFAULT ''")


@migrations(name="m011_territory_methods")
def m011_territory_methods(db: Database) -> None:
    """Where an organisation is (commune, postcode, address, the point drawn on the map), the
    territory a workshop's map is drawn on, the catalysts' four needs as a tag on workshops and
    alliances, and the co-construction methods a workshop runs (changeable after creation)."""
    for column in ("commune_code", "commune_name", "postcode", "address"):
        db.execute(f"ALTER TABLE organisations ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE organisations ADD COLUMN latitude REAL")
    db.execute("ALTER TABLE organisations ADD COLUMN longitude REAL")
    db.execute("CREATE INDEX organisations_commune ON organisations(commune_code)")
    db.execute("ALTER TABLE workshops ADD COLUMN territory_code TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE workshops ADD COLUMN needs TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE workshops ADD COLUMN methods TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE alliances ADD COLUMN needs TEXT NOT NULL DEFAULT '[]'")


@migrations(name="m012_tables")
def m012_tables(db: Database) -> None:
    """Tables (world café, sous-groupes): each table, its host and board zone, who sits where
    in each round."""
    db.execute(
        """CREATE TABLE breakout_tables (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            host_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            zone_id INTEGER REFERENCES zones(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX breakout_tables_workshop ON breakout_tables(workshop_id)")
    # Who sits at which table in each round (1, 2…): one seat per person and round.
    db.execute(
        """CREATE TABLE seats (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            round INTEGER NOT NULL,
            table_id INTEGER NOT NULL REFERENCES breakout_tables(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            UNIQUE (workshop_id, round, person_id) ON CONFLICT REPLACE
        )"""
    )
    # REPLACE: two records of one person merged (a phone's and the desk's) keep one seat a round.
    db.execute("CREATE INDEX seats_table ON seats(table_id)")
    db.execute("CREATE INDEX seats_person ON seats(person_id)")
    # The round shown now, and the zone the plenary gathered the tables' cards in.
    db.execute(
        """CREATE TABLE table_rounds (
            workshop_id INTEGER PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
            current INTEGER NOT NULL DEFAULT 1,
            plenary_zone_id INTEGER REFERENCES zones(id) ON DELETE SET NULL
        )"""
    )
    # A card a table's host posted from a phone, in the table's name.
    db.execute(
        """CREATE TABLE table_cards (
            card_id INTEGER PRIMARY KEY REFERENCES cards(id) ON DELETE CASCADE,
            table_id INTEGER NOT NULL REFERENCES breakout_tables(id) ON DELETE CASCADE
        )"""
    )
    db.execute("CREATE INDEX table_cards_table ON table_cards(table_id)")


@migrations(name="m013_open_space")
def m013_open_space(db: Database) -> None:
    """Forum ouvert: the grid of time slots x rooms, the topics proposed, who joined each."""
    db.execute(
        """CREATE TABLE open_space_slots (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            start_time TEXT NOT NULL,
            end_time TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX open_space_slots_workshop ON open_space_slots(workshop_id)")
    db.execute(
        """CREATE TABLE open_space_rooms (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX open_space_rooms_workshop ON open_space_rooms(workshop_id)")
    # A topic, its host (a registry person, or a name typed as is), its cell (slot x room).
    db.execute(
        """CREATE TABLE open_space_topics (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            host_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            host_name TEXT NOT NULL DEFAULT '',
            slot_id INTEGER REFERENCES open_space_slots(id) ON DELETE SET NULL,
            room_id INTEGER REFERENCES open_space_rooms(id) ON DELETE SET NULL,
            device TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX open_space_topics_workshop ON open_space_topics(workshop_id)")
    db.execute(
        "CREATE UNIQUE INDEX open_space_topics_cell ON open_space_topics(slot_id, room_id)"
        " WHERE slot_id IS NOT NULL AND room_id IS NOT NULL"
    )
    db.execute(
        """CREATE TABLE open_space_members (
            id INTEGER PRIMARY KEY,
            topic_id INTEGER NOT NULL REFERENCES open_space_topics(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            UNIQUE (topic_id, person_id)
        )"""
    )
    db.execute("CREATE INDEX open_space_members_person ON open_space_members(person_id)")


@migrations(name="m014_polls")
def m014_polls(db: Database) -> None:
    """Quick polls and word clouds: the question, its choices, the answers (phone or by hand)."""
    db.execute(
        """CREATE TABLE polls (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            question TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'choice',
            is_open INTEGER NOT NULL DEFAULT 0,
            opened_at TEXT,
            position INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX polls_workshop ON polls(workshop_id)")
    db.execute(
        """CREATE TABLE poll_choices (
            id INTEGER PRIMARY KEY,
            poll_id INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
            label TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            hand_count INTEGER NOT NULL DEFAULT 0 CHECK (hand_count >= 0)
        )"""
    )
    db.execute("CREATE INDEX poll_choices_poll ON poll_choices(poll_id)")
    # An answer from a phone (its key: one per phone and poll) or typed by hand (device '').
    db.execute(
        """CREATE TABLE poll_answers (
            id INTEGER PRIMARY KEY,
            poll_id INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
            device TEXT NOT NULL DEFAULT '',
            choice_id INTEGER REFERENCES poll_choices(id) ON DELETE CASCADE,
            words TEXT NOT NULL DEFAULT '',
            answered_at TEXT
        )"""
    )
    db.execute("CREATE INDEX poll_answers_poll ON poll_answers(poll_id)")
    db.execute(
        "CREATE UNIQUE INDEX poll_answers_device ON poll_answers(poll_id, device)"
        " WHERE device <> ''"
    )


@migrations(name="m015_paper_votes")
def m015_paper_votes(db: Database) -> None:
    """Votes without phones: paper dot counts typed card by card, the room's votes by click."""
    # The sticker dots counted on a card for a round (one count per round and card, typed).
    db.execute(
        """CREATE TABLE paper_dots (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES vote_rounds(id) ON DELETE CASCADE,
            card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
            dots INTEGER NOT NULL CHECK (dots >= 0),
            UNIQUE (round_id, card_id)
        )"""
    )
    db.execute("CREATE INDEX paper_dots_card ON paper_dots(card_id)")
    # A vote of the room, clicked for nobody (told apart from a vote whose voter was erased).
    db.execute("ALTER TABLE votes ADD COLUMN room INTEGER NOT NULL DEFAULT 0")


# Letters FTS5's unicode61 tokenizer keeps as they are (they have no accent for it to remove),
# spelt out as the one fold spells them (workshop.domain.text.fold): "Søren" is indexed "soren".
_SPELT_OUT_LETTERS = (
    ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "AE"), ("œ", "oe"), ("Œ", "OE"), ("ß", "ss"),
    ("ẞ", "SS"), ("đ", "d"), ("Đ", "D"), ("ð", "d"), ("Ð", "D"), ("ł", "l"), ("Ł", "L"),
    ("ı", "i"), ("þ", "th"), ("Þ", "TH"), ("ħ", "h"), ("Ħ", "H"),
)  # fmt: skip
_INDEXED = {
    "organisations": ("name", "sector", "territory", "notes"),
    "people": ("first_name", "last_name", "email", "notes"),
}


def _spelt_out(value: str) -> str:
    """An SQL expression: `value` with the letters FTS keeps spelt out."""
    for letter, spelt in _SPELT_OUT_LETTERS:
        value = f"replace({value}, '{letter}', '{spelt}')"
    return value


@migrations(name="m016_search_index_spells_out_letters")
def m016_search_index_spells_out_letters(db: Database) -> None:
    """The registry's search index holds "Søren" as "soren", "Cœur" as "coeur", "Straße" as
    "strasse": a word typed without these letters finds it with no scan of the rows."""
    for table, columns in _INDEXED.items():
        fts = f"{table}_fts"
        names = ", ".join(f'"{c}"' for c in columns)
        new = ", ".join(_spelt_out(f'new."{c}"') for c in columns)
        old = ", ".join(_spelt_out(f'old."{c}"') for c in columns)
        insert = f'INSERT INTO "{fts}" (rowid, {names}) VALUES (new.rowid, {new});'
        delete = (
            f'INSERT INTO "{fts}" ("{fts}", rowid, {names}) VALUES (\'delete\', old.rowid, {old});'
        )
        triggers = (
            ("ai", "INSERT", insert),
            ("ad", "DELETE", delete),
            ("au", "UPDATE", f"{delete}\n  {insert}"),
        )
        for event, kind, body in triggers:
            db.execute(f'DROP TRIGGER IF EXISTS "{table}_{event}"')
            db.execute(
                f'CREATE TRIGGER "{table}_{event}" AFTER {kind} ON "{table}" BEGIN\n  {body}\nEND'
            )
        db.execute(f'INSERT INTO "{fts}" ("{fts}") VALUES (\'delete-all\')')
        spelt = ", ".join(_spelt_out(f'"{c}"') for c in columns)
        db.execute(f'INSERT INTO "{fts}" (rowid, {names}) SELECT rowid, {spelt} FROM "{table}"')


def known_migrations() -> list[str]:
    """The names of the migrations this version knows, in order."""
    return [m.name for m in migrations._migrations]


SCHEMA_VERSION = len(known_migrations())
