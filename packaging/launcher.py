"""The built app's entry point: the same ``sellertrain`` command line as the installed one."""

import os
import sys

from sellertrain.cli.main import main

if __name__ == "__main__":
    # A windowed Windows program has no standard streams (PyInstaller leaves them None): give
    # it null ones, so that a flush or a warning cannot fail. Errors still reach the log file.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (kept open)
    sys.exit(main())
