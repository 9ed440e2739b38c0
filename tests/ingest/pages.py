"""Hand-written web pages for the reader tests: an article wrapped in every kind of chrome.

Each page has: ``body`` (sentences that must survive), ``chrome`` (phrases that must not),
``title`` and ``published`` (from the page metadata)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Page:
    lang: str
    html: str
    title: str
    published: date
    body: tuple[str, ...]
    chrome: tuple[str, ...]


_EN_BODY = (
    "Teachers in the southern city of Arequipa stopped work on Tuesday, closing more than "
    "two hundred public schools on the first day of an indefinite strike over unpaid wages.",
    "Union leaders said about 4,000 teachers marched from the Plaza de Armas to the regional "
    "education office, where they demanded that the government release the bonuses promised "
    "in March.",
    "Police blocked the entrance to the building and detained two union delegates for several "
    "hours before releasing them without charge, according to the union's lawyer.",
    "The regional director of education said talks would resume on Thursday and asked "
    "parents to keep children at home until the schools reopen.",
)
_ES_BODY = (
    "Comuneros de las provincias altas de Apurímac bloquearon desde la madrugada del lunes "
    "la carretera que une Challhuahuacho con Cusco, en rechazo al paso de camiones mineros "
    "por sus tierras.",
    "Según los dirigentes, unas 600 personas participaron en el bloqueo, que se extendió por "
    "más de veinte kilómetros con piedras, troncos y zanjas abiertas en la vía.",
    "Efectivos de la Policía intentaron despejar la carretera por la tarde y se produjeron "
    "enfrentamientos que dejaron cinco heridos, informó el centro de salud del distrito.",
    "El Ministerio del Interior anunció que enviará una comisión de alto nivel para instalar "
    "una mesa de diálogo con las comunidades esta semana.",
)


def _page(lang: str, *, title: str, site: str, published: str, body: tuple[str, ...],
          chrome: dict[str, str]) -> str:
    paragraphs = "\n".join(f"      <p>{p}</p>" for p in body[:2])
    paragraphs += f"\n      <p>{chrome['read_more']}</p>\n"
    paragraphs += "\n".join(f"      <p>{p}</p>" for p in body[2:])
    paragraphs += f"\n      <p>{chrome['follow']}</p>"
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}T08:15:00-05:00">
<meta name="description" content="{body[0][:80]}">
</head>
<body>
<div id="cookie-notice" class="cookie-banner"><p>{chrome['cookie']}</p><button>OK</button></div>
<header>
  <a class="logo" href="/">{site}</a>
  <nav class="main-menu"><ul>
    <li><a href="/">{chrome['nav1']}</a></li><li><a href="/region">{chrome['nav2']}</a></li>
    <li><a href="/sport">{chrome['nav3']}</a></li><li><a href="/opinion">{chrome['nav4']}</a></li>
  </ul></nav>
</header>
<main>
  <div class="breadcrumb"><a href="/">{chrome['crumb1']}</a> &gt; <a href="/region">{chrome['crumb2']}</a></div>
  <article>
    <h1>{title}</h1>
    <div class="byline">{chrome['byline']} <time datetime="{published}">{published}</time></div>
    <div class="share-buttons"><a href="#">{chrome['share1']}</a> <a href="#">{chrome['share2']}</a> <a href="#">WhatsApp</a></div>
    <div class="article-body">
{paragraphs}
    </div>
  </article>
  <aside class="donate-box"><h3>{chrome['donate_head']}</h3><p>{chrome['donate_text']}</p><a href="/donate">{chrome['donate_btn']}</a></aside>
  <aside class="newsletter-signup"><h3>{chrome['news_head']}</h3><p>{chrome['news_text']}</p><form><input type="email"><button>OK</button></form></aside>
  <aside class="related-articles"><h3>{chrome['related_head']}</h3><ul>
    <li><a href="/a">{chrome['related1']}</a></li>
    <li><a href="/b">{chrome['related2']}</a></li>
    <li><a href="/c">{chrome['related3']}</a></li>
  </ul></aside>
  <section class="comments" id="comments"><h3>{chrome['comments_head']}</h3>
    <div class="comment"><b>{chrome['commenter']}</b> <time datetime="2031-01-01">later</time><p>{chrome['comment1']}</p></div>
    <div class="comment"><b>anon</b><p>{chrome['comment2']}</p></div>
  </section>
</main>
<footer><p>{chrome['footer']}</p><p><a href="/privacy">{chrome['privacy']}</a> | <a href="/contact">{chrome['contact']}</a></p></footer>
</body>
</html>
"""


