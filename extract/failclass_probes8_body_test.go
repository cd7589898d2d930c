package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Probes of the article body (issue 10, round 8): furniture that news
// templates print INSIDE the article's container, between or after the
// paragraphs (read-also teasers, newsletter boxes, advertisement labels,
// audio players, reading times, share and follow lines, gallery counters,
// paywall teasers, tag lists, tables of contents), in many languages and
// CMSs; and real text that looks like furniture and stays (corrections,
// editor's notes, a republishing note, a review's score, a short closing
// line, a roundup of links, blockquotes, code, a table of data). The
// prose and names are invented; no row copies a corpus page.
// TestFailureClasses runs them.

// fc8BodyProse adds four-sentence council stories in languages
// fcChromeProse lacks.
var fc8BodyProse = map[string][]string{
	"pl": {"Rada miasta przyjęła we wtorek budżet na przyszły rok po debacie, która trwała ponad cztery godziny.", "Opozycja krytykowała przede wszystkim planowane cięcia w bibliotekach i na basenach miejskich.", "Burmistrz bronił planu, wskazując na wzrost kosztów energii w ciągu ostatnich dwóch lat.", "Głosowanie, dwadzieścia jeden do siedemnastu, było bardziej wyrównane, niż spodziewał się urząd."},
	"ru": {"Городской совет во вторник утвердил бюджет на следующий год после дебатов, которые длились более четырёх часов.", "Оппозиция прежде всего критиковала запланированные сокращения расходов на библиотеки и бассейны города.", "Мэр защищал план, указывая на рост расходов на энергию за последние два года.", "Голосование, двадцать один голос против семнадцати, оказалось более напряжённым, чем ожидала администрация."},
	"sv": {"Kommunfullmäktige antog på tisdagen budgeten för nästa år efter en debatt som varade i mer än fyra timmar.", "Oppositionen kritiserade framför allt de planerade nedskärningarna på bibliotek och simhallar i staden.", "Kommunalrådet försvarade planen och pekade på de stigande energikostnaderna under de två senaste åren.", "Omröstningen, tjugoett mot sjutton, blev jämnare än förvaltningen hade väntat sig."},
	"cs": {"Zastupitelstvo města v úterý schválilo rozpočet na příští rok po debatě, která trvala přes čtyři hodiny.", "Opozice kritizovala především plánované škrty v knihovnách a na městských koupalištích.", "Starosta plán hájil a poukázal na růst cen energií v posledních dvou letech.", "Hlasování, dvacet jedna ku sedmnácti, bylo těsnější, než úřad očekával."},
}

// fc8Prose returns the four sentences of the invented story in lang.
func fc8Prose(lang string) []string {
	if p, ok := fc8BodyProse[lang]; ok {
		return p
	}
	return fcChromeProse[lang]
}

// fc8BodyRow is one probe: markup set between the second and third
// paragraphs (mid) and after the last (tail) of the story in lang, in a
// template's article container (wrap, "%s" for the paragraphs; an
// <article> with an entry-content div when empty). in must stay, out
// must go; the story's four sentences always stay.
type fc8BodyRow struct {
	name, lang, wrap, mid, tail string
	in, out                     []string
}

