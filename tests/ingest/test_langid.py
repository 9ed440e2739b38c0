import pytest

from conflictwatch.errors import UnsupportedLanguage
from conflictwatch.ingest.langid import check_language, identify
from conflictwatch.records import Report

HEADLINES = [
    ("en", "Miners strike in Cajamarca"),
    ("en", "Police fire tear gas at protesters"),
    ("es", "Paro en Puno"),
    ("es", "Huelga minera en Arequipa"),
    ("es", "Protesta en Lima: 300 detenidos"),
]
OTHER = {
    "pt": "Os trabalhadores da mineradora entraram em greve nesta segunda-feira em Minas Gerais, "
          "exigindo reajuste salarial e melhores condições de segurança. O sindicato afirmou que "
          "a paralisação continuará por tempo indeterminado até que a empresa apresente uma proposta.",
    "fr": "Les salariés de la raffinerie se sont mis en grève lundi pour réclamer une hausse des "
          "salaires. Le syndicat a annoncé que le mouvement se poursuivrait jusqu'à ce que la "
          "direction accepte d'ouvrir de véritables négociations avec les représentants du personnel.",
}


@pytest.mark.parametrize("lang, text", HEADLINES)
def test_short_headlines_are_identified_among_en_es(lang, text):
    assert identify(text)[0] == lang
    assert check_language(Report(doc_id="h", text=text)).lang == lang


@pytest.mark.parametrize("lang", ["pt", "fr"])
def test_report_clearly_in_another_language_is_E108(lang):
    with pytest.raises(UnsupportedLanguage) as exc:
        check_language(Report(doc_id="noticia", text=OTHER[lang], path="noticia.txt"))
    assert exc.value.code == "E108"
    assert f"'{lang}'" in exc.value.message and "noticia" in str(exc.value)


def test_language_given_by_the_record_is_trusted_or_refused():
    assert check_language(Report(doc_id="a", text=OTHER["fr"], lang="es")).lang == "es"
    with pytest.raises(UnsupportedLanguage):
        check_language(Report(doc_id="b", text="Greve geral", lang="pt"))
