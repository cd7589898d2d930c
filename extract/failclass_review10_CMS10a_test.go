package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Review probes for the rules the cms10a merge added: reporter contact
// lines and the emoji trimmed before the furniture checks, a picture's
// credit standing as a paragraph, key-point boxes ending in a note and
// the new key-point labels, "postings" as chrome, the update word left
// of a cut date, a word joined to a desk's name, a caption's last part
// read as its credit, and the dateline looked for after a lead. Each row
// is text or a field a careless form of a rule would lose, or a variant
// of the form the rule is for. Pages, names and sites are made up.
// TestFailureClasses runs them.

// fcR10CMSBodyRows: paragraphs of a story that look like the contact
// lines and emoji-led prompts, and the lines the rules are for.
func fcR10CMSBodyRows() []fc9BodyRow {
	return []fc9BodyRow{
		// Contact lines of the story's own people: an agency, a police
		// appeal, a festival. Only the reporter's line is furniture.
		{name: "contact-police-appeal-them", lang: "en", mid: `<p>Anyone who saw the crash on Harbour Street can contact them at tips@holmbypolice.example.</p>`, in: []string{"tips@holmbypolice"}},
		{name: "contact-organisers-reached-mid", lang: "en", mid: `<p>The organisers can be reached at fest@holmby.example until Friday, when the line-up is announced.</p>`, in: []string{"fest@holmby.example until Friday"}},
		{name: "contact-influencer-follow-her", lang: "en", mid: `<p>She asks fans to follow her on Instagram, where @islandswimmer posts a video from the water every morning before work.</p>`, in: []string{"@islandswimmer posts"}},
		{name: "contact-inline-address", lang: "en", mid: `<p>Residents can send their comments to planning@holmby.example until March 3.</p>`, in: []string{"planning@holmby.example"}},
		// An address announced by the paragraph before it.
		{name: "contact-address-after-colon", lang: "en", mid: `<p>Entries for the photo contest go to the council by e-mail before the end of May:</p><p>contest@holmby.example</p>`, in: []string{"before the end of May:", "contest@holmby.example"}},
		// The reporter's lines, which go.
		{name: "contact-reporter-address-alone", lang: "en", tail: `<p><em>jholm@holmby-courier.example</em></p>`, out: []string{"jholm@"}},
		{name: "contact-reporter-tagline", lang: "en", tail: `<p><em>Jane Holm covers city hall for the Courier. Reach her at jholm@holmby-courier.example or follow her on X @janeholm.</em></p>`, out: []string{"Reach her at"}},
		{name: "contact-reporter-reached-at", lang: "en", tail: `<p>Jane Holm can be reached at jholm@holmby-courier.example or 555-0100.</p>`, out: []string{"can be reached"}},
		// A copyright line opening with the sign still goes once the
		// emoji before the furniture checks are trimmed: the sign is no
		// emoji.
		{name: "copyright-sign-long-line", lang: "en", tail: `<p>© Copyright The Holmby Courier Media Group and its licensors, reproduction prohibited</p>`, out: []string{"licensors"}},
		// Story lines opened by an emoji, as live pages and newsletters
		// set them.
		{name: "emoji-led-story-line", lang: "en", mid: `<p>📍 Holmby: the pools close at six from Monday, the council said.</p>`, in: []string{"the pools close at six"}},
		{name: "emoji-led-prompt", lang: "pt", tail: `<p>📲 Participe do canal do Correio de Holmby no WhatsApp</p>`, out: []string{"Participe do canal"}},
		{name: "article-content-in-sentence", lang: "en", mid: `<p>Article content rules for the new school curriculum were published on Monday.</p>`, in: []string{"Article content rules"}},
		{name: "article-content-marker", lang: "en", mid: `<p>Article content</p>`, out: []string{"Article content"}},
		// A picture's credit in a block of its own beside its caption
		// goes; the same name in a sentence of the story stays.
		{name: "credit-block-beside-caption", lang: "en", mid: `<figure><img src="/img/pool.jpg" width="800" height="500" alt=""><figcaption><p class="caption">The east side pool, which closes at six from Monday.</p><span class="credit">Ida Sund</span></figcaption></figure><p>Ida Sund, who took the pictures for the council's report, said the pool was half empty most evenings.</p>`,
			in: []string{"Ida Sund, who took"}, out: []string{"which closes at six"}},
	}
}

