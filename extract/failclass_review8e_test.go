package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Review probes for the eighth round's body-chrome words and rules
// (meta markers at a field's start, follow platforms, gallery counters,
// the new boiler lines and prefixes of many languages): ordinary prose
// that opens with, quotes or holds those words, which must stay. The
// prose and names are invented. TestFailureClasses runs them.

// fcReview8eRows are the probes: a paragraph set between the story's
// second and third paragraphs (mid), kept whole (in).
func fcReview8eRows() []fc8BodyRow {
	p := func(s string) string { return "<p>" + s + "</p>" }
	row := func(name, lang, s string) fc8BodyRow {
		return fc8BodyRow{name: name, lang: lang, mid: p(s), in: []string{s}}
	}
	return []fc8BodyRow{
		// a meta marker after a comma or a dash inside a sentence
		row("meta-after-comma/en-published-by", "en", "The study, published by the council on Monday, found that ferry use doubled."),
		row("meta-after-dash/en-published-by", "en", "The vote – published by the council on Monday – was closer than hoped."),
		row("meta-after-comma/en-filed-under", "en", "The complaint, filed under the new planning law, was rejected in March."),
		row("meta-after-comma/en-posted-by", "en", "A photo of the pier, posted by a passenger on Sunday, drew hundreds of replies."),
		row("meta-after-comma/de-veroeffentlicht-von", "de", "Die Studie, veröffentlicht von der Stadt am Montag, zeigt einen deutlichen Anstieg."),
		row("meta-after-comma/fr-publie-par", "fr", "Le rapport, publié par la mairie lundi, montre une nette hausse du trafic."),
		row("meta-after-comma/es-publicado-por", "es", "El informe, publicado por el ayuntamiento el lunes, muestra un fuerte aumento."),
		row("meta-after-comma/pt-publicado-por", "pt", "O relatório, publicado por a câmara na segunda-feira, mostra um forte aumento."),
		// a labelled marker after a number: a count, not a reading time
		row("meta-after-number/fr-mots-cles", "fr", "Le maire a résumé son projet en 3 mots-clés : sobriété, confiance et proximité."),
		row("meta-after-number/en-tags", "en", "Volunteers fixed 40 tags: one on every bench along the new harbour walk."),
		// a marker opening a sentence, a reading time in prose
		row("meta-line-start/en-posted-in-year", "en", "Posted in 2019 by a deckhand, the clip of the old ferry leaving Holmby harbour has been viewed more than a million times."),
		row("timestamp-start/en-posted-in-year-short", "en", "Posted in 2019, the clip of the old ferry has been viewed more than a million times."),
		row("meta-after-number/en-min-read-prose", "en", "The council's report is a 40 min read, and few of the members had finished it by Tuesday."),
		// a follow line's platform word in prose
		row("follow-prose/en-threads", "en", "Follow the threads of the budget and you reach the harbour office."),
		row("follow-prose/en-youtube-later", "en", "Follow the river north to Grest; the path passes the house of a YouTube star and two old mills."),
		row("follow-prose/en-telegram", "en", "Follow the trail of the telegram the mayor sent in 1921 and the story begins."),
		// a boiler prefix opening a quotation
		row("quote-prefix/en-sign-up-for", "en", "“Sign up for the newsletter and you get the timetable first,” the operator's spokeswoman told residents."),
		row("quote-prefix/de-folgen-sie-uns-auf", "de", "„Folgen Sie uns auf unserem Weg“, sagte die Bürgermeisterin zu den Gegnern des Plans."),
		row("quote-prefix/fr-abonnez-vous", "fr", "« Abonnez-vous à notre newsletter », répétait l'animateur à chaque émission, raconte sa fille."),
		row("quote-prefix/es-siguenos", "es", "«Síguenos hasta la plaza», gritaban los manifestantes al pasar frente al ayuntamiento."),
		row("quote-prefix/ru-podpishites", "ru", "«Подпишитесь на наш канал», — призывал блогер в каждом ролике, вспоминает его сестра."),
		row("quote-prefix/pl-zapisz-sie", "pl", "„Zapisz się do naszego newslettera”, namawiał prezenter w każdym programie, wspomina jego córka."),
		row("quote-prefix/sv-folj-oss-pa", "sv", "”Följ oss på vår resa genom landet”, skrev paret i sitt första inlägg på bloggen."),
		row("quote-prefix/cs-sledujte-nas", "cs", "„Sledujte nás na cestě k moři“, vyzval starosta účastníky pochodu."),
		// prose that opens with a tail label's or a prefix's words
		row("prose-start/en-read-more", "en", "Read more about the plan in the council's report, the mayor told critics on Tuesday."),
		row("prose-start/de-mehr-zum-thema", "de", "Mehr zum Thema Verkehr finden Sie im Bericht der Stadt, der am Montag erschienen ist."),
		// a gallery counter word with the picture's description
		row("gallery-counter-prose/en", "en", "Photo 1 of 3 shows the harbour before the storm."),
	}
}

func fcReview8eCases() []fcCase {
	var cs []fcCase
	for _, r := range fcReview8eRows() {
		p := fc8Prose(r.lang)
		body := "<p>" + p[0] + "</p><p>" + p[1] + "</p>" + r.mid + "<p>" + p[2] + "</p><p>" + p[3] + "</p>" + r.tail
		wrap := `<article class="post"><h1>Budget</h1><div class="entry-content">%s</div></article>`
		in := append(append([]string{}, p...), r.in...)
		cs = append(cs, fcCase{class: "review8e/" + r.name, url: "https://holmby-courier.example/2024/01/02/council-budget",
			html: fcPage(r.lang, "<title>Budget</title>", strings.Replace(wrap, "%s", body, 1)),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, in, nil)
			}})
	}
	return cs
}