_EN_CHROME = {
    "cookie": "We use cookies to personalise content and analyse our traffic.",
    "nav1": "Home", "nav2": "Regions", "nav3": "Football scores", "nav4": "Opinion columns",
    "crumb1": "Front page", "crumb2": "Southern Peru",
    "byline": "By Ana Torres in Arequipa",
    "share1": "Share on Facebook", "share2": "Tweet this",
    "read_more": "Read more: Bus drivers in Tacna threaten a stoppage over fuel prices",
    "follow": "Follow us on Facebook and X for live updates.",
    "donate_head": "Independent journalism needs you",
    "donate_text": "A gift of ten dollars keeps our reporters on the road for a day.",
    "donate_btn": "Donate now",
    "news_head": "The Morning Briefing",
    "news_text": "Sign up for our newsletter and get the day's stories in your inbox.",
    "related_head": "Related stories",
    "related1": "Dockworkers in Callao end three-day stoppage after pay deal",
    "related2": "Farmers block the Pan-American Highway near Ica",
    "related3": "Curfew declared in two districts of Puno after clashes",
    "comments_head": "3 comments",
    "commenter": "Rosa P.",
    "comment1": "My sister teaches in Cerro Colorado and has not been paid since February.",
    "comment2": "The strike only hurts the children, the union should go back to work.",
    "footer": "Copyright 2024 Southern Daily Mail. All rights reserved.",
    "privacy": "Privacy policy", "contact": "Contact the newsroom",
}
_ES_CHROME = {
    "cookie": "Usamos cookies propias y de terceros para mejorar tu experiencia de navegación.",
    "nav1": "Portada", "nav2": "Regiones", "nav3": "Resultados de fútbol", "nav4": "Columnas de opinión",
    "crumb1": "Inicio", "crumb2": "Sur andino",
    "byline": "Por Julio Quispe",
    "share1": "Compartir en Facebook", "share2": "Tuitear",
    "read_more": "Lee también: Transportistas de Abancay anuncian paro por el precio del combustible",
    "follow": "Síguenos en Facebook y X para más actualizaciones.",
    "donate_head": "El periodismo regional necesita de ti",
    "donate_text": "Con diez soles al mes ayudas a que nuestros corresponsales sigan en la calle.",
    "donate_btn": "Dona ahora",
    "news_head": "Boletín de la mañana",
    "news_text": "Suscríbete a nuestro boletín y recibe las noticias del día en tu correo.",
    "related_head": "Te puede interesar",
    "related1": "Estibadores del Callao levantan su paro de tres días tras acuerdo salarial",
    "related2": "Agricultores bloquean la Panamericana Sur a la altura de Ica",
    "related3": "Declaran toque de queda en dos distritos de Puno tras enfrentamientos",
    "comments_head": "Comentarios (2)",
    "commenter": "Yolanda C.",
    "comment1": "Mi primo vive en Fuerabamba y dice que los camiones pasan día y noche.",
    "comment2": "Siempre lo mismo, bloquean y nadie hace nada.",
    "footer": "© 2024 Diario del Sur Andino. Todos los derechos reservados.",
    "privacy": "Política de privacidad", "contact": "Contacto con la redacción",
}

PAGES = {
    "en": Page("en", _page("en", title="Arequipa teachers begin indefinite strike over unpaid wages",
                           site="Southern Daily Mail", published="2024-05-14", body=_EN_BODY,
                           chrome=_EN_CHROME),
               "Arequipa teachers begin indefinite strike over unpaid wages",
               date(2024, 5, 14), _EN_BODY, tuple(_EN_CHROME.values())),
    "es": Page("es", _page("es", title="Comuneros bloquean el corredor minero en Apurímac",
                           site="Diario del Sur Andino", published="2024-06-03", body=_ES_BODY,
                           chrome=_ES_CHROME),
               "Comuneros bloquean el corredor minero en Apurímac",
               date(2024, 6, 3), _ES_BODY, tuple(_ES_CHROME.values())),
}
