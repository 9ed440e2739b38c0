"""Generate a synthetic corpus of news reports (English and Spanish) for the benchmarks.

    python benchmarks/gen_corpus.py --n 100000 --out /tmp/corpus100k --per-file 5000

Every sentence comes from templates written for this script (no third-party text), filled
with actors, places, numbers and weekdays drawn with a fixed seed: the same arguments give
the same files. Output: JSON Lines files (``reports-0000.jsonl``, ...), one report a line in
the report format of SCHEMA.md (doc_id, lang, published, title, text). Files are kept under
``--per-file`` reports so each stays below CONFLICTWATCH_MAX_FILE_BYTES.

``event_rows(n, seed)`` gives rows for the store's query benchmark (query_latency.py).
"""
from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

PLACES = [  # (city, region, country)
    ("Arequipa", "Arequipa", "PE"), ("Cusco", "Cusco", "PE"), ("Puno", "Puno", "PE"),
    ("Cajamarca", "Cajamarca", "PE"), ("Huancayo", "Junín", "PE"), ("Piura", "Piura", "PE"),
    ("La Paz", "La Paz", "BO"), ("Cochabamba", "Cochabamba", "BO"), ("Potosí", "Potosí", "BO"),
    ("Oruro", "Oruro", "BO"), ("Santa Cruz", "Santa Cruz", "BO"),
    ("Medellín", "Antioquia", "CO"), ("Cali", "Valle del Cauca", "CO"),
    ("Bucaramanga", "Santander", "CO"), ("Antofagasta", "Antofagasta", "CL"),
    ("Calama", "Antofagasta", "CL"), ("Temuco", "Araucanía", "CL"), ("Quito", "Pichincha", "EC"),
    ("Cuenca", "Azuay", "EC"), ("Oaxaca", "Oaxaca", "MX"), ("Monterrey", "Nuevo León", "MX"),
]
COMPANIES = ["Minera Andina", "Cobre del Sur", "Aguas del Valle", "Transportes Unidos",
             "Agroexport Pacífico", "Petrolera Norte"]

EN = {
    "actors": ["teachers", "miners", "farmers", "bus drivers", "nurses", "dockworkers",
               "residents", "students", "health workers", "coca growers", "street vendors"],
    "unions": ["the teachers' union", "the miners' federation", "the transport union",
               "the nurses' union", "the farmers' association"],
    "issues": ["higher wages", "unpaid bonuses", "clean water", "the price of fuel",
               "land titles", "new school buildings", "the closure of a polluting mine",
               "better hospital equipment"],
    "days": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
             "on Saturday", "on Sunday"],
    "events": [
        "About {n} {actor} marched through {city} {day} to demand {issue}, {union} said.",
        "{Actor} in {city} went on strike {day}, demanding {issue}.",
        "Hundreds of {actor} blocked the main road into {city} {day} in protest over {issue}.",
        "Police arrested {k} people {day} after clashes with {actor} protesting in {city}.",
        "The government declared a state of emergency in {region} {day} after weeks of "
        "protests by {actor}.",
        "{Actor} occupied the offices of {company} near {city} {day}, accusing the company of "
        "ignoring their demands for {issue}.",
        "Riot police fired tear gas at {actor} in {city} {day}; {k} people were injured, "
        "according to the local hospital.",
        "Leaders of {union} and the labour ministry reached an agreement {day} that ends the "
        "strike in {city}.",
    ],
    "filler": [
        "The regional authorities did not respond to requests for comment.",
        "Local radio stations broadcast the speeches of the organisers throughout the day.",
        "Shops in the centre of the city remained closed as a precaution.",
        "The organisers said they would meet again next week to decide their next steps.",
        "Similar demands have been raised in other provinces in recent months.",
        "A spokesperson for {company} said the company was open to dialogue.",
    ],
    "titles": ["{Actor} protest in {city}", "Strike in {city} over {issue}",
               "Tension in {region} as {actor} mobilise", "{city}: {actor} demand {issue}"],
}
ES = {
    "actors": ["docentes", "mineros", "agricultores", "transportistas", "enfermeras",
               "estibadores", "vecinos", "estudiantes", "trabajadores de salud", "cocaleros",
               "comerciantes"],
    "unions": ["el sindicato de docentes", "la federación minera", "el gremio de transportistas",
               "el sindicato de enfermeras", "la asociación de agricultores"],
    "issues": ["un aumento salarial", "el pago de bonos atrasados", "agua potable",
               "la rebaja del combustible", "títulos de propiedad", "nuevos colegios",
               "el cierre de una mina contaminante", "mejor equipamiento en los hospitales"],
    "days": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "el sábado",
             "el domingo"],
    "events": [
        "Unos {n} {actor} marcharon {day} por las calles de {city} para exigir {issue}, "
        "informó {union}.",
        "Los {actor} de {city} iniciaron una huelga {day} para exigir {issue}.",
        "Cientos de {actor} bloquearon {day} la principal vía de acceso a {city} en protesta "
        "por {issue}.",
        "La policía detuvo {day} a {k} personas tras enfrentamientos con {actor} que "
        "protestaban en {city}.",
        "El Gobierno declaró {day} el estado de emergencia en {region} tras semanas de "
        "protestas de {actor}.",
        "Un grupo de {actor} ocupó {day} las oficinas de {company} cerca de {city} y acusó a la "
        "empresa de ignorar su pedido de {issue}.",
        "La policía lanzó gases lacrimógenos contra {actor} en {city} {day}; {k} personas "
        "resultaron heridas, según el hospital local.",
        "Los dirigentes de {union} y el Ministerio de Trabajo firmaron {day} un acuerdo que pone "
        "fin a la huelga en {city}.",
    ],
    "filler": [
        "Las autoridades regionales no respondieron a los pedidos de comentarios.",
        "Las radios locales transmitieron los discursos de los dirigentes durante todo el día.",
        "Los comercios del centro de la ciudad permanecieron cerrados por precaución.",
        "Los organizadores dijeron que volverán a reunirse la próxima semana.",
        "Reclamos similares se han presentado en otras provincias en los últimos meses.",
        "Un vocero de {company} dijo que la empresa está abierta al diálogo.",
    ],
    "titles": ["Protesta de {actor} en {city}", "Huelga en {city} por {issue}",
               "Tensión en {region} por la movilización de {actor}",
               "{city}: {actor} exigen {issue}"],
}
LANGS = {"en": EN, "es": ES}
START = date(2019, 1, 1)


