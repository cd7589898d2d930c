package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix25MatchFactsCases are a match report's kick-off read as the
// publication date once the page's own dates are gone (found by
// TestMetamorphicAbsent's no-date variant): the match's fact box above
// the story, with the kick-off, the score, the ground and the crowd
// ("Attendance", "Zuschauer": the lexicon's match_fact_words,
// datematchfacts.go), under a class no date word names, in English and
// German. Each with the story's own date line, which must still be read,
// and a date line outside the story that holds no match fact, which is
// still read too.
func fcFix25MatchFactsCases() []fcCase {
	want := func(prefix string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) { fcWantDate(t, a, prefix) }
	}
	enHead := `<title>Harbridge 2-1 Castleford: Okoro double | Northern Post</title>`
	enBox := `<section class="match-header"><div class="competition">Championship</div><div class="fixture-date">Sunday 3 March 2024, 16:30</div>` +
		`<div class="teams"><span>Harbridge Town</span> <span class="score">2 – 1</span> <span>Castleford Rovers</span></div>` +
		`<div class="venue">Rivermead Park · Attendance: 24,118</div><div class="status">Full time</div></section>`
	enH1 := `<h1>Harbridge Town 2-1 Castleford Rovers: Okoro double keeps promotion push alive</h1>`
	deHead := `<title>3:3 nach 0:2 – Comeback in Lübeck | Sportportal</title>`
	deBox := `<div class="spielkopf"><div class="spielkopf__wettbewerb">3. Liga, 27. Spieltag</div><div class="spielkopf__datum">Sa., 09.03.2024, 14:00 Uhr</div>` +
		`<div class="spielkopf__ergebnis"><span>VfR Lübeck</span> <b>3:3</b> <span>SC Weserau</span></div><div class="spielkopf__ort">Stadion an der Trave, 8.412 Zuschauer</div></div>`
	deH1 := `<h1>3:3 nach 0:2 – Wahnsinns-Comeback des SC Weserau in Lübeck</h1>`
	deBody := `<p>Der SC Weserau hat beim VfR Lübeck einen 0:2-Rückstand aufgeholt und am Ende noch einen Punkt mitgenommen.</p>
<p>Lübeck führte zur Pause durch zwei Treffer von Kapitän Jonas Brede verdient, die Gäste fanden lange kein Mittel.</p>
<p>Nach dem Seitenwechsel drehte Weserau auf und glich binnen zwanzig Minuten durch einen Doppelpack aus.</p>
<p>Trainer Holger Timm sprach nach dem Spiel von einer Mentalitätsfrage, die seine Mannschaft beantwortet habe.</p>`
	return []fcCase{
		{class: "fix25matchfacts/en: a match header's kick-off is no publication date",
			html:  fcPage("en", enHead, `<main>`+enBox+`<article>`+enH1+fcProse(1, 5)+`</article></main>`),
			check: want("")},
		{class: "fix25matchfacts/en: the story's own date line beside a match header is read",
			html:  fcPage("en", enHead, `<main>`+enBox+`<article>`+enH1+`<p class="meta">By Callum Ashdown · 4 March 2024</p>`+fcProse(1, 5)+`</article></main>`),
			check: want("2024-03-04")},
		{class: "fix25matchfacts/en: a date line above the headline with no match fact is read",
			html:  fcPage("en", enHead, `<main><div class="kicker"><span>Championship</span> <span>Monday 4 March 2024</span></div><article>`+enH1+fcProse(1, 5)+`</article></main>`),
			check: want("2024-03-04")},
		{class: "fix25matchfacts/de: a Spielkopf's kick-off is no publication date",
			html:  fcPage("de", deHead, `<main class="content">`+deBox+`<article>`+deH1+deBody+`</article></main>`),
			check: want("")},
		{class: "fix25matchfacts/de: the story's own date beside a Spielkopf is read",
			html:  fcPage("de", deHead, `<main class="content">`+deBox+`<article>`+deH1+`<div class="meta">Von Malte Sievers, 10.03.2024, 19:42 Uhr</div>`+deBody+`</article></main>`),
			check: want("2024-03-10")},
	}
}
