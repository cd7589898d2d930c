package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Round-19 review rows (rev19) for the rules of the metamorphic round
// and cms17a: names with particles, initials and joined particles; the
// glued date after a byline name; "By far, …" prose; place-classed
// elements and filing lines with unknown towns; lightbox data captions,
// labelled caption lines, gallery credits, media microdata, teaser
// <article> cards; heading anchor ids. Ordinary pages of other sites and
// languages where the rules must not fire, and the forms they must still
// read. Names and sites are invented.
func fcReview19FalsePosCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcReview19NameRows()...)
	cs = append(cs, fcReview19BylineRows()...)
	cs = append(cs, fcReview19DatelineRows()...)
	cs = append(cs, fcReview19PictureRows()...)
	cs = append(cs, fcReview19MarkupRows()...)
	return cs
}

const (
	fcR19Es = `<p>El ayuntamiento aprobó el martes por la noche el presupuesto para el próximo año tras un largo debate en el pleno.</p>` +
		`<p>La oposición criticó sobre todo los recortes previstos en los programas juveniles y en las subvenciones a las asociaciones.</p>` +
		`<p>La alcaldesa defendió el proyecto y citó el aumento de los costes de energía y de personal en los servicios municipales.</p>`
	fcR19It = `<p>Il consiglio comunale ha approvato martedì sera il bilancio per il prossimo anno dopo un lungo dibattito in aula.</p>` +
		`<p>L'opposizione ha criticato soprattutto i tagli previsti ai programmi per i giovani e ai contributi alle associazioni.</p>` +
		`<p>La sindaca ha difeso il progetto citando l'aumento dei costi dell'energia e del personale nei servizi comunali.</p>`
	fcR19Url = "https://holmby-courier.example/news/story-of-the-day"
)

// fcR19Page is a story page in lang with a JSON-LD date, the header
// markup under the headline and body inside its <article>; foot goes in
// the page's footer.
func fcR19Page(lang, header, body, foot string) string {
	head := `<title>Story of the day | Holmby Courier</title>` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Story of the day","datePublished":"2024-03-05T10:00:00+01:00"}</script>`
	return fcPage(lang, head, `<header><a href="/">Holmby Courier</a></header><article><h1>Story of the day</h1>`+header+body+`</article><footer>`+foot+`</footer>`)
}

func fcR19Authors(name, page string, want ...string) fcCase {
	return fcCase{class: "review19/authors/" + name, url: fcR19Url, html: page,
		check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, want...) }}
}

func fcR19Dateline(name, page, want string) fcCase {
	return fcCase{class: "review19/dateline/" + name, url: fcR19Url, html: page,
		check: func(t *testing.T, a *article.Article) {
			if a.Dateline != want {
				t.Errorf("dateline = %q, want %q (authors %q)", a.Dateline, want, a.Authors)
			}
		}}
}

// fcReview19NameRows: institutions, places and prose with particles read
// where a person's name is looked for without a label (a copyright line,
// a signature, a dash sign-off, a date|name meta line).
func fcReview19NameRows() []fcCase {
	right := func(s string) string { return `<p style="text-align:right">` + s + `</p>` }
	return []fcCase{
		// a footer's copyright of a cultural centre or a ministry
		fcR19Authors("es-copyright-casa-de-la-cultura", fcR19Page("es", "", fcR19Es, `<p>© 2024 Casa de la Cultura de Holmby</p>`)),
		fcR19Authors("es-copyright-ministerio", fcR19Page("es", "", fcR19Es, `<p>© 2024 Ministerio de la Presidencia</p>`)),
		fcR19Authors("fr-copyright-maison-de-la", fcR19Page("fr", "", fcProse(0, 3), `<p>© 2024 Maison de la Radio</p>`)),
		// a press release signed by the office that issues it
		fcR19Authors("es-signature-ministerio", fcR19Page("es", "", fcR19Es+right("Ministerio de la Presidencia"), "")),
		fcR19Authors("es-signature-sala-de-prensa", fcR19Page("es", "", fcR19Es+right("Sala de Prensa de la Alcaldía"), "")),
		fcR19Authors("ar-dash-bank-al", fcR19Page("en", "", fcProse(0, 3)+`<p>— Bank al-Maghrib</p>`, "")),
		// a meta line of section, date and city
		fcR19Authors("es-meta-ciudad-de-mexico", fcR19Page("es", `<p class="meta">Nacional | 05/03/2024 | Ciudad de México</p>`, fcR19Es, "")),
		fcR19Authors("pt-meta-rio-de-janeiro", fcR19Page("pt", `<p class="meta">Cidades | 05/03/2024 | Rio de Janeiro</p>`, fcR19Es, "")),
		fcR19Authors("es-meta-santiago-de-compostela", fcR19Page("es", `<p class="meta">Galicia · 05.03.2024 · Santiago de Compostela</p>`, fcR19Es, "")),
		// still read: the person's name with particles in such a line
		fcR19Authors("es-meta-person-particles", fcR19Page("es", `<p class="meta">05/03/2024 | Ana de la Cruz</p>`, fcR19Es, ""), "Ana de la Cruz"),
		fcR19Authors("es-signature-person-particles", fcR19Page("es", "", fcR19Es+right("Ana de la Cruz"), ""), "Ana de la Cruz"),
	}
}

