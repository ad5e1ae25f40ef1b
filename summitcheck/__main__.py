"""`python -m summitcheck` works like the console script."""

import sys

from .cli import main

sys.exit(main())
