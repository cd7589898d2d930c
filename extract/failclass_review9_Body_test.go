package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Review probes for the body rules of the ninth round: itemprop="author"
// elements as chrome, breadcrumb trails and feed footers printed as
// paragraphs, gallery counters with a word between the numbers, and the
// new boiler lines and prefixes (donation, app, sponsored lines). Each
// row is story text a careless form of a rule would drop, or a variant of
// the furniture the rule is for. Pages, names and sites are made up.
// TestFailureClasses runs them.

// fcR9BodyAuthorRows: elements marked itemprop="author" around more than
// a byline.
func fcR9BodyAuthorRows() []fc9BodyRow {
	person := `<div itemprop="author" itemscope itemtype="https://schema.org/Person">`
	return []fc9BodyRow{
		// A template that opens the writer's Person around the whole
		// post: the story is inside it and stays.
		{name: "author-wrapper-holds-story", lang: "en", wrap: `<article itemscope itemtype="https://schema.org/BlogPosting"><h1 itemprop="headline">Budget</h1>` + person + `<span itemprop="name">Jane Holm</span><div class="entry-content">%s</div></div></article>`},
		// The same with a long comment thread beside the post.
		{name: "author-wrapper-and-comments", lang: "en", wrap: `<main><article itemscope itemtype="https://schema.org/BlogPosting"><h1 itemprop="headline">Budget</h1>` + person + `<span itemprop="name">Jane Holm</span><div class="post-body">%s</div></div></article><section class="comments"><h2>2 comments</h2><div class="comment"><p>Mara says: the pools matter more than the roads, and everyone on the east side knows it well.</p></div><div class="comment"><p>Olav says: the libraries were never full anyway, so the cut is the right one to make.</p></div></section></main>`},
		// A columnist's page: the column sits in the writer's box.
		{name: "author-column-box", lang: "de", wrap: `<article><h1>Budget</h1><div class="kolumne" itemprop="author" itemscope itemtype="https://schema.org/Person"><img src="/autor/jane.jpg" alt="Jane Holm"><p class="kolumnist"><span itemprop="name">Jane Holm</span></p><div class="kolumne-text">%s</div></div></article>`},
		// The author box after the story still goes.
		{name: "author-bio-after-story", lang: "en", tail: person + `<p><span itemprop="name">Jane Holm</span> covers city hall for the Courier and has written about the harbour since 2015.</p></div>`, out: []string{"covers city hall"}},
		// A name marked up inside a paragraph of the story keeps the
		// paragraph.
		{name: "author-name-inline", lang: "en", mid: `<p>The report, written by <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ida Sund</span></span> for the auditor, found the pools overspent twice since 2021.</p>`, in: []string{"found the pools overspent"}},
	}
}

