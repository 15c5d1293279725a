"""pandas DataFrames of a `Reconciliation` (the optional `notebook` extra: pip install 'newsclaims[notebook]').

`claims_frame`: one row per claim (cluster, source, verdict, kind, stance, text, start, end,
actors, regions, attribution, claim id); `actors` and `regions` are lists of canonical names.
`matrix_frame`: clusters x outlets, each cell the verdict or None when the outlet is absent.
"""
from __future__ import annotations

from ..errors import PandasMissingError
from ..models import Reconciliation
from . import matrix as mx

CLAIM_COLUMNS = ["cluster", "source", "verdict", "kind", "stance", "text", "start", "end",
                 "actors", "regions", "attribution", "claim"]


def _pandas():
    try:
        import pandas
    except ImportError as exc:
        raise PandasMissingError(
            "pandas is needed for DataFrames; install it with: pip install 'newsclaims[notebook]'") from exc
    return pandas


def claims_frame(rec: Reconciliation):
    pd = _pandas()
    rows = [{"cluster": c.id, "source": k.source, "verdict": mx.verdict(c, k.source), "kind": k.kind,
             "stance": k.stance, "text": k.text, "start": k.start, "end": k.end,
             "actors": [e.name for e in k.actors], "regions": [e.name for e in k.regions],
             "attribution": k.attribution, "claim": k.id}
            for c in rec.clusters for k in c.claims]
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def matrix_frame(rec: Reconciliation):
    pd = _pandas()
    sources = [o.source for o in mx.outlets(rec)]
    data = [[mx.verdict(c, s) for s in sources] for c in rec.clusters]
    frame = pd.DataFrame(data, columns=sources, index=pd.Index([c.id for c in rec.clusters], name="cluster"),
                         dtype=object)
    frame.columns.name = "source"
    return frame
