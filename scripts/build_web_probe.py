"""Write the web-page probe (tests/ingest/data/web_probe/): 30 full HTML pages, 15 en and 15 es.

    PYTHONPATH=. .venv/bin/python scripts/build_web_probe.py

Each page is one story (written here, with the events it tells: type, date, admin1 per
SCHEMA.md) wrapped in the chrome of a realistic site: menus, sticky bars, bylines, photo
captions, inline "Lee también:" links, "related" and "most read" teasers about OTHER events
with their own dates, comment threads, tag lists, donation and newsletter boxes, author
bios, share buttons, embedded tweets, live-blog entries with their own times. Layouts vary
(semantic HTML5, div soup with local class names, an old table layout, WordPress, NGO
pages, live blogs), so that class words alone do not find all the chrome. The pages and
expectations.yaml are generated once and committed; scripts/probe_web.py scores them.
"""
from __future__ import annotations

import html as H
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parent.parent / "tests" / "ingest" / "data" / "web_probe"

TEASERS = {
    "es": [
        ("Transportistas de Arequipa inician paro indefinido este martes", "14/02/2023"),
        ("Policía detiene a 15 manifestantes en bloqueo de la Panamericana Sur", "12/01/2023"),
        ("Gobierno declara estado de emergencia en Lima y Callao por 30 días", "15/01/2023"),
        ("Enfrentamientos en Andahuaylas dejan dos muertos y 30 heridos", "11/12/2022"),
        ("Saquean comercios en el centro de Cusco tras la marcha", "09/01/2023"),
        ("Mineros informales bloquean la vía en Chala; reportan tres detenidos", "02/03/2023"),
        ("Docentes acatan huelga nacional indefinida desde el lunes", "05/06/2023"),
        ("Fiscalía abre investigación contra dirigentes del paro en Ilave", "20/02/2023"),
        ("Comuneros toman el campamento de la minera en Espinar", "28/11/2022"),
        ("Agricultores marchan en Trujillo contra la importación de arroz", "18/01/2023"),
        ("Se instala mesa de diálogo en Cotabambas tras 20 días de bloqueo", "23/02/2023"),
        ("Levantan el paro en Moquegua tras acuerdo con el Ministerio de Economía", "01/03/2023"),
        ("Despliegan 500 militares en Putumayo tras ataques a la Policía", "27/02/2023"),
        ("Suspenden el proyecto minero Tía María por 60 días", "08/08/2019"),
        ("Queman la comisaría de Macusani durante protesta", "18/01/2023"),
        ("Campesinos bloquean el puente Desaguadero en la frontera con Bolivia", "04/01/2023"),
    ],
    "en": [
        ("Police fire tear gas at striking teachers in Nakuru", "3 March 2023"),
        ("Curfew declared in Kaduna after clashes leave 12 dead", "18 June 2023"),
        ("Truckers begin nationwide strike over fuel prices", "6 February 2023"),
        ("47 arrested as protesters torch police station in Kisumu", "20 March 2023"),
        ("Government suspends Marange diamond mining licence", "11 May 2023"),
        ("Union and employers sign wage deal ending three-week strike", "29 April 2023"),
        ("Farmers block highway in Punjab for a second day", "14 February 2024"),
        ("Troops deployed to Tarkwa after galamsey riot", "7 July 2023"),
        ("Court charges 12 activists over June 25 protests", "2 July 2024"),
        ("Talks between nurses and health ministry collapse", "9 August 2023"),
        ("Residents barricade N2 highway over power cuts", "22 May 2023"),
        ("State of emergency extended in Rakhine for 60 days", "1 February 2023"),
        ("Jeepney drivers stage transport strike across Metro Manila", "6 March 2023"),
        ("Students clash with police outside parliament in Colombo", "27 May 2022"),
        ("Garment workers walk out in Gazipur over unpaid wages", "30 October 2023"),
        ("Looting reported in Durban as unrest spreads", "12 July 2021"),
    ],
}

COMMENTS = {
    "es": [("Juan C.", "7 marzo, 2023 a las 9:14 am",
            "Yo estuve en el puente y la policía detuvo a más de 20 jóvenes ayer, eso no lo dicen."),
           ("Rosa M.", "7 marzo, 2023 a las 10:02 am",
            "En Ayaviri también bloquearon la carretera desde el domingo y nadie informa."),
           ("Pedro_77", "hace 3 horas",
            "El año pasado hicieron la misma huelga y el gobierno declaró estado de emergencia.")],
    "en": [("kamau_ke", "2 hours ago",
            "Police also teargassed us in Githurai yesterday and five people were arrested."),
           ("Ade B.", "March 7, 2023 at 11:20 am",
            "Traders in Ibadan blocked the expressway on Monday too, why is nobody reporting it?"),
           ("truthseeker", "1 day ago",
            "Same thing happened last year when soldiers were deployed and shot protesters.")],
}


def _slug(s: str) -> str:
    return "-".join("".join(c for c in s.lower() if c.isalnum() or c == " ").split()[:6])


# --- chrome pieces -------------------------------------------------------------------------
def teaser_list(lang, start, n=4, style="aside"):
    items = [TEASERS[lang][(start + i) % len(TEASERS[lang])] for i in range(n)]
    lis = "".join(f'<li><a href="/n/{_slug(t)}">{H.escape(t)}</a> <span class="fecha">{d}</span></li>'
                  for t, d in items)
    head = {"es": ["Noticias relacionadas", "Lo más leído", "Te puede interesar", "Más noticias",
                   "Últimas noticias"],
            "en": ["Related stories", "Most read", "More from Africa", "Latest news", "Trending now"]}[lang]
    h = head[start % len(head)]
    if style == "aside":
        return f'<aside class="related-news"><h3>{h}</h3><ul>{lis}</ul></aside>'
    if style == "soup":       # local class names, no chrome word: the heading says what it is
        return f'<div class="mod-lista bloque-3"><div class="mod-tit">{h}</div><ol>{lis}</ol></div>'
    if style == "cards":      # teaser cards with a summary sentence each
        cards = "".join(
            f'<div class="c-card"><a href="/n/{_slug(t)}"><h4>{H.escape(t)}</h4></a>'
            f'<p>{d}. {H.escape(t)}, según informaron fuentes oficiales.</p></div>'
            if lang == "es" else
            f'<div class="c-card"><a href="/n/{_slug(t)}"><h4>{H.escape(t)}</h4></a>'
            f'<p>{d}. {H.escape(t)}, officials said.</p></div>' for t, d in items)
        return f'<section class="grid-3"><h2>{h}</h2>{cards}</section>'
    if style == "table":
        rows = "".join(f'<tr><td><a href="/n/{_slug(t)}">{H.escape(t)}</a></td><td>{d}</td></tr>'
                       for t, d in items)
        return f'<table class="tbl-notas" width="100%"><tr><th>{h}</th></tr>{rows}</table>'
    raise ValueError(style)


