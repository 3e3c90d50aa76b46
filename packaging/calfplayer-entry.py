"""The bundle's entry script: the same main() as the installed ``calfplayer`` command."""

import sys

from calfplayer.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
