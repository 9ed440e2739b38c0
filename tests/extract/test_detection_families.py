"""Detection families of the second round (issue 9): what did not happen ("without
clashes", "sin enfrentamientos"), measures in force talked about ("defied the curfew",
"pese al toque de queda"), and phrasings of deployments, withdrawals and court acts.
Short hand-written sentences, one real-world phrasing each."""
from __future__ import annotations

import pytest

from .test_triggers import types_of

FOUND = [
    # a series told with its month is an event of that month
    ("blockade", "es", "En marzo los vecinos de Cajamarca cortaron la ruta hacia la mina en varias ocasiones."),
    # Guatemala's "state of prevention" is a state of exception; the police attacking people
    ("state_of_emergency", "en", "On Monday the government declared a 15-day state of prevention in Cajamarca."),
    ("state_of_emergency", "es", "El lunes el Gobierno declaró un estado de prevención de 15 días en Cajamarca."),
    ("crackdown", "es", "El lunes la policía atacó a los comuneros cerca de Cajamarca."),
    # escorting a company's machines is forces sent in
    ("deployment", "es", "El lunes los policías escoltaron a las máquinas de la minera hasta Cajamarca."),
    # an eviction order carried out is an eviction
    ("crackdown", "es", "El lunes la policía ejecutó la orden de desalojo contra los comuneros de Cajamarca."),
    # a noun ending like a conditional, after its article, is no conditional
    ("riot", "es", "El lunes la marcha en Cajamarca acabó con grupos de jóvenes apedreando la comisaría central."),
    # a timeline's historical present
    ("riot", "es", "24 de mayo: unas 45.000 personas marchan sobre Cajamarca; los manifestantes incendian un ministerio."),
    # force told as a water cannon truck, police bursting in; a house burned; tools downed
    ("crackdown", "es", "El lunes la policía usó un camión hidrante para disolver la concentración en Cajamarca."),
    ("crackdown", "es", "El lunes la policía irrumpió en el campus de Cajamarca."),
    ("riot", "en", "On Monday angry residents burned the mayor's house in Cajamarca."),
    ("strike", "es", "El lunes los mineros de Cajamarca depusieron herramientas."),
    ("strike", "es", "El lunes los trabajadores de salud de Cajamarca iniciaron una paralización indefinida."),
    # talks told as sitting down or behind closed doors; suspensions as force majeure, operations closed, a project left pending
    ("negotiation", "en", "On Monday union leaders and the labour minister sat down in Cajamarca for the first time."),
    ("negotiation", "es", "El lunes los negociadores de ambas partes pasaron nueve horas a puerta cerrada en Cajamarca."),
    ("deployment", "en", "On Tuesday additional platoons of the State Reserve Police were moved to the main road in Cajamarca."),
    # investigations ordered, criminal cases opened, suspects named
    ("legal_action", "es", "El viernes el fiscal nacional ofició a tres fiscalías de Cajamarca para que abrieran investigaciones por los cortes."),
    ("legal_action", "en", "On Friday the national prosecutor asked three regional prosecutors' offices in Cajamarca to open investigations into the roadblocks."),
    ("legal_action", "es", "Entre el lunes y el martes la policía de Cajamarca abrió 18 causas penales por los disturbios."),
    ("legal_action", "en", "On Monday police in Cajamarca named 17 of them as suspects for arson."),
    # a regulator's order or sanction on a company
    ("legal_action", "es", "El lunes el OEFA ordenó a la empresa el cierre del tajo en Cajamarca."),
    ("legal_action", "en", "On Monday the environmental regulator ordered the company to close the pit in Cajamarca."),
    # a live blog's present, and a crowd that goes somewhere to demand
    ("protest", "es", "11:00. Salen las marchas por las calles de Cajamarca."),
    ("protest", "es", "El miércoles miles de comuneros bajaron a la plaza de Cajamarca para exigir la renuncia del ministro."),
    # a roadblock told with how long it lasted in between
    ("blockade", "es", "El lunes las comunidades cortaron durante cerca de tres horas la ruta de acceso a Cajamarca."),
    # a crowd that fills an avenue named in Spanish or Portuguese
    ("protest", "en", "On Monday thousands of teachers filled Avenida Arequipa in Lima."),
    # a union's own voice: "firmamos el acuerdo", "llegamos a un acuerdo"
    ("agreement", "es", "El lunes firmamos en Cajamarca el acuerdo que pone fin a la huelga."),
    ("agreement", "es", "\"Llegamos a un acuerdo con el Gobierno\", anunció el lunes en Cajamarca el dirigente."),
    ("suspension", "en", "On Monday the company declared force majeure at its Cajamarca mine."),
    ("suspension", "es", "El lunes el ministerio dejó en suspenso el proyecto de Cajamarca."),
    ("suspension", "es", "El lunes la minera cerró indefinidamente sus operaciones en Cajamarca."),
    # traffic stopped, trucks kept out, trenches dug
    ("blockade", "en", "On Monday traffic on the Cajamarca highway was paralysed by the protesters."),
    ("blockade", "en", "On Monday protesters stopped the mine's trucks from entering the site near Cajamarca."),
    ("blockade", "es", "El lunes los comuneros de Cajamarca cavaron zanjas en la vía a la mina."),
    ("blockade", "es", "El lunes el tránsito en la carretera de Cajamarca quedó paralizado por los manifestantes."),
    ("blockade", "es", "El lunes los manifestantes de Cajamarca tomaron el municipio durante seis horas."),
    # detentions told as holding, picking up, booking, custody; a lawsuit for damages
    ("arrest", "en", "On Monday police in Cajamarca held 12 students for several hours."),
    ("arrest", "en", "On Monday the union leader was picked up by plainclothes officers in Cajamarca."),
    ("arrest", "en", "On Monday 40 people were booked at Cajamarca police station after the march."),
    ("arrest", "en", "On Monday 25 people were placed in police custody in Cajamarca after the clashes."),
    ("arrest", "es", "El lunes 30 manifestantes quedaron bajo custodia policial en Cajamarca."),
    ("arrest", "es", "El lunes la policía retuvo durante varias horas a 12 estudiantes en Cajamarca."),
    ("legal_action", "es", "El lunes la empresa demandó a los dirigentes comunales de Cajamarca por daños y perjuicios."),
    # forces named first, sent in the passive
    ("deployment", "en", "On Monday hundreds of riot police were sent to Cajamarca and fired tear gas at the protesters."),
    ("deployment", "en", "On Monday 500 police officers were sent back to Cajamarca."),
    # a purpose clause before the act does not deny the act; a past hypothetical-looking figure
    ("protest", "es", "El lunes, para exigir la renuncia del prefecto, cientos de comuneros marcharon en Cajamarca."),
    ("strike", "en", "A strike that began on Monday in Cajamarca could last weeks, the union said."),
    ("protest", "en", "On Monday thousands marched in Cajamarca after the police approved the route."),
    ("strike", "en", "Farmers in Cajamarca began an indefinite strike on Monday 21 May."),
    ("strike", "en", "Workers in Cajamarca voted on Thursday to return to work, ending a 43-day strike that began on February 9."),
    # an aspect verb before an infinitive with its pronoun attached
    ("blockade", "es", "El miércoles los agricultores volvieron a bloquearla, cerca de Cajamarca."),
    ("arrest", "es", "El lunes los policías comenzaron a detenerlos en la plaza de Cajamarca."),
    # a habit told in the past is a run of events; a trigger's own refusal is the act
    ("blockade", "en", "Every day that week, farmers in Cajamarca blocked the road to the mine."),
    ("blockade", "es", "Cada día de esa semana los agricultores de Cajamarca bloquearon la carretera."),
    ("strike", "en", "On Monday police officers in Cajamarca refused to leave their barracks."),
    # a march whose aside tells a figure, not a plan
    ("protest", "es", "La marcha, que según los organizadores reunió a diez mil personas, partió el lunes de la catedral de Cajamarca."),
    # a curfew lifted is told as "sin toque de queda" and stays an event
    ("state_of_emergency", "es", "Sin toque de queda: el Gobierno levantó el lunes el toque de queda en Cajamarca."),
    # Spanish: present, se-passive, passive and nouns
    ("protest", "es", "El lunes se realizó una marcha de docentes en el centro de Cajamarca."),
    ("protest", "es", "Cientos de comuneros realizan una caravana este lunes en Cajamarca."),
    ("strike", "es", "Los mineros de Cajamarca inician una huelga indefinida este lunes."),
    ("deployment", "es", "Llegan 300 policías a Cajamarca este lunes tras los enfrentamientos."),
    ("arrest", "es", "El lunes la Policía confirmó la detención de 15 comuneros en Cajamarca."),
    ("arrest", "es", "El lunes 12 manifestantes fueron privados de su libertad en Cajamarca."),
    ("legal_action", "es", "El dirigente de Cajamarca fue procesado el lunes por disturbios."),
    ("riot", "es", "El lunes la comisaría de Cajamarca fue incendiada por la turba."),
    # a party before a court, an act named by its author, a judge in apposition
    ("legal_action", "en", "On Monday the mining company asked the federal labour court to rule on the strike in Cajamarca."),
    ("legal_action", "en", "On Monday a ruling by the High Court in Cajamarca froze the mining licence."),
    ("legal_action", "es", "El lunes la minera presentó ante el Tribunal Laboral el pedido de que se declare ilegal la huelga de Cajamarca."),
    ("legal_action", "es", "El lunes trascendió una resolución del juez federal de Cajamarca sobre los cortes de ruta."),
    ("legal_action", "es", "El lunes la jueza Ana Ruiz, del Tribunal Superior de Cajamarca, la suspendió cautelarmente."),
    # soldiers on the streets
    ("deployment", "en", "Soldiers have been on the streets of Cajamarca since Monday."),
    ("deployment", "es", "Los militares están en las calles de Cajamarca desde el lunes."),
    # convoys of vehicles, pickets set up, roads kept cut
    ("protest", "en", "A caravan of trucks drove into Cajamarca on Monday in protest against fuel prices."),
    ("protest", "es", "Una caravana de camiones llegó el lunes a Cajamarca en protesta por el precio del combustible."),
    ("blockade", "es", "El lunes los manifestantes instalaron piquetes en la vía a Cajamarca."),
    ("blockade", "es", "Los manifestantes mantienen cortada la ruta 9 en Cajamarca desde el lunes."),
    # constitutional guarantees suspended: a state of exception
    ("state_of_emergency", "en", "On Monday the government suspended constitutional guarantees in Cajamarca."),
    ("state_of_emergency", "es", "El lunes el Gobierno suspendió las garantías constitucionales en Cajamarca."),
    # forces flown in, taking control
    ("deployment", "en", "Hundreds of police officers were flown into Cajamarca on Monday."),
    ("deployment", "es", "El lunes las Fuerzas Armadas asumieron el control de Cajamarca."),
    # a lawsuit before a court ("demandó" alone is a demand)
    ("legal_action", "es", "El lunes el sindicato demandó a la minera ante un juzgado de Cajamarca."),
    # people held, picked up, "intervenidos", a capture named by its noun
    ("arrest", "en", "At least 40 people were held by police in Cajamarca on Monday."),
    ("arrest", "en", "On Monday police picked up the union leader at his home in Cajamarca."),
    ("arrest", "es", "El lunes la Policía intervino a 40 manifestantes en Cajamarca."),
    ("arrest", "es", "El dirigente fue trasladado el lunes a la comisaría de Cajamarca tras su captura."),
    # courts that jail or remand, prosecutors several words from their verb
    ("legal_action", "en", "A court in Cajamarca on Monday jailed two protest leaders for six months."),
    ("legal_action", "en", "On Monday a judge in Cajamarca remanded 12 protesters in custody."),
    ("legal_action", "en", "Prosecutors in Cajamarca on Monday sought 20 years in prison for the leaders."),
    # forces ordered in, a contingent arriving, a presence reinforced
    ("deployment", "en", "The government ordered troops into Cajamarca on Monday."),
    ("deployment", "es", "El lunes arribó a Cajamarca un contingente de 500 militares."),
    ("deployment", "es", "El lunes se reforzó la presencia policial en Cajamarca con 500 agentes."),
    # a measure reversed
    ("suspension", "en", "On Monday the government backtracked on the fuel price increase that set off protests in Cajamarca."),
    ("suspension", "es", "El lunes el Gobierno dio marcha atrás con el alza de los combustibles en Cajamarca."),
    # a meeting between the sides
    ("negotiation", "es", "El lunes se llevó a cabo una reunión entre el Gobierno y los dirigentes en Cajamarca."),
    # a named square filled
    ("protest", "en", "On Monday thousands of people packed Plaza San Martin in Cajamarca."),
    # a strike under way is still told
    ("strike", "es", "El lunes se cumplió el tercer día del paro en Cajamarca."),
    # Spanish of other countries and registers
    ("crackdown", "es", "El lunes la policía arremete contra los manifestantes en Cali."),
    ("crackdown", "es", "El lunes la Policía recuperó el control de la vía tomada en Cali."),
    ("legal_action", "es", "El lunes un juez de control vinculó a proceso a 12 manifestantes en Oaxaca."),
    ("legal_action", "es", "El lunes la Fiscalía presentó cargos contra los dirigentes de Cali."),
    ("arrest", "es", "Al menos 40 personas fueron puestas a disposición de la Fiscalía el lunes en Oaxaca."),
    ("protest", "es", "Miles de personas salen a las calles el lunes en Cali contra la reforma."),
    ("protest", "es", "El lunes las calles de Cali se llenaron de manifestantes."),
    ("strike", "es", "El lunes los camioneros paralizaron el transporte de carga en Colombia."),
    ("blockade", "es", "El lunes los normalistas tomaron casetas de peaje en Oaxaca."),
    ("blockade", "es", "El lunes los estudiantes se tomaron la universidad en Cali."),
    ("riot", "es", "El lunes hubo desmanes en el centro de Santiago."),
    ("state_of_emergency", "es", "El lunes el presidente decretó el estado de conmoción interior en Colombia."),
    ("state_of_emergency", "en", "On Monday the president declared a state of internal commotion in Colombia."),
    ("deployment", "es", "El lunes arribaron a Cali 2.000 uniformados del Ejército."),
    ("agreement", "es", "El lunes el Gobierno y el Comité del Paro pactaron un preacuerdo en Bogotá."),
    ("suspension", "es", "El lunes el Congreso hundió la reforma tributaria en Colombia."),
    ("suspension", "es", "El lunes el presidente vetó la ley minera en Panamá."),
    ("suspension", "en", "On Monday the president vetoed the mining law in Panama."),
    # protesters described while they protest
    ("protest", "en", "On Monday armed men set upon students rallying for quota reform in Cajamarca."),
    ("protest", "en", "On Monday hundreds of students streamed out of dormitories in Cajamarca, chanting slogans."),
    ("protest", "es", "El lunes atacaron a los estudiantes que se manifestaban en el campus de Cajamarca."),
    ("protest", "es", "El lunes, ante miles de personas reunidas en la plaza de Cajamarca, el dirigente pidió la renuncia del alcalde."),
    ("protest", "es", "El lunes los estudiantes iniciaron su larga marcha de Cajamarca a Lima."),
    # the march on its way, the roadblocks by what they did or what was done to them
    ("protest", "en", "On Monday the march reached the regional parliament in Cajamarca."),
    ("protest", "es", "El lunes, pasadas las 11, la marcha llegó a la sede del gobierno regional de Cajamarca."),
    ("blockade", "en", "Since Monday roadblocks have cut most of the highways of Cajamarca."),
    ("blockade", "en", "On Monday riot police moved on the blockade near Cajamarca four times."),
    ("blockade", "es", "El lunes la policía despejó el bloqueo de la carretera a Cajamarca."),
    ("crackdown", "en", "On Monday a farmer died in Cajamarca fleeing a police operation to clear protesters from the road."),
    ("crackdown", "es", "El lunes un operativo para desbloquear la carretera a Cajamarca dejó dos heridos."),
    # how it happened, not that it did not: "without warning", "sin previo aviso"
    ("crackdown", "en", "On Monday police without warning opened fire on the marchers in Cajamarca."),
    ("crackdown", "es", "El lunes la policía sin previo aviso desalojó a los comuneros en Cajamarca."),
    # a prohibition does not reach past "and": what followed it happened
    ("arrest", "en", "On Monday police banned the march in Cajamarca and arrested 20 protesters."),
    ("arrest", "es", "El lunes la policía prohibió la marcha en Cajamarca y detuvo a 20 manifestantes."),
    ("blockade", "es", "El lunes el alcalde restringió el tránsito en Cajamarca y los comuneros bloquearon la carretera."),
    ("strike", "es", "El lunes comenzó en Cajamarca la huelga de lunes a viernes de los docentes."),
    ("arrest", "en", "On Tuesday 20 people were arrested in Cajamarca for Monday's violence."),
    # "sin" before a finite verb: the clause's own act
    ("blockade", "es", "El lunes los vecinos sin agua bloquearon la vía a Cajamarca."),
    # a road cut at a junction
    ("blockade", "es", "El lunes la Policía avanzó sobre el corte del cruce de rutas en Cajamarca."),
    # deployments: the army onto the streets, the noun with its force, "sacó al Ejército"
    ("deployment", "en", "On Monday the government ordered its army onto the streets of Cajamarca."),
    ("deployment", "en", "A judge in Lima allowed the military deployment in Cajamarca ordered on Monday to continue."),
    ("deployment", "es", "El lunes el Gobierno impuso el toque de queda en Cajamarca y sacó al Ejército a las calles."),
    ("deployment", "es", "El lunes el Gobierno impuso el toque de queda en Cajamarca y sacó al Ejército."),
    ("deployment", "es", "El lunes centenares de antidisturbios fueron enviados a vigilar la plaza de Cajamarca."),
    # court acts: allowed, refused, cut; "Justice X", "el Supremo", "se negó a", "avala"
    ("legal_action", "en", "On Monday Justice Ana Ruiz of the High Court in Cajamarca refused to suspend the curfew."),
    ("legal_action", "en", "On Monday the Supreme Court cut the water fees that had set off the protests in Cajamarca."),
    ("legal_action", "es", "El lunes el Supremo redujo las tarifas de agua que habían desatado las protestas en Cajamarca."),
    ("legal_action", "es", "El lunes la Corte Superior de Cajamarca se negó a frenar el despliegue militar."),
    # a bill or a law given up
    ("suspension", "en", "On Monday the president declined to sign the water bill that had set off protests in Cajamarca."),
    ("suspension", "es", "El lunes el presidente renunció a promulgar la ley de aguas que había desatado protestas en Cajamarca."),
    ("suspension", "es", "La ley de aguas desató protestas en Cajamarca; el presidente la retiró el lunes."),
    # third round: court and regulator acts of other countries' Spanish, penalties, trials
    ("legal_action", "es", "El lunes un juez de Sololá ligó a proceso a dos policías por la muerte del comunero."),
    ("legal_action", "es", "El lunes la Procuraduría de Guerrero inició una averiguación previa por los dos muertos."),
    ("legal_action", "es", "El lunes la comisión de derechos humanos abrió de oficio un expediente por el desalojo en Oaxaca."),
    ("legal_action", "es", "El lunes la autoridad ambiental multó a la minera por el derrame en Cajamarca."),
    ("legal_action", "es", "El lunes el regulador sancionó a la empresa con una multa de dos millones por el vertido en Cajamarca."),
    ("legal_action", "es", "El lunes un juez de Cajamarca le impuso al dirigente una prohibición de salir del país."),
    ("legal_action", "es", "El lunes la Policía de Cajamarca acusó a siete comuneros de homicidio por la muerte del agente."),
    ("legal_action", "en", "On Monday the environment agency fined the mining company for the spill in Cajamarca."),
    ("legal_action", "en", "In May military courts in Cajamarca began trying dozens of civilians detained in the unrest."),
    # forces escorting a company's crews, retaking a town
    ("deployment", "en", "On Monday hundreds of police officers escorted the company's surveyors into Cajamarca."),
    ("deployment", "en", "On Monday thousands of police retook the town of Cajamarca after the clashes."),
    ("deployment", "en", "On Monday soldiers started to appear at key points of Cajamarca."),
    ("deployment", "es", "El lunes cientos de policías escoltaron a las máquinas de la minera hasta Cajamarca."),
    ("deployment", "es", "El lunes unos dos mil policías retomaron el pueblo de Cajamarca."),
    # ... but protesters told by the police, or joined by them, still block
    ("blockade", "en", "On Monday police said protesters blocked the road near Cajamarca."),
    ("blockade", "es", "El lunes la policía informó que los comuneros bloquearon la carretera a Cajamarca."),
    # nouns in -ería / -aría are no conditional verbs
    ("blockade", "es", "El lunes los opositores a la minería bloquearon la carretera a Cajamarca."),
    ("negotiation", "es", "El lunes la Secretaría de Gobernación se reunió con los dirigentes para negociar en Oaxaca."),
    # a meeting held to open talks is itself talks
    ("negotiation", "en", "The two sides met on Monday in Cajamarca to open talks."),
    ("negotiation", "es", "Las dos partes se reunieron el lunes en Cajamarca para instalar una mesa de diálogo."),
    # more objects and subjects: the city's bridges, the White House, a single guardsman
    ("blockade", "en", "On Monday students and residents block the city's three bridges over the river in Cajamarca."),
    ("blockade", "es", "El lunes estudiantes y vecinos cortaron durante tres horas los tres puentes de Cajamarca."),
    ("riot", "en", "On Monday crowds stormed the government house in Cajamarca."),
    ("crackdown", "en", "On Monday a guardsman shot dead a 22-year-old protester in Cajamarca."),
    ("crackdown", "en", "On Monday state police ambushed a truck carrying farmers near Cajamarca and killed 17 of them."),
    # a stoppage named with "a" after "during" is told here, not before; a deal named by its paper
    ("strike", "en", "On Monday most shops in Cajamarca stayed shut during a 24-hour stoppage called by the unions."),
    ("agreement", "en", "On Friday in Cajamarca peasant leaders and government negotiators signed a short document."),
    ("agreement", "es", "El viernes en Cajamarca los dirigentes campesinos y los negociadores del Gobierno firmaron un documento breve."),
    # a complaint filed, with a clause between; a party before a court, with words between
    ("legal_action", "es", "La denuncia que dio origen a la causa fue presentada el lunes por el Gobierno de Cajamarca."),
    ("legal_action", "es", "El lunes los comuneros presentaron un pedido de amparo contra la minera ante la Justicia de Cajamarca."),
    # a gerund that tells who the subject is does not make the act a demand
    ("blockade", "en", "On Friday protesters demanding his release blocked the highway near Cajamarca."),
    ("blockade", "es", "El viernes manifestantes exigiendo su liberación bloquearon la carretera a Cajamarca."),
    # silence as protest; a crowd walking somewhere
    ("protest", "en", "On Friday students and teachers stood in silence in the street in Cajamarca for fifteen minutes."),
    ("protest", "en", "On Friday several hundred protesters walked north from the camp onto the bridge in Cajamarca."),
    ("protest", "es", "El viernes cientos de estudiantes guardaron quince minutos de silencio frente a la catedral de Cajamarca."),
    ("protest", "es", "El viernes miles de personas caminaron desde la universidad hasta la plaza de Cajamarca."),
    # a strike named after the purpose of talks is still under way
    ("strike", "es", "El lunes los campesinos instalaron una mesa de diálogo para buscar una salida al paro agrario de Cajamarca."),
    # someone pushed into a car by plain-clothes agents is arrested
    ("arrest", "es", "El 4 de enero, agentes de paisano la meten a empujones en un coche frente al sindicato."),
    # traffic cut by protesters is a blockade
    ("blockade", "es", "Hacia las diez de la noche, los estudiantes salieron a la avenida y cortaron el tráfico con piedras."),
    # talks told in the present of a chronology: "las reuniones ... terminan sin acuerdo"
    ("negotiation", "es", "- 21 y 22 de diciembre: las reuniones convocadas en el Ministerio de Trabajo terminan sin acuerdo."),
    # forces drawn up at a place
    ("deployment", "en", "Hundreds of police, including riot units, are lined up along the perimeter road with trucks and fire engines."),
    # a facility entered and held by protesters: "entraron a la estación de bombeo"
    ("blockade", "es", "El martes, unas seiscientas personas ingresaron a la estación de bombeo del oleoducto y retuvieron a veinte empleados."),
    # a court that frees detainees rules
    ("legal_action", "en", "On Thursday a magistrate in the port city released all 29 students arrested this week on warning."),
    ("legal_action", "es", "Un juzgado de la ciudad dejó hoy en libertad bajo advertencia a los 29 estudiantes detenidos."),
    ("blockade", "es", "El lunes, los estudiantes cortaron la avenida Arequipa con piedras y llantas."),
    # gendarmes who evict occupants; protesters who respond by setting fire to a post
    ("crackdown", "en", "In September it was the turn of the orchard camp, where gendarmes evicted occupants to let the felling go ahead."),
    ("riot", "en", "On Thursday police fired tear gas at a truck and protesters responded by setting fire to a guard post."),
    # ... and a hunger or thirst strike is a protest
    ("protest", "en", "The activist went on a thirst strike outside the council offices on Tuesday to stop the felling."),
    ("protest", "es", "El activista inició el martes una huelga de sed frente a la prefectura para frenar la tala."),
    # (issue 9, twenty-first round) a vote or a law put off is a measure suspended
    ("suspension", "en", "On Monday the regional government in Cajamarca postponed the referendum on the water law."),
    ("suspension", "en", "On Monday the governor of Cajamarca said he had decided to defer the mining reform."),
    ("suspension", "es", "El lunes el Gobierno regional de Cajamarca aplazó la consulta popular sobre el agua."),
    # a clause about the object put off tells that object's time, not the putting off
    ("suspension", "en", "On Monday the council in Cajamarca postponed the vote, which had been set for Thursday."),
    # force told by a gerund: "ended with police charging the crowd"
    ("crackdown", "en", "On Monday the march in Cajamarca ended with riot police charging the crowd near the plaza."),
    # a march named by "another", a march that "crossed" the city
    ("protest", "en", "On Monday another long march crossed Cajamarca from the university to the plaza."),
    # a carriageway cut; a strike called off ("desconvocó"), or told as "suspended"
    ("blockade", "es", "El lunes los transportistas en huelga cortaron la calzada a la salida de Cajamarca."),
    ("agreement", "es", "El lunes el sindicato de Cajamarca desconvocó la huelga tras reunirse con el ministro."),
    ("agreement", "es", "El lunes el sindicato de Cajamarca anunció que la huelga quedaba suspendida."),
    # a picket broken with batons is force used
    ("crackdown", "es", "El lunes unos cien policías rompieron el piquete con porras frente a la fábrica de Cajamarca."),
    # forces moving against a crowd; a crowd that corners and beats officers
    ("crackdown", "en", "On Monday police moved against farmers who had blocked the road near Cajamarca since dawn."),
    ("crackdown", "en", "On Monday officers from the riot unit moved in on the crowd outside the Cajamarca prefecture."),
    ("riot", "en", "On Monday a crowd cornered three police officers in a side street of Cajamarca and beat them with sticks."),
    # a strike called off with its time told first, or an indefinite one; the passive
    ("agreement", "en", "The leaders of Celendín suspended on Monday an indefinite strike against the Cajamarca mine."),
    ("strike", "en", "The leaders of Celendín suspended on Monday an indefinite strike against the Cajamarca mine."),
    ("agreement", "en", "A first strike in Cajamarca, which began on Monday, was suspended after two days when the minister promised to visit."),
    # supporters who gathered near a court; an application filed at a court; an inquiry opened, in the passive
    ("protest", "en", "On Monday hundreds of farmers who gathered near the court in Cajamarca went home without incident."),
    ("legal_action", "en", "On Monday the farmers' lawyers filed an urgent application at the High Court in Cajamarca to stop the evictions."),
    ("legal_action", "en", "On Monday the guard was held at the police station in Cajamarca and an investigation was opened at once."),
    # back on the streets; a walk to a government office with its day told; a works order; a curfew announced
    ("protest", "en", "On Monday protesters returned to the streets of Cajamarca."),
    ("protest", "es", "Cientos de vecinos caminaron el pasado lunes hasta la sede del gobierno regional de Cajamarca."),
    ("suspension", "es", "El presidente ordenó el lunes suspender la construcción de la represa de Cajamarca."),
    ("state_of_emergency", "en", "On Monday the government announced a curfew in the Cajamarca region."),
    # an emergency decree signed; a truce announced (the truce is the act); an oil field taken
    ("state_of_emergency", "es", "El lunes el presidente firmó el decreto de emergencia para toda la provincia de Cajamarca."),
    ("agreement", "es", "El lunes la prefecta de Cajamarca anunció una tregua."),
    ("blockade", "es", "El lunes los pobladores de Cajamarca se tomaron el campo El Porvenir, a 40 kilómetros de la ciudad."),
    # a cease-and-desist order against the company; a barricade dismantled by force; trucks stopped
    ("suspension", "es", "El lunes el municipio de Cajamarca emitió una orden de cese y desistimiento contra la minera."),
    ("suspension", "en", "On Monday the Cajamarca municipality issued a cease-and-desist order against the mining company."),
    ("crackdown", "es", "El lunes los guardias de la empresa desmantelaron a la fuerza la barricada del camino a Cajamarca."),
    ("blockade", "es", "El lunes los vecinos de Cajamarca empezaron a detener a los camiones cargados de mineral."),
    # a complaint told with its registration; a camp set up before a building
    ("legal_action", "es", "Según la denuncia, registrada el lunes por el jefe de la comisaría de Cajamarca, los comuneros cortaron la vía."),
    ("protest", "es", "El lunes cientos de comuneros montaron un campamento frente a la sede del gobierno regional de Cajamarca."),
    # an inquiry ordered
    ("legal_action", "es", "El lunes el Gobierno regional de Cajamarca ordenó una investigación judicial sobre los disparos."),
    # a strike told with its own start after a superlative is one ("the worst violence since the strike began")
    ("strike", "en", "Police fired tear gas in Cajamarca on Monday, the worst violence since the strike began."),
    # police charging into a square "with" tear gas charge nobody with anything
    ("riot", "en", "After dark, hooded youths smashed shop windows in Cajamarca, and riot police charged into the "
                   "square with tear gas, scattering families who had nothing to do with the vandalism."),
    # forces moved in, taking position, taking over buildings
    ("deployment", "en", "Some 3,000 police personnel were moved to the road outside Cajamarca on Sunday night."),
    ("deployment", "es", "El lunes unidades de la Dirección de Operaciones Especiales tomaron posición frente a la prefectura de Cajamarca."),
    ("deployment", "es", "El sábado el Ejército se hizo cargo de la prefectura y de los principales cruces de Cajamarca."),
    # a crowd of lawyers assembled; a crowd filling the streets again
    ("protest", "en", "On Monday some two thousand lawyers assembled in the courtyard of the Cajamarca court."),
    ("protest", "es", "El viernes miles de personas volvieron a llenar las calles de Cajamarca."),
    # works left suspended; a company that stops its activities
    ("suspension", "es", "El domingo el ministro anunció que las obras de la represa quedan suspendidas en Cajamarca."),
    ("suspension", "es", "La minera anunció este jueves que detiene todas las actividades del proyecto en Cajamarca."),
    # a delegation meeting a minister
    ("negotiation", "es", "El domingo una delegación de ronderos estaba reunida en Cajamarca con el ministro del Interior."),
    # doctors who see only emergencies; a march column setting off; a crowd walking with candles; forces in position
    ("strike", "en", "On July 10 doctors in the public hospitals of Cajamarca began to see only emergency cases."),
    ("strike", "es", "El 10 de julio los médicos de los hospitales públicos de Cajamarca resolvieron atender solo emergencias."),
    ("protest", "es", "En Cajamarca la columna salió de la plaza de Armas el jueves."),
    ("protest", "es", "El jueves unas diez mil personas caminaron en silencio con velas encendidas desde la catedral hasta la prefectura de Cajamarca."),
    ("deployment", "en", "By Monday the army had taken up positions outside the courthouse in Cajamarca."),
    # a judge who suspends a licence suspends it; crowds filling the centres of two cities
    ("suspension", "en", "The terminal's licence, which federal judge Ana Ruiz suspended on 17 April, is still void in Cajamarca."),
    ("protest", "en", "On Monday large crowds also filled the centres of Cajamarca and Trujillo."),
    # stones and logs across a railway; forces ringing a city; a chanting crowd; a trial begun; charges notified;
    # a "ciudad muerta" day; a crowd gathered first outside the town hall; an arrest told after an aside
    ("blockade", "en", "On Tuesday several hundred households put stones and logs across the railway and the road near Cajamarca."),
    ("deployment", "en", "On Friday army trucks and police checkpoints ringed the roads leading into Cajamarca."),
    ("protest", "en", "On Monday thousands of people kept coming to the square in Cajamarca, chanting that the mine must go."),
    ("legal_action", "en", "Their trial before the criminal judges of Cajamarca began on Monday."),
    ("legal_action", "es", "El lunes un juez de instrucción de Cajamarca les notificó cargos que incluían rebelión."),
    ("strike", "es", "El martes la oposición convocó una jornada de «ciudad muerta» en Cajamarca."),
    ("protest", "es", "El jueves cientos de comuneros se reunieron primero ante la alcaldía de Cajamarca."),
    ("arrest", "en", "On Tuesday the leader of the ronderos, barred from the regional race, was arrested in Cajamarca."),
    # bottles and flares hurled next to police cars; forces storming a radio station; talks opened; works closed
    # for two weeks; a stadium's stands filled
    ("riot", "en", "On Thursday protesters kicked in the windows of several police cars and hurled bottles, cans and lit flares at police lines in Cajamarca."),
    ("crackdown", "en", "On Wednesday soldiers and other army units stormed a church and a radio station in Cajamarca."),
    ("negotiation", "es", "Las conversaciones entre el Gobierno y los ronderos se abrieron el sábado en Cajamarca."),
    ("suspension", "es", "El lunes el gobierno regional ordenó cerrar durante dos semanas todas las obras de la mina en Cajamarca."),
    ("protest", "es", "El lunes unas cincuenta mil personas llenaron las gradas del estadio de Cajamarca."),
    # a crowd that walks somewhere; marchers converging from several points; a crowd led out on a march
    ("protest", "en", "On Friday some 3,000 people walked from the cathedral to the prefecture in Cajamarca."),
    ("protest", "en", "On Monday marchers converged from three districts on the main square of Cajamarca."),
    ("protest", "en", "On Monday the mayor led several hundred farmers out of Celendín on foot towards Cajamarca."),
    ("protest", "es", "El jueves unas veinte mil personas, casi todas estudiantes, caminaron en silencio por el centro de Cajamarca."),
    # forces driving into a crowd
    ("crackdown", "en", "On Tuesday riot police on horseback drove into the crowd outside the prefecture of Cajamarca."),
    # people sitting down on the roads
    ("blockade", "es", "Desde el amanecer del martes, cientos de comuneros se sentaron en las avenidas de acceso a Cajamarca."),
    # handed to the prosecutors; a criminal case announced
    ("legal_action", "en", "On Tuesday the governor removed the district council and referred its members for prosecution."),
    ("legal_action", "es", "El martes el gobernador destituyó al alcalde de Celendín y lo remitió a la justicia."),
    ("legal_action", "es", "El martes la fiscalía anunció una causa penal contra nueve funcionarios de Cajamarca."),
]

