"""Deriving the key on a helper thread while the file is read: Argon2id lets other threads run
while it works (about a second, on purpose), so reading and checking the journal file in the
meantime costs the person waiting nothing extra."""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from journal import crypto

T = TypeVar("T")


class Helper(Generic[T]):
    """`job` running on a helper thread (with a copy of the caller's context: e.g. the
    language its messages are written in); `result()` waits for it."""

    def __init__(self, job: Callable[[], T], name: str) -> None:
        self._outcome: list[T | BaseException] = []
        context = contextvars.copy_context()

        def run() -> None:
            try:
                self._outcome.append(context.run(job))
            except BaseException as exc:  # raised again by `result()`, never printed
                self._outcome.append(exc)

        self._thread = threading.Thread(target=run, name=name, daemon=True)
        self._thread.start()

    def outcome(self) -> T | BaseException:
        """Wait for the job; return what it returned or the error it raised."""
        self._thread.join()
        return self._outcome[0]

    def result(self) -> T:
        """Wait for the job; return what it returned, or raise its error."""
        outcome = self.outcome()
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


def while_deriving(
    derive: Callable[[], bytearray],
    work: Callable[[], T],
    undo: Callable[[T], None] | None = None,
) -> tuple[bytearray, T]:
    """Run `derive` on a helper thread while `work` runs here; return (seed, what `work`
    returned). When `work` fails its error is raised (once `derive` is done, the seed wiped);
    when only `derive` fails, `undo` gets what `work` returned and `derive`'s error is raised."""
    deriving = Helper(derive, "rc-derive")
    try:
        done = work()
    except BaseException:
        seed = deriving.outcome()
        if isinstance(seed, bytearray):
            crypto.wipe(seed)
        raise
    try:
        seed = deriving.result()
    except BaseException:
        if undo is not None:
            undo(done)
        raise
    return seed, done
