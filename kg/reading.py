"""Turn a file into text, or say in one line why it cannot be read.

Offsets reported by the parser index the text returned here: decoded, with CRLF and CR folded to LF
(as Python's universal newlines do), and otherwise unchanged (no Unicode normalisation), so that
``text[start:end]`` is the surface a reader sees in the file.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
import unicodedata
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ""})
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | {".pdf", ".docx"}

# Windows-1258 writes the five tones as separate combining bytes after the vowel.
_CP1258_TONES = "\u0300\u0301\u0303\u0309\u0323"
_VOWELS = "".join(
    unicodedata.normalize("NFC", base + tone)
    for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
    for tone in ("", *_CP1258_TONES)
)
# One Vietnamese syllable: onset, vowel nucleus, coda. Latin-1 or random bytes read as Windows-1258 give
# "words" such as "perọ" or "cittŕ" that do not fit this shape.
_SYLLABLE = re.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_VOWELS}]{{1,3}}(?:ch|ng|nh|[cmnpt])?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
_ALLOWED_CONTROLS = frozenset(b"\t\n\x0c\r\x1a")
_CP1258_PUNCTUATION = frozenset("\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026«»°§")
_NULL_HANDLER = logging.NullHandler()
_MIN_SYLLABLES = 3  # a handful of stray high bytes is not evidence of a code page


class InputError(Exception):
    """A file that cannot be read as a document; the message names the file and the problem."""


def read_document(path: str | Path) -> str:
    """The text of a .txt/.md (any supported encoding), .pdf (text layer) or .docx file."""
    p = Path(path)
    name = os.fspath(path)  # messages name the file as the user gave it ("./a.txt", not "a.txt")
    if not p.exists():
        raise InputError(f"{name}: no such file")
    if p.is_dir():
        raise InputError(f"{name}: is a directory, not a document")
    suffix = p.suffix.lower()
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{name}: is empty")
    if suffix == ".pdf":
        text = _pdf_text(name, data)
    elif suffix == ".docx":
        text = _docx_text(name, data)
    else:
        text = decode_text(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: has no text")
    return text


def decode_text(data: bytes, name: str = "<bytes>") -> str:
    """Decode by BOM, then strict UTF-8, then Windows-1258 when the bytes look like it; never guess silently."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with the UTF-16 LE one
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(
                    f"{name}: starts with a {codec} byte-order mark but is not valid {codec}"
                ) from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: is a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _as_cp1258(data)
    if text is not None:
        return text
    raise InputError(f"{name}: is neither UTF-8, UTF-16 with a BOM, nor Windows-1258 Vietnamese text")


def _as_cp1258(data: bytes) -> str | None:
    """The text if ``data`` reads as Windows-1258 Vietnamese, else None.

    Most words that carry a non-ASCII letter must be well-formed Vietnamese syllables, and the other
    non-ASCII characters mostly the few punctuation marks Vietnamese text uses (OCR leaves some "¢" and
    "€"): Latin-1 (Italian "però", French "déjà") and random bytes decode without error but fail one of
    the two. The result is
    composed to NFC: the decomposed tones are an artefact of the code page, not of the document, and the
    parser must see the same text as in the UTF-8 copy of the file.
    """
    if any(b < 0x20 and b not in _ALLOWED_CONTROLS for b in data):
        return None
    try:
        raw = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    text = unicodedata.normalize("NFC", raw.replace("\x1a", ""))
    foreign = [c for c in text if not c.isascii()]
    symbols = sum(1 for c in foreign if not c.isalpha() and c not in _CP1258_PUNCTUATION)
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    fitting = sum(1 for w in words if _SYLLABLE.fullmatch(w))
    plausible = fitting >= max(_MIN_SYLLABLES, 0.8 * len(words)) and symbols <= 0.2 * len(foreign)
    return text if plausible else None


def _pdf_text(name: str, data: bytes) -> str:
    import io

    from pypdf import PdfReader

    # pypdf warns on stderr through logging's last-resort handler ("EOF marker not found") before it
    # raises; the InputError below already says it in one line. Applications that configure logging
    # still receive the records through propagation.
    logging.getLogger("pypdf").addHandler(_NULL_HANDLER)
    try:
        reader = PdfReader(io.BytesIO(data))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files, not only PdfReadError
        raise InputError(f"{name}: is not a readable PDF ({exc})") from None
    if not text.strip():
        raise InputError(f"{name}: PDF has no text layer (scanned images need OCR first)")
    return text


def _docx_text(name: str, data: bytes) -> str:
    """Paragraphs and table cells in document order: the "Số: …" header line usually sits in a table."""
    import io

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zip, XML and key errors on damaged files
        raise InputError(f"{name}: is not a readable .docx ({exc})") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            seen: list[object] = []  # merged cells come back once per grid position
            for row in block.rows:
                for cell in row.cells:
                    if not any(cell._tc is t for t in seen):
                        seen.append(cell._tc)
                        lines.append(cell.text)
    return "\n".join(lines)
