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

// EvalOptions are the parsed flags of `byline eval`.
type EvalOptions struct {
	Metric   string // aeb, snippets, dates, quotes
	Dir      string // corpus folder (or gold file for quotes)
	Pages    string // quotes: folder of the aeb pages
	Jobs     int
	JSON     bool
	PredOut  string // write predictions JSONL here
	From     string // score this predictions JSONL instead of extracting
	PerDoc   int    // list the N worst documents (aeb, snippets)
	Stdout   io.Writer
	Stderr   io.Writer
	NoQuotes bool
}

func init() { register(newEvalCmd) }

func newEvalCmd(g *globalOptions) *cobra.Command {
	opts := &EvalOptions{}
	cmd := &cobra.Command{
		Use:   "eval aeb|snippets|dates|quotes [DIR]",
		Short: "Score the extractor on a shared corpus",
		Long: `Eval runs the extractor over a corpus and scores it with the metrics of
../shared/tools/score.py (which it agrees with to three decimals).

  aeb       article-extraction benchmark: 4-token shingle F1 of the body
  snippets  trafilatura with/without snippets, title, authors, dates
  dates     publication dates (htmldate sets)
  quotes    quotes and speakers (DIR is the gold JSON file)

DIR defaults to ../shared/corpus/<metric>. --pred FILE also writes the
predictions as JSONL (what byline extract --jsonl prints); --from FILE
scores such a file instead of running the extractor.`,
		Args:      cobra.RangeArgs(1, 2),
		ValidArgs: []string{"aeb", "snippets", "dates", "quotes"},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Metric = args[0]
			switch opts.Metric {
			case "aeb", "snippets", "dates":
				opts.Dir = filepath.Join("..", "shared", "corpus", opts.Metric)
				switch opts.Metric {
				case "snippets":
					opts.Dir = filepath.Join("..", "shared", "corpus", "trafilatura")
				case "dates":
					opts.Dir = filepath.Join("..", "shared", "corpus", "htmldate-news")
				}
			case "quotes":
				opts.Dir = filepath.Join("..", "shared", "corpus", "quotes", "gold.json")
			default:
				return fmt.Errorf("unknown metric %q: want aeb, snippets, dates or quotes", opts.Metric)
			}
			if len(args) == 2 {
				opts.Dir = args[1]
			}
			opts.Stdout, opts.Stderr = g.Stdout, g.Stderr
			return runEval(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "number of parallel workers")
	f.BoolVar(&opts.JSON, "json", false, "also print the metrics as JSON on the last line")
	f.StringVar(&opts.PredOut, "pred", "", "write the predictions JSONL to this file")
	f.StringVar(&opts.From, "from", "", "score this predictions JSONL instead of running the extractor")
	f.IntVar(&opts.PerDoc, "per-doc", 0, "list the N worst documents")
	f.StringVar(&opts.Pages, "pages", filepath.Join("..", "shared", "corpus", "aeb", "html"), "quotes: folder of the pages the quote gold was made on")
	return cmd
}

// evalPage is one page to run the extractor on.
type evalPage struct {
	path string // file to read
	url  string
}

// runEval loads the gold data, gets predictions and prints the scores.
func runEval(ctx context.Context, opts *EvalOptions) error {
	var pages []evalPage
	var score func(eval.Predictions) (string, []eval.Row, any)
	switch opts.Metric {
	case "aeb":
		gold, err := eval.LoadAEBGold(opts.Dir)
		if err != nil {
			return fmt.Errorf("eval aeb: %w", err)
		}
		for k, v := range gold {
			pages = append(pages, evalPage{path: filepath.Join(opts.Dir, "html", k+".html.gz"), url: v.URL})
		}
		score = func(p eval.Predictions) (string, []eval.Row, any) {
			r := eval.ScoreAEB(gold, p, 1000)
			rows := r.Rows()
			if opts.PerDoc > 0 {
				for i, d := range r.Worst() {
					if i == opts.PerDoc {
						break
					}
					rows = append(rows, eval.Row{Name: "  " + d.Key, Value: fmt.Sprintf("p=%.3f r=%.3f", d.Precision, d.Recall)})
				}
			}
			return "aeb: " + opts.Dir, rows, r
		}
	case "snippets", "dates":
		items, err := eval.LoadGoldItems(opts.Dir)
		if err != nil {
			return fmt.Errorf("eval %s: %w", opts.Metric, err)
		}
		dir := opts.Dir
		if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
			dir = filepath.Dir(dir)
		}
		for _, it := range items {
			pages = append(pages, evalPage{path: filepath.Join(dir, it.Path()), url: it.URL})
		}
		if opts.Metric == "dates" {
			score = func(p eval.Predictions) (string, []eval.Row, any) {
				r := eval.ScoreDatesReport(items, p)
				return "dates: " + opts.Dir, r.Rows(), r
			}
		} else {
			score = func(p eval.Predictions) (string, []eval.Row, any) {
				r := eval.ScoreSnippets(items, p)
				rows := r.Rows()
				if opts.PerDoc > 0 {
					n := 0
					for k, fails := range r.Failed {
						for _, f := range fails {
							rows = append(rows, eval.Row{Name: "  " + k, Value: f})
						}
						if n++; n == opts.PerDoc {
							break
						}
					}
				}
				return "snippets: " + opts.Dir, rows, r
			}
		}
	case "quotes":
		return runEvalQuotes(ctx, opts)
	}
	preds, err := evalPredictions(ctx, opts, pages, true)
	if err != nil {
		return err
	}
	title, rows, metrics := score(preds)
	eval.WriteTable(opts.Stdout, title, rows)
	if opts.JSON {
		b, err := json.Marshal(metrics)
		if err != nil {
			return err
		}
		fmt.Fprintln(opts.Stdout, string(b))
	}
	return nil
}

