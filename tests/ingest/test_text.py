import codecs

import pytest

from conflictwatch.errors import BinaryInput, EmptyInput
from conflictwatch.ingest.text import read_text, split_title
from conflictwatch.records import Report

TEXTS = {
    "en": ("Nurses walk out at Lima hospitals",
           "Nurses at five public hospitals in Lima began a 48-hour strike on Wednesday, "
           "demanding the hiring of 2,000 staff promised by the health ministry."),
    "es": ("Año nuevo, paro viejo en Puno",
           "Los transportistas de Puno iniciaron el miércoles un paro de 48 horas en rechazo "
           "al alza del combustible; según el gremio, más de 3.000 unidades no circularon."),
}


def _read(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_text(path, data, published=None))


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("encoding", ["utf-8", "latin-1", "cp1252", "utf-8-sig", "utf-16"])
def test_text_file_is_decoded_whatever_its_encoding(tmp_path, lang, encoding):
    title, body = TEXTS[lang]
    data = f"{title}\n\n{body}\n".encode(encoding)
    (report,) = _read(tmp_path, "nota.txt", data)
    assert isinstance(report, Report)
    assert report.title == title
    assert report.text == body
    assert report.doc_id == "nota"
    assert "\ufeff" not in report.full_text


def test_windows_1252_quotes_and_dashes_are_read(tmp_path):
    text = "The union said \u201cenough\u201d \u2014 workers walked out at the caf\u00e9 on Monday."
    (report,) = _read(tmp_path, "q.txt", text.encode("cp1252"))
    assert report.text == text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_markdown_heading_is_the_title(tmp_path, lang):
    title, body = TEXTS[lang]
    (report,) = _read(tmp_path, "n.md", f"# {title}\n{body}\n".encode())
    assert (report.title, report.text) == (title, body)


def test_single_paragraph_has_no_title():
    body = TEXTS["en"][1]
    assert split_title(body) == (None, body)


def test_binary_file_is_E103(tmp_path):
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20
    with pytest.raises(BinaryInput) as exc:
        _read(tmp_path, "photo.txt", data)
    assert exc.value.code == "E103"


def test_whitespace_only_file_is_E102(tmp_path):
    (err,) = _read(tmp_path, "blank.txt", b"  \n\n \t\n")
    assert isinstance(err, EmptyInput) and err.code == "E102"


def test_bom_alone_is_empty(tmp_path):
    (err,) = _read(tmp_path, "bom.txt", codecs.BOM_UTF8 + b"\n")
    assert isinstance(err, EmptyInput)


def test_html_character_references_in_a_text_file_are_decoded(tmp_path):
    (report,) = _read(tmp_path, "obregon.txt", "Police entered &Aacute;lvaro Obreg&oacute;n on Friday.\n".encode())
    assert "Álvaro Obregón" in report.text