def read_also(lang, k, form):
    t, d = TEASERS[lang][k % len(TEASERS[lang])]
    a = f'<a href="/n/{_slug(t)}">{H.escape(t)}</a>'
    forms = {"es": [f"<p><strong>LEA TAMBIÉN:</strong> {a}</p>", f"<p>Lee también | {a}</p>",
                    f"<p><b>Te recomendamos:</b> {a}</p>", f"<p><strong>MÁS INFORMACIÓN</strong> » {a}</p>"],
             "en": [f"<p><strong>ALSO READ:</strong> {a}</p>", f"<p>Related: {a}</p>",
                    f"<p><b>READ:</b> {a}</p>", f"<p><em>Also on our site</em> — {a}</p>"]}[lang]
    return forms[form % 4]


def comments(lang, style):
    cs = COMMENTS[lang]
    if style == "ol":
        lis = "".join(f'<li class="c-item"><div class="c-author">{n}</div><div class="c-date">{d}</div>'
                      f'<p>{H.escape(t)}</p><a class="reply">{"Responder" if lang == "es" else "Reply"}</a></li>'
                      for n, d, t in cs)
        h = "3 comentarios" if lang == "es" else "3 Responses"
        return f'<div class="discusion"><h3>{h}</h3><ol class="lista-c">{lis}</ol></div>'
    lis = "".join(f'<div class="comment-body"><b>{n}</b> <span>{d}</span><p>{H.escape(t)}</p></div>'
                  for n, d, t in cs)
    return f'<section id="comments" class="comments-area">{lis}</section>'


def chrome_top(lang, site, style):
    menu_es = ["Inicio", "Política", "Regiones", "Economía", "Conflictos", "Deportes", "Opinión"]
    menu_en = ["Home", "News", "Politics", "Business", "Africa", "World", "Opinion"]
    items = "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in (menu_es if lang == "es" else menu_en))
    bar = ('<div class="barra-fija"><span class="vivo">EN VIVO</span> <a href="/vivo">Paro nacional: '
           'bloqueos en 40 puntos del país, minuto a minuto</a></div>' if lang == "es" else
           '<div class="sticky-top"><span>BREAKING</span> <a href="/live">Police arrest 30 in Mombasa '
           'port strike</a></div>')
    cookie = ('<div id="aviso-cookies">Usamos cookies para mejorar tu experiencia. <button>Aceptar</button></div>'
              if lang == "es" else '<div class="cc-window">We use cookies to improve your experience. '
              '<button>Accept</button></div>')
    if style == "semantic":
        return f'{cookie}<header><div class="logo">{site}</div><nav><ul>{items}</ul></nav></header>{bar}'
    return f'{cookie}<div id="cabecera"><div class="logo">{site}</div><div class="menu-principal"><ul>{items}</ul></div></div>{bar}'


def caption(lang, text, credit):
    return (f'<figure class="foto"><img src="/img/1.jpg" alt=""><figcaption>{H.escape(text)} '
            f'{credit}</figcaption></figure>')


def byline(lang, who, when, style):
    if style == 0:
        return f'<div class="meta-nota"><span>{"Por" if lang == "es" else "By"} {who}</span> | <span>{when}</span></div>'
    if style == 1:
        return f'<p class="info">{"Por" if lang == "es" else "By"} {who} · {when}</p>'
    return f'<div class="author-box"><a href="/autor/x">{who}</a><time>{when}</time></div>'


def bio(lang, who, text):
    return f'<div class="perfil-periodista"><img src="/a.jpg"><p><b>{who}</b> {H.escape(text)}</p></div>'


def donate(lang):
    return ('<div class="caja-aporte"><h4>Este periodismo es posible gracias a ti</h4><p>Apoya el periodismo '
            'independiente que cubre los conflictos sociales en las regiones. Aporta desde 10 soles al mes.</p>'
            '<a class="btn">Quiero aportar</a></div>' if lang == "es" else
            '<div class="support-box"><h4>Independent journalism needs you</h4><p>We covered every strike, '
            'protest and crackdown this year. Become a member today from $5 a month.</p><a>Join</a></div>')


def newsletter(lang):
    return ('<div class="boletin-box"><p>Recibe cada mañana en tu correo lo último sobre paros, protestas y '
            'conflictos mineros.</p><input type="email"><button>Enviar</button></div>' if lang == "es" else
            '<div class="nl-signup"><p>Get the morning briefing: strikes, protests and crackdowns across the '
            'continent, in your inbox.</p><input><button>Sign up</button></div>')


def tags(lang, words):
    if lang == "es":
        return '<div class="temas">Temas: ' + " · ".join(f'<a href="/t/{w}">{w}</a>' for w in words) + '</div>'
    return '<ul class="post-tags">' + "".join(f'<li><a href="/t/{w}">{w}</a></li>' for w in words) + '</ul>'


def share(lang):
    return ('<div class="botones-redes">Compartir: <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>'
            if lang == "es" else '<div class="share-bar">Share this: <a>Facebook</a> <a>X</a> <a>WhatsApp</a></div>')


def tweet(text, who, when):
    return (f'<blockquote class="twitter-tweet"><p lang="es" dir="ltr">{H.escape(text)}</p>&mdash; {who} '
            f'<a href="https://twitter.com/x/status/1">{when}</a></blockquote>')


def footer(lang, site):
    return (f'<footer><div class="pie"><p>© 2023 {site}. Todos los derechos reservados.</p><ul><li>Quiénes '
            'somos</li><li>Contacto</li><li>Política de privacidad</li></ul></div></footer>' if lang == "es" else
            f'<footer><p>© 2023 {site}. All rights reserved.</p><ul><li>About us</li><li>Contact</li>'
            '<li>Privacy policy</li></ul></footer>')


# --- the stories ---------------------------------------------------------------------------
# ev: (type, date, admin1[, action]); "opt" marks an event the rules leave open
S = []