// evalPredictions reads --from, or runs the extractor over pages (writing
// --pred when asked).
func evalPredictions(ctx context.Context, opts *EvalOptions, pages []evalPage, noQuotes bool) (eval.Predictions, error) {
	if opts.From != "" {
		return eval.ReadPredictionsFile(opts.From)
	}
	lines, err := extractPages(ctx, opts, pages, noQuotes)
	if err != nil {
		return nil, err
	}
	var ps []eval.Prediction
	for _, l := range lines {
		var p eval.Prediction
		if err := json.Unmarshal(l, &p); err != nil {
			return nil, fmt.Errorf("re-read prediction: %w", err)
		}
		ps = append(ps, p)
	}
	return eval.NewPredictions(ps), nil
}

// extractPages runs the extractor over pages in parallel and returns one
// JSON line per page, in order; it writes them to --pred when set.
func extractPages(ctx context.Context, opts *EvalOptions, pages []evalPage, noQuotes bool) ([][]byte, error) {
	paths := make([]string, len(pages))
	urls := make(map[string]string, len(pages))
	for i, p := range pages {
		paths[i] = p.path
		urls[p.path] = p.url
	}
	start := time.Now()
	results := extractAll(ctx, paths, opts.Jobs, func(path string) (*article.Article, error) {
		data, err := readInput(path, nil, extract.DefaultMaxBytes)
		if err != nil {
			return nil, err
		}
		return extract.Extract(extract.Input{HTML: data, URL: urls[path], FetchedAt: start}, extract.Options{NoQuotes: noQuotes})
	})
	var out [][]byte
	var buf bytes.Buffer
	failed := 0
	for r := range results {
		if r.Error != "" {
			failed++
		}
		b, err := json.Marshal(r)
		if err != nil {
			return nil, fmt.Errorf("encode %s: %w", r.Source, err)
		}
		out = append(out, b)
		buf.Write(b)
		buf.WriteByte('\n')
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fmt.Fprintf(opts.Stderr, "extracted %d pages in %s (%d without an article)\n", len(pages), time.Since(start).Round(time.Millisecond), failed)
	if opts.PredOut != "" {
		if err := os.WriteFile(opts.PredOut, buf.Bytes(), 0o644); err != nil {
			return nil, fmt.Errorf("write predictions: %w", err)
		}
	}
	return out, nil
}

// runEvalQuotes scores the quote layer on the quote gold, extracting the
// aeb pages the gold was annotated on.
func runEvalQuotes(ctx context.Context, opts *EvalOptions) error {
	gold, err := eval.LoadQuoteGold(opts.Dir)
	if err != nil {
		return fmt.Errorf("eval quotes: %w", err)
	}
	var predSrc io.Reader
	if opts.From != "" {
		f, err := os.Open(opts.From)
		if err != nil {
			return fmt.Errorf("eval quotes: %w", err)
		}
		defer f.Close()
		predSrc = f
	} else {
		var pages []evalPage
		for _, it := range gold {
			key := eval.QuoteItemKey(it.ID)
			pages = append(pages, evalPage{path: filepath.Join(opts.Pages, key+".html.gz"), url: it.URL})
		}
		lines, err := extractPages(ctx, opts, pages, false)
		if err != nil {
			return err
		}
		predSrc = bytes.NewReader(bytes.Join(lines, []byte("\n")))
	}
	preds, err := eval.LoadQuotePredictions(predSrc)
	if err != nil {
		return fmt.Errorf("eval quotes: %w", err)
	}
	s := eval.ScoreQuotes(gold, preds)
	if err := s.WriteTable(opts.Stdout, "quotes: "+opts.Dir); err != nil {
		return err
	}
	if opts.JSON {
		b, err := json.Marshal(s)
		if err != nil {
			return err
		}
		fmt.Fprintln(opts.Stdout, string(b))
	}
	return nil
}
