package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// Round-15 fix rows: datelines with an agency the lexicon does not know
// between brackets after a place and a date ("Cidade da Praia, 05 Mar
// (Inforpress) –"), and a portal's own name after the place's comma
// ("BANDUNG, Warta Priangan -"); and openings of the same look that must
// stay no dateline or keep their region. Names and sites are invented.
// TestFailureClasses runs them.
func fcFix15DatelinesCases() []fcCase {
	row := func(name, lang, site, opening, want string) fcCase {
		head := `<title>Story</title>`
		if site != "" {
			head += `<meta property="og:site_name" content="` + site + `">`
		}
		body := `<article><h1>Council passes the budget after a long debate</h1><p>` + opening + `</p>` + fcProse(1, 4) + `</article>`
		return fcCase{class: "fix15-dateline/" + name, html: fcPage(lang, head, body), check: func(t *testing.T, a *article.Article) {
			if a.Dateline != want {
				t.Errorf("dateline = %q, want %q", a.Dateline, want)
			}
		}}
	}
	return []fcCase{
		row("pt-unknown-agency-dated", "pt", "", "Cidade da Praia, 05 Mar (Holmpress) – O Governo lançou hoje o concurso público para a nova central de dessalinização da ilha.", "Cidade da Praia"),
		row("es-unknown-agency-dated", "es", "", "San Holmo, 5 mar (Holmpress) – El ayuntamiento aprobó hoy el presupuesto del año que viene tras un largo debate.", "San Holmo"),
		row("en-caps-unknown-agency-dated", "en", "", "HOLMBY, March 5 (Holmwire) — The council approved next year's budget on Tuesday after a debate of four hours.", "HOLMBY"),
		row("id-portal-after-place", "id", "Kabar Holmia", "BANDUNG, Kabar Holmia - Pemerintah Kota Bandung mulai menguji coba bus listrik di jalur Dago selama dua pekan.", "BANDUNG"),
		row("en-region-not-site-stays", "en", "Holmby Courier", "CONCORD, New Hampshire — The state council approved next year's budget on Tuesday after a debate of four hours.", "CONCORD, New Hampshire"),
		// a paper named for its state: the state after the town stays
		row("en-region-in-site-name-stays", "en", "New Hampshire Ledger", "CONCORD, New Hampshire — The state council approved next year's budget on Tuesday after a debate of four hours.", "CONCORD, New Hampshire"),
		// must not fire
		row("en-name-bracket-undated", "en", "", "Florence (Flo) Jones - the council's longest serving member - said on Tuesday the budget was a mistake.", ""),
		row("en-undated-unknown-bracket", "en", "", "Holmby Council (Holmwire) - a debate of four hours ended with a close vote on the budget on Tuesday.", ""),
		row("en-age-party-bracket", "en", "", "Jane Holmberg, 45 (Labour) - the council's finance chief - defended the plan on Tuesday after a long debate.", ""),
		row("en-analysis-label", "en", "", "ANALYSIS — The council approved next year's budget on Tuesday after a debate of four hours.", ""),
		row("en-name-dash", "en", "", "Jane Holmberg — the council's finance chief — defended the plan on Tuesday after a debate of four hours.", ""),
		row("en-place-in-sentence", "en", "", "The council in Holmby approved next year's budget on Tuesday - after a debate of four hours.", ""),
	}
}