S.append(dict(id="es01-puno-paro", lang="es", pub="2023-03-07", site="Diario Sur Andino", layout="soup",
    title="Juliaca amanece paralizada por el paro de transportistas",
    who="Carmen Rojas, corresponsal", when="7 de marzo de 2023, 08:15",
    cap=("Mototaxistas bloquean el óvalo de Salida a Cusco durante una protesta en enero.", "(Foto: archivo)"),
    paras=["Los gremios de transportistas de Juliaca acataron este lunes un paro de 24 horas en rechazo al alza del precio del combustible y a la informalidad en el transporte urbano.",
           "Desde las cinco de la mañana, grupos de mototaxistas bloquearon con llantas y piedras los accesos a la ciudad, entre ellos el puente Maravillas y la salida a Puno.",
           "{RA}",
           "El dirigente Wilber Mamani afirmó que la medida es pacífica y que esperan ser recibidos por el ministro de Transportes. La Policía informó que no hubo detenidos durante la jornada.",
           "Los mercados abrieron a media mañana y las clases fueron suspendidas en la mayoría de colegios de la ciudad."],
    ev=[("strike", "2023-03-06", "Puno"), ("blockade", "2023-03-06", "Puno")],
    tags=["Paro", "Transporte", "Juliaca"], bio="es periodista puneña; cubrió el paro agrario de 2020 y las protestas de Juliaca de enero de 2023, en las que murieron 18 personas.",
    teasers=[("soup", 0), ("table", 5)], comments="ol", ra=[(0, 0)]))

S.append(dict(id="es02-chapare-bloqueo", lang="es", pub="2024-01-25", site="Opinión Bolivia", layout="semantic",
    title="Bloqueo en el trópico de Cochabamba cumple tres días y la Policía intenta desbloquear",
    who="Redacción Central", when="25/01/2024",
    cap=("Efectivos policiales en la carretera Cochabamba–Santa Cruz.", "[Foto: APG]"),
    paras=["Seguidores del expresidente Evo Morales mantienen desde el lunes 22 de enero el bloqueo de la carretera que une Cochabamba con Santa Cruz, a la altura de Ivirgarzama, en rechazo a la prórroga de mandato de los magistrados.",
           "Este miércoles, unos 400 policías intentaron despejar la vía en el puente Ichilo. Los agentes lanzaron gases lacrimógenos y los bloqueadores respondieron con piedras; el Ministerio de Gobierno informó que 12 personas fueron aprehendidas.",
           "{TWEET}",
           "Según la Cámara de Transporte del Oriente, más de 3.000 camiones están varados en la ruta."],
    tweet=("Policía gasifica a bloqueadores en el puente Ichilo, trópico de Cochabamba. #Bloqueo", "Radio Kawsachun (@kawsachun)", "24 de enero de 2024"),
    ev=[("blockade", "2024-01-22", "Cochabamba"), ("crackdown", "2024-01-24", "Cochabamba"), ("arrest", "2024-01-24", "Cochabamba")],
    tags=["Bloqueos", "Evo Morales"], teasers=[("aside", 2), ("cards", 7)], comments="section", ra=[]))

S.append(dict(id="es03-cauca-minga", lang="es", pub="2021-05-06", site="El Liberal del Cauca", layout="table",
    title="Minga indígena llega a Popayán y se registran choques con el Esmad",
    who="Luis Fernando Muñoz", when="6 de mayo de 2021",
    cap=("La minga avanza por la vía Panamericana.", "Crédito: CRIC"),
    paras=["Cerca de 5.000 integrantes de la minga indígena del Cauca marcharon este miércoles por el centro de Popayán en el marco del paro nacional.",
           "{RA}",
           "En la tarde, en el sector de La Esmeralda, el Esmad disparó gases lacrimógenos contra un grupo de manifestantes; la Defensoría del Pueblo reportó seis heridos.",
           "La gobernación convocó a una mesa de diálogo para el jueves."],
    ev=[("protest", "2021-05-05", "Cauca"), ("crackdown", "2021-05-05", "Cauca")],
    tags=["Minga", "Paro Nacional"], teasers=[("table", 3), ("soup", 9)], comments=None, ra=[(1, 1)]))

S.append(dict(id="es04-ecuador-envivo", lang="es", pub="2022-06-21", site="Primicias EC", layout="live",
    title="EN VIVO | Paro nacional: noveno día de movilizaciones en Quito",
    who="Equipo de Primicias", when="21 de junio de 2022",
    cap=("Manifestantes en la avenida 12 de Octubre.", "(Foto: API)"),
    live=[("08:05", "Comienza el noveno día del paro nacional convocado por la Conaie. Varias vías de acceso al norte de Quito siguen bloqueadas con troncos y tierra."),
          ("11:40", "Un grupo de manifestantes marcha por la avenida 12 de Octubre hacia la Casa de la Cultura."),
          ("13:15", "La Policía lanza bombas lacrimógenas contra los manifestantes en los alrededores del parque El Arbolito. Se reportan al menos tres heridos."),
          ("16:30", "El Ministerio del Interior informa que 10 personas fueron detenidas en Quito durante la jornada.")],
    paras=[],
    ev=[("blockade", "2022-06-21", "Pichincha"), ("protest", "2022-06-21", "Pichincha"), ("crackdown", "2022-06-21", "Pichincha"), ("arrest", "2022-06-21", "Pichincha"), ("strike", "2022-06-13", None, None, True)],
    tags=["Paro nacional", "Conaie"], teasers=[("aside", 4)], comments=None, ra=[]))

S.append(dict(id="es05-oaxaca-cnte", lang="es", pub="2023-05-16", site="Noticias Oaxaca Hoy", layout="wp",
    title="Maestros de la Sección 22 bloquean cruceros en la capital oaxaqueña",
    who="Itzel Cruz", when="16 mayo, 2023",
    cap=("Docentes en el crucero de Cinco Señores.", "Foto: Itzel Cruz"),
    paras=["Integrantes de la Sección 22 del SNTE-CNTE bloquearon este lunes al menos ocho cruceros de la ciudad de Oaxaca como parte de su jornada de lucha por la abrogación de la reforma educativa.",
           "{RA}",
           "Los bloqueos, que se levantaron a las 15:00 horas, provocaron largas filas de vehículos en la carretera federal 190.",
           "El Instituto Estatal de Educación Pública de Oaxaca informó que instaló una mesa de negociación con la dirigencia magisterial."],
    ev=[("blockade", "2023-05-15", "Oaxaca"), ("negotiation", "2023-05", "Oaxaca", None, True)],
    tags=["Sección 22", "CNTE", "Bloqueos"], teasers=[("soup", 6)], comments="ol", ra=[(1, 2)]))

