"""Wrote the sample journals in this folder (kept to show how; never run it again on them).

The same content for every format version: `v1-*` were written by the code of commit 068a2c8
(format version 1), `v2-*` by the code of commit 1d7ddf1 (format version 2). Today's code writes
the newest version only, so running this makes samples of that version.

The `.rcv` files here are a compatibility contract: every later format must open them (migrating
if needed) and yield the content in the matching `*.expected.json`. Regenerating them would hide
exactly the break they exist to catch, so this script refuses to overwrite anything.

    python tests/data/generate.py 3   # a new format version: new files, never over old ones
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journal import plans
from journal.model import Entry
from journal.vault import KdfParams, create_vault
from tests.gps_images import jpeg_with_exif

HERE = Path(__file__).resolve().parent
VERSION = 0  # the format version being written (the command line sets it)
TZ = timezone(timedelta(hours=-5))


def _entries() -> list[Entry]:
    t0 = datetime(2025, 3, 1, 21, 15, tzinfo=TZ)
    return [
        Entry(
            kind="incident",
            occurred_start=t0,
            occurred_end=t0 + timedelta(minutes=40),
            location="Kitchen",
            what_happened="He shouted and threw my phone against the wall.",
            words_used="“Nobody would believe you.”",
            behaviours=["yelling", "destroying_property", "strangulation"],
            severity=3,
            injuries="Bruise on left arm",
            medical_care="None",
            witnesses="Neighbour heard it",
            children_present=True,
            police_report="Not reported",
            technology="Phone screen cracked",
            emotions={"fear": 8, "shame": 6},
            body_responses=["shaking", "racing_heart"],
            reflection="I kept apologising even though I did nothing.",
            tags=["phone", "weekend"],
        ),
        Entry(
            kind="incident",
            occurred_start=datetime(2025, 4, 12, tzinfo=TZ),
            occurred_precision="day",
            what_happened="Pushed me against the door on the way out.",
            behaviours=["pushing_grabbing"],
            severity=2,
            children_present=False,
            emotions={"fear": 7},
        ),
        Entry(
            kind="tension",
            occurred_start=datetime(2025, 2, 20, 18, 0, tzinfo=TZ),
            what_happened="Silent all evening after I was ten minutes late.",
            behaviours=["silent_treatment", "checking_whereabouts"],
            emotions={"anxiety": 7, "on_edge": 8},
            body_responses=["tension"],
        ),
        Entry(
            kind="tension",
            occurred_start=datetime(2025, 3, 10, 8, 30, tzinfo=TZ),
            occurred_precision="approximate",
            what_happened="Checked my messages again before work — ünïcödé, 日本語, עברית.",
            tags=["messages"],
        ),
        Entry(
            kind="reconciliation",
            occurred_start=datetime(2025, 3, 2, 12, 0, tzinfo=TZ),
            what_happened="Brought flowers and said it would never happen again.",
            behaviours=["promises_to_change"],
            emotions={"relief": 6, "hope": 5, "confusion": 4},
        ),
        Entry(
            kind="reconciliation",
            occurred_start=datetime(2025, 4, 13, 19, 0, tzinfo=TZ),
            what_happened="Cooked dinner, very affectionate.",
            emotions={"love": 5},
        ),
        Entry(
            kind="contact_attempt",
            occurred_start=datetime(2025, 6, 1, 22, 5, tzinfo=UTC),
            what_happened="Twelve calls from a blocked number.",
            technology="Phone, blocked number",
            emotions={"fear": 6},
        ),
        Entry(
            kind="contact_attempt",
            occurred_start=datetime(2025, 6, 3, 9, 0, tzinfo=UTC),
            what_happened="Message via my sister asking to meet.",
        ),
        Entry(
            kind="reflection",
            occurred_start=datetime(2025, 6, 10, 20, 0, tzinfo=UTC),
            reflection="Reading back March, the pattern is clearer.",
            emotions={"calm": 4, "sadness": 5},
        ),
        Entry(
            kind="reflection",
            occurred_start=datetime(2025, 6, 20, 20, 0, tzinfo=UTC),
            what_happened="",
            reflection="To delete: written by mistake.",
        ),
    ]


def _expected_entry(entry: Entry, history: list[Entry]) -> dict[str, object]:
    return {
        "id": entry.id,
        "revision": entry.revision,
        "recorded_at": entry.recorded_at.isoformat() if entry.recorded_at else None,
        "content": entry.content(),
        "history": [rev.content() for rev in history],
    }


def _write(name: str, passphrase: str, *, rotate: bool) -> None:
    path = HERE / f"{name}.rcv"
    if path.exists():
        raise SystemExit(f"{path} exists: the sample journals are never regenerated")
    vault, code = create_vault(path, passphrase, kdf=KdfParams.FLOOR)
    saved = vault.add_entries(_entries())
    known = [e.behaviours for e in saved]
    assert known
    amended = vault.amend_entry(
        saved[1].id or "",
        Entry(
            kind="incident",
            occurred_start=saved[1].occurred_start,
            occurred_precision="day",
            what_happened="Pushed me against the door on the way out. My wrist hurt for days.",
            behaviours=["pushing_grabbing"],
            severity=3,
            injuries="Sprained wrist",
            children_present=False,
            emotions={"fear": 8},
        ),
    )
    vault.delete_entry(saved[-1].id or "")
    gps = jpeg_with_exif(gps=True, body=b"sample-photo-bytes" * 64)
    photo = vault.add_attachment(saved[0].id or "", io.BytesIO(gps), filename="phone.jpg")
    big = bytes((i * 7 + i // 251) % 256 for i in range(int(2.5 * (1 << 20))))
    large = vault.add_attachment(saved[6].id or "", io.BytesIO(big), filename="call-log.bin")
    gone = vault.add_attachment(saved[2].id or "", io.BytesIO(b"remove me"), filename="x.txt")
    vault.remove_attachment(gone.id)
    vault.save_draft(
        Entry(
            kind="tension",
            occurred_start=datetime(2025, 6, 25, 7, 0, tzinfo=UTC),
            what_happened="Draft: not finished yet",
        )
    )
    plans.save_contacts(
        vault,
        [
            plans.make_contact("Maria (sister)", "555-0100", "Knows the code word"),
            plans.make_contact("Advocate", "555-0199"),
        ],
    )
    safety = plans.seed_safety_plan()
    safety = [safety[0].__class__(**{**safety[0].__dict__, "done": True, "note": "In a locker"})]
    safety += plans.seed_safety_plan()[1:]
    safety.append(plans.make_safety_item("Spare key with Maria", note="Blue keyring"))
    plans.save_safety_plan(vault, safety)
    relapse = plans.seed_relapse_plan()
    relapse.append(plans.make_trigger("Payday", ("Read the March entries",), ("Maria",)))
    plans.save_relapse_plan(vault, relapse)
    plans.save_checkin(vault, plans.make_checkin(date(2025, 6, 5), {plans.FLAG_IDS[0]: True}))
    plans.save_checkin(
        vault,
        plans.make_checkin(date(2025, 6, 12), {f: True for f in plans.FLAG_IDS[:3]}, "Hard week"),
    )
    if rotate:
        vault.change_passphrase(passphrase + " (changed)", kdf=KdfParams.FLOOR)
        code = vault.replace_recovery_code()
        passphrase += " (changed)"
    entries = vault.entries()
    expected = {
        "format_version": VERSION,
        "passphrase": passphrase,
        "recovery_code": code,
        "chain_head": vault.chain_head,
        "entries": [_expected_entry(e, vault.history(e.id or "")) for e in entries],
        "deleted_entry_ids": [saved[-1].id],
        "amended_entry_id": amended.id,
        "attachments": {
            a.id: {
                "entry_id": a.entry_id,
                "filename": a.filename,
                "size": a.size,
                "sha256": a.sha256,
                "media_type": a.media_type,
                "has_location": a.has_location,
            }
            for e in entries
            for a in vault.attachments(e.id or "")
        },
        "attachment_sha256": {
            photo.id: hashlib.sha256(gps).hexdigest(),
            large.id: hashlib.sha256(big).hexdigest(),
        },
        "removed_attachment_id": gone.id,
        "draft": vault.load_draft().content() if vault.load_draft() else None,
        "documents": {
            name: vault.load_document(name)
            for name in (
                plans.CONTACTS_DOC,
                plans.SAFETY_DOC,
                plans.RELAPSE_DOC,
                plans.CHECKINS_DOC,
            )
        },
    }
    vault.close()
    (HERE / f"{name}.expected.json").write_text(
        json.dumps(expected, indent=1, ensure_ascii=False, sort_keys=True) + "\n", "utf-8"
    )
    for extra in (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", ".lock")):
        extra.unlink(missing_ok=True)


if __name__ == "__main__":
    VERSION = int(sys.argv[1])
    _write(f"v{VERSION}-full", "sample passphrase one", rotate=False)
    _write(f"v{VERSION}-rotated", "sample passphrase two", rotate=True)
