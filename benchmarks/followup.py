"""Between workshops: reminders for 1,000 open commitments across 50 workshops.

`remind_1000_s` times `catalyse remind --days 30 -o FOLDER` run in-process (find what is due,
write one draft per partner and recipient, record every reminder), the median of three runs on
a database of 50 workshops, each with 2 alliances of 5 partners committing twice (1,000 open
commitments, all due within the 30 days or overdue, each partner's contact with an address).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure, figure
from workshop.cli import main
from workshop.domain.records import (
    Alliance,
    Commitment,
    Organisation,
    Partner,
    Person,
    Workshop,
)
from workshop.domain.vocabulary import CommitmentStatus, ResourceKind
from workshop.storage.store import Store

WORKSHOPS = 50
ALLIANCES_PER_WORKSHOP = 2
PARTNERS_PER_ALLIANCE = 5
COMMITMENTS_PER_PARTNER = 2
RUNS = 3


def make_followup_database(path: Path) -> int:
    """The database described above; returns its number of open commitments."""
    today = dt.date.today()
    count = 0
    with Store.open(path) as store, store.atomic():
        organisations = [
            store.organisations.add(Organisation(name=f"Organisation {n:03d}")) for n in range(120)
        ]
        contacts = [
            store.people.add(
                Person(
                    first_name=f"Prénom{n}",
                    last_name=f"Nom{n}",
                    organisation_id=o.id,
                    email=f"contact{n}@example.fr",
                )
            )
            for n, o in enumerate(organisations)
        ]
        for w in range(WORKSHOPS):
            workshop = store.workshops.add(
                Workshop(
                    title=f"Atelier {w:02d}",
                    date=today - dt.timedelta(days=60 + w),
                    facilitator="Claire Fontaine",
                    facilitator_contact="claire@catalyse.example",
                )
            )
            for a in range(ALLIANCES_PER_WORKSHOP):
                alliance = store.alliances.add(
                    Alliance(workshop_id=workshop.id, name=f"Alliance {w:02d}-{a}")
                )
                for p in range(PARTNERS_PER_ALLIANCE):
                    index = (w * 7 + a * 5 + p) % len(organisations)
                    partner = store.partners.add(
                        Partner(
                            alliance_id=alliance.id,
                            organisation_id=organisations[index].id,
                            contact_person_id=contacts[index].id,
                        )
                    )
                    for c in range(COMMITMENTS_PER_PARTNER):
                        store.commitments.add(
                            Commitment(
                                partner_id=partner.id,
                                description=f"Engagement {c} de l'alliance {w}-{a}",
                                resource_kind=ResourceKind.HUMAIN,
                                quantity=float(4 + c),
                                unit="heures",
                                due_date=today + dt.timedelta(days=(count % 40) - 10),
                                status=CommitmentStatus.CONFIRME if c else CommitmentStatus.PROPOSE,
                            )
                        )
                        count += 1
    return count


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        database = folder / "followup.sqlite"
        commitments = make_followup_database(database)
        assert commitments == 1000
        timings = []
        for n in range(RUNS):
            out = folder / f"out{n}"
            start = time.perf_counter()
            with contextlib.redirect_stdout(io.StringIO()):
                status = main(["remind", "--days", "30", "-o", str(out), "--db", str(database)])
            timings.append(time.perf_counter() - start)
            assert status == 0 and any(out.glob("*.eml")), "no reminder written"
        return [figure("remind_1000_s", round(statistics.median(timings), 3), "s", 2)]
