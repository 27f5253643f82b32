"""A child process for the kill tests of bulk writes: it is killed at a random moment.

Usage: python bulk_child.py MODE DB [ARGS...]
  migrate DB                 open the database (migrating it) and close it
  import DB FILE.csv         ``sellertrain employees import FILE.csv``
  demo DB N CONTENT          ``sellertrain demo-data --employees N --content CONTENT``

Prints ``ready`` once everything is imported, just before the work starts, and ``done`` when
it has finished. Password hashing is made cheap (as the tests' fixtures do) so that a kill
lands in the database writes, not in scrypt.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path


def main() -> int:
    mode, db = sys.argv[1], Path(sys.argv[2])
    from sellertrain.cli import main as cli
    from sellertrain.core import passwords
    from sellertrain.core.interchange import employees_csv
    from sellertrain.core.reports import demo
    from sellertrain.core.store import Store

    cheap = functools.partial(passwords.hash_password, n=2, r=1)
    passwords.hash_password = cheap
    passwords.COST = (2, 1, 1)  # the signed-in manager's hash is not made again at full cost
    demo.hash_password = cheap
    assert employees_csv  # imported before "ready"
    print("ready", flush=True)
    if mode == "migrate":
        Store.open(db).close()
        status = 0
    elif mode == "import":
        status = cli.main(["employees", "import", sys.argv[3], "--db", str(db)])
    elif mode == "demo":
        args = ["demo-data", "--employees", sys.argv[3], "--content", sys.argv[4]]
        status = cli.main([*args, "--db", str(db)])
    else:
        raise SystemExit(f"unknown mode {mode}")
    print("done", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