S.append(dict(id="es06-jujuy-represion", lang="es", pub="2023-06-18", site="Página Norte", layout="semantic",
    title="Represión en Purmamarca: la Policía desalojó el corte de la ruta 9",
    who="Agustina Vilte", when="18/06/2023 - 10:41",
    cap=("Vecinos de Purmamarca frente a la Policía.", "(Foto: Télam)"),
    paras=["La Policía de Jujuy desalojó este sábado el corte de la ruta nacional 9 a la altura de Purmamarca, donde comunidades originarias y docentes protestaban contra la reforma de la constitución provincial.",
           "Los efectivos dispararon balas de goma y gases; hubo al menos 20 heridos y 15 detenidos, según la Comisión Provincial de la Memoria.",
           "{RA}",
           "Por la tarde, miles de personas marcharon en San Salvador de Jujuy en repudio a la represión."],
    ev=[("crackdown", "2023-06-17", "Jujuy"), ("arrest", "2023-06-17", "Jujuy"), ("blockade", "2023-06-17", "Jujuy", None, True), ("protest", "2023-06-17", "Jujuy")],
    tags=["Jujuy", "Represión"], teasers=[("cards", 1), ("aside", 12)], comments="section", ra=[(2, 3)]))

S.append(dict(id="es07-totonicapan", lang="es", pub="2023-10-03", site="Prensa Comunitaria GT", layout="ngo",
    title="48 Cantones de Totonicapán inician paro indefinido en defensa de la democracia",
    who="Prensa Comunitaria", when="3 de octubre de 2023",
    cap=("Autoridades indígenas en la cumbre de Alaska.", "Fotografía: Prensa Comunitaria"),
    paras=["Las autoridades indígenas de los 48 Cantones de Totonicapán iniciaron el lunes 2 de octubre un paro nacional indefinido para exigir la renuncia de la fiscal general Consuelo Porras.",
           "Desde temprano, comunitarios bloquearon la carretera Interamericana en la cumbre de Alaska y en el kilómetro 170.",
           "Las autoridades ancestrales anunciaron que no levantarán la medida hasta que se respete el resultado electoral."],
    ev=[("strike", "2023-10-02", "Totonicapán"), ("blockade", "2023-10-02", "Totonicapán")],
    tags=["48 Cantones", "Paro nacional"], teasers=[("soup", 10)], comments=None, ra=[]))

S.append(dict(id="es08-tocoa-defensores", lang="es", pub="2023-02-10", site="Red de Defensores Honduras", layout="ngo",
    title="Denunciamos la detención de defensores del río Guapinol en Tocoa",
    who="Comunicado", when="10 de febrero de 2023",
    cap=("Acampada en defensa del río Guapinol, 2019.", "(Foto: archivo)"),
    paras=["El jueves 9 de febrero, agentes de la Policía Nacional detuvieron a tres integrantes del Comité Municipal en Defensa de los Bienes Comunes en Tocoa, Colón.",
           "La Fiscalía les imputa el delito de usurpación por la ocupación pacífica del acceso al proyecto minero.",
           "Exigimos su liberación inmediata y el cese de la criminalización de quienes defienden el agua."],
    ev=[("arrest", "2023-02-09", "Colón"), ("legal_action", "2023-02", "Colón", None, True)],
    tags=["Guapinol", "Criminalización"], teasers=[("aside", 7)], comments=None, ra=[]))

S.append(dict(id="es09-asuncion-campesinos", lang="es", pub="2023-03-23", site="Última Hora PY", layout="soup",
    title="Campesinos marchan en Asunción por la deuda agrícola",
    who="Redacción", when="23 de marzo de 2023, 17:02",
    cap=("La columna campesina en la avenida Mariscal López.", "Foto: ÚH"),
    paras=["Miles de campesinos de la Federación Nacional Campesina marcharon este jueves por las calles del microcentro de Asunción para exigir la condonación de deudas de pequeños productores.",
           "{RA}",
           "La movilización terminó frente al Congreso, donde una comitiva fue recibida por senadores de la comisión de Reforma Agraria."],
    ev=[("protest", "2023-03-23", "Asunción")],
    tags=["FNC", "Marcha campesina"], teasers=[("soup", 13), ("table", 8)], comments="section", ra=[(1, 0)]))

S.append(dict(id="es10-lasbambas", lang="es", pub="2022-04-21", site="Rumbo Minero Sur", layout="semantic",
    title="Comuneros de Fuerabamba ocupan terrenos de Las Bambas y la mina detiene operaciones",
    who="Redacción", when="21 de abril de 2022",
    cap=("Comuneros en el tajo Chalcobamba.", "(Foto: Andina)"),
    paras=["Comuneros de Fuerabamba y Huancuire ocuparon el 14 de abril terrenos de la mina Las Bambas, en Cotabambas, Apurímac.",
           "El miércoles, MMG anunció que suspendió las operaciones de la mina por razones de seguridad.",
           "{RA}",
           "El Ejecutivo anunció que enviará una comisión de alto nivel para instalar una mesa de diálogo en Challhuahuacho."],
    ev=[("blockade", "2022-04-14", "Apurímac"), ("suspension", "2022-04-20", "Apurímac")],
    tags=["Las Bambas", "Minería"], teasers=[("aside", 8), ("cards", 14)], comments=None, ra=[(2, 1)]))

S.append(dict(id="es11-opinion-agua", lang="es", pub="2023-08-14", site="Revista Ideas", layout="wp",
    title="La ley de aguas que el país necesita",
    who="Marisol Ccahuana", when="14 agosto, 2023",
    cap=("Laguna altoandina en Ancash.", "Foto: archivo"),
    paras=["El debate sobre la nueva ley de recursos hídricos llega tarde. Durante dos décadas, los conflictos por el agua han sido la primera causa de tensión en las regiones mineras.",
           "{RA}",
           "Una buena ley debería reconocer a las juntas de usuarios, fortalecer la fiscalización ambiental y dar a las comunidades voz en los permisos.",
           "Sin esos cambios, la próxima crisis será solo cuestión de tiempo."],
    ev=[], tags=["Agua", "Opinión"], teasers=[("soup", 2), ("aside", 11)], comments="ol", ra=[(1, 3)],
    bio="es abogada ambientalista. Asesoró a las rondas campesinas durante el conflicto de Conga, cuando el gobierno declaró el estado de emergencia en Cajamarca en diciembre de 2011."))