// fcR9BodyLineRows: paragraphs of a story that open like the new boiler
// lines, trails and footers.
func fcR9BodyLineRows() []fc9BodyRow {
	return []fc9BodyRow{
		// Donation and app lines in a story about a charity or a service.
		{name: "donate-to-the-food-bank", lang: "en", mid: `<p>Donate to the Holmby Food Bank at the town hall or online, the organisers said on Tuesday.</p>`, in: []string{"Holmby Food Bank"}},
		{name: "donate-today-banner", lang: "en", mid: `<p>Donate today or the shelter closes, the banner outside the town hall read on Monday.</p>`, in: []string{"the shelter closes"}},
		{name: "it-scarica-app-servizio", lang: "it", mid: `<p>Scarica l'app del Comune e accedi con lo Spid per chiedere il rimborso, spiega l'assessore.</p>`, in: []string{"chiedere il rimborso"}},
		{name: "pt-baixe-aplicativo-servico", lang: "pt", mid: `<p>Baixe o aplicativo do Detran e apresente o documento digital na fiscalização, orienta o órgão.</p>`, in: []string{"documento digital"}},
		{name: "fr-telechargez-application-service", lang: "fr", mid: `<p>Téléchargez l'application de la mairie avant le 12 mars pour voter en ligne, rappelle la préfecture.</p>`, in: []string{"voter en ligne"}},
		{name: "es-descargate-app-servicio", lang: "es", mid: `<p>Descárgate la app de Tráfico y lleva el carnet en el móvil, recomienda la dirección general.</p>`, in: []string{"carnet en el móvil"}},
		{name: "de-gesponsert-sentence", lang: "de", mid: `<p>Gesponsert wird das Stadtfest in diesem Jahr von der Sparkasse.</p>`, in: []string{"von der Sparkasse"}},
		{name: "nl-gesponsord-sentence", lang: "nl", mid: `<p>Gesponsord door de gemeente krijgt de speeltuin in april nieuwe schommels.</p>`, in: []string{"nieuwe schommels"}},
		{name: "en-in-partnership-sentence", lang: "en", mid: `<p>In partnership with the university, the council will count swimmers at both pools.</p>`, in: []string{"count swimmers"}},
		// Lines that open with a home word and a separator.
		{name: "crumb-home-greater-than", lang: "en", mid: `<p>Home &gt; 50% of buyers' budgets in three districts, the survey found.</p>`, in: []string{"50% of buyers"}},
		{name: "crumb-home-away-record", lang: "en", mid: `<p>Home/away record: 8-2 / 4-6</p>`, in: []string{"away record"}},
		{name: "crumb-howto-path", lang: "en", mid: `<p><strong>Home &gt; Settings &gt; Screen time</strong></p>`, in: []string{"Screen time"}},
		{name: "crumb-pt-inicio-fim", lang: "pt", mid: `<p>Início/fim das aulas: 5 de fevereiro / 18 de dezembro</p>`, in: []string{"fim das aulas"}},
		{name: "crumb-es-inicio-hora", lang: "es", mid: `<p>Inicio | 10.00 horas</p>`, in: []string{"10.00 horas"}},
		{name: "crumb-table-home-away", lang: "en", mid: `<table><tr><th>Home | Away</th><th>Score</th></tr><tr><td>Holmby | Grest</td><td>2-1</td></tr></table>`, in: []string{"Home | Away"}},
		// A trail whose last step, the page's title, is not linked.
		{name: "crumb-linked-title-unlinked", lang: "en", lead: `<p><a href="/">Home</a> » <a href="/news">News</a> » Council passes budget after four-hour debate</p>`, out: []string{"Home »"}},
		{name: "crumb-fr-accueil", lang: "fr", lead: `<p><a href="/">Accueil</a> &gt; <a href="/politique">Politique</a> &gt; Le budget adopté</p>`, out: []string{"Accueil"}},
		// Sentences that open and go on like a feed's footer.
		{name: "feed-en-post-which-appeared", lang: "en", mid: `<p>The post, which appeared first on Facebook on Sunday, was deleted within an hour.</p>`, in: []string{"deleted within an hour"}},
		{name: "feed-en-post-office", lang: "en", mid: `<p>The post office on Harbour Street appeared first on the list of closures.</p>`, in: []string{"post office on Harbour"}},
		{name: "feed-sv-inlagget", lang: "sv", mid: `<p>Inlägget, som dök först upp på Instagram, har nu tagits bort.</p>`, in: []string{"tagits bort"}},
		{name: "feed-it-articolo-legge", lang: "it", mid: `<p>L'articolo <a href="/legge/18">18</a> del regolamento proviene da una proposta della giunta.</p>`, in: []string{"proposta della giunta"}},
		{name: "feed-de-beitrag", lang: "de", tail: `<p>Der Beitrag <a href="https://holmby.example/haushalt">Haushalt beschlossen</a> erschien zuerst auf <a href="https://holmby.example">Holmby Zeitung</a>.</p>`, out: []string{"erschien zuerst"}},
		// Gallery counters with the word between the numbers.
		{name: "counter-de-bild-von", lang: "de", mid: `<p>Bild 3 von 12</p>`, out: []string{"Bild 3 von 12"}},
		{name: "counter-prose-photo-of", lang: "en", mid: `<p>Photo 3 of 12 shows the pool.</p>`, in: []string{"shows the pool"}},
	}
}

// fcR9BodyBulletRow: a key-point list inside an author-marked wrapper
// that holds the story is the story's bullets.
func fcR9BodyBulletRow() fcCase {
	p := fc9Prose("en")
	body := `<article><h1>Budget</h1><div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Holm</span><div class="entry-content"><div class="key-points"><h2>Key points</h2><ul><li>The budget passed by four votes.</li><li>Two pools will close early in winter.</li></ul></div><p>` + strings.Join(p, "</p><p>") + `</p></div></div></article>`
	return fcCase{class: "review9-body/author-wrapper-key-points", url: "https://holmby-courier.example/2024/01/02/council-budget",
		html: fcPage("en", "<title>Budget</title>", body),
		check: func(t *testing.T, a *article.Article) {
			fcWantBody(t, a, p, nil)
			if !fcHas(a.Bullets, "passed by four votes") {
				t.Errorf("bullets = %q, want the key points", a.Bullets)
			}
		}}
}

func fcReview9BodyCases() []fcCase {
	var cs []fcCase
	for _, r := range append(fcR9BodyAuthorRows(), fcR9BodyLineRows()...) {
		cs = append(cs, fc9BodyCase("review9-body/", r))
	}
	return append(cs, fcR9BodyBulletRow())
}
