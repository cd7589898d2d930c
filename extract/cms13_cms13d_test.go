package extract

import (
	"strings"
	"testing"
)

// cms13dCase is a whole invented page in the stock template of one
// family of the regional and national press of the French-, Portuguese-,
// Spanish- and Italian-speaking world outside the families earlier rounds
// covered: Québec, francophone Belgium and Switzerland, Italian-speaking
// Switzerland, Senegal, Morocco, Portugal, Cape Verde, Mexico, Colombia,
// Peru, Catalan, Galician and Basque papers, Sicily. It carries the local
// conventions ("(Québec)", "CIUDAD DE MÉXICO (apro).-", "Tambacounda, 5
// mars (ASI) –", "di X", "Pubblicato il … - Aggiornato alle …", "Ph. X",
// "(Keystone)", "(Foto Ansa)", "Actualizado el … a las …") and is checked
// on every field at once. dateline "-" wants none, "" leaves it
// unchecked; captions, credits and bullets are checked when set (each
// want contained in some item; bullets as many).
type cms13dCase struct {
	cmsCase
	dateline string
	captions []string
	credits  []string
	bullets  []string
}

var cms13dCases = []cms13dCase{
	{cmsCase: cmsCase{file: "cms13d-qc-daily.html", headline: "Le tramway de Québec obtient le feu vert d'Ottawa",
		authors: []string{"Marie-Ève Tremblay-Lussier"}, published: "2024-03-05",
		body:   []string{"Après des mois d'incertitude, Ottawa a confirmé mardi", "Le coût total du projet est désormais estimé", "C'est une journée historique pour la capitale", "Une trentaine de stations sont prévues", "La mise en service commerciale est prévue pour 2029."},
		chrome: []string{"Publicité", "À lire aussi", "Troisième lien", "Sujets", "Journaliste au bureau de Québec", "Infolettre", "Enfin! Ça fait quinze ans", "Les plus lus", "Pont Pierre-Laporte", "la facture grimpe encore", "Tous droits réservés", "témoins", "Verglas", "PHOTO ", "ILLUSTRATION FOURNIE", "Publié à", "Mis à jour", "Le maire de Québec et le ministre"}},
		dateline: "Québec",
		captions: []string{"Le tracé du tramway traversera la colline Parlementaire", "Le maire de Québec et le ministre fédéral lors de l'annonce"},
		credits:  []string{"ILLUSTRATION FOURNIE PAR LA VILLE DE QUÉBEC", "ÉTIENNE RANGER-BOISVERT, LA VOIX DE L'ESTUAIRE"}},
	{cmsCase: cmsCase{file: "cms13d-be-fr-daily.html", headline: "Bruxelles: la zone de basses émissions sera étendue aux camionnettes diesel Euro 5",
		authors: []string{"Xavier Delvaux", "Amélie Vanderborght"}, published: "2024-03-05",
		body:   []string{"Les camionnettes diesel de norme Euro 5 ne pourront plus circuler", "environ 28.000 véhicules utilitaires", "Nous avons donné trois ans de visibilité", "largement insuffisante", "La Wallonie, elle, a suspendu son propre calendrier"},
		chrome: []string{"Publicité", "À lire aussi", "Good Move", "Sur le même sujet", "newsletter", "Et les bus de la STIB", "Les plus lus", "Anderlecht confirme", "tunnel Léopold", "Tous droits réservés", "cookies", "Grève à la SNCB", "©Belga", "Flémal", "Publié le", "min de lecture", "Un artisan charge sa camionnette"}},
		dateline: "-",
		captions: []string{"Un panneau signale l'entrée de la zone de basses émissions", "Un artisan charge sa camionnette à Anderlecht."},
		credits:  []string{"Belga", "Jean-Luc Flémal-Dury"}},
	{cmsCase: cmsCase{file: "cms13d-ch-fr-daily.html", headline: "Lausanne: le m3 prend encore deux ans de retard",
		authors: []string{"Chloé Dubuis-Rochat"}, published: "2024-03-05",
		body:   []string{"Le Conseil d'État vaudois a annoncé mardi un nouveau report", "des poches de molasse", "Nous préférons être transparents maintenant", "contre 970 millions lors du vote de 2018", "Les travaux de la station Grancy débuteront malgré tout en septembre."},
		chrome: []string{"Publicité", "Lire aussi", "Le m2 saturé", "est journaliste à la rubrique Vaud", "Vous avez trouvé une erreur", "Newsletter", "commentaires", "Les plus lus", "Le LHC se qualifie", "Les tl augmentent", "Tous droits réservés", "cookies", "Avalanche aux Diablerets", "KEYSTONE", "Infographie", "Publié:", "En bref", "Le tracé prévu entre la gare"}},
		dateline: "-",
		captions: []string{"Le chantier de la future station Lausanne-Flon, en février.", "Le tracé prévu entre la gare et la Blécherette."},
		credits:  []string{"KEYSTONE/Laurent Gillieron-Favre", "Mathieu Pellet-Aubry"},
		bullets:  []string{"La mise en service du m3 est repoussée à 2033.", "Le coût total atteint 1,2 milliard de francs.", "Le Grand Conseil devra voter un crédit complémentaire."}},
	{cmsCase: cmsCase{file: "cms13d-ch-it-ticino.html", headline: "Bellinzona, il nuovo ospedale costerà 80 milioni in più",
		authors: []string{"Giulia Bernasconi"}, published: "2024-03-05",
		body:   []string{"Il nuovo ospedale regionale di Bellinzona costerà 80 milioni", "all'adeguamento alle nuove norme antisismiche", "Non possiamo permetterci di rinviare ancora", "I partiti di minoranza chiedono un audit esterno", "I lavori preparatori inizieranno già quest'estate"},
		chrome: []string{"Pubblicità", "Leggi anche", "Pronto soccorso, attese", "Argomenti:", "La newsletter del mattino", "Come sempre i costi", "I più letti", "Polo sportivo", "L'EOC assume", "Tutti i diritti riservati", "cookie", "Incidente sulla A2", "Ti-Press", "Keystone", "Pubblicato il", "La conferenza stampa dell'Ente"}},
		dateline: "-",
		captions: []string{"Il sedime dell'attuale ospedale San Giovanni", "La conferenza stampa dell'Ente ospedaliero a Bellinzona."},
		credits:  []string{"Ti-Press/Samuel Golay-Ferrari", "Keystone"}},
	{cmsCase: cmsCase{file: "cms13d-sn-aps.html", headline: "Tambacounda : 12 000 hectares de terres restaurées grâce au programme de la Grande Muraille verte",
		authors: []string{"ASI"}, published: "2024-03-05",
		body:   []string{"Tambacounda, 5 mars (ASI) – Quelque 12 000 hectares de terres dégradées", "plus de 3,5 millions de plants d'acacia", "Le taux de survie des plants atteint désormais 68 %", "Des comités de lutte seront installés dans 40 villages.", "Le gouverneur de la région a promis un appui logistique"},
		chrome: []string{"BK/AB/OID", "Publicité", "À lire aussi", "Kédougou", "Tags:", "Agence nationale de presse", "Articles similaires", "Matam", "Laisser un commentaire", "Les plus lus", "Dakar : le BRT", "Tous droits réservés", "cookies", "Bac 2024", "Photo : ASI", "Partager sur"}},
		dateline: "Tambacounda",
		captions: []string{"Des femmes d'un groupement villageois arrosent de jeunes plants à Koussanar."},
		credits:  []string{"ASI"}},
	{cmsCase: cmsCase{file: "cms13d-ma-portal.html", headline: "Casablanca : la ligne 3 du tramway dépasse les 100.000 voyageurs par jour",
		authors: []string{"Yassine Benkirane"}, published: "2024-03-05",
		body:   []string{"La fréquentation de la ligne 3 du tramway de Casablanca a dépassé", "Les rames circulent toutes les huit minutes", "Nous avons dépassé nos prévisions de 15%", "zones industrielles d'Aïn Sebaâ", "La ligne 4, en construction, doit entrer en service en 2025."},
		chrome: []string{"Publicité", "Lire aussi", "Busway", "Mots-clés", "Bravo mais il faut plus de rames", "Les plus lus", "Inflation : le rythme", "Rabat-Salé", "Newsletter", "Tous droits réservés", "cookies", "Conseil de gouvernement", "vues", "Ph. Saouri"}},
		dateline: "-",
		captions: []string{"La ligne 3 relie la gare Casa-Voyageurs au quartier Sidi Bernoussi."},
		credits:  []string{"Saouri-Berrada"}},
	{cmsCase: cmsCase{file: "cms13d-pt-daily.html", headline: "Metro do Porto: linha Rubi só abre em 2027 e custa mais 60 milhões",
		authors: []string{"Joana Malheiro Cardoso", "Tiago Sá Pereira"}, published: "2024-03-05",
		body:   []string{"A linha Rubi do Metro do Porto, que vai ligar a Casa da Música", "numa audição na comissão parlamentar", "Não vamos comprometer a segurança para ganhar três meses", "O custo total da linha passa assim para 435 milhões", "A linha Rubi terá oito estações e 6,4 quilómetros de extensão."},
		chrome: []string{"Publicidade", "Leia também", "Linha Rosa", "Tópicos", "Jornalista da secção Local", "Newsletter Porto", "Mais um atraso", "Mais lidas", "urgências de obstetrícia", "STCP recebe", "Todos os direitos reservados", "cookies", "Greve de professores", "Nelson Garrido", "Gaudêncio", "Ouvir este artigo", "O presidente do Metro do Porto durante"}},
		dateline: "-",
		captions: []string{"As obras da nova ponte entre o Campo Alegre e Vila Nova de Gaia", "O presidente do Metro do Porto durante a audição parlamentar"},
		credits:  []string{"Nelson Garrido-Faria", "Rui Gaudêncio-Matos"}},
	{cmsCase: cmsCase{file: "cms13d-cv-inforpress.html", headline: "Governo lança concurso para dessalinizadora de Santiago",
		wrong:   map[string]string{"authors": "WordPress \"Por Redação\" desk byline over an Inforpress-datelined wire story: the desk is taken, the agency of the dateline and of \"Inforpress/Fim\" not", "dateline": "\"Cidade da Praia, 05 Mar (Inforpress) –\": the agency is not a known one, so the dateline is not read"},
		authors: []string{"Inforpress"}, published: "2024-03-05",
		body:   []string{"Cidade da Praia, 05 Mar (Inforpress) – O Governo lançou hoje o concurso", "financiado pelo Banco Africano de Desenvolvimento", "Vamos acabar com os cortes de água", "baixar o preço do metro cúbico", "As propostas podem ser apresentadas até 30 de Abril."},
		chrome: []string{"JM/ZS", "Inforpress/Fim", "Publicidade", "Leia também", "Seca: agricultores", "TAGS", "Equipa editorial", "Artigos relacionados", "Electra revê", "Deixe um comentário", "Mais lidas", "Carnaval do Mindelo", "Todos os direitos reservados", "cookies", "TACV retoma", "Foto:", "Partilhar"}},
		dateline: "Cidade da Praia",
		captions: []string{"Central de dessalinização de Palmarejo, na cidade da Praia."},
		credits:  []string{"Inforpress/Arquivo"}},
	{cmsCase: cmsCase{file: "cms13d-mx-weekly.html", headline: "Suspenden obras del Tren Maya en tramo 5 por amparo ambiental",
		authors: []string{"Gloria Leticia Zamarripa"}, published: "2024-03-05",
		body:   []string{"CIUDAD DE MÉXICO (apro).- Un juez de distrito con sede en Mérida", "más de 120 pilotes de acero", "No estamos contra el tren", "impugnará la decisión ante un tribunal colegiado", "Hasta el cierre de esta edición, la Presidencia no había fijado postura."},
		chrome: []string{"PUBLICIDAD", "Te recomendamos", "rebasa los 400 mil millones", "Etiquetas:", "boletín", "Por fin un juez", "Lo más leído", "Primer debate", "Cenotes de Yucatán", "Todos los derechos reservados", "cookies", "Sismo de magnitud", "Cuartoscuro", "Foto: Especial", "Lectura:", "Espeleólogos muestran pilotes"}},
		dateline: "CIUDAD DE MÉXICO",
		captions: []string{"Trabajos de cimentación del viaducto elevado cerca de Playa del Carmen.", "Espeleólogos muestran pilotes dentro de una caverna inundada."},
		credits:  []string{"Cuartoscuro", "Especial"}},
	{cmsCase: cmsCase{file: "cms13d-co-daily.html", headline: "Metro de Bogotá: llega el primer tren desde China al puerto de Cartagena",
		authors: []string{"Redacción Bogotá"}, published: "2024-03-05",
		body:   []string{"El primer tren de la línea 1 del metro de Bogotá llegó este martes", "será trasladado por carretera hasta el patio taller", "Es un momento histórico", "la operación comercial está prevista para marzo de 2028", "El avance general de la obra es del 51 por ciento"},
		chrome: []string{"REDACCIÓN BOGOTÁ", "Publicidad", "Le puede interesar", "Así avanzan las obras", "Temas relacionados", "Boletín Bogotá", "Lo más visto", "Pico y placa", "TransMilenio recibe", "Prohibida su reproducción", "cookies", "Lluvias en Antioquia", "Foto:", "Actualizado:", "Google News", "Tramo del viaducto sobre"}},
		dateline: "-",
		captions: []string{"El primer tren del metro fue desembarcado este martes", "Tramo del viaducto sobre la avenida Villavicencio."},
		credits:  []string{"Empresa Metro de Bogotá", "César Melgarejo Ortiz"}},
	{cmsCase: cmsCase{file: "cms13d-pe-daily.html", headline: "Arequipa: declaran emergencia hídrica en 14 distritos por falta de lluvias",
		authors: []string{"Redacción DM"}, published: "2024-03-05",
		body:   []string{"El Gobierno declaró en estado de emergencia por déficit hídrico", "un 45 % inferiores al promedio histórico", "Si no llueve en las próximas tres semanas", "El presupuesto asignado asciende a 18 millones de soles.", "El Senamhi prevé lluvias ligeras en la sierra sur"},
		chrome: []string{"Publicidad", "LEE TAMBIÉN", "Fenómeno El Niño costero", "TAGS RELACIONADOS", "Newsletter Regiones", "Lo más leído", "Línea 2 del Metro", "heladas afectan", "Todos los derechos reservados", "cookies", "Huaico en Chosica", "Autodema", "Zenaida Condori", "Actualizado el", "Agricultores de la campiña de Arequipa reclaman"}},
		dateline: "-",
		captions: []string{"La represa El Frayle registra su nivel más bajo desde 2014.", "Agricultores de la campiña de Arequipa reclaman agua para sus cultivos."},
		credits:  []string{"Autodema", "GEC / Zenaida Condori Huamaní"}},
	{cmsCase: cmsCase{file: "cms13d-ca-catalan.html", headline: "Girona tindrà tramvia el 2031: el Govern adjudica el projecte constructiu",
		wrong:   map[string]string{"authors": "\"Per\" stays before the name (\"Per Queralt Puigdemasa i Vilanova\"): a bare \"per\" byline label collides with the Nordic given name Per (failclass_probes4); the double surname joined by \"i\" is kept whole now"},
		authors: []string{"Queralt Puigdemasa i Vilanova"}, published: "2024-03-05",
		body:   []string{"El Departament de Territori ha adjudicat aquest dimarts", "El traçat fa nou quilòmetres i preveu dinou parades.", "És la infraestructura de transport públic més important", "temen perdre places d'aparcament", "El projecte es podrà consultar a partir de la setmana vinent"},
		chrome: []string{"Publicitat", "Et pot interessar", "segona sortida", "Etiquetes:", "Butlletí", "Ja en tindrem seixanta", "Les més llegides", "Sequera:", "Nou bus exprés", "Tots els drets reservats", "galetes", "Vaga a Rodalies", "GENERALITAT DE CATALUNYA", "ACN", "Actualitzat", "Comparteix", "La consellera, durant la presentació"}},
		captions: []string{"Recreació del tramvia al seu pas pel pont de la Barca.", "La consellera, durant la presentació del projecte a Girona."},
		credits:  []string{"GENERALITAT DE CATALUNYA", "ACN / Marina López-Serrat"}},
	{cmsCase: cmsCase{file: "cms13d-gl-daily.html", headline: "A Xunta declara zona catastrófica as praias afectadas polos pellets en Arousa",
		authors: []string{"Uxía Carballeira Outeiral"}, published: "2024-03-05",
		body:   []string{"O Consello da Xunta aprobou este martes", "axudas directas de ata 15.000 euros", "Non podemos deixar soas as mariscadoras", "a competencia sobre as praias é autonómica", "As confrarías presentarán as solicitudes ata o 30 de abril."},
		chrome: []string{"Publicidade", "Le tamén", "Ampliada a veda", "Etiquetas:", "Boletín diario", "Dous meses tarde", "As máis lidas", "O AVE a Ourense", "Máis de 3.000 voluntarios", "Todos os dereitos reservados", "cookies", "alerta vermella", "Foto:", "Actualizado:", "Compartir"}},
		captions: []string{"Voluntarias recollen pellets na praia da Lanzada, onte pola mañá."},
		credits:  []string{"Mónica Ferreirós-Lage"}},
	{cmsCase: cmsCase{file: "cms13d-it-sicilia.html", headline: "Palermo, crolla parte del soffitto in una scuola di Borgo Nuovo: nessun ferito",
		authors: []string{"Salvatore Lo Iacono"}, published: "2024-03-05",
		body:   []string{"PALERMO – Una porzione di controsoffitto", "hanno dichiarato inagibili tre aule del primo piano", "Poteva essere una tragedia", "Le lezioni riprenderanno lunedì in altri locali del plesso.", "La Procura ha aperto un fascicolo"},
		chrome: []string{"Pubblicità", "LEGGI ANCHE", "40 milioni dal Pnrr", "Tag:", "Giornalista, segue la cronaca", "Iscriviti alla newsletter", "Vergogna, le scuole", "I più letti", "record di crociere", "la linea D partirà", "Tutti i diritti riservati", "cookie", "Etna, nuova fontana", "Foto Ansa", "Scardina", "Pubblicato il", "Il presidio dei genitori davanti"}},
		dateline: "PALERMO",
		captions: []string{"L'aula della scuola elementare di Borgo Nuovo dopo il crollo", "Il presidio dei genitori davanti alla scuola."},
		credits:  []string{"Ansa", "Giuseppe Scardina-Russo"}},
	{cmsCase: cmsCase{file: "cms13d-eu-basque.html", headline: "Bilboko metroaren 5. linea 2028an irekiko da",
		wrong:   map[string]string{"authors": "the writer is a plain link in a div with no byline label (Basque has none: the name comes bare) and no meta/JSON-LD author: not found"},
		authors: []string{"Ane Goikoetxea Urrutia"}, published: "2024-03-05",
		body:   []string{"Eusko Jaurlaritzak atzo onartu zuen Bilboko metroaren 5. linearen", "420 milioi euroko aurrekontua izango du", "Bizkaiko garraio publikoaren historian urrats handia da", "auzokideek kezka agertu dute", "Lehen tunela 2025eko udaberrian zulatzen hasiko dira."},
		chrome: []string{"Publizitatea", "Irakurri ere", "Bizkaibusek tarifak", "Gaiak:", "Buletina", "Irakurrienak", "Athleticek", "Gasteizko tranbia", "Eskubide guztiak", "cookieak", "Elurra dela eta", "Argazkia:", "FOKU", "Partekatu"}},
		captions: []string{"Etxebarriko geltokia, gaur goizean."},
		credits:  []string{"Aritz Loiola-Arana / FOKU"}},
}

