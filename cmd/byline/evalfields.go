package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"

	"github.com/byline/byline/article"
	"github.com/byline/byline/eval"
)

// defaultFieldsGold is the dateline/caption/credit annotation, relative
// to the repository root (where byline eval runs from, beside ../shared).
var defaultFieldsGold = filepath.Join("eval", "testdata", "fields.json")

// loadFields prepares `byline eval fields`: the annotated pages under
// corpusRoot scored against the annotation file gold.
func loadFields(gold, corpusRoot string, perDoc int) (*corpusEval, error) {
	g, err := eval.LoadFieldsGold(gold, corpusRoot)
	if err != nil {
		return nil, fmt.Errorf("eval fields: %w", err)
	}
	c := &corpusEval{title: "fields (dateline, captions, credits, headline, authors): " + gold, noQuotes: true, gold: eval.FieldsRuleGold(g)}
	for _, p := range g.Pages {
		c.pages = append(c.pages, evalPage{path: p.Path(corpusRoot)})
	}
	c.score = func(half string, lines [][]byte) ([]eval.Row, any, error) {
		preds := map[string]eval.FieldsPrediction{}
		for _, l := range lines {
			if len(bytes.TrimSpace(l)) == 0 {
				continue
			}
			var p struct {
				Source   string          `json:"source"`
				Dateline string          `json:"dateline"`
				Images   []article.Image `json:"images"`
				Headline string          `json:"headline"`
				Authors  []string        `json:"authors"`
			}
			if err := json.Unmarshal(l, &p); err != nil {
				return nil, nil, fmt.Errorf("eval fields: read prediction: %w", err)
			}
			preds[eval.ItemKey(p.Source)] = eval.FieldsPrediction{Dateline: p.Dateline, Images: p.Images, Headline: p.Headline, Authors: p.Authors}
		}
		pages := g.InHalf(half)
		s := eval.ScoreFields(pages, preds)
		rows := appendMisses(s.Rows(), pages, perDoc, func(p eval.FieldsPage) (string, []string) {
			return p.Corpus + "/" + clipID(p.ID), s.Misses[p.ID]
		})
		return rows, s, nil
	}
	return c, nil
}

// clipID shortens a long page id for the per-page lines.
func clipID(id string) string {
	if r := []rune(id); len(r) > 24 {
		return string(r[:24])
	}
	return id
}