def _fill(template: str, rng: random.Random, data: dict, place) -> str:
    city, region, _ = place
    actor = rng.choice(data["actors"])
    values = {"n": f"{rng.randrange(2, 60) * 100:,}".replace(",", "," if data is EN else "."),
              "k": rng.randrange(2, 40), "actor": actor, "Actor": actor[:1].upper() + actor[1:],
              "city": city, "region": region, "issue": rng.choice(data["issues"]),
              "union": rng.choice(data["unions"]), "day": rng.choice(data["days"]),
              "company": rng.choice(COMPANIES)}
    return template.format(**values)


def make_report(i: int, rng: random.Random) -> dict:
    """One report: 1-3 event sentences among 1-4 filler sentences, in English or Spanish."""
    lang = "en" if rng.random() < 0.5 else "es"
    data = LANGS[lang]
    place = rng.choice(PLACES)
    sentences = [_fill(rng.choice(data["events"]), rng, data, place)
                 for _ in range(rng.randint(1, 3))]
    for _ in range(rng.randint(1, 4)):
        sentences.insert(rng.randrange(len(sentences) + 1),
                         _fill(rng.choice(data["filler"]), rng, data, place))
    published = START + timedelta(days=rng.randrange(5 * 365))
    return {"doc_id": f"gen-{i:07d}", "lang": lang, "published": published.isoformat(),
            "title": _fill(rng.choice(data["titles"]), rng, data, place),
            "text": " ".join(sentences)}


def iter_reports(n: int, seed: int = 7):
    rng = random.Random(seed)
    for i in range(n):
        yield make_report(i, rng)


def write_corpus(out: Path, n: int, *, per_file: int = 5000, seed: int = 7) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    fh = None
    for i, report in enumerate(iter_reports(n, seed)):
        if i % per_file == 0:
            if fh:
                fh.close()
            paths.append(out / f"reports-{i // per_file:04d}.jsonl")
            fh = open(paths[-1], "w", encoding="utf-8")
        fh.write(json.dumps(report, ensure_ascii=False) + "\n")
    if fh:
        fh.close()
    return paths


EVENT_TYPES = ["protest", "strike", "blockade", "riot", "state_of_emergency", "arrest",
               "crackdown", "agreement", "negotiation"]
ISSUES = ["wages", "water", "mining", "fuel", "land", "education", "health", "environment"]


def event_rows(n: int, seed: int = 11, n_conflicts: int = 20000):
    """Rows (dicts) for the events table: types, dates over 5 years, places, conflicts."""
    rng = random.Random(seed)
    for i in range(n):
        city, region, country = rng.choice(PLACES)
        lang = LANGS["en" if i % 2 else "es"]
        actor = rng.choice(lang["actors"])
        issue = rng.choice(ISSUES)
        day = START + timedelta(days=rng.randrange(5 * 365))
        typ = rng.choice(EVENT_TYPES)
        yield {"type": typ, "date": day.isoformat(), "country": country, "admin1": region,
               "location": city, "latitude": -10.0 + rng.random(), "longitude": -70.0 + rng.random(),
               "geo_precision": 1, "actors": [{"name": actor, "role": "initiator", "kind": "community"}],
               "participants": rng.randrange(10, 5000) if rng.random() < 0.6 else None,
               "arrests": rng.randrange(1, 50) if typ == "arrest" else None,
               "issues": [issue], "confidence": round(rng.random(), 2), "status": "new",
               "n_sources": rng.randint(1, 4), "conflict_id": rng.randrange(1, n_conflicts + 1),
               "search_text": f"{typ} {city} {region} {actor} {issue}"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10000, help="number of reports")
    ap.add_argument("--out", type=Path, required=True, help="output folder")
    ap.add_argument("--per-file", type=int, default=5000, help="reports per JSON Lines file")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    paths = write_corpus(args.out, args.n, per_file=args.per_file, seed=args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{args.n} reports in {len(paths)} files, {size / 1e6:.1f} MB, under {args.out}")


if __name__ == "__main__":
    main()