S.append(dict(id="es12-celendin-fiscalia", lang="es", pub="2023-09-05", site="Grufides", layout="ngo",
    title="Fiscalía formaliza investigación contra ronderos de Celendín",
    who="Área de Comunicaciones", when="5 de septiembre de 2023",
    cap=("Ronderos de Celendín en asamblea.", "Foto: Grufides"),
    paras=["La Fiscalía Provincial de Celendín formalizó el 1 de septiembre una investigación preparatoria contra cinco ronderos por el delito de entorpecimiento de servicios públicos.",
           "Los ronderos participaron en el bloqueo de la carretera Celendín–Cajamarca en febrero, durante las protestas contra el gobierno.",
           "Grufides asumirá la defensa legal de los dirigentes."],
    ev=[("legal_action", "2023-09-01", "Cajamarca"), ("blockade", "2023-02", "Cajamarca")],
    tags=["Criminalización", "Rondas"], teasers=[("aside", 15)], comments=None, ra=[]))

S.append(dict(id="es13-chiapas-blog", lang="es", pub="2023-11-20", site="Desde Abajo (blog)", layout="wp",
    title="Crónica: la peregrinación por la paz en San Cristóbal",
    who="Elena", when="20 noviembre, 2023",
    cap=("La peregrinación a su paso por el Andador Guadalupano.", "Foto: Elena"),
    paras=["El domingo, unas 3.000 personas de las parroquias de los Altos caminaron en San Cristóbal de las Casas para exigir el fin de la violencia y de los desplazamientos forzados en Chiapas.",
           "Las mujeres tsotsiles iban delante con velas y pancartas. Al llegar a la catedral, el obispo leyó un mensaje de las comunidades desplazadas.",
           "{RA}",
           "No hubo incidentes. Volvimos a casa cansados, pero con la sensación de que algo se mueve."],
    ev=[("protest", "2023-11-19", "Chiapas")],
    tags=["Chiapas", "Paz"], teasers=[("soup", 4)], comments="ol", ra=[(2, 2)]))

S.append(dict(id="es14-entrevista-paro", lang="es", pub="2023-07-10", site="La Mula Sindical", layout="semantic",
    title="«Si no nos escuchan, iremos a la huelga indefinida»",
    who="Jorge Paredes", when="10/07/2023",
    cap=("El secretario general del sindicato en su oficina.", "(Foto: Jorge Paredes)"),
    paras=["Entrevista con el secretario general de la Federación Minera sobre el pliego de reclamos de este año.",
           "¿Habrá huelga? Si la empresa no responde antes del 31 de julio, la asamblea evaluará una huelga indefinida en todas las unidades.",
           "{RA}",
           "¿Qué piden? Un aumento de 8% y el respeto de la jornada de ocho horas en socavón."],
    ev=[], tags=["Sindicatos", "Minería"], teasers=[("cards", 6), ("table", 1)], comments="section", ra=[(2, 0)]))

S.append(dict(id="es15-chile-concepcion", lang="es", pub="2023-04-27", site="Resumen Biobío", layout="table",
    title="Portuarios de Talcahuano paralizan en rechazo a la ley de puertos",
    who="Prensa Resumen", when="27 de abril de 2023",
    cap=("Trabajadores en el acceso al puerto de Talcahuano.", "Foto: Resumen"),
    paras=["Los trabajadores portuarios de Talcahuano iniciaron el miércoles 26 de abril una paralización de 48 horas en rechazo al proyecto de ley de modernización portuaria.",
           "{RA}",
           "El sindicato informó que la adhesión fue total y que no se movieron contenedores en los terminales de la bahía de Concepción."],
    ev=[("strike", "2023-04-26", "Biobío")],
    tags=["Portuarios"], teasers=[("table", 12), ("soup", 3)], comments="ol", ra=[(1, 1)]))

S.append(dict(id="en01-lagos-protest", lang="en", pub="2023-08-02", site="The Lagos Ledger", layout="semantic",
    title="Police disperse cost-of-living protest in Lagos, arrest 14",
    who="Chinedu Okafor, Lagos Bureau", when="Updated 14:32 GMT, 2 August 2023",
    cap=("Protesters at Ikeja Under Bridge.", "REUTERS/Temilade Adelaja"),
    paras=["Hundreds of people marched in Ikeja, Lagos, on Tuesday to protest against soaring food and fuel prices after the removal of the petrol subsidy.",
           "Police fired tear gas to break up the march near the Alausa secretariat, and the Lagos State Police Command said 14 protesters were arrested.",
           "{RA}",
           "The Nigeria Labour Congress said it would decide next week whether to call a general strike."],
    ev=[("protest", "2023-08-01", "Lagos"), ("crackdown", "2023-08-01", "Lagos"), ("arrest", "2023-08-01", "Lagos")],
    tags=["Protest", "Fuel subsidy"], teasers=[("aside", 0), ("cards", 3)], comments="section", ra=[(2, 0)],
    bio="covers labour and protest. He reported on the 2020 #EndSARS protests, when soldiers opened fire at the Lekki toll gate."))

S.append(dict(id="en02-nairobi-azimio", lang="en", pub="2023-07-13", site="Nairobi Daily Wire", layout="soup",
    title="Opposition protests: police teargas crowds in Kibera and Mathare",
    who="Wanjiru Mwangi", when="July 13, 2023",
    cap=("A protester throws back a teargas canister in Kibera.", "(Photo: AFP)"),
    paras=["Police fired teargas at protesters in Nairobi's Kibera and Mathare on Wednesday as the opposition Azimio coalition held a second day of anti-tax demonstrations.",
           "{RA}",
           "Protesters lit bonfires and blocked the Kibera Drive, and traders in the city centre kept their shops closed.",
           "Interior Cabinet Secretary Kithure Kindiki said more than 300 people had been arrested across the country since Tuesday."],
    ev=[("crackdown", "2023-07-12", "Nairobi Area"), ("protest", "2023-07-12", "Nairobi Area"), ("blockade", "2023-07-12", "Nairobi Area", None, True), ("arrest", "2023-07-11", None, None, True)],
    tags=["Azimio", "Finance Act"], teasers=[("soup", 1), ("table", 10)], comments="ol", ra=[(1, 1)]))

