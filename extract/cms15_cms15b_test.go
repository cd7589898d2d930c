package extract

import "testing"

// cms15bCases are whole invented pages of blogs and small sites, one
// template family each (WordPress Kadence, Neve, Divi and the Twenty
// Twenty-Four block theme, Blogger's Simple theme, Weebly, Joomla 4
// Cassiopeia, Ghost's Source theme, Jekyll Chirpy, Tumblr, Write.as,
// phpBB, a hand-written personal site), in German, English, French,
// Spanish, Italian and Dutch. The date is the point: each page carries
// the traps such sites have — dated comments later than the post,
// archive widgets ("März 2024 (5)"), recent-posts lists with dates, an
// update date shown beside or before the publication date, an event date
// in the text, a copyright year, a date only in the address, a relative
// "3 days ago" over a machine date, a creation date beside the
// publication date. All fields are checked at once (see cmsPage).
var cms15bCases = []cmsPage{
	{cmsCase: cmsCase{file: "cms15b-wp-kadence-de.html", headline: "Balkonkraftwerk anmelden: Was sich 2024 ändert",
		authors: []string{"Henrike Bollmann"}, published: "2024-03-05",
		body:   []string{"Wer ein Balkonkraftwerk betreibt", "Künftig genügt der Eintrag", "von 600 auf 800 Watt", "Am 12. April 2024 findet", "um den Abschnitt zum Ferraris-Zähler ergänzt."},
		chrome: []string{"Zum Inhalt springen", "Veröffentlicht am", "Zuletzt aktualisiert", "3 Kommentare", "Schlagwörter", "Vorherige", "Energieberaterin aus Göttingen", "Ähnliche Beiträge", "Hält mein Balkon", "Mein Netzbetreiber besteht", "keine zehn Minuten", "Schreibe einen Kommentar", "Neueste Beiträge", "Speicher nachrüsten", "Februar 2024", "Sonnenpost", "Impressum", "Cookie-Zustimmung", "Das vereinfachte Formular"}},
		dateline: "-",
		captions: []string{"Das vereinfachte Formular im Marktstammdatenregister."},
		credits:  []string{"Sonnenseite Blog"}},
	{cmsCase: cmsCase{file: "cms15b-wp-neve-en.html", headline: "Resoling my ten-year-old leather boots: was it worth $95?",
		authors: []string{"Gideon Marsh"}, published: "2024-03-09",
		body:   []string{"I bought these boots in the spring of 2014", "New boots of the same model cost $310", "The old sole and midsole were ground off", "The fit is the same", "another decade."},
		chrome: []string{"Skip to content", "3 days ago", "4 Comments", "Tags:", "Re-waxing a cotton jacket", "Related Posts", "Darning merino socks", "Which cobbler did you use", "Ten more years", "Leave a Reply", "Recent Posts", "Archives", "Affiliate links", "The new sole has deeper lugs"}},
		dateline: "-",
		captions: []string{"The new sole has deeper lugs than the original."}},
	{cmsCase: cmsCase{file: "cms15b-wp-divi-es.html", headline: "Torrijas al horno con leche de almendra",
		authors: []string{"Lucía Ferrer Climent"}, published: "2024-03-05",
		body:   []string{"Cada Semana Santa mi abuela freía torrijas", "tiene que ser de al menos un día", "750 ml de leche de almendra", "Infusiona la leche con la canela", "El próximo 23 de marzo de 2024", "nunca llegan al segundo."},
		chrome: []string{"Seleccionar página", "3 comentarios", "pan brioche", "bebida de avena", "Enviar comentario", "Entradas recientes", "Buñuelos de viento", "Archivos", "Mi libro", "Aviso legal", "Utilizamos cookies", "Las torrijas, listas"}},
		dateline: "-",
		captions: []string{"Las torrijas, listas para entrar en el horno a 200 grados."}},
	{cmsCase: cmsCase{file: "cms15b-wp-tt24-fr.html", headline: "Réparer soi-même un vélo électrique : ce que j’ai appris en un hiver",
		authors: []string{"Solène Marchetti"}, published: "2024-03-05",
		body:   []string{"Cet hiver, près d’un tiers des vélos", "Pourtant, la grande majorité des pannes", "Freins, transmission, roues", "Nous n’ouvrons jamais une batterie", "Le 12 avril 2024, un atelier spécial", "l’atelier n’existerait pas."},
		chrome: []string{"Mis à jour le", "Étiquettes", "Bourse aux vélos", "Commentaires", "ouvert aux non-adhérents", "prix libre", "Laisser un commentaire", "Plus d’articles", "Chambre à air", "Mentions légales", "association loi 1901", "Le capteur de vitesse, fixé"}},
		dateline: "-",
		captions: []string{"Le capteur de vitesse, fixé sur la base arrière, se débranche en un clic."}},
	{cmsCase: cmsCase{file: "cms15b-blogger-simple-it.html", headline: "Il mio primo orto sinergico: bancali, pacciamatura e tanti errori",
		authors: []string{"Giulia Brambilla"}, published: "2024-03-05",
		body:   []string{"Quest'anno ho finalmente trasformato", "quattro bancali rialzati", "Il primo errore è stato la paglia", "la lattuga da taglio", "Sabato 16 marzo 2024 sarò al mercato"},
		chrome: []string{"martedì 5 marzo 2024", "Pubblicato da", "Invia tramite email", "Etichette:", "2 commenti", "ne metto il doppio", "Dove prendi il cippato", "Posta un commento", "Post più recente", "Iscriviti a:", "Informazioni personali", "Insegnante di scienze", "Post più popolari", "La passata di pomodoro", "Archivio blog", "febbraio", "Powered by", "cookie di Google", "I bancali coperti di paglia"}},
		dateline: "-",
		captions: []string{"I bancali coperti di paglia a fine novembre"}},
	{cmsCase: cmsCase{file: "cms15b-weebly-en.html", headline: "Spring adoption day and a thank-you to our fosters",
		authors: nil, published: "2024-03-01",
		body:   []string{"Eleven dogs and six cats went home", "Every one of those animals spent", "the Okafor family", "April 13, 2024, at the Millbrook library", "about twenty more homes."},
		chrome: []string{"3/1/2024", "2 Comments", "Categories:", "We adopted Pepper", "How do I sign up", "Leave a Reply", "Archives", "March 2024", "volunteer-run rescue", "RSS Feed", "501(c)(3)", "Powered by", "Biscuit, our longest resident"}},
		dateline: "-",
		captions: []string{"Biscuit, our longest resident, on his way home with the Alvarez family."}},
	{cmsCase: cmsCase{file: "cms15b-joomla4-cassiopeia-de.html", headline: "Neue Sandplätze und Schnuppertraining zum Saisonstart",
		authors: []string{"Sabine Degenhardt"}, published: "2024-03-05",
		body:   []string{"Pünktlich zum Saisonstart sind die drei neuen Sandplätze", "rund 96.000 Euro", "Ohne die vielen Helferinnen und Helfer", "am Samstag, 13. April 2024, zum Schnuppertraining", "keine Aufnahmegebühr."},
		chrome: []string{"Aktuelle Seite", "Details", "Geschrieben von", "Kategorie:", "Veröffentlicht:", "Erstellt:", "Zuletzt aktualisiert", "Zugriffe", "Platzbau", "Zurück", "Neueste Beiträge", "Auslosung der Medenrunde", "Archiv", "Februar, 2024", "Termine", "Grillfest", "Alle Rechte vorbehalten", "Impressum", "Die drei neuen Sandplätze an der Rennbahnstraße (Foto"}},
		dateline: "-",
		captions: []string{"Die drei neuen Sandplätze an der Rennbahnstraße"},
		credits:  []string{"Klaus Werle"}},
	{cmsCase: cmsCase{file: "cms15b-ghost-source-en.html", headline: "What a year of four-day weeks did to our small design studio",
		authors: []string{"Anouk Lindqvist"}, published: "2024-03-05",
		body:   []string{"On the first Friday of March 2023, nobody came", "Nothing broke.", "Billable hours fell by 9 percent", "Clients do not care about our Fridays", "open evening for other small studios on April 18, 2024"},
		chrome: []string{"Sign in", "Studio life", "7 min read", "Subscribe to Foldline Notes", "members-only issues", "Read more", "Why we stopped quoting", "Hiring our first junior", "By Mats Oredsson", "Powered by", "seven-person design studio", "Fridays at the studio now"}},
		dateline: "-",
		captions: []string{"Fridays at the studio now look like this."},
		credits:  []string{"Jonas Berglund"}},
	{cmsCase: cmsCase{file: "cms15b-tumblr-en.html", headline: "On finally seeing a waxwing",
		authors: nil, published: "2024-03-08",
		body:   []string{"I have looked for waxwings every winter", "On Tuesday I came out of the dentist", "I watched them for twenty minutes", "on Sunday 24 March 2024", "can’t stop talking about waxwings."},
		chrome: []string{"Ask me anything", "Posted 4 days ago", "March 8th", "38 notes", "#waxwings", "Reblog", "silk tails!!", "liked this", "posted this", "A heron on the canal", "Recently", "Moth trap", "Redux Edit", "Tumblr uses cookies"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms15b-writeas-fr.html", headline: "Ce que le potager m’a appris sur l’attente",
		authors: []string{"Carnet de Margaux"}, published: "2024-03-05",
		body:   []string{"Il y a trois ans, j’ai obtenu une parcelle", "La première année, j’ai tout voulu trop vite", "On ne presse pas une fève", "couvertes de fleurs noires et blanches", "le samedi 6 avril 2024"},
		chrome: []string{"Se connecter", "Accueil", "À propos", "#potager", "5 mars 2024", "publié avec"}},
		dateline: "-"},
	{cmsCase: cmsCase{file: "cms15b-phpbb-de.html", headline: "Neue Forenregeln ab 1. April und Serverumzug am Wochenende",
		wrong:   map[string]string{"body": "the poster's forum signature (div.signature after the post's text) stays in the text: 'signature' as a chrome class drops the byline box news templates name so (article__signature, cms13b-fr-bourse)"},
		authors: []string{"Jörg Wendeborn"}, published: "2024-03-05",
		body:   []string{"nach fast achtzehn Jahren auf demselben Server", "am Samstag, 9. März 2024, ab 8 Uhr", "Alle Beiträge, Bilder und privaten Nachrichten", "Verkaufsanzeigen für lebende Tiere", "Danke an das Moderatorenteam"},
		chrome: []string{"Zum Inhalt", "Schnellzugriff", "Foren-Übersicht", "3 Beiträge", "Zitieren", "Administrator", "Registriert:", "Wohnort:", "Becken: 240 l", "Endlich die Regel", "Läuft bei mir", "Zurück zu", "Wer ist online", "Alle Zeiten sind", "Powered by", "Datenschutz"}},
		dateline: "-"},
	// The site's holder signs the post ("— Hanneke") and holds its
	// copyright ("© 2001–2024 Hanneke van den Berg"): the copyright-holder
	// rule names her since person names may hold particles.
	{cmsCase: cmsCase{file: "cms15b-handmade-nl.html", headline: "Fietsen langs de Vecht, van Utrecht naar Muiden",
		authors: []string{"Hanneke van den Berg"}, published: "2024-03-05",
		body:   []string{"Zondag was de eerste echt zachte dag", "Tot Maarssen is het nog stad", "In Loenen heb ik koffie gedronken", "Muiden zelf was druk", "Op zaterdag 13 april 2024 organiseert de Fietsersbond"},
		chrome: []string{"over mij", "vorige:", "Zaaien op de vensterbank", "alle stukjes", "Archief", "februari 2024", "Mastodon", "Laatst bijgewerkt", "Kladblok", "De Vecht bij Loenen, rond"}},
		dateline: "-",
		captions: []string{"De Vecht bij Loenen, rond het middaguur."}},
}

func TestCMS15cms15b(t *testing.T) {
	checkCMSPages(t, cms15bCases, cmsFetched)
}
