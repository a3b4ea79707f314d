"""`python -m bot` runs the `daigang` command."""

import sys

from bot.cli import main

sys.exit(main())
