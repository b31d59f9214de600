"""The bundle's entry point: the same `catalyse` command as the pip-installed one."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
