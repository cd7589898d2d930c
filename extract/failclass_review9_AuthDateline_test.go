package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// Review probes for the ninth round's author and dateline rules: the
// JSON-LD publisher's own credit (publisherOnly), the Romance adverbial
// opening, the CJK role glued to a name, the states and provinces after a
// town (dateline_regions), and the dateline read from the lead set apart
// above the text (lead-dateline). Rows where the rules must not fire, or
// must fire in a variant form. Names, sites and prose are invented.
// TestFailureClasses runs them.

func fcReview9AuthDatelineCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcR9PublisherCases()...)
	cs = append(cs, fcR9AdverbialCases()...)
	cs = append(cs, fcR9CJKRoleCases()...)
	cs = append(cs, fcR9RegionCases()...)
	cs = append(cs, fcR9LeadCases()...)
	cs = append(cs, fcR9ScriptBracketCases()...)
	return cs
}

// fcR9PublisherCases: the publisher is the author too. A wire's story on
// the wire's own site printing the agency in the byline's place, a blog
// whose owner's JSON-LD is typed Organization but whose byline prints the
// name: the byline's place counts (fields.md), whatever JSON-LD says.
func fcR9PublisherCases() []fcCase {
	ld := func(author, publisher string) string {
		return fcP9LD(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","author":{"@type":"Organization","name":"` + author + `"},"publisher":{"@type":"Organization","name":"` + publisher + `"}}`)
	}
	site := func(s string) string { return `<meta property="og:site_name" content="` + s + `">` }
	return fcAuthorRows("authors/r9-publisher", []fcAuthorRow{
		{name: "wire-own-site-byline-prints-wire", html: fcStory(ld("Reuters", "Reuters")+site("Reuters"), `<p class="byline">By Reuters</p>`, "", ""), want: []string{"Reuters"}},
		{name: "wire-own-site-byline-prints-writer", html: fcStory(ld("Reuters", "Reuters")+site("Reuters"), `<p class="byline">By Marta Olsen</p>`, "", ""), want: []string{"Marta Olsen"}},
		{name: "wire-own-site-staff-byline", html: fcStory(ld("Holmby Press Agency", "Holmby Press Agency")+site("Holmby Press Agency"), `<p class="byline">By Holmby Press Agency Staff</p>`, "", ""), want: []string{"Holmby Press Agency Staff"}},
		{name: "blog-owner-org-typed-byline-prints-name", html: fcStory(ld("Marta Olsen", "Marta Olsen")+site("Marta Olsen"), `<div class="entry-meta"><span class="byline">Posted by <a href="/author/marta/">Marta Olsen</a></span></div>`, "", ""), want: []string{"Marta Olsen"}},
		// a wire's story republished by a paper: the wire is no publisher
		{name: "wire-author-on-paper-publisher-differs-from-site", html: fcStory(ld("Holmby Press Agency", "Courier Media Group")+site("Holmby Courier"), "", "", ""), want: []string{"Holmby Press Agency"}},
		// the site's name under the publisher's group name
		{name: "org-author-is-site-not-publisher", html: fcStory(ld("Holmby Courier", "Courier Media Group")+site("Holmby Courier"), "", "", "")},
	})
}

// fcR9AdverbialCases: real bylines of Spanish, French, Italian and
// Portuguese pages with a role or a place after the comma, and one
// adverbial opening per language that is prose. (A lower-case byline,
// "por jo doe, corresponsal", credits nobody with or without the rule:
// an untrusted source's lower-case words are no name.)
func fcR9AdverbialCases() []fcCase {
	return fcAuthorRows("authors/r9-adverbial", []fcAuthorRow{
		{name: "es-lower-byline-role", html: fcP8Line("es", "Por Marta Olsen, corresponsal en Bruselas"), want: []string{"Marta Olsen"}},
		{name: "fr-byline-envoye-special", html: fcP8Line("fr", "Par Marta Olsen, envoyée spéciale à Kiev"), want: []string{"Marta Olsen"}},
		{name: "es-two-writers-then-place", html: fcP8Line("es", "Por Marta Olsen y Jonas Lind, Madrid"), want: []string{"Marta Olsen", "Jonas Lind"}},
		// prose openings, one per language, on pages that credit nobody
		{name: "es-por-otro-lado", html: fcP8Line("es", "Por otro lado, Jonas Lind explicó que el transbordador saldrá a tiempo.")},
		{name: "it-per-questo", html: fcP8Line("it", "Per questo motivo, Jonas Lind ha rinviato la traversata a lunedì.")},
		{name: "fr-par-consequent", html: fcP8Line("fr", "Par conséquent, Jonas Lind a reporté la traversée à lundi matin.")},
		{name: "pt-por-outro-lado", html: fcP8Line("pt", "Por outro lado, Jonas Lind explicou que a travessia sai na hora.")},
	})
}

// fcR9CJKRoleCases: a Korean given name that is also the word for
// reporter ("이기자", Lee Gi-ja) keeps its syllables; a role glued after a
// surname alone ("山田記者") leaves the surname.
func fcR9CJKRoleCases() []fcCase {
	in := func(lang, s string) string { return fcStoryIn(lang, "", s, "", "") }
	return fcAuthorRows("authors/r9-cjk-role", []fcAuthorRow{
		{name: "ko-given-name-gija-then-role", html: in("ko", `<p class="byline">이기자 기자</p>`), want: []string{"이기자"}},
		{name: "ko-given-name-gija-then-role-email", html: in("ko", `<p class="byline">이기자 기자 gija@holmby.example</p>`), want: []string{"이기자"}},
		{name: "ja-surname-kisha", html: in("ja", `<p class="byline">山田記者</p>`), want: []string{"山田"}},
		{name: "ko-tokpawon-glued", html: in("ko", `<p class="byline">김민수특파원</p>`), want: []string{"김민수"}},
	})
}

// fcR9RegionCases: a state or province after a comma that is no
// dateline's: a sentence's subject ("Paris, Texas, is …"), an adverb
// before it ("Elsewhere, Texas —"), a person's name ("Marta Olsen,
// Ill."), a title before the name; and the wire forms that are.
func fcR9RegionCases() []fcCase {
	s := fcDatelineProse["en"]
	var cs []fcCase
	for _, c := range []struct{ open, want string }{
		{"Paris, Texas, is bracing for a cold week as the ferry plan stalls. ", ""},
		{"Paris, Texas — not the French capital — ", ""},
		{"Elsewhere, Texas — ", ""},
		{"Nationally, Ontario — ", ""},
		{"Today, Ohio — ", ""},
		{"Separately, Florida — ", ""},
		{"Meanwhile, Ontario — ", ""},
		{"Still, Texas — ", ""},
		{"Sen. Marta Olsen, Texas — ", ""},
		{"Dr. Marta Olsen, Ill. — ", ""},
		{"Gov. Olsen, Texas — ", ""},
		// wire datelines with a state or province
		{"Holmby, Ill. — ", "Holmby, Ill."},
		{"Holmby, Ont. (CP) — ", "Holmby, Ont."},
		{"Charlotte, N.C. — ", "Charlotte, N.C."},
		{"Holmby, New South Wales — ", "Holmby, New South Wales"},
	} {
		cs = append(cs, fcDatelineRow("r9-region/"+c.open, "en", `<p>`+c.open+s+`</p>`+fcProse(2, 4), c.want))
	}
	return cs
}

// fcR9LeadCases: a lead set apart above the text that opens with a place
// as the sentence's subject, a kicker or a label, or that belongs to
// another story above the headline; and the lead's dateline beside a
// dateline in the body.
func fcR9LeadCases() []fcCase {
	de := fcDatelineProse["de"]
	s := fcDatelineProse["en"]
	var cs []fcCase
	for _, c := range []struct{ name, lang, body, want string }{
		{"de-teaser-place-subject-hat", "de", `<p class="teaser-text">Hamburg hat nach zehn Jahren wieder eine Fähre zur Insel Grest, die Gemeinde feiert.</p><p>` + de + `</p>`, ""},
		{"de-teaser-place-subject-bekommt", "de", `<p class="teaser-text">Hamburg bekommt eine neue Fähre – und die Insel Grest jubelt über die Verbindung.</p><p>` + de + `</p>`, ""},
		{"de-teaser-kicker-exklusiv", "de", `<p class="teaser-text">Exklusiv – Die neue Fähre zur Insel Grest kostet die Stadt mehr als geplant, zeigen Unterlagen.</p><p>` + de + `</p>`, ""},
		{"de-teaser-kicker-kommentar-colon", "de", `<p class="teaser-text">Kommentar: Die neue Fähre zur Insel Grest ist ein Gewinn für die ganze Region.</p><p>` + de + `</p>`, ""},
		{"de-teaser-kicker-strong-analyse", "de", `<p class="teaser-text"><strong>Analyse</strong> – Die neue Fähre zur Insel Grest ist ein Gewinn für die ganze Region.</p><p>` + de + `</p>`, ""},
		{"en-standfirst-exclusive-colon", "en", `<p class="standfirst">EXCLUSIVE: The council paid twice what it said for the new ferry, papers show.</p><p>` + s + `</p>`, ""},
		{"de-teaser-topic-colon", "de", `<p class="teaser-text">Hamburg: Der Senat hat die neue Fährlinie zur Insel Grest am Dienstag beschlossen, teilte die Behörde mit.</p><p>` + de + `</p>`, ""},
		{"de-body-place-colon-stays", "de", `<p>Hamburg: Der Senat hat die neue Fährlinie zur Insel Grest am Dienstag beschlossen, teilte die Behörde mit.</p>`, "Hamburg"},
		{"en-standfirst-caps-colon", "en", `<p class="standfirst">NEW DELHI: The council paid twice what it said for the new ferry, papers show.</p><p>` + s + `</p>`, "NEW DELHI"},
		{"en-standfirst-topic-dash", "en", `<p class="standfirst">Brexit — The deal leaves the island's ferry without a customs post, traders say.</p><p>` + s + `</p>`, ""},
		// the lead's dateline where the body repeats it
		{"de-lead-and-body-same-place", "de", `<p class="lead">Hamburg – Der Senat hat die neue Fährlinie zur Insel Grest am Dienstag beschlossen.</p><p>Hamburg (dpa) - ` + de + `</p>`, "Hamburg"},
	} {
		cs = append(cs, fcDatelineRow("r9-lead/"+c.name, c.lang, c.body+fcProse(2, 4), c.want))
	}
	// another story's teaser in a breaking-news bar above the headline
	ticker := `<div class="breaking-news"><p class="teaser-text">BERLIN (dpa) - Der Bundestag hat am Abend das neue Hafengesetz mit großer Mehrheit beschlossen.</p></div>`
	cs = append(cs, fcCase{class: "dateline/r9-lead/other-story-teaser-above-headline", url: fcFerryURL,
		html: fcPage("de", `<title>Fähre nach Grest</title>`, `<main>`+ticker+`<article><h1>Fähre nach Grest</h1><p>`+de+`</p>`+fcProse(2, 4)+`</article></main>`),
		check: func(t *testing.T, a *article.Article) {
			if a.Dateline != "" {
				t.Errorf("dateline = %q, want none", a.Dateline)
			}
		}})
	return cs
}

// fcR9ScriptBracketCases: a wire's bracket with no dash after it in a
// script without capitals ends a dateline after a dated place; an
// undated word in brackets that is also a wire's name ("(भाषा)",
// "language") is a gloss. A national wire's name that is a nickname or a
// word ("(Mia)", "(Uni)") ends one only in capitals.
func fcR9ScriptBracketCases() []fcCase {
	hi := fcDl9Lang("hi")
	var cs []fcCase
	for _, c := range []struct{ name, lang, par, want string }{
		{"hi-gloss-bhasha", "hi", "संस्कृत (भाषा) एक प्राचीन भाषा है जिसे आज भी कई विद्यालयों में पढ़ाया जाता है और विद्वान इसे बचाने की बात करते हैं।", ""},
		{"hi-gloss-varta", "hi", "शांति (वार्ता) की पहल पर दोनों देशों के प्रतिनिधि सोमवार को फिर मिलेंगे और नए प्रस्ताव पर चर्चा करेंगे।", ""},
		{"hi-dated-bhasha", "hi", "मुंबई, 5 दिसंबर (भाषा) " + hi, "मुंबई"},
		{"hi-dated-devanagari-digits", "hi", "मुंबई, ५ दिसंबर (भाषा) " + hi, "मुंबई"},
		{"fa-irna-dash", "fa", "تهران (ایرنا) - " + fcDl9Lang("fa"), "تهران"},
		// a nickname in brackets that is a national wire's name too
		{"en-nickname-mia", "en", "Florence (Mia) Jones, 34, said the ferry was the best thing to happen to the island in a decade.", ""},
		{"en-nickname-ana", "en", "Charlotte (Ana) Lopez, who runs the harbour cafe, said the ferry would bring customers back.", ""},
		{"en-nickname-nan", "en", "Madison (Nan) Olsen, 81, has lived on the island all her life and remembers the old ferry.", ""},
		{"en-word-uni", "en", "Sydney (Uni) Students protested on Monday against the cuts to the ferry service.", ""},
		{"en-wire-mia-caps", "en", "Skopje (MIA) The new ferry between Holmby and Grest made its first crossing on Monday with forty passengers.", "Skopje"},
		{"en-wire-uni-caps", "en", "Kolkata, Dec 5 (UNI) The new ferry between Holmby and Grest made its first crossing on Monday.", "Kolkata"},
	} {
		cs = append(cs, fcDatelineRow("r9-script-bracket/"+c.name, c.lang, `<p>`+c.par+`</p>`+fcProse(2, 4), c.want))
	}
	return cs
}
