"""The built app's entry point: the same ``sellertrain`` command line as the installed one."""

import sys

from sellertrain.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
