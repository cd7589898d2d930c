package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/byline/byline/extract"
)

// Judgement is what the gold data says of one rule's proposal.
type Judgement int8

// The judgements.
const (
	Unknown Judgement = iota // the corpus has no gold for this field, or it cannot tell
	Right
	Wrong
)

// RuleGold judges rule proposals against a corpus's gold data.
type RuleGold interface {
	// Judge tells whether value, proposed for field on page id, is right.
	Judge(id, field, value string) Judgement
}

// NoRuleGold judges nothing: the gold of the quote corpora (quotes and
// PolNeAR) is quotes and speakers, which no extraction rule proposes, so
// their rules are counted, not judged.
var NoRuleGold RuleGold = noRuleGold{}

type noRuleGold struct{}

func (noRuleGold) Judge(string, string, string) Judgement { return Unknown }

// The fields rule traces use and how they are judged:
//
//	headline     equal to the gold title (case and spaces aside)
//	authors      names one of the gold authors
//	published    the gold publication day
//	body-drop    text a filter removed: wrong when it is article text
//	body-keep    text a rule added or kept: right when it is article text
//	article      "no" is wrong on a page with a gold body
//
// Other fields (dateline, bullets, images, summary) have no gold in the
// shared corpora: their rules are counted, not judged.
const (
	FieldHeadline  = "headline"
	FieldAuthors   = "authors"
	FieldPublished = "published"
	FieldBodyDrop  = "body-drop"
	FieldBodyKeep  = "body-keep"
	FieldArticle   = "article"
)

// aebRuleGold judges against the aeb article bodies.
type aebRuleGold AEBGold

// AEBRuleGold judges rule traces on the aeb corpus (bodies only).
func AEBRuleGold(g AEBGold) RuleGold { return aebRuleGold(g) }

func (g aebRuleGold) Judge(id, field, value string) Judgement {
	gold, ok := g[id]
	if !ok {
		return Unknown
	}
	switch field {
	case FieldBodyDrop, FieldBodyKeep:
		in := textShare(value, gold.ArticleBody)
		if in < 0 {
			return Unknown
		}
		isGold := in >= 0.5
		if (field == FieldBodyKeep) == isGold {
			return Right
		}
		return Wrong
	case FieldArticle:
		if value == "no" {
			return Wrong
		}
		return Right
	}
	return Unknown
}

// textShare is the share of the 4-token shingles of part that occur in
// whole (or of its tokens, for parts under four tokens); -1 when part has
// no tokens.
func textShare(part, whole string) float64 {
	pt := aebTokens(part)
	if len(pt) == 0 {
		return -1
	}
	wt := aebTokens(whole)
	if len(pt) < 4 {
		set := map[string]bool{}
		for _, t := range wt {
			set[t] = true
		}
		in := 0
		for _, t := range pt {
			if set[t] {
				in++
			}
		}
		return float64(in) / float64(len(pt))
	}
	ws := aebShingles(wt)
	ps := aebShingles(pt)
	in, all := 0, 0
	for s, n := range ps {
		all += n
		in += min(n, ws[s])
	}
	return float64(in) / float64(all)
}

// itemsRuleGold judges against trafilatura/htmldate gold items.
type itemsRuleGold map[string]GoldItem

// ItemsRuleGold judges rule traces on a gold.json corpus (titles,
// authors, dates, with/without snippets).
func ItemsRuleGold(items []GoldItem) RuleGold {
	m := make(itemsRuleGold, len(items))
	for _, it := range items {
		m[it.Key] = it
	}
	return m
}

func (g itemsRuleGold) Judge(id, field, value string) Judgement {
	it, ok := g[id]
	if !ok {
		return Unknown
	}
	switch field {
	case FieldHeadline:
		if normTitle(it.Title) == "" {
			return Unknown
		}
		return judge(normTitle(value) == normTitle(it.Title))
	case FieldAuthors:
		if len(it.Authors) == 0 {
			return Unknown
		}
		v := casefold(collapseWS(value))
		for _, a := range it.Authors {
			if sameAuthor(v, casefold(collapseWS(a))) {
				return Right
			}
		}
		return Wrong
	case FieldPublished:
		gd := datePart(it.Date)
		if gd == "" {
			return Unknown
		}
		return judge(datePart(value) == gd)
	case FieldBodyDrop, FieldBodyKeep:
		v := collapseWS(value)
		hasWith, hasWithout := false, false
		for _, s := range it.With {
			hasWith = hasWith || strings.Contains(v, collapseWS(s))
		}
		for _, s := range it.Without {
			hasWithout = hasWithout || strings.Contains(v, collapseWS(s))
		}
		switch {
		case hasWith == hasWithout:
			return Unknown
		case field == FieldBodyKeep:
			return judge(hasWith)
		default:
			return judge(hasWithout)
		}
	case FieldArticle:
		if len(it.With) == 0 {
			return Unknown
		}
		return judge(value != "no")
	}
	return Unknown
}

