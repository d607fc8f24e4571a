"""Entry point of the frozen SmartCheck bundle (PyInstaller analyses this file).

The same code path as the ``smartcheck`` console script: no arguments start the
window, anything else runs a command.
"""

import sys

from smartcheck.cli import main

if __name__ == "__main__":
    sys.exit(main())
