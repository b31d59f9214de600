"""The `catalyse` entry point: a subcommand runs headless; no command opens the app."""

from __future__ import annotations

import sys


def main() -> int:
    from workshop.cli import has_command
    from workshop.cli import main as cli_main

    argv = sys.argv[1:]
    if has_command(argv):
        return cli_main(argv)
    from ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
