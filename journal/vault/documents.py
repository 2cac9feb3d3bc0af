"""Named singleton records: the editor's unsaved draft and named documents (safety plan,
contacts, settings), each replaced whole on every save."""

from __future__ import annotations

from typing import Any

from journal.canonical import canonical_json
from journal.errors import VaultCorrupted, VaultError
from journal.i18n import translate
from journal.model import Entry
from journal.vault.chain import Chain, content_digest, now
from journal.vault.records import KIND_DOC, KIND_DRAFT, RecordKeys
from journal.vault.storage import Store


def save_draft(store: Store, keys: RecordKeys, entry: Entry) -> None:
    """Store the editor's unsaved entry encrypted (replacing any earlier draft)."""
    if not isinstance(entry, Entry):
        raise ValueError("save_draft takes an Entry.")
    draft_id = keys.named_id("draft")
    data = {
        "content": entry.content(),
        "id": entry.id,
        "revision": entry.revision,
        "saved_at": now().isoformat(),
    }
    with store.transaction() as cur:
        cur.execute(
            "INSERT OR REPLACE INTO records (id, blob) VALUES (?, ?)",
            (draft_id, keys.seal(draft_id, KIND_DRAFT, data)),
        )


def load_draft(store: Store, keys: RecordKeys) -> Entry | None:
    """Return the saved draft, or None; `VaultCorrupted` if it is damaged."""
    draft_id = keys.named_id("draft")
    blob = store.fetch(draft_id)
    if blob is None:
        return None
    data = keys.unseal(draft_id, KIND_DRAFT, blob)
    try:
        entry_id = data.get("id")
        return Entry.from_content(
            data["content"],
            id=entry_id if isinstance(entry_id, str) else None,
            revision=int(data.get("revision") or 0),
        )
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise VaultCorrupted(translate("Vault", "The saved draft is damaged.")) from exc


def clear_draft(store: Store, keys: RecordKeys) -> None:
    """Remove the saved draft (its bytes are overwritten: secure_delete is on)."""
    draft_id = keys.named_id("draft")
    with store.transaction() as cur:
        cur.execute("DELETE FROM records WHERE id = ?", (draft_id,))


MAX_DOCUMENT_BYTES = 4 * 1024 * 1024  # a named document's canonical JSON (docs/VAULT_FORMAT.md)
MAX_NAME_CHARS = 100


def document_payload(name: str, data: Any) -> dict[str, Any]:
    """Return what a document record holds; `VaultError` when it cannot or may not be stored."""
    if not isinstance(name, str) or not name or len(name) > MAX_NAME_CHARS:
        raise ValueError("A document needs a name of at most 100 characters.")
    payload = {"name": name, "data": data}
    try:
        size = len(canonical_json(payload))
    except UnicodeEncodeError as exc:  # e.g. a lone surrogate pasted from a broken source
        raise VaultError(
            translate(
                "Vault",
                "This could not be saved: it contains a broken character (half of a pair, "
                "often from a damaged copy and paste). Remove or retype it, then save again.",
            )
        ) from exc
    except (TypeError, ValueError, RecursionError) as exc:
        raise VaultError(
            translate("Vault", "This could not be saved: it is not plain data.")
        ) from exc
    if size > MAX_DOCUMENT_BYTES:
        raise VaultError(
            translate(
                "Vault",
                "This could not be saved: it is too large (more than 4 MB of text). "
                "Shorten it, then save again.",
            )
        )
    return payload


def save_document(store: Store, keys: RecordKeys, chain: Chain, name: str, data: Any) -> None:
    """Store a named JSON document encrypted, replacing the one saved before, and append a
    "doc" link with its digest to the chain (in the same transaction)."""
    payload = document_payload(name, data)
    doc_id = keys.named_id("doc:" + name)
    blob = keys.seal(doc_id, KIND_DOC, payload)
    with store.transaction() as cur:
        cur.execute("INSERT OR REPLACE INTO records (id, blob) VALUES (?, ?)", (doc_id, blob))
        links = chain.append(cur, keys, [("doc", name, 0, content_digest(payload))])
    chain.commit(links)


def load_document(store: Store, keys: RecordKeys, name: str, default: Any) -> Any:
    """Return a named document, or `default` when it was never saved."""
    doc_id = keys.named_id("doc:" + name)
    blob = store.fetch(doc_id)
    if blob is None:
        return default
    payload = keys.unseal(doc_id, KIND_DOC, blob)
    if not isinstance(payload, dict) or payload.get("name") != name:
        raise VaultCorrupted(translate("Vault", "The saved {name} is damaged.").format(name=name))
    return payload.get("data")