S.append(dict(id="en03-soweto-service", lang="en", pub="2023-05-24", site="Mzansi Today", layout="table",
    title="Soweto residents barricade roads over power cuts",
    who="Thabo Nkosi", when="24 May 2023",
    cap=("Burning tyres on the Old Potchefstroom Road.", "Picture: Thabo Nkosi"),
    paras=["Residents of Soweto barricaded several roads with burning tyres and rocks on Tuesday morning, protesting against rolling power cuts that have left parts of the township without electricity for weeks.",
           "{RA}",
           "Johannesburg Metro Police said a municipal truck was set alight and a satellite office of the city was looted.",
           "Officers fired rubber bullets to disperse the crowd and arrested six people."],
    ev=[("blockade", "2023-05-23", "Gauteng"), ("riot", "2023-05-23", "Gauteng"), ("crackdown", "2023-05-23", "Gauteng"), ("arrest", "2023-05-23", "Gauteng"), ("protest", "2023-05-23", "Gauteng", None, True)],
    tags=["Service delivery", "Eskom"], teasers=[("table", 10), ("soup", 15)], comments="section", ra=[(1, 2)]))

S.append(dict(id="en04-accra-occupy", lang="en", pub="2023-09-22", site="GhanaWeb Now", layout="wp",
    title="49 arrested at #OccupyJulorbiHouse protest",
    who="Ama Boateng", when="September 22, 2023",
    cap=("Protesters on the street leading to the Jubilee House.", "Photo: Ama Boateng"),
    paras=["Police in Accra arrested 49 people on Thursday during the #OccupyJulorbiHouse protest against economic hardship and corruption.",
           "{RA}",
           "The protesters, organised by the Democracy Hub group, had gathered near the 37 Military Hospital before marching towards the presidency.",
           "The Greater Accra Regional Police Command said they would be arraigned before court."],
    ev=[("arrest", "2023-09-21", "Greater Accra"), ("protest", "2023-09-21", "Greater Accra")],
    tags=["OccupyJulorbiHouse"], teasers=[("soup", 7)], comments="ol", ra=[(1, 3)]))

S.append(dict(id="en05-harare-doctors", lang="en", pub="2022-10-04", site="Zim Independent Online", layout="semantic",
    title="Junior doctors down tools at Harare hospitals",
    who="Staff reporter", when="4 October 2022",
    cap=("Parirenyatwa hospital.", "(Photo: file)"),
    paras=["Junior doctors at Parirenyatwa and Harare Central hospitals began an indefinite strike on Monday, demanding salaries in US dollars.",
           "The Zimbabwe Hospital Doctors Association said talks with the Health Service Board had failed.",
           "{RA}"],
    ev=[("strike", "2022-10-03", "Harare")],
    tags=["Health", "Strike"], teasers=[("aside", 9)], comments=None, ra=[(2, 1)]))

S.append(dict(id="en06-haryana-farmers", lang="en", pub="2024-02-14", site="Tribune North", layout="live",
    title="Farmers' Delhi Chalo march LIVE: tear gas at Shambhu border",
    who="Web desk", when="14 February 2024",
    cap=("Drones drop tear gas shells at the Shambhu border.", "(Photo: PTI)"),
    live=[("09:10 IST", "Thousands of farmers from Punjab gathered at the Shambhu border near Ambala for the second day of their Delhi Chalo march."),
          ("12:45 IST", "Haryana Police fired tear gas shells at farmers trying to cross the barricades at Shambhu. Several farmers were injured."),
          ("15:30 IST", "Union ministers will hold a third round of talks with farmer leaders in Chandigarh on Thursday.")],
    paras=[],
    ev=[("protest", "2024-02-14", "Haryāna"), ("crackdown", "2024-02-14", "Haryāna")],
    tags=["Farmers protest", "MSP"], teasers=[("aside", 6), ("cards", 8)], comments=None, ra=[]))

S.append(dict(id="en07-manila-jeepney", lang="en", pub="2023-03-07", site="Manila Bulletin Online", layout="soup",
    title="Jeepney strike: commuters stranded as drivers join transport strike",
    who="Paolo Reyes", when="March 7, 2023, 6:00 AM",
    cap=("Commuters wait for rides along Commonwealth Avenue.", "(Photo: Paolo Reyes)"),
    paras=["Thousands of jeepney drivers in Metro Manila joined a week-long transport strike on Monday against the government's jeepney phase-out plan.",
           "Commuters were stranded in Quezon City and Manila as the Piston and Manibela groups kept their units off the road.",
           "{RA}",
           "Malacañang said it would deploy government vehicles to ferry stranded commuters."],
    ev=[("strike", "2023-03-06", "Metro Manila")],
    tags=["Transport", "PUV modernization"], teasers=[("soup", 12), ("aside", 4)], comments="section", ra=[(2, 2)]))

S.append(dict(id="en08-jakarta-omnibus", lang="en", pub="2020-10-09", site="Jakarta Globe Post", layout="semantic",
    title="Omnibus law protests turn violent in Jakarta",
    who="Dewi Lestari", when="October 9, 2020",
    cap=("A burnt bus shelter near the Sarinah intersection.", "Antara/Aditya Pradana"),
    paras=["Protesters set fire to bus shelters and a police post in central Jakarta on Thursday as thousands of students and workers rallied against the new omnibus law on job creation.",
           "Police fired tear gas and water cannon near the presidential palace. Jakarta police said 1,000 people were detained.",
           "{RA}"],
    ev=[("riot", "2020-10-08", "Jakarta"), ("protest", "2020-10-08", "Jakarta"), ("crackdown", "2020-10-08", "Jakarta"), ("arrest", "2020-10-08", "Jakarta")],
    tags=["Omnibus law"], teasers=[("cards", 13)], comments=None, ra=[(2, 3)]))

S.append(dict(id="en09-gazipur-garment", lang="en", pub="2023-11-01", site="Dhaka Tribune Web", layout="table",
    title="Garment workers clash with police in Gazipur, one killed",
    who="Our Correspondent, Gazipur", when="1 November 2023",
    cap=("Workers block the Dhaka-Mymensingh highway.", "(Photo: Collected)"),
    paras=["A garment worker was killed and dozens injured on Tuesday as police fired rubber bullets at workers demanding a minimum wage of Tk 23,000 in Gazipur.",
           "{RA}",
           "The workers had blocked the Dhaka-Mymensingh highway at Konabari for several hours, and two factories were vandalised.",
           "The Bangladesh Garment Manufacturers and Exporters Association said 150 factories would remain closed on Wednesday."],
    ev=[("crackdown", "2023-10-31", "Dhaka Division"), ("blockade", "2023-10-31", "Dhaka Division"), ("riot", "2023-10-31", "Dhaka Division"), ("protest", "2023-10-31", "Dhaka Division", None, True)],
    tags=["RMG", "Wages"], teasers=[("table", 14), ("soup", 2)], comments="ol", ra=[(1, 0)]))

