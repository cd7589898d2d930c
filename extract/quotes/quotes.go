// Package quotes finds who said what, and when, in an article's paragraphs:
// direct quotations with their speakers, reported speech (attributions),
// the distinct speakers, and the date references of the body resolved
// against the publication date.
//
// It is a rule-based, single-pass analysis over the paragraphs. Quotation
// marks are paired without any language knowledge (straight, curly, low-9,
// guillemets, CJK brackets); everything language specific — reporting
// verbs, titles, pronouns, month and weekday names, anonymous-source nouns —
// is data in lang/<code>.json, embedded and loaded once. See
// /work/notes/quotes-readme.md (merged into the project README) for how the
// speaker is found and how to add a language.
package quotes

import (
	"log/slog"
	"sort"
	"strings"
	"time"

	"github.com/byline/byline/article"
)

// Result is what Analyze finds in an article's paragraphs.
type Result struct {
	Quotes       []article.Quote
	Attributions []article.Attribution
	Speakers     []article.Speaker
	Dates        []article.DateMention
}

// Options tunes an Analyzer; the zero value is the default.
type Options struct {
	// NoDates skips date references.
	NoDates bool
	// NoAttributions skips reported speech (quotes are still attributed).
	NoAttributions bool
}

// Analyzer runs the analysis with fixed options. It is safe for concurrent
// use.
type Analyzer struct {
	opts Options
}

// NewAnalyzer returns an Analyzer with the given options.
func NewAnalyzer(opts Options) *Analyzer { return &Analyzer{opts: opts} }

// Analyze finds the quotes, attributions, speakers and dates of an article
// with default options. paragraphs are the article's body paragraphs (the
// Paragraph fields of the result index into them, Start/End are rune
// offsets); published anchors relative dates (zero: dates stay unresolved
// when they need an anchor); lang is the article's BCP 47 language (English
// data is used when there is none for it).
func Analyze(paragraphs []string, published time.Time, lang string) Result {
	return defaultAnalyzer.Analyze(paragraphs, published, lang)
}

var defaultAnalyzer = NewAnalyzer(Options{})

// Analyze is the package-level Analyze with the analyzer's options.
func (a *Analyzer) Analyze(paragraphs []string, published time.Time, tag string) Result {
	l, err := loadLang(tag)
	if err != nil {
		// Only a broken build (bad embedded data) gets here.
		slog.Error("quotes: no language data", "lang", tag, "err", err)
		return Result{}
	}
	d := newDoc(paragraphs, l, published)
	d.findMentions()
	d.findCues()
	d.computeContents()
	var res Result
	res.Quotes = d.attributeQuotes()
	if !a.opts.NoAttributions {
		res.Attributions = d.attributions()
	}
	if !a.opts.NoDates {
		res.Dates = d.dates()
	}
	res.Speakers = speakers(res.Quotes, res.Attributions, d)
	return res
}

// speakers counts quotes and attributions per distinct speaker, most cited
// first. Names that differ only in case ("Officials" opening a sentence,
// "officials" inside one) are one speaker, written as most often.
func speakers(qs []article.Quote, as []article.Attribution, d *doc) []article.Speaker {
	idx := map[string]int{}
	var out []article.Speaker
	forms := []map[string]int{}
	get := func(name, title string) *article.Speaker {
		key := strings.ToLower(name)
		i, ok := idx[key]
		if !ok {
			i = len(out)
			idx[key] = i
			out = append(out, article.Speaker{Name: name})
			forms = append(forms, map[string]int{})
		}
		forms[i][name]++
		if out[i].Title == "" {
			out[i].Title = title
		}
		return &out[i]
	}
	for _, q := range qs {
		if q.Speaker != nil {
			get(*q.Speaker, q.SpeakerTitle).Quotes++
		}
	}
	for _, a := range as {
		if a.Speaker != "" {
			get(a.Speaker, d.titleOf(a.Speaker)).Attributions++
		}
	}
	for i := range out {
		for f, n := range forms[i] {
			// a tie goes to the lower-case form: a capital opening a
			// sentence is incidental
			if n > forms[i][out[i].Name] || n == forms[i][out[i].Name] && f > out[i].Name {
				out[i].Name = f
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].Quotes+out[i].Attributions > out[j].Quotes+out[j].Attributions
	})
	return out
}
