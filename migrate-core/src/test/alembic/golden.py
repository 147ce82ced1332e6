"""Writes golden cases: graphs and queries answered by real Alembic, in a line format the Java test reads."""
import random, sys, warnings
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
warnings.simplefilter("ignore")
from oracle import Rev, Recorder
from alembic.script.revision import RevisionMap
from alembic.script.base import ScriptDirectory

out = []

def sd_for(nodes):
    sd = ScriptDirectory.__new__(ScriptDirectory)
    sd.revision_map = RevisionMap(lambda: [Rev(*n) for n in nodes])
    sd.revision_map._revision_map
    return sd

def j(xs):
    return ",".join(xs)

def answer(fn):
    try:
        return "= " + fn()
    except Exception as e:
        msg = str(e).replace("\n", " ")
        if type(e).__name__ not in ("CommandError", "RevisionError", "MultipleHeads", "ResolutionError",
                                    "RangeNotAncestorError", "CycleDetected", "DependencyCycleDetected",
                                    "LoopDetected", "DependencyLoopDetected"):
            return "!? " + type(e).__name__ + " " + msg
        cause = e.__cause__
        if type(cause).__name__ == "ResolutionError" and not str(cause).startswith("No such revision or branch"):
            # We keep RevisionMap's own wording for these: it says more than "Can't locate revision".
            return "! " + str(cause)
        return "! " + msg

def steps_text(sd, kind, heads, target):
    fn = sd._upgrade_revs if kind == "upgrade" else sd._downgrade_revs
    steps = fn(target, tuple(heads))
    rec = Recorder(heads)
    parts = []
    for s in steps:
        rec.update_to_step(s)
        parts.append("%s {%s}" % (s.short_log, j(sorted(rec.heads))))
    return " ; ".join(parts)

def unordered_form(text):
    parts = [p for p in text[2:].split(" ; ") if p]
    final = parts[-1][parts[-1].index(" {"):] if parts else " {}"
    return "= " + " ; ".join(sorted(p[:p.index(" {")] for p in parts)) + final


def final_heads(sd, heads, target):
    steps = sd._upgrade_revs(target, tuple(heads))
    rec = Recorder(heads)
    for s in steps:
        rec.update_to_step(s)
    return sorted(rec.heads)

def stamp_text(sd, heads, targets, purge):
    h = [] if purge else heads
    rec = Recorder(h)
    for s in sd._stamp_revs(tuple(targets), tuple(h)):
        rec.update_to_step(s)
    return "{%s}" % j(sorted(rec.heads))

def emit_graph(name, nodes, queries):
    try:
        sd = sd_for(nodes)
    except Exception as e:
        out.append("graph " + name)
        for n in nodes:
            out.append("rev %s|%s|%s|%s|%s" % (n[0], j(n[1]), j(n[2]), j(n[3]), n[4]))
        out.append("build")
        out.append(("! " if "Error" not in type(e).__name__ or "Revision" in type(e).__name__ else "!? ") + str(e))
        return
    out.append("graph " + name)
    for n in nodes:
        out.append("rev %s|%s|%s|%s|%s" % (n[0], j(n[1]), j(n[2]), j(n[3]), n[4]))
    rm = sd.revision_map
    out.append("info")
    out.append("= heads=%s effective=%s bases=%s" % (j(rm.heads), j(rm._real_heads), j(rm.bases)))
    for n in nodes:
        r = rm._revision_map[n[0]]
        out.append("labels " + n[0])
        out.append("= " + j(sorted(r.branch_labels)))
    unordered = any(len(n[3]) > 1 for n in nodes)
    if unordered:
        # Alembic keeps several dependencies of one revision in a set, so their order (and the step
        # order that follows from it) depends on Python's string hashing: compare sets of steps.
        out.append("unordered")
    for q in queries(sd):
        kind = q[0]
        if kind in ("upgrade", "downgrade"):
            _, heads, target = q
            out.append("%s %s|%s" % (kind, j(heads), target))
            text = answer(lambda: steps_text(sd, kind, heads, target))
            if unordered and text.startswith("= "):
                text = unordered_form(text)
            out.append(text)
        elif kind == "resolve":
            out.append("resolve " + q[1])
            out.append(answer(lambda: j("base" if r == "base" else ("None" if r is None else r.revision)
                                        for r in sd.get_revisions(q[1]))))
        elif kind == "history":
            out.append("history %s|%s" % (q[1], q[2]))
            out.append(answer(lambda: j(s.revision for s in sd.walk_revisions(q[1] or "base", q[2] or "heads"))))
        elif kind == "stamp":
            _, heads, targets, purge = q
            out.append("stamp %s|%s|%s" % (j(heads), j(targets), "purge" if purge else ""))
            out.append(answer(lambda: stamp_text(sd, heads, targets, purge)))


