"""communes_load_s: the first lookups of the reference data (a form's commune field opening,
the map's outline), in CPU time: the data is read and indexed once per run of the app."""

from __future__ import annotations

import time

from benchmarks.figures import figure


def run() -> list[dict[str, object]]:
    from workshop.domain import communes

    start = time.process_time()
    assert communes.commune("35238") is not None
    assert communes.find_communes("ren")
    assert communes.territory("35") is not None
    spent = time.process_time() - start
    return [figure("communes_load_s", round(spent, 3), "s", 0.3)]
