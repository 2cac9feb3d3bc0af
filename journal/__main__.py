"""Command line: `python -m journal verify FILE` checks a JSON export for changes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; exit 0 when the export is unchanged, 1 when changed, 2 if unchecked."""
    parser = argparse.ArgumentParser(
        prog="python -m journal",
        description="Reality Check tools that work without opening a journal.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    verify = commands.add_parser(
        "verify",
        help="check that a JSON export was not changed since it was made",
        description=(
            "Recompute every SHA-256 in a Reality Check JSON export. Exit status: 0 unchanged, "
            "1 changed, 2 not a readable export."
        ),
    )
    verify.add_argument("file", help="the exported .json file")
    args = parser.parse_args(argv)
    from journal.export.files import describe, verify_export

    check = verify_export(args.file)
    sys.stdout.write(describe(check, args.file))
    if check.ok:
        return 0
    return 1 if check.readable else 2


if __name__ == "__main__":
    sys.exit(main())
