"""Entry script PyInstaller freezes: the same `hostguard` command as a pip install."""

import multiprocessing
import sys

from hostguard.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a no-op unless a worker process is started on Windows/macOS
    sys.exit(main())