// fcReview19BylineRows: the glued date cut, usernames with digits, and
// lower-case usernames' appositions that end on a full stop.
func fcReview19BylineRows() []fcCase {
	meta := func(who string) string {
		return `<div class="meta"><span class="byline">` + who + `</span></div>`
	}
	return []fcCase{
		fcR19Authors("username-digit", fcR19Page("en", meta("By jane_doe3"), fcProse(0, 3), ""), "jane_doe3"),
		fcR19Authors("handle-studio54", fcR19Page("en", meta("By Studio54")+`<p class="date">March 5, 2024</p>`, fcProse(0, 3), ""), "Studio54"),
		fcR19Authors("handle-digit-then-date", fcR19Page("en", `<p class="byline">By Player1 March 5, 2024</p>`, fcProse(0, 3), ""), "Player1"),
		fcR19Authors("name-glued-date-still-cut", fcR19Page("en", `<p class="byline">By Jane Doe5 March 2024</p>`, fcProse(0, 3), ""), "Jane Doe"),
		fcR19Authors("name-glued-numeric-date-still-cut", fcR19Page("de", `<p class="byline">Von Jana Holmberg05.03.2024</p>`, fcProse(0, 3), ""), "Jana Holmberg"),
		// a lower-case username and a role, closed by a full stop
		fcR19Authors("username-role-full-stop", fcR19Page("en", `<p class="byline">By jdoe, staff writer.</p>`, fcProse(0, 3), ""), "jdoe"),
		fcR19Authors("en-by-now-short", fcR19Page("en", `<p>By now, few remain.</p>`+fcProse(0, 3), "", "")),
		fcR19Authors("es-por-ahora-short", fcR19Page("es", `<p>Por ahora, nadie sabe.</p>`+fcR19Es, "", "")),
		// a long byline line of several names with particles is a byline
		fcR19Authors("long-names-byline", fcR19Page("en", `<p>By Ana María de la Cruz, Hamad bin Khalid al-Kuwari and J. R. R. van der Merwe-Okafor</p>`, fcProse(0, 3), ""),
			"Ana María de la Cruz", "Hamad bin Khalid al-Kuwari", "J. R. R. van der Merwe-Okafor"),
	}
}

