package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/byline/byline/extract"
)

// The corpus test runs the extractor over the development corpora and
// fails when a figure on either half drops below the floor: the figure
// measured when the extractor last changed, rounded down. The targets of
// the extractor issue are in the comments; where a floor is under its
// target, the README says what stands in the way.

// corpusFetched is the fetch time of corpus pages, whose real fetch time
// is unknown: a fixed recent time keeps the test stable.
var corpusFetched = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

// floor is one figure's lower bound on one half.
type floor struct {
	metric string
	tune   float64
	check  float64
}

func TestCorpusFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped with -short")
	}
	shared := sharedDir(t)
	corpus := func(name string) string { return filepath.Join(shared, "corpus", name) }

	aeb, err := LoadAEBGold(corpus("aeb"))
	if err != nil {
		t.Fatal(err)
	}
	var aebPages []string
	aebURL := map[string]string{}
	for k, v := range aeb {
		p := filepath.Join(corpus("aeb"), "html", k+".html.gz")
		aebPages = append(aebPages, p)
		aebURL[p] = v.URL
	}
	aebPreds := extractCorpus(t, aebPages, aebURL)

	traf, err := LoadGoldItems(corpus("trafilatura"))
	if err != nil {
		t.Fatal(err)
	}
	trafPreds := extractItems(t, corpus("trafilatura"), traf)
	news, err := LoadGoldItems(corpus("htmldate-news"))
	if err != nil {
		t.Fatal(err)
	}
	newsPreds := extractItems(t, corpus("htmldate-news"), news)
	def, err := LoadGoldItems(corpus("htmldate-default"))
	if err != nil {
		t.Fatal(err)
	}
	defPreds := extractItems(t, corpus("htmldate-default"), def)

	measure := func(half string) map[string]float64 {
		a := ScoreAEB(aeb.Half(half), aebPreds, 0)
		s := ScoreSnippets(ItemsInHalf(traf, half), trafPreds)
		return map[string]float64{
			"aeb f1":           a.F1,
			"aeb precision":    a.Precision,
			"snippets f1":      s.F1,
			"title":            s.TitleAccuracy,
			"authors":          s.AuthorRecall,
			"dates":            s.DateResult.Accuracy,
			"htmldate-news":    ScoreDates(ItemsInHalf(news, half), newsPreds).Accuracy,
			"htmldate-default": ScoreDates(ItemsInHalf(def, half), defPreds).Accuracy,
		}
	}
	tune, check := measure(HalfTune), measure(HalfCheck)
	for _, f := range []floor{
		{"aeb f1", 0.975, 0.975},          // target 0.975
		{"aeb precision", 0.975, 0.97},    // target 0.96
		{"snippets f1", 0.94, 0.94},       // target 0.93
		{"title", 0.895, 0.884},           // target 0.88; check 0.885 with the twelfth round's title-part rule (0.6.5), tune 0.900 with the twentieth round's reads without metadata (0.6.8)
		{"authors", 0.80, 0.81},           // target 0.78; check 0.815 with the nineteenth round's line reads (0.6.7)
		{"dates", 0.97, 0.905},            // target 0.90; check 0.907 with the nineteenth round's date fixes (0.6.7)
		{"htmldate-news", 0.94, 0.84},     // target 0.90 (some gold dates are wrong)
		{"htmldate-default", 0.96, 0.915}, // check 0.919 with the twenty-second round's other-date labels (0.6.10)
	} {
		t.Logf("%-18s tune %.3f  check %.3f", f.metric, tune[f.metric], check[f.metric])
		if tune[f.metric] < f.tune {
			t.Errorf("%s on the tune half: %.3f, floor %.3f", f.metric, tune[f.metric], f.tune)
		}
		if check[f.metric] < f.check {
			t.Errorf("%s on the check half: %.3f, floor %.3f", f.metric, check[f.metric], f.check)
		}
	}
}

// extractItems extracts the pages of a gold.json corpus.
func extractItems(t *testing.T, dir string, items []GoldItem) Predictions {
	t.Helper()
	var paths []string
	urls := map[string]string{}
	for _, it := range items {
		p := filepath.Join(dir, it.Path())
		paths = append(paths, p)
		urls[p] = it.URL
	}
	return extractCorpus(t, paths, urls)
}

// extractCorpus runs the extractor (without the quote layer) over pages
// in parallel and returns the predictions as byline extract --jsonl
// would print them.
func extractCorpus(t *testing.T, paths []string, urls map[string]string) Predictions {
	t.Helper()
	preds := make([]Prediction, len(paths))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, p := range paths {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			preds[i] = extractOne(t, p, urls[p])
		}()
	}
	wg.Wait()
	return NewPredictions(preds)
}

// extractOne extracts one corpus page; a page without an article gives
// its metadata, as byline extract prints it.
func extractOne(t *testing.T, path, url string) Prediction {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("read %s: %v", path, err)
		return Prediction{Source: path}
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return Prediction{Source: path}
		}
		if raw, err = io.ReadAll(zr); err != nil {
			t.Errorf("%s: %v", path, err)
			return Prediction{Source: path}
		}
	}
	a, err := extract.Extract(extract.Input{HTML: raw, URL: url, FetchedAt: corpusFetched}, extract.Options{NoQuotes: true})
	var na *extract.NotArticleError
	if errors.As(err, &na) {
		a = na.Page
	}
	p := Prediction{Source: path}
	if a == nil {
		return p
	}
	b, _ := json.Marshal(a)
	if err := json.Unmarshal(b, &p); err != nil {
		t.Errorf("%s: %v", path, err)
	}
	p.Source = path
	return p
}