// fcR10CMSBoxRows: key-point boxes and boxes that only look like them.
func fcR10CMSBoxRows() []fcCase {
	type row struct {
		name, lang, box string
		bullets         int
		in, out         []string
	}
	rows := []row{
		// A section of the story that opens with a key-point label and
		// ends with a sentence of the story: the sentence stays.
		{name: "wp-group-what-we-know-then-sentence", lang: "en", box: `<div class="wp-block-group"><h2>What we know</h2><ul><li>The pools close at six from Monday.</li><li>The libraries keep their hours.</li></ul><p>The council meets again next week to vote on the fees.</p></div>`,
			bullets: 2, in: []string{"meets again next week"}, out: []string{"pools close at six"}},
		{name: "section-in-short-then-sentence", lang: "en", box: `<section><h3>In short</h3><ul><li>The budget passed by four votes.</li><li>Two pools close early.</li></ul><p>Opposition members said they would appeal.</p></section>`,
			bullets: 2, in: []string{"would appeal"}},
		// A key-point box named so, with its note: the note goes.
		{name: "sv-faktaruta-small-note", lang: "sv", box: `<div class="faktaruta"><h3>I korthet</h3><ul><li>Budgeten antogs med fyra rösters övervikt.</li><li>Två simhallar stänger tidigare.</li></ul><small>Sammanfattningen är gjord med hjälp av AI och granskad av redaktionen.</small></div>`,
			bullets: 2, out: []string{"Sammanfattningen är gjord"}},
		{name: "da-summary-note", lang: "da", box: `<section class="article-summary"><h2>Kort fortalt</h2><ul><li>Budgettet blev vedtaget med fire stemmers flertal.</li><li>To svømmehaller lukker tidligere.</li></ul><p>Resuméet er lavet med kunstig intelligens og tjekket af redaktionen.</p></section>`,
			bullets: 2, out: []string{"Resuméet er lavet"}},
		{name: "pl-strong-label", lang: "pl", box: `<div><strong>Najważniejsze informacje</strong><ul><li>Budżet przyjęto czterema głosami.</li><li>Dwa baseny będą zamykane wcześniej.</li></ul></div>`,
			bullets: 2, out: []string{"Najważniejsze informacje"}},
	}
	var cs []fcCase
	for _, r := range rows {
		p := fc9Prose(r.lang)
		body := `<article><h1>Budget</h1><div class="entry-content"><p>` + p[0] + `</p><p>` + p[1] + `</p>` + r.box + `<p>` + p[2] + `</p><p>` + p[3] + `</p></div></article>`
		in := append(append([]string{}, p...), r.in...)
		out, n := r.out, r.bullets
		cs = append(cs, fcCase{class: "review10-cms10a/" + r.name, url: "https://holmby-courier.example/2024/01/02/council-budget",
			html: fcPage(r.lang, "<title>Budget</title>", body),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Bullets) != n {
					t.Errorf("bullets = %q, want %d", a.Bullets, n)
				}
				fcWantBody(t, a, in, out)
			}})
	}
	return cs
}

