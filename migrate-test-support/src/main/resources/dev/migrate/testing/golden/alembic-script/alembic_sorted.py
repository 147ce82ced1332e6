# Alembic 1.8.1 lists a versions folder in os.listdir order; Alembic >= 1.13 sorts it by name.
# Record as current Alembic does.
import os, sys
from alembic.script import base
base.Script._list_py_dir = classmethod(lambda cls, scriptdir, path: sorted(os.listdir(path)))
from alembic.config import main
main(argv=sys.argv[1:], prog="alembic")