S.append(dict(id="en10-colombo-curfew", lang="en", pub="2022-05-10", site="Lanka Observer", layout="live",
    title="Live: Curfew across Sri Lanka after violence in Colombo",
    who="Live desk", when="10 May 2022",
    cap=("Smoke rises at Galle Face.", "(Photo: EPA)"),
    live=[("7:05pm, May 9", "Government supporters attacked the protest camp at Galle Face in Colombo this afternoon, tearing down tents. Police fired tear gas and water cannon."),
          ("8:30pm, May 9", "The government has declared an island-wide curfew with immediate effect."),
          ("9:50am", "Police say 138 people were injured in Colombo yesterday.")],
    paras=[],
    ev=[("riot", "2022-05-09", "Western"), ("crackdown", "2022-05-09", "Western"), ("state_of_emergency", "2022-05-09", None, "declared")],
    tags=["Aragalaya"], teasers=[("aside", 13)], comments="section", ra=[]))

S.append(dict(id="en11-karachi-traders", lang="en", pub="2023-08-29", site="Sindh Courier", layout="wp",
    title="Traders observe shutter-down strike in Karachi over electricity bills",
    who="News Desk", when="August 29, 2023",
    cap=("Closed shops at Saddar market.", "Photo: Sindh Courier"),
    paras=["Markets across Karachi remained closed on Monday as traders observed a shutter-down strike against inflated electricity bills.",
           "{RA}",
           "Protesters also gathered outside K-Electric's offices in Gulshan-e-Iqbal and burnt bills."],
    ev=[("strike", "2023-08-28", "Sindh"), ("protest", "2023-08-28", "Sindh")],
    tags=["Electricity", "Traders"], teasers=[("soup", 5)], comments="ol", ra=[(1, 1)]))

S.append(dict(id="en12-nairobi-financebill-live", lang="en", pub="2024-06-25", site="Kenya Live Desk", layout="live",
    title="Finance Bill protests live: Parliament breached",
    who="Live team", when="25 June 2024",
    cap=("Protesters outside Parliament Buildings.", "(Photo: Reuters)"),
    live=[("10:15 EAT", "Thousands of young protesters are marching on Kenyatta Avenue in Nairobi against the Finance Bill 2024."),
          ("14:40 EAT", "Protesters have broken into Parliament buildings and set part of the complex on fire."),
          ("15:05 EAT", "Police opened fire on protesters outside Parliament. Human rights groups say at least five people were killed."),
          ("17:30 EAT", "Defence Cabinet Secretary Aden Duale says the military has been deployed to support police.")],
    paras=[],
    ev=[("protest", "2024-06-25", "Nairobi Area"), ("riot", "2024-06-25", "Nairobi Area"), ("crackdown", "2024-06-25", "Nairobi Area"), ("deployment", "2024-06-25", None)],
    tags=["Finance Bill 2024", "RejectFinanceBill"], teasers=[("aside", 1)], comments="section", ra=[],
    tweet=("Police are shooting at protesters outside Parliament right now. #RejectFinanceBill2024", "Citizen reporter (@ke_citizen)", "June 25, 2024")))

S.append(dict(id="en13-ngo-zimbabwe", lang="en", pub="2023-06-05", site="Human Rights Watch Africa", layout="ngo",
    title="Zimbabwe: Drop charges against Bulawayo vendors' leaders",
    who="Press release", when="June 5, 2023",
    cap=("Vendors in central Bulawayo.", "© 2023 Private"),
    paras=["Police in Bulawayo arrested four leaders of the Bulawayo Vendors and Traders Association on May 30 after a peaceful protest against the confiscation of their goods.",
           "On June 1, prosecutors charged them with participating in an unlawful gathering.",
           "The authorities should drop the charges and release them, the organisation said."],
    ev=[("arrest", "2023-05-30", "Bulawayo"), ("legal_action", "2023-06-01", "Bulawayo"), ("protest", "2023-05-30", "Bulawayo", None, True)],
    tags=["Zimbabwe", "Freedom of assembly"], teasers=[("aside", 5)], comments=None, ra=[]))

S.append(dict(id="en14-explainer-lithium", lang="en", pub="2023-04-21", site="Mining Frontiers", layout="semantic",
    title="Explainer: What Chile's national lithium strategy means for the Atacama",
    who="Sofia Ortega", when="21 April 2023",
    cap=("Evaporation ponds in the Salar de Atacama.", "(Photo: file)"),
    paras=["Chile's government has proposed that the state take a majority stake in future lithium projects, a plan that companies and indigenous communities are still studying.",
           "{RA}",
           "The Atacameño communities around the salt flat have long asked for a say on water use. Analysts expect months of negotiation before any contract is changed.",
           "What happens next depends on Congress and on talks with the two operators."],
    ev=[], tags=["Lithium", "Chile"], teasers=[("cards", 11), ("aside", 2)], comments="section", ra=[(1, 2)]))

S.append(dict(id="en15-blog-bookreview", lang="en", pub="2023-02-11", site="Notes from the Field", layout="wp",
    title="Book review: a history of the Marikana massacre",
    who="admin", when="February 11, 2023",
    cap=("The book's cover.", "Image: publisher"),
    paras=["This new history of the platinum belt is a careful, humane book. It follows three families over two decades and asks what changed for mineworkers in the North West.",
           "{RA}",
           "The author is at her best describing ordinary days; the chapters on union politics are drier.",
           "Recommended for anyone who wants to understand labour in South Africa today."],
    ev=[], tags=["Books", "Labour"], teasers=[("soup", 0)], comments="ol", ra=[(1, 3)]))


# --- assembling the pages --------------------------------------------------------------------
def _paras(st, i):
    out = []
    for p in st["paras"]:
        if p == "{RA}":
            a, b = st["ra"][0] if st["ra"] else (0, 0)
            out.append(read_also(st["lang"], i + a, b))
        elif p == "{TWEET}":
            out.append(tweet(*st["tweet"]))
        else:
            out.append(f"<p>{H.escape(p)}</p>")
    return "".join(out)


