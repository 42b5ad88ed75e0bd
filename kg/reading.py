"""Turn a file into text, or say in one line why it cannot be read.

Offsets reported by the parser index the text returned here: decoded, with CRLF and CR folded to LF
(as Python's universal newlines do), and otherwise unchanged (no Unicode normalisation), so that
``text[start:end]`` is the surface a reader sees in the file.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ""})
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | {".pdf", ".docx"}

_VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]")
_CP1258_TONE_BYTES = frozenset({0xCC, 0xD2, 0xDE, 0xEC, 0xF2})


class InputError(Exception):
    """A file that cannot be read as a document; the message names the file and the problem."""


def read_document(path: str | Path) -> str:
    """The text of a .txt/.md (any supported encoding), .pdf (text layer) or .docx file."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not a document")
    suffix = p.suffix.lower()
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{p}: is empty")
    if suffix == ".pdf":
        text = _pdf_text(p, data)
    elif suffix == ".docx":
        text = _docx_text(p, data)
    else:
        text = decode_text(data, str(p))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{p}: has no text")
    return text


def decode_text(data: bytes, name: str = "<bytes>") -> str:
    """Decode by BOM, then strict UTF-8, then Windows-1258 when the bytes look like it; never guess silently."""
    for bom, codec in (
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
    if _looks_cp1258(data):
        try:
            return data.decode("cp1258")
        except UnicodeDecodeError:
            pass
    raise InputError(f"{name}: is neither UTF-8, UTF-16 with a BOM, nor Windows-1258 Vietnamese text")


def _looks_cp1258(data: bytes) -> bool:
    """Windows-1258 writes tones as separate combining bytes; real Vietnamese text has many of them."""
    high = [b for b in data if b >= 0x80]
    if not high:
        return False
    tones = sum(1 for b in high if b in _CP1258_TONE_BYTES)
    controls = sum(1 for b in data if b < 0x20 and b not in (9, 10, 12, 13))
    return (
        controls == 0
        and tones / len(high) >= 0.15
        and bool(_VIETNAMESE.search(data.decode("cp1258", "replace")))
    )


def _pdf_text(p: Path, data: bytes) -> str:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{p}: is not a readable PDF ({exc})") from None
    if not text.strip():
        raise InputError(f"{p}: PDF has no text layer (scanned images need OCR first)")
    return text


def _docx_text(p: Path, data: bytes) -> str:
    import io
    import zipfile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{p}: is not a readable .docx ({exc})") from None
    return "\n".join(par.text for par in document.paragraphs)