// fcReview19DatelineRows: filing lines whose words after the opener are
// no place, and place-classed elements holding no place.
func fcReview19DatelineRows() []fcCase {
	filing := func(line string) string {
		return `<div class="byline-block"><p class="byline">By Tove Lindqvist</p><p class="filing">` + line + `</p></div>`
	}
	sign := func(place string) string {
		return `<div class="byline"><span class="author">Tove Lindqvist</span> <span class="location">` + place + `</span> <time datetime="2024-03-05T10:00">March 5, 2024</time></div>`
	}
	return []fcCase{
		fcR19Dateline("filing-home", fcR19Page("en", filing("Reporting from Home"), fcProse(0, 3), ""), ""),
		fcR19Dateline("filing-the-scene", fcR19Page("en", filing("Reporting from the scene"), fcProse(0, 3), ""), ""),
		fcR19Dateline("filing-front-lines", fcR19Page("en", filing("Reporting From Ukraine’s Front Lines"), fcProse(0, 3), ""), ""),
		fcR19Dateline("filing-our-newsroom", fcR19Page("en", filing("Reporting from Our Newsroom"), fcProse(0, 3), ""), ""),
		fcR19Dateline("filing-parliament", fcR19Page("en", filing("Reporting from Parliament"), fcProse(0, 3), ""), ""),
		// the Italian correspondent's line names the correspondent
		fcR19Dateline("it-inviato-name", fcR19Page("it", `<p class="byline">Dal nostro inviato Marco Bellandi</p>`, fcR19It, ""), ""),
		fcR19Dateline("it-corrispondente-name", fcR19Page("it", `<p class="byline">Dalla nostra corrispondente Giulia Ferrandi</p>`, fcR19It, ""), ""),
		// still read
		fcR19Dateline("filing-unknown-town", fcR19Page("en", filing("Reporting from Holmby, Maine"), fcProse(0, 3), ""), "Holmby, Maine"),
		// place-classed elements holding no place
		fcR19Dateline("location-online", fcR19Page("en", sign("Online"), fcProse(0, 3), ""), ""),
		fcR19Dateline("location-worldwide", fcR19Page("en", sign("Worldwide"), fcProse(0, 3), ""), ""),
		fcR19Dateline("location-foreign-desk", fcR19Page("en", sign("Foreign Desk"), fcProse(0, 3), ""), ""),
		fcR19Dateline("location-town-hall", fcR19Page("en", sign("Town Hall"), fcProse(0, 3), ""), ""),
		fcR19Dateline("location-opinion", fcR19Page("en", sign("Opinion"), fcProse(0, 3), ""), ""),
		fcR19Dateline("location-remote", fcR19Page("en", sign("Remote"), fcProse(0, 3), ""), ""),
		fcR19Dateline("lugar-redaccion", fcR19Page("es", `<div class="firma"><span class="autor">Irene Calvo</span> <span class="lugar">Redacción</span> <time datetime="2024-03-05T10:00">05/03/2024</time></div>`, fcR19Es, ""), ""),
		fcR19Dateline("lugar-agencias", fcR19Page("es", `<div class="firma"><span class="autor">Irene Calvo</span> <span class="lugar">Agencias</span> <time datetime="2024-03-05T10:00">05/03/2024</time></div>`, fcR19Es, ""), ""),
		// still read: a small town in a place-classed element
		fcR19Dateline("location-small-town", fcR19Page("en", sign("Holmby"), fcProse(0, 3), ""), "Holmby"),
		fcR19Dateline("byline-location-untold-town", fcR19Page("en", `<div class="byline"><span class="byline__author">Tove Lindqvist</span> <span class="byline__location">Kestrelby</span> <time datetime="2024-03-05T10:00">March 5, 2024</time></div>`, fcProse(0, 3), ""), "Kestrelby"),
		fcR19Dateline("lugar-untold-town", fcR19Page("es", `<div class="firma"><span class="autor">Irene Calvo</span> <span class="lugar">Valdecañas</span> <time datetime="2024-03-05T10:00">05/03/2024</time></div>`, fcR19Es, ""), "Valdecañas"),
	}
}

// fcR19Pictures is a picture page checked by check.
func fcR19Pictures(name, page string, check func(t *testing.T, a *article.Article)) fcCase {
	return fcCase{class: "review19/pictures/" + name, url: fcR19Url, html: page, check: check}
}

func fcR19WantImage(name, caption, credit string) func(t *testing.T, a *article.Article) {
	return func(t *testing.T, a *article.Article) { t.Helper(); fcWantImage(t, a, name, caption, credit) }
}

func fcR19NoCaption(t *testing.T, a *article.Article) {
	t.Helper()
	for _, im := range a.Images {
		if im.Caption != "" || im.Credit != "" {
			t.Errorf("image %s: caption %q credit %q, want none", im.URL, im.Caption, im.Credit)
		}
	}
}

