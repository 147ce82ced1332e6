#!/usr/bin/env python3
"""Lists the public top-level types of migrate-core's internal packages that no file outside their
own package names (main and test code of every module): candidates to make package-private.
A candidate is only a hint: check that no reflection, service file or other branch needs it.
Run from the repository root after tools/api-split.sh."""
import glob
import os
import re

files = [f for f in glob.glob('**/src/**/*.java', recursive=True) if '/target/' not in f and '/resources/' not in f]
text = {f: open(f, encoding='utf-8').read() for f in files}


def package(f):
    m = re.search(r'^package ([\w.]+);', text[f], re.M)
    return m.group(1) if m else ''


for f in sorted(files):
    p = package(f)
    if not f.startswith('migrate-core/src/main/java/') or not p.startswith('dev.migrate.internal'):
        continue
    name = os.path.basename(f)[:-5]
    if not re.search(r'^public (final |abstract |sealed |non-sealed )*(class|interface|record|enum|@interface) ' + name + r'\b', text[f], re.M):
        continue
    if not any(package(g) != p and re.search(r'\b' + name + r'\b', text[g]) for g in files):
        print(p + '.' + name)
