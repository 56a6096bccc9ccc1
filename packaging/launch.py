"""The bundle's entry point: the same command line as `workbench` (no arguments opens the window)."""

import multiprocessing
import sys

from workbench.cli import main

if __name__ == "__main__":
    # The window's analysing process is this program started again: it must run that process, not a window.
    multiprocessing.freeze_support()
    sys.exit(main())