// fcR10CMSPostingsRows: "postings" names a paper's reader forum, never
// the post a blog theme wraps in a list of that name.
func fcR10CMSPostingsRows() []fcCase {
	p := fc9Prose("en")
	story := "<p>" + strings.Join(p, "</p><p>") + "</p>"
	pages := []struct{ name, body string }{
		{"blog-postings-list-around-post", `<main><div class="postings"><div class="posting"><h1>Budget</h1><div class="posting-body">` + story + `</div></div></div></main>`},
		{"job-postings-story-container", `<main><h1>Budget</h1><div class="job-postings-story">` + story + `</div></main>`},
		{"postings-id-around-article", `<div id="postings"><article><h1>Budget</h1>` + story + `</article></div>`},
	}
	var cs []fcCase
	for _, pg := range pages {
		cs = append(cs, fcCase{class: "review10-cms10a/" + pg.name, url: "https://holmby-notes.example/2024/01/02/budget",
			html:  fcPage("en", "<title>Budget</title>", pg.body),
			check: func(t *testing.T, a *article.Article) { fcWantBody(t, a, p, nil) }})
	}
	// The forum after an Austrian paper's story goes.
	de := fc9Prose("de")
	cs = append(cs, fcCase{class: "review10-cms10a/at-postings-forum", url: "https://holmby-zeitung.example/story/2024/haushalt",
		html: fcPage("de", "<title>Haushalt</title>", `<main><article><h1>Haushalt</h1><div class="article-body"><p>`+strings.Join(de, "</p><p>")+`</p></div></article>
<div class="postings"><h2>Postings</h2><div class="posting"><p>Holmbyer: Endlich spart die Stadt einmal bei den Bädern und nicht bei den Schulen, das war längst fällig.</p></div><div class="posting"><p>Grestfan: Die Bibliotheken braucht man im Winter mehr als jedes neue Amtsgebäude am Hafen.</p></div></div></main>`),
		check: func(t *testing.T, a *article.Article) {
			fcWantBody(t, a, de, []string{"Holmbyer", "Grestfan", "Postings"})
		}})
	return cs
}

// fcR10CMSAuthorRows: bylines with an update word, desks and joiners.
func fcR10CMSAuthorRows() []fcCase {
	rows := []struct {
		name, lang, byline string
		want               []string
	}{
		{"es-actualizado-after-name", "es", `Por Ana Ruiz Casado | Actualizado 05/03/2024 10:12`, []string{"Ana Ruiz Casado"}},
		{"de-aktualisiert-after-name", "de", `Von Jonas Brehm, aktualisiert am 05.03.2024`, []string{"Jonas Brehm"}},
		// Two people joined: the second is no desk's word.
		{"pt-two-people", "pt", `Por Ana Souza e Pedro Lima`, []string{"Ana Souza", "Pedro Lima"}},
		{"pt-desk-and-wire", "pt", `Por g1 Holmby e Folhapress`, []string{"Folhapress"}},
		{"pt-person-desk-region", "pt", `Por Ana Souza, g1 Holmby e Região`, []string{"Ana Souza"}},
		{"en-person-and-person", "en", `By Jane Holm and Ida Sund`, []string{"Jane Holm", "Ida Sund"}},
		{"pt-person-and-person-after-desk", "pt", `Por Ana Souza, g1 Holmby, e Pedro Lima`, []string{"Ana Souza", "Pedro Lima"}},
		{"it-desk-and-wire", "it", `di Redazione e Ansa`, []string{"Ansa"}},
	}
	var cs []fcCase
	for _, r := range rows {
		p := fc9Prose(r.lang)
		want := r.want
		cs = append(cs, fcCase{class: "review10-cms10a/author-" + r.name, url: "https://holmby-courier.example/2024/03/05/budget",
			html:  fcPage(r.lang, "<title>Budget</title>", `<article><h1>Budget</h1><p class="byline">`+r.byline+`</p><div class="article-body"><p>`+strings.Join(p, "</p><p>")+`</p></div></article>`),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, want...) }})
	}
	return cs
}

