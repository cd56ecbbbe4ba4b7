"""`python -m hostguard` runs the same entry point as the `hostguard` command."""

import sys

from hostguard.cli import main

sys.exit(main())