// fcReview19PictureRows: gallery captions whose label names the subject,
// data attributes holding no caption, the story's own <article> boxes,
// a video page's author.
func fcReview19PictureRows() []fcCase {
	by := `<p class="byline">By Tove Lindqvist</p>`
	prose := fcProse(0, 3)
	gallery := func(cap string) string {
		return `<figure class="wp-block-gallery has-nested-images"><figure class="wp-block-image"><img src="/img/g1.jpg" alt=""></figure><figure class="wp-block-image"><img src="/img/g2.jpg" alt=""></figure><figcaption class="blocks-gallery-caption">` + cap + `</figcaption></figure>`
	}
	return []fcCase{
		// (the last picture takes the gallery's caption whole, an older
		// rule's doing; the first must not be credited by it)
		fcR19Pictures("gallery-photos-of-subject", fcR19Page("en", by, prose+gallery("The ferry's first day. Photos: the deck, the bridge and the galley")+prose, ""), func(t *testing.T, a *article.Article) {
			for _, im := range a.Images {
				if strings.Contains(im.URL, "g1.jpg") && strings.Contains(im.Credit, "deck") {
					t.Errorf("image %s credited %q", im.URL, im.Credit)
				}
			}
		}),
		fcR19Pictures("de-gallery-fotos-subject", fcR19Page("de", by, prose+gallery("Der Abend im Rathaus. Fotos: Die Preisträger des Abends")+prose, ""), func(t *testing.T, a *article.Article) {
			for _, im := range a.Images {
				if strings.Contains(im.URL, "g1.jpg") && strings.Contains(im.Credit, "Preisträger") {
					t.Errorf("image %s credited %q", im.URL, im.Credit)
				}
			}
		}),
		// still read
		fcR19Pictures("gallery-credit-after-sentence", fcR19Page("en", by, prose+gallery("Damage along the coast road. Photos: Jane Doe")+prose, ""), fcR19WantImage("g1.jpg", "", "Jane Doe")),
		// data-description holding a file name or shop text
		fcR19Pictures("data-description-filename", fcR19Page("en", by, prose+`<p><a href="/img/big.jpg" class="glightbox" data-description="IMG_2031.JPG"><img src="/img/p1.jpg" alt=""></a></p>`+prose, ""), fcR19NoCaption),
		fcR19Pictures("data-sub-html-filename", fcR19Page("en", by, prose+`<div class="lightgallery"><a href="/img/big.jpg" data-sub-html="<h4>DSC_0412.jpg</h4>"><img src="/img/p1.jpg" alt=""></a></div>`+prose, ""), fcR19NoCaption),
		// a live blog's entry with a picture, its heading a permalink
		fcR19Pictures("liveblog-entry-fragment", fcR19Page("en", by, prose+`<article class="liveblog-entry"><h2><a href="#post-1234">10:32 The ferry docks</a></h2><figure><img src="/img/live1.jpg" alt=""><figcaption>The ferry at the pier. Photo: Jane Doe</figcaption></figure></article>`+prose, ""),
			fcR19WantImage("live1.jpg", "The ferry at the pier.", "Jane Doe")),
		fcR19Pictures("liveblog-entry-query", fcR19Page("en", by, prose+`<article class="liveblog-entry"><h2><a href="/news/story-of-the-day?post=1234">10:32 The ferry docks</a></h2><figure><img src="/img/live1.jpg" alt=""><figcaption>The ferry at the pier. Photo: Jane Doe</figcaption></figure></article>`+prose, ""),
			fcR19WantImage("live1.jpg", "The ferry at the pier.", "Jane Doe")),
		// a video page's microdata author is the story's
		fcCase{class: "review19/pictures/video-page-author", url: fcR19Url,
			html:  fcPage("en", `<title>Ferry video | Holmby Courier</title>`, `<main><div itemscope itemtype="https://schema.org/VideoObject"><h1 itemprop="name">Story of the day</h1><p>By <span itemprop="author">Tove Lindqvist</span></p><video src="/v/ferry.mp4"></video>`+prose+`</div></main>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "Tove Lindqvist") }},
	}
}

// fcReview19MarkupRows: chrome headings whose ids are made of their own
// words stay chrome.
func fcReview19MarkupRows() []fcCase {
	row := func(name, tail string, out ...string) fcCase {
		return fcCase{class: "review19/markup/" + name, url: fcR19Url, html: fcR19Page("en", `<p class="byline">By Tove Lindqvist</p>`, fcProse(0, 4)+tail, ""),
			check: func(t *testing.T, a *article.Article) { fcWantBody(t, a, nil, out) }}
	}
	links := `<ul><li><a href="/news/pier">Council approves the new pier after a long and heated debate</a></li><li><a href="/news/fares">Island residents to get a discount on the ferry fares</a></li></ul>`
	return []fcCase{
		row("related-articles-anchor", `<h2 id="related-articles">Related articles</h2>`+links, "Related articles", "Council approves the new pier"),
		row("more-from-site-anchor", `<h2 id="more-from-holmby-courier">More from Holmby Courier</h2>`+links, "More from Holmby Courier", "Council approves the new pier"),
		row("recommended-anchor", `<h3 id="recommended-for-you">Recommended for you</h3>`+links, "Recommended for you", "Council approves the new pier"),
	}
}