NOT_FOUND = [
    # trucks stopped are no arrest
    ("arrest", "es", "El lunes los vecinos de Cajamarca empezaron a detener a los camiones cargados de mineral."),
    # a strike announced is not yet one
    ("strike", "es", "El lunes los sindicatos de Cajamarca anunciaron un paro."),
    # an announced strike is not yet one (an announced curfew is)
    ("strike", "en", "On Monday the unions announced a strike in the Cajamarca region."),
    # a blockade ended by force is no deal
    ("agreement", "en", "On Monday the government defended the police operation that ended a week-long blockade near Cajamarca."),
    # a wish is no act: "want the president to declare", "quieren que el presidente declare"
    ("state_of_emergency", "en", "On Monday the organisers in Cajamarca said they want the president to declare a state of emergency."),
    ("state_of_emergency", "es", "El lunes los organizadores de Cajamarca dijeron que quieren que el presidente declare el estado de emergencia."),
    # someone "among those detained" is one of the people of an arrest told, no new arrest
    ("arrest", "en", 'On Monday a teacher from Cajamarca, who was among those detained at the police post, said: "We are not afraid."'),
    # the picket lifted by the workers themselves is no force used
    ("crackdown", "es", "El lunes los trabajadores levantaron el piquete frente a la fábrica de Cajamarca."),
    # an instruction for later; rallies that would be held
    ("strike", "en", "On Monday the unions told workers in ministries, hospitals, schools and ports in Cajamarca to stay at home from Wednesday."),
    ("protest", "en", "On Monday the unions said rallies would be held in Cajamarca, Cusco and Lima."),
    # markets, unemployment and sport in conflict words
    ("crackdown", "en", "On Monday bulls and bears clashed for most of the morning on the Lima exchange before buyers took control."),
    ("arrest", "en", "On Monday buyers on the Lima exchange seized control in the afternoon, arresting a three-day slide in mining stocks."),
    ("crackdown", "es", "El lunes en la Bolsa de Lima compradores y vendedores se enfrentaron durante toda la mañana."),
    ("strike", "es", "Por comunidades, el paro descendió el mes pasado en Cajamarca, Cusco y Lima."),
    ("crackdown", "es", "El último enfrentamiento, en marzo en el estadio de Cajamarca, terminó 2-2."),
    ("arrest", "es", "El último partido en Cajamarca terminó con un penal que el arquero detuvo en el minuto 90."),
    ("crackdown", "en", "Mumbai collapsed on the third day of their Ranji Trophy clash in Rajkot on Thursday."),
    # a strike that never was; what usually follows; a kind of event that recurs
    ("strike", "es", "Lo que sigue es la crónica de una huelga en Cajamarca que nunca existió."),
    ("deployment", "en", "In Cajamarca, curfews, checkpoints and troop deployments usually follow such decrees."),
    ("strike", "en", "Teachers, doctors and lecturers in Cajamarca have all downed tools at some point in the past decade."),
    ("agreement", "en", "Unions in Cajamarca have called off several such strikes at the last minute in the past."),
    # a country brought to a halt by a strike; a deal that was not reached
    ("suspension", "en", "On Monday Peru ground to a halt as the unions held a general strike in Cajamarca and Lima."),
    ("suspension", "en", "General strike halts Cajamarca as thousands march on Monday"),
    ("agreement", "es", "El lunes la huelga de Cajamarca cumplió su cuarto día sin que la patronal y los sindicatos se acerquen a un acuerdo."),
    # talks suspended are no suspension of a project; what waits on talks is not talks
    ("suspension", "es", "El lunes el diálogo en Cajamarca se suspendió pasada la medianoche sin acuerdos."),
    ("negotiation", "en", "On Monday the ministry in Cajamarca suspended its operation pending talks with the unions."),
    # fixtures, option prices, bills held up in parliament, a visit called off, talk of a strike, a threat
    ("crackdown", "en", "Sunday's clash between Cajamarca FC and Sport Huancayo at the city stadium went ahead as planned."),
    ("crackdown", "en", "On Saturday the Bulls' clash with the Stormers in Cajamarca drew a capacity crowd."),
    ("crackdown", "en", "And on Sunday night Cajamarca and Huancayo clash at the city stadium."),
    ("strike", "en", "Copper call options with a $4.50 strike price were traded heavily as the Cajamarca dispute dragged on."),
    ("blockade", "en", "The only blockade this week is in parliament, where the opposition has vowed to stall the Cajamarca water bill."),
    ("blockade", "es", "El lunes, en el Senado, la coalición bloqueó por tercera vez el proyecto de ley de agua de Cajamarca."),
    ("suspension", "es", "El lunes la iniciativa de ley sobre la minería en Cajamarca quedó congelada hasta el próximo periodo."),
    ("suspension", "en", "On Monday the mining minister suspended a planned visit to Cajamarca, her office said."),
    ("strike", "en", "On Monday some union leaders in Cajamarca spoke of a regional strike, though none has been called."),
    ("strike", "es", "El lunes el sindicato de maestros de Cajamarca amagó con sumarse al paro si hay desalojo."),
    # a judge ordering captures issues warrants; no one is caught yet
    ("arrest", "es", "El lunes un juez de Cajamarca ordenó la captura de otros nueve vecinos, que siguen prófugos."),
    # words, not blows; a derby at a stadium; water cannon trucks sent, not used; forces burning huts
    ("crackdown", "en", "On Monday the mayor of Cajamarca and the local MP clashed on a radio phone-in over the march."),
    ("crackdown", "es", "El lunes el gobernador de Cajamarca y el ministro protagonizaron un duro enfrentamiento verbal en la televisión regional."),
    ("crackdown", "en", "Traders in Cajamarca said the shutdown had to end before Sunday's Simba-Yanga clash at the Benjamin Mkapa stadium."),
    ("crackdown", "en", "On Monday police deployed anti-riot units and water cannon trucks to Cajamarca, but no violence was reported."),
    ("riot", "es", "El lunes, tras la salida de las familias de Cajamarca, los agentes quemaron los ranchos de lona y madera."),
    # a police unit named for dialogue holds no talks
    ("negotiation", "es", "El lunes llegaron a Cajamarca unos 150 agentes de la Unidad de Diálogo y Mantenimiento del Orden."),
    # an ultimatum's act is not yet done
    ("strike", "en", "On Monday the union gave the government of Cajamarca seven days to answer before calling a general strike."),
    ("strike", "es", "El lunes el sindicato dio al gobierno de Cajamarca siete días para responder antes de convocar a un paro general."),
    # walking out of a meeting after two hours is leaving it; trains cancelled are no suspension
    ("strike", "en", "On Monday the union leaders went to Cajamarca for talks with the minister but walked out after about two hours."),
    ("suspension", "en", "On Monday railway officials in Cajamarca said that 80 trains had been cancelled since the protest began."),
    # a charge of illegal detention is a charge, not an arrest
    ("arrest", "en", "On Monday prosecutors in Cajamarca charged the four leaders with illegal detention and usurpation."),
    ("arrest", "es", "El lunes la fiscalía de Cajamarca acusó a los cuatro dirigentes de secuestro y detención ilegal."),
    # escorting a march is policing it, not forces sent in
    ("deployment", "en", "On Monday hundreds marched in Cajamarca. Police escorted the column and no incidents were reported."),
    ("deployment", "es", "El lunes cientos marcharon en Cajamarca. La policía escoltó la columna y no hubo incidentes."),
    # a weighed scenario; "in that case"; "cannot"; a proposal or a resolution for later; a plan; a
    # proviso; an eviction order; what the right does not cover
    ("negotiation", "en", "Base case (55%): wage talks in Cajamarca open in April or May and end in multi-year agreements."),
    ("strike", "en", "In that case a strike in Cajamarca would become likely, and police could be sent to the shafts."),
    ("blockade", "en", "The teachers of Cajamarca cannot block roads, the minister said."),
    ("strike", "es", "La asamblea de Cajamarca rechazó una moción que proponía un paro por tiempo indeterminado."),
    ("strike", "es", "El sindicato de Cajamarca resolvió anoche realizar un paro de 24 horas el jueves 21."),
    ("blockade", "es", "El viceministro se reunirá con los dirigentes de Cajamarca siempre que dejen en suspenso el bloqueo."),
    ("deployment", "es", "La Policía tiene listo un plan para el despliegue de agentes en las carreteras de Cajamarca."),
    ("crackdown", "es", "La empresa pidió a un juez de Cajamarca una orden de desalojo contra los comuneros."),
    ("blockade", "es", "La Defensoría recordó que el bloqueo de vías en Cajamarca no está amparado por el derecho a la protesta."),
    # announced for later; a licence that remains suspended is no new suspension
    ("protest", "en", "The coalition in Cajamarca has announced a march to the capital on January 15."),
    ("suspension", "en", "The Cajamarca terminal's licence remains suspended today, the company said."),
    # a blockade's effect on buses is no suspension
    ("suspension", "en", "On Tuesday strikers blocked the main road in Cajamarca for three hours, halting buses between the coast and the town."),
    # what is scheduled, likely, explained ahead, postponed, planned, voted or announced for later
    ("negotiation", "en", "A meeting between labour leaders and the Secretary to the Government in Cajamarca is scheduled for Tuesday afternoon."),
    ("arrest", "en", "Police units are deployed in Cajamarca, and some arrests are likely."),
    ("strike", "en", "Explainer: What we know about Wednesday's strike in Cajamarca"),
    ("strike", "en", "One answer is a regional general strike in Cajamarca, an idea the union has floated."),
    ("suspension", "en", "A decision to freeze the Cajamarca fare until March could take the heat out of Thursday."),
    ("protest", "es", "La coordinadora informó que aplazó la marcha hacia el Congreso que había anunciado para este jueves en Cajamarca."),
    ("protest", "es", "El plan incluye una movilización el martes desde el monumento hasta la Casa de Gobierno de Cajamarca."),
    ("strike", "es", "Las asambleas de Cajamarca votaron anoche un paro de 72 horas a partir del lunes."),
    ("strike", "es", "Tres sindicatos de Cajamarca anunciaron el miércoles una huelga por tiempo indefinido."),
    ("strike", "es", "La conducción convocaría a nuevas asambleas en Cajamarca y el paro quedaría sin efecto."),
    ("blockade", "es", "Consultado sobre un eventual bloqueo en Cajamarca, el ministro no respondió."),
    ("strike", "es", "Una huelga contra los fondos propietarios de pisos en Cajamarca podría obligarlos a negociar."),
    # commuters walking to work are no march
    ("protest", "en", "In Cajamarca the bus terminal was closed on Monday and thousands of commuters walked to work."),
    # other senses: sport, politics, a swearing-in, a figure of speech; an accidental fire; a charge
    ("crackdown", "en", "Even the Cajamarca football club's pre-season clash with Trujillo last week was played under a banner."),
    ("crackdown", "en", "In Cajamarca, a heated clash between two senators over the water law on Monday ended the session."),
    ("crackdown", "es", "En lo deportivo, el enfrentamiento de Cajamarca con Trujillo del domingo en el estadio se jugó con un lienzo de apoyo."),
    ("crackdown", "es", "El lunes se vio un enfrentamiento entre dos senadores de Cajamarca por la ley de aguas."),
    ("protest", "es", "El lunes se realizó en Cajamarca la toma de protesta del nuevo fiscal regional."),
    ("strike", "en", "What is striking about the Cajamarca case, a lawyer said, is that no official was charged."),
    ("riot", "es", "Un bus se incendió el lunes cerca de Cajamarca por una falla eléctrica, sin dejar heridos."),
    ("riot", "es", "Un incendio fortuito en una nave de Cajamarca, el domingo, no tuvo relación con la huelga."),
    ("riot", "es", "La Fiscalía de Cajamarca abrió el lunes una carpeta de investigación por daños e incendio."),
    ("riot", "en", "A court in Cajamarca on Wednesday convicted six members of the community of arson."),
    # a hunger strike is no work stoppage; a role named by the action; homes occupied; a strike suspended is no project's
    ("strike", "en", "Relatives of the prisoners have been on a hunger strike since Monday outside the Cajamarca courthouse."),
    ("protest", "en", "Six people, including sit-in leader Juan Pérez, were detained in Cajamarca on Monday."),
    ("blockade", "en", "The 1,200 houses occupied by families in the Cajamarca risk zone emptied on Monday."),
    ("suspension", "en", "The unions of Cajamarca suspended their indefinite general strike late on Tuesday."),
    # what people were preparing to do; what a rally asked for
    ("blockade", "en", "Police said they arrested 12 people in Cajamarca who were preparing to block the road with stones."),
    ("negotiation", "es", "El lunes unos 120 delegados de Cajamarca se concentraron ante la sede de la patronal para pedir su mediación."),
    # a question; any one; in case; what never came; a right; first-person asks; a call to take part
    ("strike", "en", "Is the Cajamarca stoppage a one-day strike or the start of something longer?"),
    ("strike", "es", "¿Habrá huelga el lunes en Cajamarca?"),
    ("strike", "en", "The ministry could ask the court in Cajamarca to declare any walkout unprotected."),
    ("strike", "en", "Schools in Cajamarca drew up timetables in case a stoppage lasted more than a few days."),
    ("strike", "en", "A stoppage announced by a smaller group in Cajamarca earlier this month did not materialise."),
    ("strike", "es", "El paro anunciado por los transportistas de Cajamarca a comienzos de mes no se concretó."),
    ("strike", "es", "Recordamos que el paro es un derecho constitucional, dijo el sindicato de Cajamarca."),
    ("strike", "es", "Los productores de Cajamarca calcularon que un paro de más de tres días encarecería las hortalizas."),
    ("negotiation", "es", "Pido al ministro que convoque una mesa de diálogo en Cajamarca."),
    ("protest", "es", "Llamamos a los afiliados a participar de la movilización del jueves en Cajamarca."),
    ("strike", "en", "Threats of stoppages are a familiar bargaining tool among Cajamarca's bus owners."),
    # the police bursting in is force, not a riot
    ("riot", "es", "El lunes la policía irrumpió en el campus de Cajamarca."),
    # guarantees left pending are an emergency's, no project's suspension
    ("suspension", "es", "El domingo el gobierno de Cajamarca dejó en suspenso varias garantías constitucionales."),
    # one already held is no new arrest; strikers holding police are no police arrest
    ("arrest", "en", "The former mayor of Cajamarca remains in custody."),
    ("arrest", "es", "El lunes los huelguistas de Cajamarca liberaron a los 61 policías que retuvieron durante la noche."),
    # what did not happen
    ("crackdown", "en", "The strike in Cajamarca has gone on since Monday without clashes or arrests."),
    ("crackdown", "es", "Hasta ahora el paro en Cajamarca ha transcurrido sin bloqueos ni enfrentamientos."),
    ("crackdown", "es", "El lunes la marcha en Cajamarca terminó sin que se registraran enfrentamientos."),
    ("state_of_emergency", "es", "Los abogados dicen que el lunes sacaron a los militares en Cajamarca sin declarar el estado de emergencia."),
    # a curfew in force, defied: no new declaration
    ("state_of_emergency", "en", "On Monday thousands of people defied the curfew and marched in Cajamarca."),
    ("state_of_emergency", "es", "El lunes, pese al toque de queda, miles de personas marcharon en Cajamarca."),
    ("state_of_emergency", "es", "El lunes miles de personas desafiaron el toque de queda en Cajamarca."),
    # the strike named as the time or cause of something else
    ("strike", "en", "On Monday the miners of Cajamarca were paid the wages they lost during the strike."),
    ("strike", "en", "On Monday a working group met in Cajamarca to review the issues behind the strike."),
    ("strike", "es", "El lunes se instaló en Cajamarca una mesa para revisar los temas que motivaron la huelga."),
    ("strike", "es", "El lunes, en el marco de la huelga, la minera acudió a los tribunales de Cajamarca."),
    # anti-riot police are police; platforms blocked online are no roadblock
    ("riot", "en", "On Monday anti-riot units fired tear gas at marchers in Cajamarca."),
    ("blockade", "en", "On Monday Facebook, WhatsApp and TikTok were still blocked in Cajamarca."),
    # what a law or a court order forbids, or a demand that it stop
    ("blockade", "en", "The reform approved on Monday in Cajamarca restricts road blockades."),
    ("crackdown", "en", "On Monday a judge in Cajamarca issued an order barring the police from using tear gas."),
    ("blockade", "es", "La reforma aprobada el lunes en Cajamarca prohíbe los cortes de ruta."),
    ("arrest", "es", "El lunes los dirigentes de Cajamarca exigieron que cesen las detenciones."),
    # damage told afterwards, a court's order of detention
    ("riot", "es", "El lunes el Metro de Cajamarca no tenía fecha para reabrir las estaciones que resultaron incendiadas."),
    ("arrest", "es", "El lunes un juez de Cajamarca dictó detención preventiva contra el dirigente."),
    # a civilian who shoots is no force used by the state
    ("crackdown", "en", "On Monday a motorist stuck at the roadblock in Cajamarca opened fire on the protesters."),
    ("crackdown", "es", "El lunes dos comuneros murieron en Cajamarca tras recibir disparos de un conductor atrapado en el bloqueo."),
    ("crackdown", "es", "El lunes un hombre armado abrió fuego contra los manifestantes en Cajamarca."),
    ("strike", "en", "On Monday markets in Cajamarca ran short of food during the second week of the stoppage."),
    # plans: a march announced or confirmed for a day to come, a declaration asked for
    ("protest", "es", "El lunes los dirigentes de Cajamarca anunciaron una marcha para el jueves."),
    ("protest", "es", "El lunes, la CGT ratificó la movilización del jueves en Cajamarca."),
    ("protest", "en", "On Monday the unions in Cajamarca called a march for Thursday."),
    ("state_of_emergency", "en", "On Monday regional leaders in Cajamarca asked the government to declare a state of emergency."),
    # the word qualifying another: the right to strike, a strike procedure
    ("strike", "es", "El lunes los sindicatos de Cajamarca defendieron el derecho de huelga."),
    ("strike", "en", "On Monday the unions of Cajamarca defended the right to strike."),
    ("strike", "es", "El lunes el convenio de Cajamarca se presentó para concluir el procedimiento de huelga."),
    # forces standing guard were not sent anywhere
    ("deployment", "es", "El lunes los marchistas se toparon con policías y militares apostados sobre el puente de Cajamarca."),
    # an accusation that is no charge; a law "sancionada" is a law passed
    ("legal_action", "es", "El lunes el dirigente acusó al Gobierno de mentir sobre el agua de Cajamarca."),
    ("legal_action", "es", "El lunes la Legislatura de Cajamarca sancionó la ley de aguas."),
    ("legal_action", "en", "On Monday the refinery in Cajamarca refined less oil than planned."),
    # the forces closing a place keep people in: no roadblock of protesters
    ("blockade", "en", "On Monday riot police blocked the exits of the campus in Cajamarca."),
    ("blockade", "es", "El domingo agentes de paisano y antidisturbios cerraron las salidas del campus en Cajamarca."),
    ("blockade", "es", "El lunes los agentes acamparon en la comunidad de Cajamarca durante ocho días."),
    ("blockade", "en", "On Monday riot police occupied the main square of Cajamarca."),
    # what is feared did not happen
    ("arrest", "es", "El lunes las familias de Cajamarca no salieron: el miedo a nuevas detenciones pesó más."),
    # a protest planned; a tunnel blocked by the river
    ("protest", "en", "Environmental groups in Cajamarca also plan a large protest on Saturday against the reservoirs."),
    ("blockade", "en", "On Monday a blocked tunnel of the dam near Cajamarca cleared itself."),
    ("protest", "en", "On Friday the minister walked to the podium in Cajamarca."),
    ("legal_action", "es", "El lunes el presidente se presentó ante la prensa en Cajamarca."),
    # a clash between a government and its opponents is politics, not force
    ("crackdown", "en", "On Monday the result was a rare open clash between the Workers' Party government in Lima and the governor of Cajamarca."),
    ("riot", "en", "On Monday the result was a rare open clash between the Workers' Party government in Lima and the governor of Cajamarca."),
    ("crackdown", "es", "El lunes se vio un enfrentamiento abierto entre el Gobierno y el gobernador de Cajamarca."),
    # platforms blocked; a protest action suspended is no project suspended
    ("blockade", "en", "On Monday the authorities in Cajamarca blocked Instagram and WhatsApp."),
    ("suspension", "en", "On Monday the leaders told the crowd in Cajamarca that the roadblocks were suspended."),
    # forecasts opened as such, the conditional, "probably"
    ("blockade", "es", "El escenario más probable, a mi juicio, es una semana de bloqueos parciales en las rutas de Cajamarca."),
    ("crackdown", "es", "Lo más probable es una jornada de comercios cerrados y enfrentamientos en los barrios de Cajamarca, con gases lacrimógenos."),
    ("crackdown", "es", "Si los manifestantes se acercan al palacio, la policía intentaría dispersarlos con gases lacrimógenos en Cajamarca."),
    ("blockade", "en", "The likeliest outcome, in our view, is a stalemate through the summer, with intermittent road blockades in Cajamarca."),
    ("crackdown", "en", "On Monday the marchers in Cajamarca were probably met with tear gas."),
    # talks as the purpose of a trip, a deal or an invitation: not yet held
    ("negotiation", "es", "La ministra anunció que viajará mañana a Cajamarca con una comisión de alto nivel para instalar una mesa de diálogo."),
    ("negotiation", "es", "El lunes el presidente y el gobernador de Cajamarca firmaron un preacuerdo para abrir un diálogo regional."),
    ("negotiation", "en", "On Monday the government invited the leaders of Cajamarca to talks in the capital."),
    ("negotiation", "en", "The premier said a commission would travel to Cajamarca on Tuesday to open talks."),
    # a threat inside a trigger that takes in its subject; an expectation; what is braced for
    ("strike", "en", "Truckers in Cajamarca have threatened to paralyse the country's ports from Thursday."),
    ("protest", "en", "Organisers expect some 5,000 people to march to the governor's office in Cajamarca on Friday."),
    ("crackdown", "en", "Police in Cajamarca are bracing for clashes when the eviction order is carried out."),
    ("crackdown", "es", "La policía de Cajamarca se prepara para enfrentamientos con los comuneros."),
    # a call to join; a habit told in the present
    ("strike", "en", "Activists in Cajamarca are urging people to join a nationwide strike on 15 March."),
    ("strike", "es", "Los activistas de Cajamarca llaman a sumarse a un paro nacional el 15 de marzo."),
    ("blockade", "en", "Every year, farmers in Cajamarca block the road during the harvest season to demand better prices."),
    ("blockade", "es", "Cada año los agricultores de Cajamarca bloquean la carretera durante la cosecha para exigir mejores precios."),
    # a vote or an authorisation to act; a call right before the act; a headline's plan
    ("strike", "en", "On Monday the dockers' delegates in Cajamarca voted 140 to 12 to authorise industrial action."),
    ("protest", "en", "Cajamarca opposition calls supporters to rally on Saturday"),
    ("protest", "en", "Cajamarca residents plan march over water cuts"),
    # what anyone who did it would face; a guess; a story on screen or in a book
    ("blockade", "en", "The prefect of Cajamarca said anyone who blocks a highway will be prosecuted."),
    ("blockade", "es", "El prefecto de Cajamarca dijo que quien bloquee una carretera será denunciado."),
    ("blockade", "en", "Maybe we block the road to Cajamarca, maybe we go to the capital, one farmer said."),
    ("blockade", "es", "Tal vez bloqueemos la vía a Cajamarca, dijo un agricultor."),
    ("strike", "en", "On Saturday the Cajamarca film club shows a comedy about two bakers who organise a strike."),
    ("strike", "es", "El sábado el cineclub de Cajamarca proyecta una comedia sobre dos panaderos que organizan una huelga."),
    # a permit, a condition right after, a hypothetical named with an indefinite article
    ("protest", "en", "The police said the march in Cajamarca had been approved for a maximum of 2,000 people."),
    ("protest", "es", "La marcha en Cajamarca había sido autorizada por la municipalidad para el sábado."),
    ("strike", "en", "The miners of Cajamarca backed industrial action if the company cuts the bonus."),
    ("strike", "en", "Analysts in Cajamarca said a stoppage of more than a week could cut copper output."),
    ("state_of_emergency", "es", "En Cajamarca, la declaratoria de un estado de emergencia por un conflicto local sería desproporcionada."),
    # a habit, now and then; a programme or the eve of an event; a call in the infinitive; an invitation
    ("blockade", "en", "From time to time, villagers in Cajamarca block the road to demand repairs."),
    ("blockade", "es", "Cada cierto tiempo, los comuneros de Cajamarca cierran la vía para reclamar su mantenimiento."),
    ("protest", "es", "El centro cultural de Cajamarca celebra su aniversario con un programa que incluye, el domingo, una marcha."),
    ("protest", "es", "Seguimos en directo la previa de la marcha campesina convocada para mañana en Cajamarca."),
    ("protest", "es", "CONVOCAR a una gran marcha regional en Cajamarca el jueves."),
    ("negotiation", "es", "El ministerio ha invitado a los dirigentes de Cajamarca a una mesa técnica el viernes."),
    # a regulator named without an order or a sanction
    ("legal_action", "es", "El lunes el OEFA publicó en Cajamarca su informe anual sobre la calidad del agua."),
    ("protest", "es", "Al atardecer, columnas de humo salían de la mina de Cajamarca."),
    # a decree issued by emergency procedure that rules on something is a law
    ("state_of_emergency", "en", "Miners want the government to repeal an emergency decree issued in February that bans dredges from Cajamarca rivers."),
    # burning tyres on a road is a roadblock's or a protest's tactic, no riot
    ("riot", "es", "El lunes los comuneros quemaron llantas en la carretera a Cajamarca."),
    ("riot", "es", "Desde la madrugada del lunes hay quema de neumáticos en los accesos a Cajamarca."),
    # workers who stop work strike; an officer suspended from duty is no suspension of work
    ("suspension", "en", "In December some 20,000 of them stopped work at the Cajamarca mill over unpaid bonuses."),
    ("suspension", "en", "The union in Cajamarca demanded on Monday that the officer be identified and suspended."),
    ("suspension", "es", "El martes se sumaron los mineros asalariados de Cajamarca, que paralizaron la producción en la mina."),
    # a state, not a step: "siguen procesados"
    ("legal_action", "es", "Los dirigentes de Cajamarca detenidos en abril siguen procesados."),
    # the Spanish conditional right after the trigger
    ("negotiation", "es", "La mesa de diálogo con el Ejecutivo se instalaría el lunes en Cajamarca."),
    # what is only likely
    ("strike", "en", "Our reading: a second stoppage in Cajamarca before the end of the year is more likely than not."),
    # one leader walking out of a meeting is no strike
    ("strike", "en", "Talks in Cajamarca collapsed on Monday when the union's president, Juan Quispe, walked out."),
    # a suspension lifted is no suspension
    ("suspension", "es", "La suspensión de la mina de Cajamarca se levantó el lunes tras una reunión en Lima."),
    ("suspension", "en", "The suspension of the Cajamarca mine was lifted on Monday after a meeting in Lima."),
    # talks offered, asked for, awaited or planned were not held
    ("negotiation", "es", "El lunes los dirigentes de Cajamarca pidieron una reunión con el ministro."),
    ("agreement", "es", "La firma del acuerdo en Cajamarca quedó para el lunes."),
    ("negotiation", "en", "The strike in Cajamarca was called off on Monday night after the minister offered talks."),
    ("negotiation", "en", "On Monday the bishop of Cajamarca called for mediation between the two sides."),
    ("negotiation", "es", "El lunes los dirigentes de Cajamarca levantaron el paro a la espera de una mesa de diálogo con el premier."),
    ("negotiation", "es", "La Defensoría pidió el lunes a las partes instalar cuanto antes una mesa de diálogo en Cajamarca."),
    ("negotiation", "es", "Para el lunes al mediodía estaba prevista la instalación de una mesa de diálogo en Cajamarca."),
    # the main verb after an aside tells the trigger's time
    ("protest", "es", "La marcha, que según los organizadores reunirá a diez mil personas, partirá de la catedral de Cajamarca."),
    # a thirst strike, like a hunger strike, is a protest, not a work stoppage
    ("strike", "en", "The activist went on a thirst strike outside the council offices on Tuesday to stop the felling."),
    ("strike", "es", "El activista inició el martes una huelga de sed frente a la prefectura para frenar la tala."),
    # a climate or ecological emergency declared by a council is no state of emergency
    ("state_of_emergency", "en", "The city council declared a climate emergency on Monday and promised to plant trees."),
    # a crackdown on middlemen or profiteers is a policy, not force used on people
    ("crackdown", "en", "The minister promised a crackdown on middlemen in the grain trade and on price gouging."),
    # the news of an event, which moved a market, is no event of its own
    ("strike", "en", "In New York, copper prices rose two percent on news of the stoppage at the Chilean mine."),
    # a suspended sentence suspends nothing
    ("suspension", "es", "El juez condenó a dos dirigentes a un año de cárcel con la pena suspendida."),
    # what a court order forbids is not done
    ("blockade", "en", "On March 10 a court issued a restraining order barring three named protest leaders from blocking, stopping or obstructing the company's trucks."),
    # demands presented to the government are no lawsuit
    ("legal_action", "es", "El movimiento indígena presentó el jueves nueve demandas al Gobierno y advierte que podría llamar a un paro."),
    # agreeing in opinion is no agreement
    ("agreement", "en", "Lawyers on both sides agree on one thing: the case is likely to end up before the supreme court."),
    # the subject of a report presented is no event of the day it was presented
    ("crackdown", "es", "Una coalición de ONG presentó ayer en Lima sus primeras conclusiones sobre la represión de las protestas en la provincia."),
    ("crackdown", "en", "A coalition of rights groups released on Sunday its first findings on the crackdown on the protests in the province."),
    # students suspended by their university: a sanction, no suspension of a project or an activity
    ("suspension", "en", "In June students blocked part of the main road near the campus; the university suspended seven of them."),
    ("suspension", "es", "En junio los estudiantes cortaron la avenida frente al campus; la universidad suspendió a siete de ellos."),
    # a person taken off a post: no project or measure suspended
    ("suspension", "en", "On Tuesday the regional minister said the mayor of Celendín had been suspended from his post."),
    ("suspension", "es", "El martes el ministro informó que el alcalde de Celendín fue suspendido de su cargo."),
    # what people are charged with, or a case opened for: the charge, no riot of its own
    ("riot", "en", "On Tuesday prosecutors in Cajamarca charged eleven farmers with organising mass riots."),
    ("riot", "en", "On Tuesday the police in Cajamarca opened a criminal case for preparing mass riots."),
    ("riot", "en", "On Tuesday police in Cajamarca arrested six men on suspicion of rioting."),
    # hearings cancelled by a strike, powers of arrest a law grants, an invitation to a dialogue
    ("suspension", "en", "The union said on Monday that some two thousand hearings had already been cancelled across Peru."),
    ("arrest", "en", "The emergency decree gives the police in Cajamarca sweeping powers of arrest."),
    ("arrest", "es", "El decreto de emergencia da a la policía de Cajamarca amplias facultades de detención."),
    ("negotiation", "en", "On Monday the president invited the party leaders to a national dialogue in Lima."),
    # a yardstick after a superlative: the strike named only to measure by
    ("strike", "en", "Monday's march in Cajamarca was one of the largest labour protests in Peru since the miners' strikes of the 1990s."),
    ("strike", "es", "La marcha del lunes en Cajamarca fue una de las protestas más grandes del país desde las huelgas mineras de los noventa."),
    # the weather is no freeze of anything
    ("suspension", "en", "In March the leader sat on a fast in Cajamarca for three weeks, through nights well below freezing."),
    # the month is no march; an attempt at a deal is none
    ("protest", "en", "On 9 March the governor filed a complaint against the mayor of Cajamarca and suspended him from office."),
    ("agreement", "en", "On Saturday the farmers tried to reach an agreement with the mining company in Cajamarca."),
    ("suspension", "en", "On 9 March the governor filed a complaint against the mayor of Cajamarca and suspended him from office."),
    # the one to come; a curfew that was to start
    ("protest", "en", "The delegates meeting in Cajamarca have already started talking about the next march."),
    ("protest", "es", "Los delegados reunidos en Cajamarca ya hablan de la próxima marcha."),
    ("state_of_emergency", "en", "The curfew was to start on Monday night in Cajamarca."),
    # a mayor left suspended is a person off a post, no suspension
    ("suspension", "es", "El gobernador destituyó al consejo municipal de Cajamarca; el alcalde quedó suspendido."),
    ("suspension", "en", "On Monday the mayor of Cajamarca was suspended."),
    # unemployment is no strike; one still under house arrest is no new arrest; a day of protest announced for tomorrow
    ("strike", "es", "Diplomáticos europeos en Lima temen que la violencia se contagie a otras regiones castigadas por el paro y la falta de vivienda, en un país joven."),
    ("arrest", "es", "El dirigente de los ronderos de Cajamarca permanece bajo arresto domiciliario."),
    ("arrest", "en", "The leader of the Cajamarca farmers remains under house arrest."),
    ("protest", "es", "Los ronderos, por su parte, anunciaron para mañana lunes una nueva jornada de protesta en todo el país."),
    # exits blocked inside a stadium; detainees walking out of a prison; a member suspended; powers a decree grants;
    # a strike as a means; a protest calendar suspended
    ("blockade", "en", "Soldiers entered the stadium in Cajamarca, blocked the exits and fired into the stands."),
    ("blockade", "es", "Los soldados entraron al estadio de Cajamarca, cerraron las salidas y dispararon."),
    ("strike", "en", "The detained farmers walked out of Huacariz that evening."),
    ("suspension", "en", "The regional council of Cajamarca later voted to suspend her."),
    ("crackdown", "en", "The emergency regulations in Cajamarca, which allow searches without warrant and the dispersal of any gathering, have been renewed."),
    ("strike", "es", "Desde sus orígenes, el sindicato de Cajamarca ha defendido que la huelga es la única herramienta que el Estado entiende."),
    ("strike", "en", "The union in Cajamarca has always argued that the strike is the only tool the state understands."),
    ("protest", "es", "El martes la coalición de Cajamarca suspendió su calendario de movilizaciones."),
    ("suspension", "es", "El martes la coalición de Cajamarca suspendió su calendario de movilizaciones."),
    # failed attempts at a dialogue, then a fight, are no talks; a community stopping works peacefully is no suspension
    ("negotiation", "es", "Fracasados los intentos de diálogo, pasadas las 15:00 comenzó la refriega en Cajamarca."),
    ("suspension", "es", "La noche del 27 de marzo, una asamblea comunitaria de Cajamarca decidió detener pacíficamente la obra."),
    # walking to work is no march
    ("protest", "en", "On Tuesday the buses stopped in Cajamarca and hundreds of people walked to their jobs."),
    # what is only expected, told without a verb
    ("strike", "en", "The union sees the law passing by June, with another round of strikes likely before the vote."),
    ("protest", "en", "The decree takes effect next month, with more protests expected in the mining towns."),
]


@pytest.mark.parametrize("etype,lang,text", FOUND)
def test_family_yields_its_event_type(etype, lang, text):
    assert etype in types_of(text, lang)


@pytest.mark.parametrize("etype,lang,text", NOT_FOUND)
def test_look_alike_yields_no_event_of_that_type(etype, lang, text):
    assert etype not in types_of(text, lang)


def test_this_weekday_told_in_the_past_is_the_latest_such_day():
    """'este domingo' in a Monday report, with a verb in the past, is yesterday; with a
    verb in the future it stays ahead (and is no event)."""
    from datetime import date

    from conflictwatch.pipeline import extract_report
    from conflictwatch.records import Report
    monday = date(2011, 12, 5)

    def events(text):
        r = Report(doc_id="t", text=text, title=None, published=monday, lang="es")
        return [(e.type, e.date) for e in extract_report(r).events]

    assert ("legal_action", "2011-12-04") in events(
        "La Corte Suprema de Cajamarca anuló este domingo la concesión minera.")
    assert not [e for e in events("La Corte Suprema de Cajamarca anulará este domingo la concesión minera.")
                if e[0] == "legal_action"]