func TestCMS13cms13d(t *testing.T) {
	for _, c := range cms13dCases {
		t.Run(strings.TrimSuffix(c.file, ".html"), func(t *testing.T) {
			a := extractCMSPage(t, c.file, cmsFetched)
			check := cmsChecker(t, c.wrong)
			c.checkHead(check, a)
			var lacks []string
			for _, want := range c.body {
				if !strings.Contains(a.Body, want) {
					lacks = append(lacks, want)
				}
			}
			check("kept", len(lacks) == 0, "body lacks %q", lacks)
			var bad []string
			for _, s := range c.chrome {
				if strings.Contains(a.Body, s) {
					bad = append(bad, s)
				}
			}
			check("body", len(bad) == 0, "body has chrome %q", bad)
			switch c.dateline {
			case "":
			case "-":
				check("dateline", a.Dateline == "", "dateline = %q, want none", a.Dateline)
			default:
				check("dateline", a.Dateline == c.dateline, "dateline = %q, want %q", a.Dateline, c.dateline)
			}
			var caps, creds []string
			for _, im := range a.Images {
				caps = append(caps, im.Caption)
				creds = append(creds, im.Credit)
			}
			if c.captions != nil {
				check("captions", cms10aAllIn(c.captions, caps), "captions = %q, want %q", caps, c.captions)
			}
			if c.credits != nil {
				check("credits", cms10aAllIn(c.credits, creds), "credits = %q, want %q", creds, c.credits)
			}
			if c.bullets != nil {
				check("bullets", len(a.Bullets) == len(c.bullets) && cms10aAllIn(c.bullets, a.Bullets), "bullets = %q, want %q", a.Bullets, c.bullets)
			}
			if t.Failed() {
				t.Logf("dateline %q body:\n%s", a.Dateline, a.Body)
			}
		})
	}
}
