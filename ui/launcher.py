"""The `catalyse` entry point: a subcommand runs headless; no command opens the app."""

from __future__ import annotations

import sys


def opens_a_shared_workshop(argv: list[str]) -> bool:
    """`catalyse FILE.catalyse` (what the file manager runs on a double-click) opens the app,
    which offers to import it; `catalyse share import FILE.catalyse` stays a command."""
    words = [
        arg
        for index, arg in enumerate(argv)
        if not arg.startswith("-") and (index == 0 or argv[index - 1] != "--db")
    ]
    return len(words) == 1 and words[0].lower().endswith(".catalyse")


def main() -> int:
    from workshop.cli import has_command
    from workshop.cli import main as cli_main

    argv = sys.argv[1:]
    if has_command(argv) and not opens_a_shared_workshop(argv):
        return cli_main(argv)
    from ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
