package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/byline/byline/article"
	"github.com/byline/byline/eval"
	"github.com/byline/byline/extract"
)

// evalOptions are the parsed flags of `byline eval`.
type evalOptions struct {
	Metric  string // aeb, snippets, dates, quotes, polnear, fields, summary
	Dir     string // corpus folder (or gold file for quotes and fields)
	Shared  string // the shared folder (summary)
	Pages   string // quotes: folder of the aeb pages; fields: the corpus folder
	Half    string // all, tune, check; "" prints the three side by side
	Jobs    int
	JSON    bool
	PredOut string // write predictions JSONL here
	From    string // score this predictions JSONL instead of extracting
	PerDoc  int    // list the N worst documents (aeb, snippets)
	MinWord int    // polnear: score quotes of at least this many words
	Rules   bool   // report how each extraction rule did
	TraceTo string // write every page's rule trace here (JSONL)
	Stdout  io.Writer
	Stderr  io.Writer
}

func init() { register(newEvalCmd) }

func newEvalCmd(g *globalOptions) *cobra.Command {
	opts := &evalOptions{}
	cmd := &cobra.Command{
		Use:   "eval aeb|snippets|dates|quotes|polnear|fields|clusters|summary [DIR]",
		Short: "Score the extractor on a shared corpus",
		Long: `Eval runs the extractor over a corpus and scores it with the metrics of
../shared/tools/score.py (which it agrees with to three decimals).

  aeb       article-extraction benchmark: 4-token shingle F1 of the body
  snippets  trafilatura with/without snippets, title, authors, dates
  dates     publication dates (htmldate sets; DIR picks htmldate-news or
            htmldate-default)
  quotes    quotes and speakers (DIR is the gold JSON file)
  polnear   quotes and speakers on PolNeAR articles (DIR holds gold.json and
            html/; scored like ../shared/tools/polnear.py score
            --min-words 3, which it agrees with to three decimals)
  fields    datelines, picture captions and picture credits on the
            hand-annotated news pages of eval/testdata/fields.json (DIR
            is that file; --pages the corpus folder, ../shared/corpus):
            dateline F1 (exact after case, space and edge punctuation
            are normalised), caption and credit recall and precision (a
            text matches when equal or one holds the other at >= 0.8 of
            its length; credits without labels such as "Photo:" or ©);
            on the pages of corpora without gold titles and authors,
            headline accuracy and author recall and precision
  clusters  near-duplicate clustering on a labelled set built from the
            corpora (DIR is ../shared/corpus): pairwise precision and
            recall, and the origin found for each story
  summary   the headline figures of every corpus under DIR (../shared)

Every corpus is split in two halves by a hash of the page id (tune and
check, see eval.Half): rules are written looking at tune pages and kept
when they help check pages too. Without --half the figures of all pages,
the tune half and the check half are printed side by side.

--rules prints, per field and per extraction rule, how often the rule
fired on the corpus and how often its value was right or wrong against
the gold data (where the corpus has gold for that field).

DIR defaults to ../shared/corpus/<metric>. --pred FILE also writes the
predictions as JSONL (what byline extract --jsonl prints); --from FILE
scores such a file instead of running the extractor.

Exit status: 0 when the corpus was scored (whatever the scores), 1 when a
corpus or prediction file cannot be read, 2 on bad flags or arguments.`,
		Args:      cobra.RangeArgs(1, 2),
		ValidArgs: []string{"aeb", "snippets", "dates", "quotes", "polnear", "fields", "clusters", "summary"},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Metric = args[0]
			if err := setEvalDefaults(opts, !cmd.Flags().Changed("pages")); err != nil {
				return err
			}
			if len(args) == 2 {
				opts.Dir = args[1]
			}
			switch opts.Half {
			case "", eval.HalfAll, eval.HalfTune, eval.HalfCheck:
			default:
				return usageError(fmt.Errorf("--half %q: want all, tune or check", opts.Half))
			}
			opts.Stdout, opts.Stderr = g.Stdout, g.Stderr
			if opts.Metric == "summary" {
				return runEvalSummary(cmd.Context(), opts)
			}
			if opts.Metric == "clusters" {
				return runEvalClusters(cmd.Context(), opts)
			}
			return runEval(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "number of parallel workers")
	f.StringVar(&opts.Half, "half", "", "score one half only: all, tune or check (default: the three side by side)")
	f.BoolVar(&opts.JSON, "json", false, "also print the metrics as JSON on the last line")
	f.StringVar(&opts.PredOut, "pred", "", "write the predictions JSONL to this file")
	f.StringVar(&opts.From, "from", "", "score this predictions JSONL instead of running the extractor")
	f.IntVar(&opts.PerDoc, "per-doc", 0, "list the N worst documents")
	f.IntVar(&opts.MinWord, "min-words", 3, "polnear: score only quotes of at least N words (byline skips shorter spans)")
	f.BoolVar(&opts.Rules, "rules", false, "report how each extraction rule did, per field")
	f.StringVar(&opts.TraceTo, "trace", "", "with --rules, write every page's rule proposals to this JSONL file")
	f.StringVar(&opts.Pages, "pages", filepath.Join("..", "shared", "corpus", "aeb", "html"), "quotes: folder of the pages the quote gold was made on; fields: the corpus folder the annotated pages are in")
	return cmd
}

// appendMisses appends to rows one row per miss of each of the first n
// docs (in order) that have any; miss gives a doc's name and its misses.
func appendMisses[T any](rows []eval.Row, docs []T, n int, miss func(T) (string, []string)) []eval.Row {
	for _, d := range docs {
		if n == 0 {
			break
		}
		if name, ms := miss(d); len(ms) > 0 {
			for _, m := range ms {
				rows = append(rows, eval.Row{Name: "  " + name, Value: m})
			}
			n--
		}
	}
	return rows
}

// setEvalDefaults sets opts.Dir to the shared corpus of opts.Metric, and
// for fields opts.Pages to the corpus folder unless --pages was given.
func setEvalDefaults(opts *evalOptions, defaultPages bool) error {
	shared := filepath.Join("..", "shared")
	switch opts.Metric {
	case "aeb":
		opts.Dir = filepath.Join(shared, "corpus", "aeb")
	case "snippets":
		opts.Dir = filepath.Join(shared, "corpus", "trafilatura")
	case "dates":
		opts.Dir = filepath.Join(shared, "corpus", "htmldate-news")
	case "quotes":
		opts.Dir = filepath.Join(shared, "corpus", "quotes", "gold.json")
	case "polnear":
		opts.Dir = filepath.Join(shared, "corpus", "polnear-train")
	case "fields":
		opts.Dir = defaultFieldsGold
		if defaultPages {
			opts.Pages = filepath.Join(shared, "corpus")
		}
	case "clusters":
		opts.Dir = filepath.Join(shared, "corpus")
	case "summary":
		opts.Dir = shared
	default:
		return usageError(fmt.Errorf("unknown metric %q: want aeb, snippets, dates, quotes, polnear, fields, clusters or summary", opts.Metric))
	}
	return nil
}

// evalPage is one page to run the extractor on.
type evalPage struct {
	path string // file to read
	url  string
}

// corpusEval is one corpus ready to score: its pages and a scorer that
// reads the predictions of one half.
type corpusEval struct {
	title    string
	pages    []evalPage
	noQuotes bool
	// score scores the predictions (JSONL lines) of the pages of half.
	score func(half string, lines [][]byte) ([]eval.Row, any, error)
	// gold gives the gold values rule traces are checked against.
	gold eval.RuleGold
}

// loadCorpus prepares the evaluation of one metric on one corpus.
func loadCorpus(metric, dir, pages string, perDoc, minWords int) (*corpusEval, error) {
	switch metric {
	case "aeb":
		return loadAEB(dir, perDoc)
	case "snippets", "dates":
		return loadItems(metric, dir, perDoc)
	case "quotes":
		return loadQuotes(dir, pages)
	case "polnear":
		return loadPolnear(dir, minWords)
	case "fields":
		return loadFields(dir, pages, perDoc)
	}
	return nil, fmt.Errorf("unknown metric %q", metric)
}

// loadAEB prepares the aeb evaluation: DIR/html/<id>.html.gz scored
// against DIR's ground truth.
func loadAEB(dir string, perDoc int) (*corpusEval, error) {
	gold, err := eval.LoadAEBGold(dir)
	if err != nil {
		return nil, fmt.Errorf("eval aeb: %w", err)
	}
	c := &corpusEval{title: "aeb: " + dir, noQuotes: true, gold: eval.AEBRuleGold(gold)}
	for k, v := range gold {
		c.pages = append(c.pages, evalPage{path: filepath.Join(dir, "html", k+".html.gz"), url: v.URL})
	}
	c.score = func(half string, lines [][]byte) ([]eval.Row, any, error) {
		p, err := predictionsOf(lines)
		if err != nil {
			return nil, nil, err
		}
		r := eval.ScoreAEB(gold.Half(half), p, 1000)
		rows := r.Rows()
		for i, d := range r.Worst() {
			if i == perDoc {
				break
			}
			rows = append(rows, eval.Row{Name: "  " + d.Key, Value: fmt.Sprintf("p=%.3f r=%.3f", d.Precision, d.Recall)})
		}
		return rows, r, nil
	}
	return c, nil
}

// loadItems prepares a snippets or dates evaluation: the gold items of
// DIR (gold.json) and their pages.
func loadItems(metric, dir string, perDoc int) (*corpusEval, error) {
	items, err := eval.LoadGoldItems(dir)
	if err != nil {
		return nil, fmt.Errorf("eval %s: %w", metric, err)
	}
	base := dir
	if fi, err := os.Stat(base); err == nil && !fi.IsDir() {
		base = filepath.Dir(base)
	}
	c := &corpusEval{title: metric + ": " + dir, noQuotes: true, gold: eval.ItemsRuleGold(items)}
	for _, it := range items {
		c.pages = append(c.pages, evalPage{path: filepath.Join(base, it.Path()), url: it.URL})
	}
	c.score = func(half string, lines [][]byte) ([]eval.Row, any, error) {
		p, err := predictionsOf(lines)
		if err != nil {
			return nil, nil, err
		}
		sub := eval.ItemsInHalf(items, half)
		if metric == "dates" {
			r := eval.ScoreDatesReport(sub, p)
			return r.Rows(), r, nil
		}
		r := eval.ScoreSnippets(sub, p)
		rows := appendMisses(r.Rows(), sub, perDoc, func(it eval.GoldItem) (string, []string) {
			return it.Key, r.Failed[it.Key]
		})
		return rows, r, nil
	}
	return c, nil
}

// loadQuotes prepares the quote evaluation: the gold JSON file DIR, the
// aeb pages under pages.
func loadQuotes(dir, pages string) (*corpusEval, error) {
	gold, err := eval.LoadQuoteGold(dir)
	if err != nil {
		return nil, fmt.Errorf("eval quotes: %w", err)
	}
	c := &corpusEval{title: "quotes: " + dir, gold: eval.NoRuleGold}
	for _, it := range gold {
		c.pages = append(c.pages, evalPage{path: filepath.Join(pages, eval.QuoteItemKey(it.ID)+".html.gz"), url: it.URL})
	}
	c.score = func(half string, lines [][]byte) ([]eval.Row, any, error) {
		preds, err := eval.LoadQuotePredictions(bytes.NewReader(bytes.Join(lines, []byte("\n"))))
		if err != nil {
			return nil, nil, fmt.Errorf("eval quotes: %w", err)
		}
		s := eval.ScoreQuotes(eval.QuoteItemsInHalf(gold, half), preds)
		return s.Rows(), s, nil
	}
	return c, nil
}

// loadPolnear prepares the PolNeAR evaluation: DIR/html/<id>.html scored
// against DIR/gold.json.
func loadPolnear(dir string, minWords int) (*corpusEval, error) {
	gold, err := eval.LoadPolnearGold(dir)
	if err != nil {
		return nil, fmt.Errorf("eval polnear: %w", err)
	}
	base := dir
	if fi, err := os.Stat(base); err == nil && !fi.IsDir() {
		base = filepath.Dir(base)
	}
	c := &corpusEval{title: fmt.Sprintf("polnear (quotes of >= %d words): %s", minWords, dir), gold: eval.NoRuleGold}
	for _, it := range gold.Items {
		c.pages = append(c.pages, evalPage{path: filepath.Join(base, "html", it.ID+".html")})
	}
	c.score = func(half string, lines [][]byte) ([]eval.Row, any, error) {
		preds, err := eval.LoadPolnearPredictions(bytes.NewReader(bytes.Join(lines, []byte("\n"))))
		if err != nil {
			return nil, nil, fmt.Errorf("eval polnear: %w", err)
		}
		s := eval.ScorePolnear(gold.Half(half), preds, minWords)
		return s.Rows(), s, nil
	}
	return c, nil
}

// runEval scores one corpus and prints the table (three halves side by
// side unless --half picks one).
func runEval(ctx context.Context, opts *evalOptions) error {
	c, err := loadCorpus(opts.Metric, opts.Dir, opts.Pages, opts.PerDoc, opts.MinWord)
	if err != nil {
		return err
	}
	lines, traces, err := c.predict(ctx, opts)
	if err != nil {
		return err
	}
	halves := eval.Halves
	if opts.Half != "" {
		halves = []string{opts.Half}
	}
	var tables [][]eval.Row
	var metrics []any
	for _, h := range halves {
		rows, m, err := c.score(h, lines)
		if err != nil {
			return err
		}
		tables = append(tables, rows)
		metrics = append(metrics, m)
	}
	if len(tables) == 1 {
		eval.WriteTable(opts.Stdout, c.title, tables[0])
	} else {
		eval.WriteColumns(opts.Stdout, c.title, halves, tables)
	}
	if opts.Rules {
		eval.WriteRuleReport(opts.Stdout, eval.ScoreRules(traces, c.gold, opts.Half))
		if opts.TraceTo != "" {
			if err := writeTraces(opts.TraceTo, traces, c.gold, opts.Half); err != nil {
				return err
			}
		}
	}
	if opts.JSON {
		out := map[string]any{}
		for i, h := range halves {
			out[h] = metrics[i]
		}
		b, err := json.Marshal(out)
		if err != nil {
			return err
		}
		fmt.Fprintln(opts.Stdout, string(b))
	}
	return nil
}

// predict reads --from, or runs the extractor over the corpus pages
// (writing --pred when asked). With --rules it also returns each page's
// rule trace, keyed by page id.
func (c *corpusEval) predict(ctx context.Context, opts *evalOptions) ([][]byte, map[string]*extract.Trace, error) {
	if opts.From != "" {
		b, err := os.ReadFile(opts.From)
		if err != nil {
			return nil, nil, fmt.Errorf("eval: %w", err)
		}
		if opts.Rules {
			return nil, nil, usageError(fmt.Errorf("--rules needs the extractor to run: drop --from"))
		}
		lines := bytes.Split(bytes.TrimSpace(b), []byte("\n"))
		// Each corpus reads its own prediction shape; any line must be JSON.
		for i, l := range lines {
			var v any
			if err := json.Unmarshal(l, &v); len(bytes.TrimSpace(l)) > 0 && err != nil {
				return nil, nil, fmt.Errorf("eval: %s line %d: %w", opts.From, i+1, err)
			}
		}
		return lines, nil, nil
	}
	paths := make([]string, len(c.pages))
	urls := make(map[string]string, len(c.pages))
	for i, p := range c.pages {
		paths[i] = p.path
		urls[p.path] = p.url
	}
	start := time.Now()
	var traces map[string]*extract.Trace
	var tracesMu chan struct{}
	if opts.Rules {
		traces = map[string]*extract.Trace{}
		tracesMu = make(chan struct{}, 1)
	}
	results := extractAll(ctx, paths, opts.Jobs, func(path string) (*article.Article, error) {
		data, err := readInput(path, nil, extract.DefaultMaxBytes)
		if err != nil {
			return nil, err
		}
		o := extract.Options{NoQuotes: c.noQuotes}
		if opts.Rules {
			o.Trace = &extract.Trace{}
		}
		a, err := extract.Extract(extract.Input{HTML: data, URL: urls[path], FetchedAt: start}, o)
		if opts.Rules {
			tracesMu <- struct{}{}
			traces[eval.ItemKey(path)] = o.Trace
			<-tracesMu
		}
		return a, err
	})
	var lines [][]byte
	var buf bytes.Buffer
	failed := 0
	for r := range results {
		if r.Error != "" {
			failed++
		}
		b, err := json.Marshal(r)
		if err != nil {
			return nil, nil, fmt.Errorf("encode %s: %w", r.Source, err)
		}
		lines = append(lines, b)
		buf.Write(b)
		buf.WriteByte('\n')
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(opts.Stderr, "extracted %d pages in %s (%d without an article)\n", len(c.pages), time.Since(start).Round(time.Millisecond), failed)
	if opts.PredOut != "" {
		if err := os.WriteFile(opts.PredOut, buf.Bytes(), 0o644); err != nil {
			return nil, nil, fmt.Errorf("write predictions: %w", err)
		}
	}
	return lines, traces, nil
}

// predictionsOf parses JSONL prediction lines.
func predictionsOf(lines [][]byte) (eval.Predictions, error) {
	ps := make([]eval.Prediction, 0, len(lines))
	for _, l := range lines {
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		var p eval.Prediction
		if err := json.Unmarshal(l, &p); err != nil {
			return nil, fmt.Errorf("read prediction: %w", err)
		}
		ps = append(ps, p)
	}
	return eval.NewPredictions(ps), nil
}

// summaryMetric is one line of `byline eval summary`.
type summaryMetric struct {
	corpus, metric, dir string
	pick                []string // row names of the corpus table to show
}

// runEvalSummary scores every development corpus and prints the figures
// the README quotes, for all pages and for each half.
func runEvalSummary(ctx context.Context, opts *evalOptions) error {
	corpus := func(name string) string { return filepath.Join(opts.Dir, "corpus", name) }
	list := []summaryMetric{
		{"aeb", "aeb", corpus("aeb"), []string{"f1", "precision", "recall"}},
		{"trafilatura", "snippets", corpus("trafilatura"), []string{"F1", "precision", "recall", "title accuracy", "author recall", "date accuracy"}},
		{"htmldate-news", "dates", corpus("htmldate-news"), []string{"accuracy"}},
		{"htmldate-default", "dates", corpus("htmldate-default"), []string{"accuracy"}},
		{"quotes", "quotes", filepath.Join(corpus("quotes"), "gold.json"), []string{"quote F1", "speaker accuracy", "attributed F1"}},
		{"polnear-train", "polnear", corpus("polnear-train"), []string{"quote F1", "named-speaker accuracy", "attributed F1"}},
		{"fields", "fields", defaultFieldsGold, []string{"dateline F1", "caption recall", "caption precision", "credit recall", "credit precision", "headline", "author recall", "author precision"}},
	}
	var tables [3][]eval.Row
	for _, m := range list {
		pages := filepath.Join(corpus("aeb"), "html")
		if m.metric == "fields" {
			pages = filepath.Join(opts.Dir, "corpus")
		}
		c, err := loadCorpus(m.metric, m.dir, pages, 0, 3)
		if err != nil {
			return err
		}
		lines, _, err := c.predict(ctx, &evalOptions{Jobs: opts.Jobs, Stderr: opts.Stderr})
		if err != nil {
			return err
		}
		for i, h := range eval.Halves {
			rows, _, err := c.score(h, lines)
			if err != nil {
				return err
			}
			for _, name := range m.pick {
				for _, r := range rows {
					if r.Name == name {
						tables[i] = append(tables[i], eval.Row{Name: m.corpus + " " + name, Value: r.Value})
					}
				}
			}
		}
	}
	eval.WriteColumns(opts.Stdout, "byline eval summary: "+opts.Dir, eval.Halves, tables[:])
	return nil
}

// writeTraces writes one JSON line per page of half (all when ""): its
// id, half and every rule event with the gold's judgement of it. With
// --half tune no check page's proposals reach the file.
func writeTraces(path string, traces map[string]*extract.Trace, gold eval.RuleGold, half string) error {
	var buf bytes.Buffer
	for id, tr := range traces {
		if !eval.InHalf(id, half) {
			continue
		}
		type ev struct {
			extract.RuleEvent
			Judged string `json:"judged,omitempty"`
		}
		line := struct {
			Page   string `json:"page"`
			Half   string `json:"half"`
			Events []ev   `json:"events"`
		}{Page: id, Half: eval.Half(id)}
		for _, e := range tr.Events {
			j := ""
			switch gold.Judge(id, e.Field, e.Value) {
			case eval.Right:
				j = "right"
			case eval.Wrong:
				j = "wrong"
			}
			line.Events = append(line.Events, ev{e, j})
		}
		b, err := json.Marshal(line)
		if err != nil {
			return err
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write traces: %w", err)
	}
	return nil
}