def _live(st):
    out = []
    for t, p in st["live"]:
        out.append(f'<div class="live-entry" id="e{len(out)}"><time class="entry-time">{t}</time>'
                   f'<div class="entry-body"><p>{H.escape(p)}</p></div>'
                   f'<div class="share-entry"><a>Share</a></div></div>')
    if st.get("tweet"):
        out.insert(3, f'<div class="live-entry">{tweet(*st["tweet"])}</div>')
    return '<div class="live-feed">' + "".join(out) + "</div>"


def page(st, i) -> str:
    lang, site = st["lang"], st["site"]
    teas = "".join(teaser_list(lang, k + i, 4, style) for style, k in st["teasers"])
    fig = caption(lang, *st["cap"])
    by = byline(lang, st["who"], st["when"], i % 3)
    body = _paras(st, i)
    com = comments(lang, st["comments"]) if st["comments"] else ""
    bio_ = bio(lang, st["who"], st["bio"]) if st.get("bio") else ""
    head = (f'<head><meta charset="utf-8"><title>{H.escape(st["title"])} | {site}</title>'
            f'<meta property="og:title" content="{H.escape(st["title"])}">'
            + (f'<meta property="article:published_time" content="{st["pub"]}T08:00:00-05:00">' if i % 4 != 3 else "")
            + "</head>")
    timetag = f'<time datetime="{st["pub"]}T08:00">{st["when"]}</time>'
    L = st["layout"]
    if L == "semantic":
        b = (chrome_top(lang, site, "semantic") + f'<main><article><h1>{H.escape(st["title"])}</h1>{by}{timetag}{fig}'
             f'{body}{tags(lang, st["tags"])}{share(lang)}{bio_}</article>{teas}</main>'
             f'{newsletter(lang)}{donate(lang)}{com}{footer(lang, site)}')
    elif L == "soup":
        half = st["teasers"][:1], st["teasers"][1:]
        t1 = "".join(teaser_list(lang, k + i, 4, s) for s, k in half[0])
        t2 = "".join(teaser_list(lang, k + i, 4, s) for s, k in half[1])
        b = (chrome_top(lang, site, "soup") + f'<div id="contenedor"><div class="col-izq"><div class="titular">'
             f'<h1>{H.escape(st["title"])}</h1></div>{by}<span class="fecha-pub">{timetag}</span>{fig}'
             f'<div class="cuerpo">{body}</div>{share(lang)}{tags(lang, st["tags"])}{bio_}{t1}{donate(lang)}{com}</div>'
             f'<div class="col-der">{t2}{newsletter(lang)}</div></div>{footer(lang, site)}')
    elif L == "table":
        menu = "<br>".join(["Inicio", "Regiones", "Política", "Economía"] if lang == "es" else ["Home", "Nation", "World", "Sport"])
        b = (f'<table width="980" cellpadding="0"><tr><td colspan="3"><img src="/logo.gif" alt="{site}"></td></tr>'
             f'<tr><td width="150" valign="top">{menu}</td><td valign="top"><h1>{H.escape(st["title"])}</h1>{by}{fig}'
             f'{body}{tags(lang, st["tags"])}{com}</td><td width="250" valign="top">{teas}{newsletter(lang)}</td></tr></table>'
             f'{footer(lang, site)}')
    elif L == "wp":
        recent = "Entradas recientes" if lang == "es" else "Recent posts"
        b = (f'<div id="page"><header class="site-header"><p class="site-title">{site}</p>{chrome_top(lang, site, "soup")}</header>'
             f'<div id="primary"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">'
             f'{H.escape(st["title"])}</h1><div class="entry-meta">{by}{timetag}</div></header><div class="entry-content">'
             f'{fig}{body}{share(lang)}</div><footer class="entry-footer">{tags(lang, st["tags"])}</footer></article>'
             f'{bio_}{com}</div><div id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">'
             f'{recent}</h2>{teas}</section>{newsletter(lang)}</div>{footer(lang, site)}</div>')
    elif L == "ngo":
        act = ('<div class="take-action"><h3>Actúa ahora</h3><p>Firma la petición: ¡Alto a la criminalización de '
               'defensores! Ya son 12.000 firmas.</p><a>Firmar</a></div>' if lang == "es" else
               '<div class="take-action"><h3>Take action</h3><p>Sign the petition: Free all detained activists now. '
               '12,000 people have signed.</p><a>Sign</a></div>')
        b = (chrome_top(lang, site, "semantic") + f'<main><div class="press-release"><h1>{H.escape(st["title"])}</h1>'
             f'<p class="pr-date">{st["when"]}</p>{fig}{body}</div>{act}{donate(lang)}{teas}</main>{footer(lang, site)}')
    elif L == "live":
        summary = ('<div class="resumen"><ul><li>Siga aquí las últimas noticias.</li></ul></div>' if lang == "es"
                   else '<div class="key-points"><h2>Key points</h2><ul><li>Follow the latest updates here.</li></ul></div>')
        b = (chrome_top(lang, site, "semantic") + f'<main><h1>{H.escape(st["title"])}</h1>{by}{timetag}{fig}{summary}'
             f'{_live(st)}</main>{teas}{com}{footer(lang, site)}')
    else:
        raise ValueError(L)
    return f'<!DOCTYPE html><html lang="{lang}">{head}<body>{b}</body></html>\n'


def story_text(st) -> list[str]:
    out = [st["title"]]
    out += [p for p in st["paras"] if not p.startswith("{")]
    out += [p for _, p in st.get("live", [])]
    if st.get("tweet"):
        out.append(st["tweet"][0])
    return out


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    exp = []
    for i, st in enumerate(S):
        (OUT / f"{st['id']}.html").write_text(page(st, i), encoding="utf-8")
        evs = []
        for e in st["ev"]:
            d = {"type": e[0], "date": e[1], "admin1": e[2]}
            if len(e) > 3 and e[3]:
                d["action"] = e[3]
            if len(e) > 4 and e[4]:
                d["optional"] = True
            evs.append(d)
        exp.append({"id": st["id"], "lang": st["lang"], "published": st["pub"], "layout": st["layout"],
                    "story": story_text(st), "events": evs})
    (OUT / "expectations.yaml").write_text(
        "# The web-page probe: for each page, the events of its STORY only (type, date, admin1;\n"
        "# optional: a reading the rules leave open) and the story's own text (title, paragraphs,\n"
        "# live entries, an embedded tweet), used to tell a false event of the story from one of\n"
        "# the chrome. Written by scripts/build_web_probe.py.\n"
        + yaml.safe_dump({"pages": exp}, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    print(f"{len(S)} pages written to {OUT}")


if __name__ == "__main__":
    main()
