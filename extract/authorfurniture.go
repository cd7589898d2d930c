package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/extract/lexicon"
)

// furnitureOnly reports whether a name candidate is made of the page's
// furniture words alone: the networks of a share bar the template put in
// the byline's box ("Facebook X Pinterest" of a 'byline-social' row),
// a tag box's heading there ("Related Topics"). Such a row names no one;
// the byline container and organisation rules read it whole when the
// name element is empty. General: every word must be one of the
// lexicon's boiler lines alone (the networks' names, 'Share', 'Related',
// 'Topics', 'Print' in any language) or a single letter ("X", the
// network's), and two at least boiler words: no person's or outlet's
// name is two such words.
func (w *words) furnitureOnly(words []string) bool {
	boiler := 0
	for _, word := range words {
		lw := strings.ToLower(strings.Trim(word, ".,:·|•/"))
		switch {
		case lw == "":
			continue // a separator alone: "Facebook | X | Pinterest"
		case w.boilerLines[lw]:
			boiler++
		case utf8.RuneCountInString(lw) == 1:
		default:
			return false
		}
	}
	return boiler >= 2
}

// bioCopulaAlone reports whether a lower-case word read as a name is
// the copula an author box's bio opens on ("is", "has", "ist", "est") or
// the connector a date line puts before its time ("às 22:14", "alle
// 14:05", "um 9:30", the lexicon's time_connectors): a bio whose name
// stands apart, in a heading or a link that held nothing the rules read,
// leaves "is a data reporter …", a blog's "publicado por <a></a> às
// 22:14" leaves "às", and neither is a user name.
func (w *words) bioCopulaAlone(lw string) bool {
	return w.bioCopulas[lw] || timeConnectorSet()[lw]
}

var timeConnectorSet = sync.OnceValue(func() lexicon.Set { return lexicon.NewSet(lexicon.Union().TimeConnectors) })

// pictureCreditOpen reports whether a name candidate opens on a picture
// credit's label written without its colon, the label of a credits row
// ("Tekst <a>…</a> Beeld <a>Femke de Wolff</a>", "Teksti … Kuvat Jussi
// Lehtonen"): the name after it is the photographer's, and with the
// writer's name empty the byline rules read the picture's credit whole
// as the writer. General: the first word is one of the lexicon's credit
// labels of one word ("beeld:", "kuvat:", "foto:", "photos:") less its
// colon, a name follows, and no person's name opens on such a word.
func (w *words) pictureCreditOpen(words []string) bool {
	if len(words) < 2 {
		return false
	}
	var buf [96]byte
	first := lowerOnStack(&buf, strings.TrimRight(words[0], ":"))
	return pictureLabelSet()[first]
}

// pictureLabelSet holds the lexicon's one-word credit labels, less their
// colon, that name a picture (pictureCreditLabels, or a picture stem):
// "beeld", "kuvat", "foto", "photos"; not "source" or "credit", which
// open no photographer's name.
var pictureLabelSet = sync.OnceValue(func() lexicon.Set {
	set := lexicon.Set{}
	for _, l := range lexicon.Union().CreditLabels {
		if w, ok := strings.CutSuffix(strings.ToLower(strings.TrimSpace(l)), ":"); ok && !strings.Contains(w, " ") && (pictureCreditLabels()[w] || pictureWord(w)) {
			set[w] = true
		}
	}
	return set
})

// issueNoteSeg reports whether a segment of a meta row names a print
// issue: an issue-number word of the lexicon before a number ("Nr. 10",
// "No. 12", "Heft 3"), after the section's kicker ("Samenleving · Nr. 10
// · 6 maart 2024"). The words before it are the section's or the
// magazine's, no writer's, and the row's date made the date-name-line
// rule read them as one.
func (w *words) issueNoteSeg(seg string) bool {
	f := strings.Fields(seg)
	for i := 0; i+1 < len(f); i++ {
		if w.issueNumber[strings.ToLower(strings.TrimRight(f[i], ".:"))] && f[i+1][0] >= '0' && f[i+1][0] <= '9' {
			return true
		}
	}
	return false
}

// relativeDayAlone reports whether a word read as a name alone is a
// relative day of any language ("Vandaag", "Heute", "Today", the
// lexicon's relative_days of one word): a byline whose name element is
// empty runs into the date beside it ("Door <span></span> Vandaag,
// 07:14"), and the day is no writer.
func (w *words) relativeDayAlone(lw string) bool {
	return relativeDaySet()[lw]
}

// relativeDaySet holds every language's relative days of one word, built
// once: cleanName asks it of every one-word name.
var relativeDaySet = sync.OnceValue(func() lexicon.Set {
	set := lexicon.Set{}
	for _, lang := range lexicon.Languages() {
		for d := range lexicon.Get(lang).RelativeDays {
			if !strings.Contains(d, " ") {
				set[d] = true
			}
		}
	}
	return set
})

// fieldLabelLine reports whether a line opens on another field's label,
// a word or two of letters and a colon ("Zobrazeno: 312×", "Прегледи:
// 1.812", "Views: 40"): after a byline's bare label whose name is empty
// ("Autor: <span></span> <span>Zobrazeno: 312×</span>"), the next
// element is the meta row's next field, no name (a name holds no such
// colon; a time's, "14:32", has digits before it).
func fieldLabelLine(s string) bool {
	head, rest, ok := colonLabel(s)
	if !ok {
		return false
	}
	for _, f := range head {
		for _, r := range f {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	rest = strings.TrimLeft(rest, ":：")
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || unicode.IsSpace(r)
}
