"""The end of the PDF export: the exhibits (attached files) and the integrity appendix (how
the record can be checked, and each entry's SHA-256), as HTML fragments."""

from __future__ import annotations

from collections.abc import Sequence

from journal.attachments import format_size
from journal.drawing.pdf_entries import e as _e
from journal.export.data import ExportData, ExportItem
from journal.i18n import translate

HASHES_PER_CHUNK = 400
TABLE = "<table cellspacing='0' cellpadding='3' border='0.5' style='border-color:#999999'"


def appendix_intro(data: ExportData) -> str:
    key = _e(data.journal_fingerprint) or translate("PdfReport", "(not signed)")
    return (
        "<h2>" + translate("PdfReport", "Integrity appendix") + "</h2>"
        "<h3>"
        + translate("PdfReport", "How this record can be checked")
        + "</h3><p>"
        + translate(
            "PdfReport",
            "The journal that produced this document has its own signing key. When the "
            "document was made, the journal signed a digital copy of exactly what it holds. "
            "That copy is stored inside this PDF file as an attachment, and the same signed copy "
            "is in the JSON export made with the same choices.",
        )
        + "</p><p>"
        + translate(
            "PdfReport",
            "Anyone with the journal program, or any tool that checks Ed25519 signatures, can "
            "check the signed copy. The check answers two questions:",
        )
        + "</p><ol><li>"
        + translate(
            "PdfReport",
            "<b>Was it changed?</b> If any entry, date or number was changed, removed, added or "
            "moved after the document was made, the signature no longer matches and the check "
            "says so.",
        )
        + "</li><li>"
        + translate(
            "PdfReport",
            "<b>Which journal signed it?</b> The check shows the fingerprint of the key that "
            "signed it. It should be the one printed at the foot of every page, below, and the "
            "one the writer can show you in their journal. If it is different, the copy was not "
            "signed by the writer's journal.",
        )
        + "</li></ol><p>"
        + translate("PdfReport", "Journal key fingerprint: <b>{key}</b>").format(key=key)
        + "</p><p>"
        + translate(
            "PdfReport",
            "Each page also shows this document's own export fingerprint, which the check "
            "prints as well, so a page can be matched to its signed copy. The technical "
            "description of the check is published with the program (EXPORT_FORMAT).",
        )
        + "</p><p class='note'>"
        + translate(
            "PdfReport",
            "What the check cannot tell: whether what was written is true, or when it was "
            "really written down beyond the times the journal records. The list below gives a "
            "SHA-256 fingerprint of each entry as held in the signed copy.",
        )
        + "</p><p>"
        + translate(
            "PdfReport",
            "Journal chain head at the time of export (the latest link of the journal's own "
            "hash chain):",
        )
        + f"</p><p class='mono'>{_e(data.chain_head)}</p>"
    )


def exhibits_intro() -> str:
    return (
        "<h2>"
        + translate("PdfReport", "Exhibits")
        + "</h2><p class='note'>"
        + translate(
            "PdfReport",
            "Each file attached to an entry, numbered in the order of the log. The SHA-256 is a "
            "fingerprint of the file's exact bytes: a copy whose SHA-256 matches is the same "
            "file.",
        )
        + "</p>"
    )


def exhibit_table(data: ExportData, first: int) -> str:
    rows = "".join(
        f"<tr><td align='right'>{ex.number}</td><td>{_e(ex.attachment.filename)}<br/>"
        f"<span class='mono'>{_e(ex.attachment.sha256)}</span></td>"
        f"<td align='right'>{_e(format_size(ex.attachment.size))}</td><td>"
        + translate("PdfReport", "Entry {number} (ref. {ref})").format(
            number=ex.entry_number, ref=_e(ex.entry_id)
        )
        + "</td></tr>"
        for ex in data.exhibits[first : first + HASHES_PER_CHUNK]
    )
    return (
        f"{TABLE} width='100%'><thead><tr><th width='9%'>"
        + translate("PdfReport", "Exhibit")
        + "</th>"
        "<th>" + translate("PdfReport", "File and SHA-256") + "</th>"
        "<th width='11%'>" + translate("PdfReport", "Size") + "</th>"
        "<th width='26%'>"
        + translate("PdfReport", "Appears in")
        + f"</th></tr></thead>{rows}</table>"
    )


def hash_table(items: Sequence[ExportItem], offset: int) -> str:
    """List each entry's number, reference and SHA-256 as aligned monospaced lines (a table
    lays out each of its cells twice, to measure it; the columns here have fixed widths)."""
    last = len(str(offset + len(items)))
    number = translate("PdfReport", "No.")
    reference = translate("PdfReport", "Reference")
    width = max(last, len(number))
    id_width = max([len(reference), *(len(str(it.record["id"])) for it in items)])
    head = f"{number.rjust(width)}  {reference.ljust(id_width)}  SHA-256"
    lines = [
        f"{str(offset + i + 1).rjust(width)}  {str(it.record['id']).ljust(id_width)}  "
        f"{it.record['sha256']}"
        for i, it in enumerate(items)
    ]
    rows = "\n".join(_e(line) for line in lines)  # each line its own block
    return f"<pre class='hashes'><b>{_e(head)}</b>\n{rows}</pre>"
