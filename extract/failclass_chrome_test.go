package extract

import (
	"slices"
	"testing"

	"github.com/byline/byline/article"
)

// Chrome lines in the story's own paragraphs, in seven languages: the
// read-also, newsletter, listen, share, follow, subscribe-to-read and
// comment-counter lines news templates print between paragraphs without
// markup that names them. The prose is invented; the lines are the
// stock phrases of each language's news sites. TestFailureClasses runs
// them.

// fcChromeProse is an invented council story in four sentences, per
// language.
var fcChromeProse = map[string][]string{
	"de": {"Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen, nachdem die Debatte mehr als vier Stunden gedauert hatte.", "Die Opposition kritisierte vor allem die geplanten Kürzungen bei den Bibliotheken und den Schwimmbädern der Stadt.", "Der Bürgermeister verteidigte den Plan und verwies auf die gestiegenen Energiekosten der vergangenen beiden Jahre.", "Die Abstimmung fiel mit einundzwanzig zu siebzehn Stimmen knapper aus als von der Verwaltung erwartet."},
	"fr": {"Le conseil municipal a adopté mardi le budget de l'année prochaine, après un débat de plus de quatre heures.", "L'opposition a surtout critiqué les coupes prévues dans les bibliothèques et les piscines de la ville.", "Le maire a défendu le plan en rappelant la hausse des coûts de l'énergie au cours des deux dernières années.", "Le vote, vingt et une voix contre dix-sept, a été plus serré que ne l'attendait l'administration."},
	"es": {"El ayuntamiento aprobó el martes el presupuesto del próximo año, tras un debate de más de cuatro horas.", "La oposición criticó sobre todo los recortes previstos en las bibliotecas y las piscinas de la ciudad.", "El alcalde defendió el plan y recordó el aumento de los costes de la energía en los dos últimos años.", "La votación, veintiún votos contra diecisiete, fue más ajustada de lo que esperaba la administración."},
	"it": {"Il consiglio comunale ha approvato martedì il bilancio del prossimo anno, dopo un dibattito durato più di quattro ore.", "L'opposizione ha criticato soprattutto i tagli previsti alle biblioteche e alle piscine della città.", "Il sindaco ha difeso il piano ricordando l'aumento dei costi dell'energia negli ultimi due anni.", "Il voto, ventuno contro diciassette, è stato più stretto di quanto si aspettasse l'amministrazione."},
	"pt": {"A câmara municipal aprovou na terça-feira o orçamento do próximo ano, depois de um debate de mais de quatro horas.", "A oposição criticou sobretudo os cortes previstos nas bibliotecas e nas piscinas da cidade.", "O presidente da câmara defendeu o plano e lembrou o aumento dos custos da energia nos últimos dois anos.", "A votação, vinte e um votos contra dezassete, foi mais renhida do que a administração esperava."},
	"nl": {"De gemeenteraad heeft dinsdag de begroting voor volgend jaar aangenomen, na een debat van meer dan vier uur.", "De oppositie had vooral kritiek op de geplande bezuinigingen op de bibliotheken en de zwembaden van de stad.", "De burgemeester verdedigde het plan en wees op de gestegen energiekosten van de afgelopen twee jaar.", "De stemming, eenentwintig tegen zeventien, viel krapper uit dan het bestuur had verwacht."},
	"en": {"The council approved next year's budget on Tuesday after a debate that lasted more than four hours.", "The opposition mainly criticised the planned cuts to the city's libraries and swimming pools.", "The mayor defended the plan, pointing to the rise in energy costs over the past two years.", "The vote, twenty-one to seventeen, was closer than the administration had expected."},
}