// fc8BodyRows are the probes: furniture first, then text that stays.
func fc8BodyRows() []fc8BodyRow {
	teaser := `<a href="/2024/01/01/new-bus-line">`
	return []fc8BodyRow{
		// Read-also teasers: a label and a link between two paragraphs.
		{name: "read-also/pl", lang: "pl", mid: `<p><strong>Czytaj także:</strong> ` + teaser + `Nowa linia autobusowa ruszy w maju</a></p>`, out: []string{"Nowa linia autobusowa"}},
		{name: "read-also/ru-label-own-line", lang: "ru", mid: `<p><strong>Читайте также</strong></p><p>` + teaser + `Новый автобусный маршрут запустят в мае</a></p>`, out: []string{"Читайте также", "автобусный маршрут"}},
		{name: "read-also/es-leer-mas", lang: "es", mid: `<p>Leer más: ` + teaser + `Nueva línea de autobús en mayo</a></p>`, out: []string{"Nueva línea de autobús"}},
		{name: "read-also/it-uppercase-label", lang: "it", mid: `<p><b>LEGGI ANCHE</b> ` + teaser + `Nuova linea di autobus a maggio</a></p>`, out: []string{"Nuova linea di autobus"}},
		{name: "read-also/de-arrow", lang: "de", mid: `<p>» Lesen Sie auch: ` + teaser + `Neue Buslinie startet im Mai</a></p>`, out: []string{"Neue Buslinie"}},
		{name: "read-also/fr-aside-box", lang: "fr", mid: `<aside class="related-inline"><span>À lire aussi</span> ` + teaser + `Une nouvelle ligne de bus en mai</a></aside>`, out: []string{"nouvelle ligne de bus"}},
		{name: "read-also/sv-las-ocksa", lang: "sv", mid: `<p>Läs också: ` + teaser + `Ny busslinje startar i maj</a></p>`, out: []string{"Ny busslinje"}},
		{name: "read-also/cs-ctete-take", lang: "cs", mid: `<p>Čtěte také: ` + teaser + `Nová autobusová linka vyjede v květnu</a></p>`, out: []string{"autobusová linka"}},
		// Newsletter sign-up boxes mid-text.
		{name: "newsletter/wp-block", lang: "en", mid: `<div class="wp-block-newsletter-signup"><h3>Get the Morning Brief</h3><p>Our editors' pick of the day's news, in your inbox every weekday.</p><form><input type="email"><button>Sign up</button></form></div>`, out: []string{"Morning Brief", "editors' pick"}},
		{name: "newsletter/de-plain-paragraph", lang: "de", mid: `<p>Newsletter: Jeden Morgen die wichtigsten Nachrichten aus der Region – jetzt kostenlos anmelden.</p>`, out: []string{"jetzt kostenlos anmelden"}},
		{name: "newsletter/pl-zapisz-sie", lang: "pl", mid: `<p>Zapisz się do naszego newslettera i otrzymuj najważniejsze wiadomości każdego ranka.</p>`, out: []string{"Zapisz się"}},
		// Advertisement labels and "continues after the ad" lines.
		{name: "ad-label/pt-br-continua", lang: "pt", mid: `<p>Continua após a publicidade</p>`, out: []string{"Continua após"}},
		{name: "ad-label/de-weiterlesen-nach-anzeige", lang: "de", mid: `<p>Weiterlesen nach der Anzeige</p>`, out: []string{"nach der Anzeige"}},
		{name: "ad-label/fr-la-suite", lang: "fr", mid: `<p>La suite après cette publicité</p>`, out: []string{"après cette publicité"}},
		{name: "ad-label/cs-reklama", lang: "cs", mid: `<div class="ad-wrapper"><p>Reklama</p></div>`, out: []string{"Reklama"}},
		{name: "ad-label/en-story-continues", lang: "en", mid: `<p>ADVERTISEMENT</p><p>Story continues below this ad</p>`, out: []string{"ADVERTISEMENT", "continues below"}},
		// Audio players' labels.
		{name: "audio/sv-lyssna", lang: "sv", mid: `<p>Lyssna på artikeln</p>`, out: []string{"Lyssna"}},
		{name: "audio/pl-posluchaj", lang: "pl", mid: `<p>Posłuchaj artykułu</p>`, out: []string{"Posłuchaj"}},
		{name: "audio/en-listen-duration", lang: "en", mid: `<div class="audio-player"><button>Play</button><span>Listen to this article · 4 min</span></div>`, out: []string{"Listen to this article"}},
		// Reading times.
		{name: "reading-time/de-lesezeit", lang: "de", mid: `<p>Lesezeit: 3 Minuten</p>`, out: []string{"Lesezeit"}},
		{name: "reading-time/fr-temps-de-lecture", lang: "fr", mid: `<p>Temps de lecture : 4 min</p>`, out: []string{"Temps de lecture"}},
		{name: "reading-time/es-tiempo-de-lectura", lang: "es", mid: `<p>Tiempo de lectura: 3 min</p>`, out: []string{"Tiempo de lectura"}},
		{name: "reading-time/en-min-read", lang: "en", mid: `<p>5 min read</p>`, out: []string{"5 min read"}},
		// Share and follow lines, comment counts, gallery counters.
		{name: "share/unnamed-link-row", lang: "en", mid: `<p><a href="https://facebook.example/share">Facebook</a> <a href="https://x.example/intent">X</a> <a href="mailto:?subject=Budget">Email</a></p>`, out: []string{"Facebook"}},
		{name: "follow/en-google-news", lang: "en", tail: `<p>Follow the Holmby Courier on Google News and WhatsApp for the latest updates.</p>`, out: []string{"Google News"}},
		{name: "follow/pl-obserwuj", lang: "pl", tail: `<p>Obserwuj nas w Google News</p>`, out: []string{"Obserwuj nas"}},
		{name: "follow/ru-telegram", lang: "ru", tail: `<p>Подписывайтесь на наш канал в Telegram</p>`, out: []string{"Telegram"}},
		{name: "comments/ru-count", lang: "ru", tail: `<p>Комментарии (3)</p>`, out: []string{"Комментарии"}},
		{name: "comments/pl-count", lang: "pl", tail: `<p>Komentarze (5)</p>`, out: []string{"Komentarze"}},
		{name: "gallery/de-bild-slash", lang: "de", mid: `<p>Bild 3/12</p>`, out: []string{"Bild 3/12"}},
		{name: "gallery/en-photo-of", lang: "en", mid: `<div class="slide"><p>Photo 3 of 12</p></div>`, out: []string{"Photo 3 of 12"}},
		// Feedback widgets in other languages.
		{name: "helpful/pl", lang: "pl", tail: `<p>Czy ten artykuł był pomocny?</p>`, out: []string{"pomocny"}},
		{name: "helpful/sv", lang: "sv", tail: `<p>Var den här artikeln till hjälp?</p>`, out: []string{"till hjälp"}},
		// Paywall teasers.
		{name: "paywall/de-weiterlesen-mit", lang: "de", tail: `<p>Jetzt weiterlesen mit Holmby Plus</p>`, out: []string{"weiterlesen mit"}},
		{name: "paywall/es-para-seguir", lang: "es", tail: `<p>Para seguir leyendo, suscríbete a Holmby Diario.</p>`, out: []string{"seguir leyendo"}},
		{name: "paywall/en-subscribe-to-read", lang: "en", tail: `<p>Subscribe to read the full story.</p>`, out: []string{"full story"}},
		// Tag lists, related topics, author bios, tables of contents.
		{name: "tags/de-schlagworte", lang: "de", tail: `<p>Schlagworte: <a href="/tag/haushalt">Haushalt</a>, <a href="/tag/stadtrat">Stadtrat</a></p>`, out: []string{"Schlagworte"}},
		{name: "tags/fr-mots-cles", lang: "fr", tail: `<p>Mots-clés : <a href="/tag/budget">budget</a>, <a href="/tag/conseil">conseil municipal</a></p>`, out: []string{"Mots-clés"}},
		{name: "tags/en-related-topics", lang: "en", tail: `<h3>Related topics</h3><ul><li><a href="/topic/budget">Budget</a></li><li><a href="/topic/council">Council</a></li></ul>`, out: []string{"Related topics"}},
		{name: "author-bio/en-about", lang: "en", tail: `<div class="author-bio"><h4>About the author</h4><p>Jane Holm covers local politics for the Holmby Courier and has reported on the council since 2015.</p></div>`, out: []string{"About the author", "covers local politics"}},
		{name: "toc/es-indice", lang: "es", mid: `<div class="toc"><p>Índice</p><ul><li><a href="#debate">El debate</a></li><li><a href="#voto">La votación</a></li></ul></div>`, out: []string{"Índice", "El debate"}},
		// Real text that looks like furniture: it stays.
		{name: "keep/correction", lang: "en", tail: `<p>Correction: An earlier version of this article misstated the margin of the vote.</p>`, in: []string{"Correction: An earlier version"}},
		{name: "keep/de-korrektur", lang: "de", tail: `<p>Korrektur: In einer früheren Version dieses Artikels hieß es, die Abstimmung sei einstimmig gewesen.</p>`, in: []string{"Korrektur: In einer früheren"}},
		{name: "keep/editors-note", lang: "en", mid: `<p><em>Editor's note: This story has been updated with the result of the vote.</em></p>`, in: []string{"Editor's note"}},
		{name: "keep/es-nota-del-editor", lang: "es", mid: `<p>Nota del editor: este artículo se actualizó con el resultado de la votación.</p>`, in: []string{"Nota del editor"}},
		{name: "keep/originally-published", lang: "en", tail: `<p><em>This article was originally published by the Grest Gazette. Read the original article.</em></p>`, in: []string{"originally published"}},
		{name: "keep/review-score", lang: "en", tail: `<p>Score 4 out of 5</p>`, in: []string{"Score 4 out of 5"}},
		{name: "keep/read-the-full-report", lang: "en", mid: `<p>Read the full report at the council's offices, where the figures for each library are set out.</p>`, in: []string{"Read the full report"}},
		{name: "keep/short-closing-line", lang: "en", tail: `<p>He was 84.</p>`, in: []string{"He was 84."}},
		{name: "keep/subscribe-quoted", lang: "en", mid: `<p>“Subscribe to the plan or leave the council,” one member told the opposition benches as the debate ran late.</p>`, in: []string{"Subscribe to the plan"}},
		{name: "keep/blockquote", lang: "en", mid: `<blockquote><p>We cannot keep the pools open on promises, and the budget says so plainly.</p></blockquote>`, in: []string{"keep the pools open"}},
		{name: "keep/code-block", lang: "en", mid: `<pre><code>budget --year 2025 --approve</code></pre>`, in: []string{"budget --year 2025"}},
		{name: "keep/data-table", lang: "en", mid: `<table><tr><th>Service</th><th>Cut</th></tr><tr><td>Libraries</td><td>12 per cent</td></tr><tr><td>Swimming pools</td><td>9 per cent</td></tr></table>`, in: []string{"12 per cent"}},
		{name: "keep/roundup-of-links", lang: "en", mid: `<ul><li><a href="https://grest-gazette.example/pools">The pools</a>: the opposition's case against closing two of the city's three pools, in full.</li><li><a href="https://grest-gazette.example/energy">Energy bills</a>: how much more the city pays for heating than it did two years ago.</li></ul>`, in: []string{"the opposition's case", "how much more the city pays"}},
	}
}

func fcProbe8BodyCases() []fcCase {
	var cs []fcCase
	for _, r := range fc8BodyRows() {
		p := fc8Prose(r.lang)
		body := "<p>" + p[0] + "</p><p>" + p[1] + "</p>" + r.mid + "<p>" + p[2] + "</p><p>" + p[3] + "</p>" + r.tail
		wrap := r.wrap
		if wrap == "" {
			wrap = `<article class="post"><h1>Budget</h1><div class="entry-content">%s</div></article>`
		}
		in, out := append(append([]string{}, p...), r.in...), r.out
		cs = append(cs, fcCase{class: "body8/" + r.name, url: "https://holmby-courier.example/2024/01/02/council-budget",
			html: fcPage(r.lang, "<title>Budget</title>", strings.Replace(wrap, "%s", body, 1)),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, in, out)
			}})
	}
	return cs
}