func judge(ok bool) Judgement {
	if ok {
		return Right
	}
	return Wrong
}

// RuleScore is how one rule of one field did on a corpus.
type RuleScore struct {
	Field, Rule                     string
	Fired, Chosen                   int // proposals made, proposals taken
	Right, Wrong                    int // judged proposals
	RightPages, WrongPages          int // pages with at least one right (wrong) proposal
	ChosenRight, ChosenWrong        int // judged proposals that were taken
	TuneRightPages, CheckRightPages int // RightPages split by half
}

// ScoreRules tallies the traces of the pages of half (all when "")
// against the gold.
func ScoreRules(traces map[string]*extract.Trace, gold RuleGold, half string) []RuleScore {
	type key struct{ field, rule string }
	scores := map[key]*RuleScore{}
	for id, tr := range traces {
		if tr == nil || !InHalf(id, half) {
			continue
		}
		pageRight := map[key]bool{}
		pageWrong := map[key]bool{}
		for _, ev := range tr.Events {
			k := key{ev.Field, ev.Rule}
			s := scores[k]
			if s == nil {
				s = &RuleScore{Field: ev.Field, Rule: ev.Rule}
				scores[k] = s
			}
			s.Fired++
			if ev.Chosen {
				s.Chosen++
			}
			switch gold.Judge(id, ev.Field, ev.Value) {
			case Right:
				s.Right++
				if ev.Chosen {
					s.ChosenRight++
				}
				if !pageRight[k] {
					pageRight[k] = true
					s.RightPages++
					if Half(id) == HalfTune {
						s.TuneRightPages++
					} else {
						s.CheckRightPages++
					}
				}
			case Wrong:
				s.Wrong++
				if ev.Chosen {
					s.ChosenWrong++
				}
				if !pageWrong[k] {
					pageWrong[k] = true
					s.WrongPages++
				}
			}
		}
	}
	out := make([]RuleScore, 0, len(scores))
	for _, s := range scores {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Field != out[j].Field {
			return out[i].Field < out[j].Field
		}
		return out[i].Rule < out[j].Rule
	})
	return out
}

// WriteRuleReport prints the rule scores, one table per field. A rule that
// fired with a judgement but was right on fewer than three pages is
// marked "<3": such a rule needs a comment in the code saying why it is
// general, or it goes.
func WriteRuleReport(w io.Writer, scores []RuleScore) {
	field := ""
	for _, s := range scores {
		if s.Field != field {
			field = s.Field
			fmt.Fprintf(w, "\nrules for %s\n  %-40s %6s %6s %6s %6s %7s %7s  %s\n", field,
				"rule", "fired", "chosen", "right", "wrong", "pages+", "pages-", "taken right/wrong")
		}
		mark := ""
		if s.Right+s.Wrong > 0 && s.RightPages < 3 {
			mark = "  <3"
		}
		fmt.Fprintf(w, "  %-40s %6d %6d %6d %6d %7d %7d  %d/%d%s\n", s.Rule, s.Fired, s.Chosen, s.Right, s.Wrong,
			s.RightPages, s.WrongPages, s.ChosenRight, s.ChosenWrong, mark)
	}
}

// Half returns the gold entries of the pages of half.
func (g AEBGold) Half(half string) AEBGold {
	if half == HalfAll || half == "" {
		return g
	}
	out := AEBGold{}
	for k, v := range g {
		if InHalf(k, half) {
			out[k] = v
		}
	}
	return out
}

// ItemsInHalf returns the items of the pages of half.
func ItemsInHalf(items []GoldItem, half string) []GoldItem {
	if half == HalfAll || half == "" {
		return items
	}
	var out []GoldItem
	for _, it := range items {
		if InHalf(it.Key, half) {
			out = append(out, it)
		}
	}
	return out
}

// QuoteItemsInHalf returns the quote gold items of the pages of half.
func QuoteItemsInHalf(items []QuoteGoldItem, half string) []QuoteGoldItem {
	if half == HalfAll || half == "" {
		return items
	}
	var out []QuoteGoldItem
	for _, it := range items {
		if InHalf(QuoteItemKey(it.ID), half) {
			out = append(out, it)
		}
	}
	return out
}

// sameAuthor reports whether a predicted name (folded) and a gold one
// name the same author: one holds the other ("by jo doe" and "jo doe"),
// neither empty.
func sameAuthor(pred, gold string) bool {
	return pred != "" && gold != "" && (strings.Contains(pred, gold) || strings.Contains(gold, pred))
}
