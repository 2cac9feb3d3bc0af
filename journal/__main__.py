"""Command line: `python -m journal verify FILE` checks an export's signature and hashes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

EXIT_SIGNED = 0  # valid signature, every hash matches (and the fingerprint given, if any)
EXIT_CHANGED = 1  # changed, a bad signature, or not signed by the fingerprint given
EXIT_UNREADABLE = 2  # not an export this program can read
EXIT_UNSIGNED = 3  # internally consistent, but no valid signature: cannot tell more


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; exit 0 signed and intact, 1 changed, 2 unreadable, 3 unsigned."""
    parser = argparse.ArgumentParser(
        prog="python -m journal",
        description="Journal tools that work without opening a journal.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    verify = commands.add_parser(
        "verify",
        help="check an export's signature and that it was not changed",
        description=(
            "Check the signature and every SHA-256 of a JSON or PDF export and print the "
            "signer's fingerprint (a line beginning 'Signed by:'). Exit status: 0 signed and "
            "intact, 1 changed or not signed by the fingerprint given, 2 not a readable "
            "export, 3 internally consistent but without a valid signature."
        ),
    )
    verify.add_argument("file", help="the exported .json or .pdf file")
    verify.add_argument(
        "--fingerprint",
        help="the journal key fingerprint the writer gave you (e.g. ABCD-EFGH-IJKL-MNOP-QRST)",
    )
    args = parser.parse_args(argv)
    from journal.export.verify import describe, verify_export

    check = verify_export(args.file, expected=args.fingerprint)
    sys.stdout.write(describe(check, args.file))
    if check.ok:
        return EXIT_SIGNED
    if not check.readable:
        return EXIT_UNREADABLE
    if check.consistent and check.signer is None and not check.problems:
        return EXIT_UNSIGNED
    return EXIT_CHANGED


if __name__ == "__main__":
    sys.exit(main())
