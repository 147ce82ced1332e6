"""Records Alembic's Script.cmd_format / log_entry text for every revision of a few graphs."""
import types, warnings
warnings.simplefilter("ignore")
from alembic.script.revision import RevisionMap
from alembic.script.base import Script

GRAPHS = {
    "branches_merges_labels": [
        ("1975ea83b712", [], ["core"], [], "add account"),
        ("ae1027a6acf", ["1975ea83b712"], [], [], "add a column\n\nLonger description\nover two lines."),
        ("27c6a30d7c24", ["1975ea83b712"], ["shoppingcart"], [], "create shopping cart table"),
        ("d747a8a8879", ["27c6a30d7c24"], [], [], "add a shopping cart column"),
        ("53fffde5ad5", ["ae1027a6acf", "d747a8a8879"], [], [], "merge branches"),
        ("55af2cb1c267", ["53fffde5ad5"], [], [], ""),
    ],
    "dependencies": [
        ("3cac04ae8714", [], ["networking"], [], "create networking branch"),
        ("109ec7d132bf", ["3cac04ae8714"], [], [], "add ip number table"),
        ("29f859a13ea", [], ["core"], [], "core base"),
        ("2a95102259be", ["29f859a13ea"], [], ["3cac04ae8714"], "add ip number column"),
        ("b1b1b1b1b1b1", ["2a95102259be"], [], ["networking", "109ec7d132bf"], ""),
    ],
}

for name, nodes in GRAPHS.items():
    scripts = []
    for rid, down, labels, deps, doc in nodes:
        module = types.SimpleNamespace(__doc__=doc, down_revision=tuple(down) if len(down) > 1 else (down[0] if down else None),
                                       branch_labels=tuple(labels) or None, depends_on=tuple(deps) or None)
        scripts.append(Script(module, rid, "/project/versions/%s_.py" % rid))
    rmap = RevisionMap(lambda: scripts)
    rmap._revision_map
    for script in scripts:
        # Alembic keeps labels and next revisions in sets, printed in hash order; we print them
        # sorted, so record them sorted.
        script.branch_labels = sorted(script.branch_labels)
        script.nextrev = sorted(script.nextrev)
    print("graph " + name)
    for rid, down, labels, deps, doc in nodes:
        print("rev %s|%s|%s|%s|%s" % (rid, ",".join(down), ",".join(labels), ",".join(deps), doc.replace("\n", "\\n")))
    for script in scripts:
        for current in (False, True):
            script._db_current_indicator = current
            for kind, text in (
                ("history", script.cmd_format(False, include_branches=True, include_doc=True, include_parents=True)),
                ("heads", script.cmd_format(False, include_branches=True, tree_indicators=False)),
                ("plain", script.cmd_format(False)),
                ("verbose", script.cmd_format(True)),
            ):
                print("== %s %s %s" % (script.revision, kind, "current" if current else "-"))
                print(text)
                print("==.")