// fcChromeLines are the chrome lines per language, each dropped.
var fcChromeLines = map[string][]string{
	"de": {"Lesen Sie auch: Neue Buslinie startet im Mai", "Abonnieren Sie unseren Newsletter und erhalten Sie die wichtigsten Nachrichten jeden Morgen.", "Wie hat Ihnen dieser Artikel gefallen?", "Artikel teilen: Facebook Twitter E-Mail", "Diesen Artikel anhören", "Anzeige", "Kommentare (12)", "Jetzt kostenlos registrieren und weiterlesen", "Folgen Sie uns auf Instagram"},
	"fr": {"À lire aussi : Une nouvelle ligne de bus en mai", "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin.", "Cet article vous a-t-il été utile ?", "Partager cet article : Facebook Twitter E-mail", "Écouter cet article", "Publicité", "Commentaires (12)", "Abonnez-vous pour lire la suite", "Suivez-nous sur Instagram"},
	"es": {"Lee también: Nueva línea de autobús en mayo", "Suscríbete a nuestra newsletter y recibe cada mañana las noticias más importantes.", "¿Te ha resultado útil este artículo?", "Compartir este artículo: Facebook Twitter Correo", "Más sobre este tema", "Escuchar este artículo", "Publicidad", "Comentarios (12)", "Suscríbete para seguir leyendo", "Síguenos en Instagram"},
	"it": {"Leggi anche: Nuova linea di autobus a maggio", "Iscriviti alla nostra newsletter per ricevere ogni mattina le notizie più importanti.", "Questo articolo ti è stato utile?", "Condividi questo articolo: Facebook Twitter Email", "Ascolta questo articolo", "Pubblicità", "Commenti (12)", "Abbonati per continuare a leggere", "Seguici su Instagram", "Per continuare a leggere questo articolo abbonati o accedi.", "Per continuare a leggere, registrati gratis."},
	"pt": {"Leia também: Nova linha de autocarro em maio", "Subscreva a nossa newsletter e receba todas as manhãs as notícias mais importantes.", "Este artigo foi útil?", "Partilhar este artigo: Facebook Twitter Email", "Mais sobre este tema", "Ouvir este artigo", "Publicidade", "Comentários (12)", "Assine para continuar a ler", "Siga-nos no Instagram"},
	"nl": {"Lees ook: Nieuwe buslijn start in mei", "Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.", "Was dit artikel nuttig?", "Deel dit artikel: Facebook Twitter E-mail", "Luister naar dit artikel", "Advertentie", "Reacties (12)", "Word abonnee om verder te lezen", "Volg ons op Instagram"},
	"en": {"Sign up for our newsletter to get the day's top stories every morning.", "Was this article helpful?", "Listen to this article", "Advertisement", "Comments (12)", "12 comments", "Subscribe to continue reading", "Follow us on Instagram",
		"Listen to this story, 5 minutes", "Got a news tip? Email us at tips@holmby-courier.example.", "Support our journalism. Subscribe today for just $1 a week.", "Enjoy unlimited access for just 99p.",
		"This article is available to subscribers only.", "Spotted an error in this story? Let us know by email and we will look into it.", "Found a typo? Let us know.", "Spotted a mistake in this article? Email the desk."},
}

// fcChromeLineCases: each chrome line set between the second and third
// paragraphs of a story in its language is dropped; the story stays
// whole.
func fcChromeLineCases() []fcCase { return fcLinesInStory(fcChromeLines, "body/chrome-line/", false) }

// fcLinesInStory is a case per line of lines (per language) set in the
// invented story (fcLineInStory).
func fcLinesInStory(lines map[string][]string, class string, keep bool) []fcCase {
	var cs []fcCase
	for lang, ls := range lines {
		for _, line := range ls {
			cs = append(cs, fcLineInStory(class, lang, line, keep))
		}
	}
	return cs
}

// fcLineInStory is a case of line set between the second and third
// paragraphs of the invented story in lang: the story stays whole, and
// the line stays when keep, else it goes.
func fcLineInStory(class, lang, line string, keep bool) fcCase {
	p := fcChromeProse[lang]
	body := "<p>" + p[0] + "</p><p>" + p[1] + "</p><p>" + line + "</p><p>" + p[2] + "</p><p>" + p[3] + "</p>"
	return fcCase{class: class + lang + "/" + line, url: "https://holmby-courier.example/2024/01/02/council-budget",
		html: fcPage(lang, "<title>Budget</title>", "<article><h1>Budget</h1>"+body+"</article>"),
		check: func(t *testing.T, a *article.Article) {
			if keep {
				fcWantBody(t, a, append(slices.Clone(p), line), nil)
			} else {
				fcWantBody(t, a, p, []string{line})
			}
		}}
}

// fcChromeLookalikes are story paragraphs that open with the words of a
// chrome line but go on as the story ("Found an error on your credit
// report? …", a consumer piece's advice), per language: each stays.
var fcChromeLookalikes = map[string][]string{
	"en": {"Found an error on your credit report? The first step is to write to the bureau that issued it, with copies of your bills.",
		"Spotted a mistake on your tax bill? The council says residents can ask for a review within sixty days of the letter."},
	"it": {"Per continuare a leggere i segnali della ripresa, gli economisti del comune guardano ai consumi delle famiglie."},
}

// fcChromeLookalikeCases: each look-alike paragraph set between the
// second and third paragraphs of a story in its language stays in the
// body.
func fcChromeLookalikeCases() []fcCase {
	return fcLinesInStory(fcChromeLookalikes, "body/chrome-lookalike/", true)
}
