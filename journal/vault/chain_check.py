"""Checking a chain re-read from the file: its links against each other, their head record
and the chain this window knows (`check_chain`), and the documents against their links."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journal.i18n import translate
from journal.vault.chain import GENESIS, Chain, Link, content_digest


def check_documents(links: list[Link], docs: dict[bytes, dict[str, Any]]) -> list[str]:
    """Compare the documents in the file (row id -> {name, data}) with their latest "doc"
    links: a document changed, rolled back, deleted or added outside the app is a problem."""
    problems: list[str] = []
    latest = {link.entry: link for link in links if link.op == "doc"}
    for payload in docs.values():
        name = str(payload.get("name"))
        link = latest.pop(name, None)
        if link is None:
            problems.append(
                translate(
                    "Vault",
                    "The saved {name} is not in the journal's chain (added outside the app).",
                ).format(name=name)
            )
        elif content_digest(payload) != link.digest:
            problems.append(
                translate(
                    "Vault",
                    "The saved {name} is not the one last saved "
                    "(changed, or an old copy put back).",
                ).format(name=name)
            )
    if latest:
        problems.append(
            translate(
                "Vault",
                "Saved documents (plans, contacts, check-ins or settings) deleted from the "
                "file: %n.",
                None,
                len(latest),
            )
        )
    return problems


@dataclass
class ChainCheck:
    """What `check_chain` found: problems, counts and the last link's hash."""

    problems: list[str]
    entries: int
    revisions: int
    head: str
    deleted: set[str]
    removed: set[str | None]


def check_chain(
    links: list[Link],
    head: dict[str, Any] | None,
    head_damaged: bool,
    known: Chain,
    *,
    digests: bool = True,
) -> ChainCheck:
    """Check links re-read from the file (in seq order) against each other, their head record
    and the chain this window knows (`known`): gaps, breaks, changed, lost or put-back content,
    and rollback. `digests=False` (unlocking) leaves out re-hashing every content."""
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    deleted = {link.entry for link in links if link.op == "del"}
    removed = {link.attachment for link in links if link.op == "att-del"}
    entries: set[str] = set()
    previous: Link | None = None  # the link before, when `prev` is its unconfirmed text hash
    for link in links:
        if link.seq != expected_seq:
            if link.seq < expected_seq:
                problems.append(
                    translate("Vault", "Chain link {seq} appears more than once.").format(
                        seq=link.seq
                    )
                )
            else:
                problems.append(
                    translate(
                        "Vault", "Chain links {first}–{last} are missing (records were removed)."
                    ).format(first=expected_seq, last=link.seq - 1)
                )
            expected_seq = link.seq
        if link.prev != prev and (previous is None or link.prev != previous.link_hash()):
            problems.append(
                translate("Vault", "Chain link {seq} does not follow the link before it.").format(
                    seq=link.seq
                )
            )
        if link.content is not None:
            if digests and content_digest(link.content) != link.digest:
                problems.append(
                    translate(
                        "Vault", "Chain link {seq}'s content does not match its hash."
                    ).format(seq=link.seq)
                )
            if link.entry in deleted:
                problems.append(
                    translate(
                        "Vault",
                        "Chain link {seq} holds content of a deleted entry "
                        "(an old copy was put back).",
                    ).format(seq=link.seq)
                )
            if link.attachment in removed:
                problems.append(
                    translate(
                        "Vault",
                        "Chain link {seq} holds details of a removed attachment "
                        "(an old copy was put back).",
                    ).format(seq=link.seq)
                )
        elif link.op == "rev" and link.entry not in deleted:
            problems.append(
                translate("Vault", "Chain link {seq} lost its content.").format(seq=link.seq)
            )
        elif link.op == "att" and link.entry not in deleted and link.attachment not in removed:
            problems.append(
                translate("Vault", "Chain link {seq} lost its attachment details.").format(
                    seq=link.seq
                )
            )
        if link.op == "rev":
            entries.add(link.entry)
        prev = link.text_hash or link.link_hash()
        previous = link if link.text_hash else None
        expected_seq += 1
    count = len(links)
    if links and links[-1].text_hash is not None and (head is None or head["head"] != prev):
        prev = links[-1].link_hash()  # not confirmed by the head: the general way
    if head is None and not head_damaged and (count or known.seq):
        problems.append(translate("Vault", "The chain head record is missing."))
    if head is not None:
        if head["seq"] != count or (count and links[-1].seq != count):
            problems.append(
                translate(
                    "Vault",
                    "The chain head says {expected} links but {found} were found: "
                    "records were removed, added or rolled back.",
                ).format(expected=head["seq"], found=count)
            )
        if head["head"] != prev:
            problems.append(translate("Vault", "The chain head does not match the last link."))
        if head["seq"] < known.seq or (head["seq"] == known.seq and head["head"] != known.head):
            problems.append(
                translate("Vault", "The journal file was rolled back to an earlier state.")
            )
    return ChainCheck(
        problems=problems,
        entries=len(entries - deleted),
        revisions=sum(1 for link in links if link.op == "rev"),
        head=prev,
        deleted=deleted,
        removed=removed,
    )
