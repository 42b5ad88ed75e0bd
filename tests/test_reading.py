"""kg.reading: every supported encoding gives the same text; everything else is one clear InputError."""

from __future__ import annotations

import codecs
import random
import unicodedata
from pathlib import Path

import pytest

from kg.reading import InputError, decode_text, read_document
from tests.conftest import SAMPLES, to_cp1258

VIETNAMESE = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ về Đảng.\n"
CLEAN_SAMPLE = SAMPLES / "kien-giang_ke-hoach-ct33-2024.txt"


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda s: s.encode("utf-8"), id="utf-8"),
        pytest.param(lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), id="utf-16-le"),
        pytest.param(lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), id="utf-16-be"),
        pytest.param(lambda s: codecs.BOM_UTF32_LE + s.encode("utf-32-le"), id="utf-32-le"),
        pytest.param(to_cp1258, id="cp1258"),
        pytest.param(lambda s: s.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(lambda s: s.replace("\n", "\r").encode("utf-8"), id="cr"),
    ],
)
def test_every_encoding_reads_to_the_same_text(tmp_path: Path, encode) -> None:
    text = CLEAN_SAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "doc.txt"
    path.write_bytes(encode(text))
    assert read_document(path) == text


def test_cp1258_is_composed_like_the_utf8_copy() -> None:
    data = to_cp1258(VIETNAMESE)
    assert b"\xec" in data or b"\xf2" in data  # tones really are separate bytes in this encoding
    assert decode_text(data) == VIETNAMESE


def test_cp1258_of_the_three_samples(tmp_path: Path) -> None:
    for sample in sorted(SAMPLES.glob("*.txt")):
        # keep what the code page can hold (one sample has an "ﬁ" ligature from its PDF)
        text = "".join(c for c in sample.read_text(encoding="utf-8") if _cp1258_can_hold(c))
        path = tmp_path / sample.name
        path.write_bytes(to_cp1258(text))
        assert read_document(path) == unicodedata.normalize("NFC", text), sample.name


def _cp1258_can_hold(c: str) -> bool:
    try:
        to_cp1258(c)
    except UnicodeEncodeError:
        return False
    return True


def test_offsets_survive_crlf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Dong 1\r\nCan cu 33/CT-TTg\r\n")
    text = read_document(path)
    assert text == "Dong 1\nCan cu 33/CT-TTg\n"
    # the scorer reads with universal newlines: the same string, so the same offsets
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    "latin1",
    [
        "Perché però la città è più bella così? Già, ciò è vero: sì, però là.",
        "Déjà l'été était très agréable à Noël; où ça? Voilà, ça y est, garçon.",
        "Über die größte Straße fährt Jürgen öfter mit Müller, Bäcker und Höß.",
        "Não são informações públicas; a razão é óbvia e útil à nação.",
    ],
)
def test_latin1_is_not_taken_for_cp1258(latin1: str) -> None:
    with pytest.raises(InputError, match="neither UTF-8"):
        decode_text(latin1.encode("latin-1"))


def test_random_bytes_are_not_taken_for_cp1258() -> None:
    rng = random.Random(1258)
    for _ in range(3000):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(8, 400)))
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            continue  # valid UTF-8 is read as UTF-8; that is not a Windows-1258 guess
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            continue
        with pytest.raises(InputError):
            decode_text(data)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b" \n\r\n\t", "is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("bom-only.txt", codecs.BOM_UTF16_LE, "no text"),
        ("bad-utf16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid"),
        ("latin1.txt", "Perché però là".encode("latin-1"), "neither UTF-8"),
        ("broken.pdf", b"%PDF-1.4 not really a pdf", "not a readable PDF"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "not a readable .docx"),
    ],
)
def test_unreadable_files_give_one_line(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        read_document(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert problem in message
    assert "\n" not in message


def test_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_document(tmp_path)


def test_file_named_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=r"^\./nope\.txt: no such file$"):
        read_document("./nope.txt")


def test_docx_keeps_header_table_in_order(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "Số: 12/KH-UBND"
    document.add_paragraph("Thực hiện Chỉ thị số 33/CT-TTg.")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    text = read_document(path)
    assert text.count("Số: 12/KH-UBND") == 1  # a merged cell is read once
    assert text.index("KIÊN GIANG") < text.index("Số: 12/KH-UBND") < text.index("33/CT-TTg")
