"""The bundle's entry point: the same command line as `workbench` (no arguments opens the window)."""

import sys

from workbench.cli import main

if __name__ == "__main__":
    sys.exit(main())
