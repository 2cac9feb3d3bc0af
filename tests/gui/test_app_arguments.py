"""The quick reading of a plain command line gives what argparse gives, and leaves it the rest."""

from __future__ import annotations

import itertools

import pytest

from journal.app import argument_parser, arguments, plain_arguments

TOKENS = (
    "--vault",
    "journal.rcv",
    "/tmp/a b/journal.rcv",
    "",
    "-1",
    "-x",
    "--portable",
    "--discreet",
    "--self-check",
    "--port",
    "--vault=x.rcv",
    "--",
    "-h",
    "--help",
    "extra",
)


def parsed(argv: list[str]) -> object:
    """What argparse makes of `argv` (the exit code if it stops: --help or a mistake)."""
    try:
        return argument_parser().parse_args(argv)
    except SystemExit as stop:
        return ("exit", stop.code)


@pytest.mark.parametrize("length", [0, 1, 2, 3, 4])
def test_plain_command_lines_read_as_argparse_reads_them(length: int, capsys) -> None:
    quick = 0
    for argv in itertools.product(TOKENS, repeat=length):
        plain = plain_arguments(list(argv))
        if plain is not None:
            quick += 1
            assert plain == parsed(list(argv)), argv
    capsys.readouterr()  # argparse's usage and error messages
    assert quick > 0


def test_every_plain_form_is_read_quickly() -> None:
    argv = ["--discreet", "--vault", "j.rcv", "--portable", "--self-check"]
    assert plain_arguments(argv) == argument_parser().parse_args(argv)
    assert plain_arguments([]) == argument_parser().parse_args([])
    for other in (["--help"], ["--vault=j.rcv"], ["--port"], ["--vault", "-1"], ["x"]):
        assert plain_arguments(other) is None


def test_anything_else_goes_to_argparse(capsys) -> None:
    assert arguments(["--port", "--vault=j.rcv"]) == argument_parser().parse_args(
        ["--portable", "--vault", "j.rcv"]
    )
    assert arguments(["--vault", "-1"]).vault == "-1"  # argparse takes it as a value
    with pytest.raises(SystemExit):
        arguments(["--help"])
    assert "--self-check" in capsys.readouterr().out