// fcR10CMSCaptionRows: figcaptions in two parts, the last a credit or
// not.
func fcR10CMSCaptionRows() []fcCase {
	rows := []struct {
		name, cap, caption, credit string
	}{
		{"glued-slash-credit", `<span class="cap">The pier at dusk.</span><span class="by">Jane Holm/Holmby Courier</span>`, "The pier at dusk.", "Jane Holm/Holmby Courier"},
		{"second-sentence-not-credit", `<span class="cap">The pier at dusk.</span> <span class="more">Reuters reported the crossing took an hour.</span>`, "", ""},
		{"route-not-credit", `<span class="cap">The map of the new line.</span><span class="more">Holmby/Grest ferry route</span>`, "", ""},
		{"sentence-goes-on", `<span class="cap">Jane Holm and Ida Sund at the pier with</span> <span class="more">Holm/Sund</span>`, "", ""},
	}
	p := fc9Prose("en")
	var cs []fcCase
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: "review10-cms10a/caption-" + r.name, url: "https://holmby-courier.example/2024/03/05/budget",
			html: fcPage("en", "<title>Budget</title>", `<article><h1>Budget</h1><div class="article-body"><p>`+p[0]+`</p><figure><img src="/img/pier-at-dusk.jpg" width="800" height="500" alt=""><figcaption>`+r.cap+`</figcaption></figure><p>`+strings.Join(p[1:], "</p><p>")+`</p></div></article>`),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Images) == 0 {
					t.Fatalf("no image")
				}
				im := a.Images[0]
				if r.credit != "" && im.Credit != r.credit {
					t.Errorf("credit = %q, want %q", im.Credit, r.credit)
				}
				if r.credit == "" && im.Credit != "" {
					t.Errorf("credit = %q, want none (caption %q)", im.Credit, im.Caption)
				}
				if r.caption != "" && im.Caption != r.caption {
					t.Errorf("caption = %q, want %q", im.Caption, r.caption)
				}
			}})
	}
	return cs
}

// fcR10CMSDatelineRows: the dateline after a lead, and a second
// paragraph's place when the first is no lead.
func fcR10CMSDatelineRows() []fcCase {
	p := fc9Prose("en")
	rows := []struct{ name, body, want string }{
		{"after-lead-block", `<article><h1>Budget</h1><p class="article-lead">The vote ends a year of argument over the pools and the libraries of the east side.</p><div class="article-body"><p>HOLMBY — ` + p[0] + `</p><p>` + strings.Join(p[1:], "</p><p>") + `</p></div></article>`, "HOLMBY"},
		// A round-up: its first paragraph opens the story, a later one
		// a section filed elsewhere.
		{"roundup-second-paragraph", `<article><h1>Budget</h1><div class="article-body"><p>` + p[0] + `</p><p>GREST — ` + p[1] + `</p><p>` + strings.Join(p[2:], "</p><p>") + `</p></div></article>`, ""},
		// The top story of a front page named "lead": its own first
		// paragraph has no dateline.
		{"lead-story-wrapper", `<main><div class="lead-story"><h1>Budget</h1><div class="story-text"><p>` + p[0] + `</p><p>GREST — ` + p[1] + `</p><p>` + strings.Join(p[2:], "</p><p>") + `</p></div></div></main>`, ""},
	}
	var cs []fcCase
	for _, r := range rows {
		want := r.want
		cs = append(cs, fcCase{class: "review10-cms10a/dateline-" + r.name, url: "https://holmby-courier.example/2024/03/05/budget",
			html: fcPage("en", "<title>Budget</title>", r.body),
			check: func(t *testing.T, a *article.Article) {
				if !strings.EqualFold(a.Dateline, want) {
					t.Errorf("dateline = %q, want %q", a.Dateline, want)
				}
			}})
	}
	return cs
}

func fcReview10CMS10aCases() []fcCase {
	var cs []fcCase
	for _, r := range fcR10CMSBodyRows() {
		cs = append(cs, fc9BodyCase("review10-cms10a/", r))
	}
	cs = append(cs, fcR10CMSBoxRows()...)
	cs = append(cs, fcR10CMSPostingsRows()...)
	cs = append(cs, fcR10CMSAuthorRows()...)
	cs = append(cs, fcR10CMSCaptionRows()...)
	return append(cs, fcR10CMSDatelineRows()...)
}