def reachable_states(sd, nodes, rnd, count):
    """Database states reached by upgrading from nothing to some revision(s)."""
    states = [[]]
    ids = [n[0] for n in nodes]
    for _ in range(count * 3):
        if len(states) > count:
            break
        start = rnd.choice(states)
        target = rnd.choice(ids + ["heads"])
        try:
            h = final_heads(sd, start, target)
        except Exception:
            continue
        if h not in states:
            states.append(h)
    return states


def standard_queries(nodes, seed):
    def gen(sd):
        rnd = random.Random(seed)
        ids = [n[0] for n in nodes]
        labels = [l for n in nodes for l in n[2]]
        states = reachable_states(sd, nodes, rnd, 6)
        targets = ["heads", "head", "base", "+1", "+2", "-1", "-2", "head-1", "base+1", "base+2"]
        targets += ids + [i[:3] for i in ids[:3]] + [i[:4] for i in ids[:2]] + ["zzzz", "abc"]
        for l in labels:
            targets += [l, l + "@head", l + "@base", l + "@+1", l + "@-1", l + "@heads", l + "@base+1", l + "@head-1"]
        for i in ids[:4]:
            targets += [i + "+1", i + "-1", i + "+2"]
            if labels:
                targets.append(rnd.choice(labels) + "@" + i)
        qs = []
        for t in targets:
            qs.append(("resolve", t))
        for st in states:
            for t in rnd.sample(targets, min(len(targets), 12)):
                qs.append(("upgrade", st, t))
                qs.append(("downgrade", st, t))
            qs.append(("upgrade", st, "heads"))
            qs.append(("downgrade", st, "base"))
            for t in rnd.sample(targets, 3):
                qs.append(("stamp", st, [t], False))
            qs.append(("stamp", st, ["heads"], False))
            qs.append(("stamp", st, rnd.sample(ids, min(2, len(ids))), False))
            qs.append(("stamp", st, [rnd.choice(ids)], True))
        for _ in range(8):
            a, b = rnd.choice(targets + [""]), rnd.choice(targets + [""])
            qs.append(("history", a, b))
        qs.append(("history", "", ""))
        return qs
    return gen


def node(i, down=(), labels=(), deps=(), msg=""):
    return [i, list(down), list(labels), list(deps), msg]


