"""Deriving the key on a helper thread while the file is read: Argon2id lets other threads run
while it works (about a second, on purpose), so reading and checking the journal file in the
meantime costs the person waiting nothing extra."""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from typing import TypeVar

from journal import crypto

T = TypeVar("T")


def while_deriving(
    derive: Callable[[], bytearray],
    work: Callable[[], T],
    undo: Callable[[T], None] | None = None,
) -> tuple[bytearray, T]:
    """Run `derive` on a helper thread while `work` runs here; return (seed, what `work`
    returned). When `work` fails its error is raised (once `derive` is done, the seed wiped);
    when only `derive` fails, `undo` gets what `work` returned and `derive`'s error is raised."""
    outcome: list[bytearray | BaseException] = []
    context = contextvars.copy_context()  # e.g. the language its messages are written in

    def run() -> None:
        try:
            outcome.append(context.run(derive))
        except BaseException as exc:  # raised again on the calling thread, never printed
            outcome.append(exc)

    thread = threading.Thread(target=run, name="rc-derive", daemon=True)
    thread.start()
    try:
        done = work()
    except BaseException:
        thread.join()
        if outcome and isinstance(outcome[0], bytearray):
            crypto.wipe(outcome[0])
        raise
    thread.join()
    result = outcome[0]
    if isinstance(result, BaseException):
        if undo is not None:
            undo(done)
        raise result
    return result, done
