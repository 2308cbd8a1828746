"""`python -m briefreader`: the same as the `briefreader` command."""

import sys

from .cli import main

sys.exit(main())
