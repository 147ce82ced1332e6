"""Runs graph queries against real Alembic and prints the answers as JSON (golden values for tests)."""
import json, sys, types, warnings
warnings.simplefilter("ignore")
from alembic.script.revision import RevisionMap, Revision, RevisionError
from alembic.script.base import ScriptDirectory
from alembic.runtime.migration import HeadMaintainer
from alembic import util


class Rev(Revision):
    def __init__(self, rid, down, labels, deps, msg):
        super().__init__(rid, tuple(down) if down else None, dependencies=tuple(deps) if deps else None,
                         branch_labels=tuple(labels) if labels else None)
        def upgrade(): pass
        def downgrade(): pass
        self.module = types.SimpleNamespace(upgrade=upgrade, downgrade=downgrade)
        self.doc = msg


class Recorder(HeadMaintainer):
    def __init__(self, heads):
        self.heads = set(heads)
        self.changes = []
    def _insert_version(self, v):
        assert v not in self.heads
        self.heads.add(v); self.changes.append(["insert", v])
    def _delete_version(self, v):
        self.heads.remove(v); self.changes.append(["delete", v])
    def _update_version(self, f, t):
        assert t not in self.heads
        self.heads.remove(f); self.heads.add(t); self.changes.append(["update", f, t])


def run(spec):
    nodes = spec["nodes"]
    sd = ScriptDirectory.__new__(ScriptDirectory)
    try:
        sd.revision_map = RevisionMap(lambda: [Rev(*n) for n in nodes])
        sd.revision_map._revision_map
    except Exception as e:
        return [{"error": type(e).__name__ + ": " + str(e)}]
    rm = sd.revision_map
    out = []
    for op in spec.get("ops", []):
        try:
            out.append(do(sd, rm, op))
        except Exception as e:
            out.append({"error": str(e), "type": type(e).__name__})
    return out


def ids(revs):
    return [None if r is None else (r if isinstance(r, str) else r.revision) for r in revs]


def do(sd, rm, op):
    kind = op["op"]
    if kind == "info":
        return {"heads": list(rm.heads), "real_heads": list(rm._real_heads), "bases": list(rm.bases),
                "revs": {k: {"labels": sorted(v.branch_labels), "next": sorted(v.nextrev),
                             "all_next": sorted(v._all_nextrev), "norm_down": list(v._normalized_down_revisions),
                             "resolved": list(v._resolved_dependencies)}
                         for k, v in rm._revision_map.items() if v is not None and k == v.revision}}
    if kind == "resolve":
        return {"ids": ids(sd.get_revisions(op["target"]))}
    if kind == "resolve_one":
        r = sd.get_revision(op["target"])
        return {"id": None if r is None else r.revision}
    if kind in ("upgrade", "downgrade"):
        heads = op["heads"]
        fn = sd._upgrade_revs if kind == "upgrade" else sd._downgrade_revs
        steps = fn(op["target"], tuple(heads))
        rec = Recorder(heads)
        res = []
        for s in steps:
            rec.changes = []
            rec.update_to_step(s)
            res.append({"step": str(s), "id": s.revision.revision, "changes": rec.changes, "heads": sorted(rec.heads)})
        return {"steps": res}
    if kind == "history":
        return {"ids": [s.revision for s in sd.walk_revisions(op.get("base") or "base", op.get("head") or "heads")]}
    if kind == "iterate":
        return {"ids": [r.revision for r in rm.iterate_revisions(op["upper"], op["lower"],
                inclusive=op.get("inclusive", False), implicit_base=op.get("implicit_base", False),
                select_for_downgrade=op.get("select_for_downgrade", False))]}
    if kind == "stamp":
        heads = [] if op.get("purge") else op["heads"]
        rec = Recorder(heads)
        steps = sd._stamp_revs(tuple(op["targets"]), tuple(heads))
        for s in steps:
            rec.update_to_step(s)
        return {"steps": [[list(s.from_), list(s.to_), s.is_upgrade, s.branch_move] for s in steps],
                "changes": rec.changes, "heads": sorted(rec.heads)}
    raise ValueError(kind)


if __name__ == "__main__":
    spec = json.load(sys.stdin)
    print(json.dumps(run(spec), indent=1))