classic = {
    "diamond": [node("a"), node("b1", ["a"]), node("b2", ["a"]), node("c", ["b1", "b2"]), node("d", ["c"])],
    "labeled_two_bases": [node("a", labels=["abranch"]), node("b", ["a"]), node("somelongername", ["b"]),
                          node("c", ["somelongername"]), node("d"), node("e", ["d"], ["ebranch"]),
                          node("someothername", ["e"]), node("f", ["someothername"])],
    "multiple_branch": [node("a"), node("b1", ["a"]), node("b2", ["a"]), node("cb1", ["b1"]), node("cb2", ["b2"]),
                        node("d1cb1", ["cb1"]), node("d2cb1", ["cb1"]), node("d1cb2", ["cb2"]),
                        node("d2cb2", ["cb2"]), node("d3cb2", ["cb2"]), node("d1d2cb2", ["d1cb2", "d2cb2"])],
    "branch_travelling": [node("a1"), node("a2", ["a1"]), node("a3", ["a2"]), node("b1", ["a3"]),
                          node("b2", ["a3"]), node("cb1", ["b1"]), node("cb2", ["b2"]), node("db1", ["cb1"]),
                          node("db2", ["cb2"]), node("e1b1", ["db1"]), node("fe1b1", ["e1b1"]),
                          node("e2b1", ["db1"]), node("e2b2", ["db2"]), node("merge", ["e2b1", "e2b2"])],
    "branched_labels": [node("aaaa"), node("bbbb", ["aaaa"]), node("c1c1", ["bbbb"], ["c1branch"]),
                        node("d1d1", ["c1c1"]), node("c2c2", ["bbbb"], ["c2branch"]), node("d2d2", ["c2c2"])],
    "effective_head": [node("y1", labels=["y"]), node("x1", labels=["x"]), node("y2", ["y1"], deps=["x1"]),
                       node("x2", ["x1"])],
    "depends_on_branch": [node("a1a1", labels=["lib1"]), node("b1b1", ["a1a1"]), node("c1c1", ["b1b1"]),
                          node("a2a2"), node("b2b2", ["a2a2"]), node("c2c2", ["b2b2"], deps=["c1c1"]),
                          node("d1d1", ["c1c1"]), node("e1e1", ["d1d1"]), node("f1f1", ["e1e1"])],
    "depends_two": [node("a1"), node("a2"), node("a3"), node("amerge", ["a1", "a2", "a3"]), node("b1"),
                    node("b2"), node("bmerge", ["b1", "b2"]), node("c1"), node("c2"), node("c3"),
                    node("cmerge", ["c1", "c2", "c3"]), node("d1", deps=["a3", "b2", "c1"])],
    "twin_merge": [node("a"), node("b1", ["a"]), node("b2", ["a"]), node("b3", ["a"]),
                   node("c1", ["b1", "b2", "b3"]), node("c2", ["b1", "b2", "b3"]), node("d1", ["c1"]),
                   node("d2", ["c2"])],
    "branch_from_mergepoint": [node("a1"), node("b1", ["a1"]), node("c1", ["b1"]), node("a2"),
                               node("b2", ["a2"]), node("c2", ["b2"]), node("d1", ["c1", "c2"]),
                               node("d2", ["c2"])],
    "dep_by_label": [node("base1", labels=["core"]), node("core2", ["base1"]), node("bill1", labels=["billing"],
                     deps=["core"]), node("bill2", ["bill1"], deps=["core2"]), node("bill3", ["bill2"], deps=["core2"])],
    "linear": [node("e6239818bb3a", msg="first"), node("548bbb905360", ["e6239818bb3a"]),
               node("b7ea43dc85e4", ["548bbb905360"]), node("1bbe33445780", ["b7ea43dc85e4"]),
               node("3975fb1a0125", ["1bbe33445780"])],
}

errors = {
    "self_loop": [node("a"), node("b", ["b"])],
    "dep_self_loop": [node("a"), node("b", ["a"], deps=["b"])],
    "cycle_no_base": [node("a", ["b"]), node("b", ["a"])],
    "dep_cycle": [node("a"), node("b", ["a"], deps=["c"]), node("c", ["a"], deps=["b"])],
    "label_is_id": [node("a"), node("b", ["a"], ["a"])],
    "illegal_char": [node("a-b")],
}

seed = 0
for name, nodes in classic.items():
    emit_graph(name, nodes, standard_queries(nodes, seed)); seed += 1
for name, nodes in errors.items():
    emit_graph(name, nodes, lambda sd: [])

def random_graph(rnd, n):
    ids = []
    nodes = []
    for i in range(n):
        rid = "%04x" % rnd.randrange(0x1000, 0xffff)
        while rid in ids:
            rid = "%04x" % rnd.randrange(0x1000, 0xffff)
        k = rnd.choice([0, 1, 1, 1, 1, 2]) if ids else 0
        down = rnd.sample(ids, min(k, len(ids)))
        labels = ["L%d" % i] if rnd.random() < 0.15 else []
        deps = []
        if ids and rnd.random() < 0.15:
            deps = [rnd.choice(ids)]
        ids.append(rid)
        nodes.append(node(rid, down, labels, deps))
    # merges of heads may point at ancestors of each other: drop such merges to keep graphs valid
    rnd.shuffle(nodes)
    return nodes

rnd = random.Random(42)
made = 0
attempt = 0
while made < 25 and attempt < 500:
    attempt += 1
    nodes = random_graph(rnd, rnd.randrange(4, 11))
    try:
        sd_for(nodes)
    except Exception:
        continue
    emit_graph("random%d" % made, nodes, standard_queries(nodes, 100 + made))
    made += 1

print("\n".join(out))
