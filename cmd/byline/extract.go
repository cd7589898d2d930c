package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/byline/byline/article"
	"github.com/byline/byline/extract"
	"github.com/byline/byline/internal/memgate"
)

// extractOptions are the parsed flags of `byline extract`.
type extractOptions struct {
	URL         string   // page URL (single document)
	ContentType string   // HTTP Content-Type (charset hint)
	JSONL       bool     // one compact object per line
	Jobs        int      // parallel workers
	NoQuotes    bool     // skip the quote layer
	MaxBytes    int      // size cap per page
	Memory      int64    // memory budget of the extractions at once; 0: memgate.DefaultBudget
	Paths       []string // .html, .html.gz or "-"
	Stdin       io.Reader
	Stdout      io.Writer
	Stderr      io.Writer
}

func init() { register(newExtractCmd) }

func newExtractCmd(g *globalOptions) *cobra.Command {
	opts := &extractOptions{}
	cmd := &cobra.Command{
		Use:   "extract [--url URL] [--content-type CT] [--jsonl] [-j N] PATH...",
		Short: "Extract structured articles from HTML pages",
		Long: `Extract turns news pages into structured articles (JSON).

PATH is an .html file, an .html.gz file or - for standard input. One
document prints indented JSON; --jsonl prints one compact object per line,
in input order, each with "source": PATH as given. A document that fails
prints {"source": PATH, "error": "..."} and the batch goes on; one document
alone that fails prints its error on stderr only. A page with no article
(a listing, an interstitial) still prints its headline, site and dates
beside the error, alone or in a batch.

Pages are admitted by their estimated memory (extract.EstimateMemory)
within 70% of GOMEMLIMIT (else of the machine's memory): big pages wait
for each other instead of running together, and a page that would not
fit even alone fails with both sizes in its error.

Exit status: 0 when every document was extracted, 1 when any failed, 2 on
bad flags or no PATH.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Jobs < 1 {
				return usageError(fmt.Errorf("-j %d: want at least 1", opts.Jobs))
			}
			opts.Paths = args
			opts.Stdin = cmd.InOrStdin()
			opts.Stdout = g.Stdout
			opts.Stderr = g.Stderr
			return runExtract(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.URL, "url", "", "URL of the page (resolves links, gives the id)")
	f.StringVar(&opts.ContentType, "content-type", "", `HTTP Content-Type of the page, e.g. "text/html; charset=iso-8859-1"`)
	f.BoolVar(&opts.JSONL, "jsonl", false, "print one compact JSON object per line")
	f.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "number of parallel workers")
	f.BoolVar(&opts.NoQuotes, "no-quotes", false, "skip quote, attribution and date-mention extraction")
	f.IntVar(&opts.MaxBytes, "max-bytes", extract.DefaultMaxBytes, "size cap of one page in bytes")
	return cmd
}

// extractResult is one line of `byline extract --jsonl` output.
type extractResult struct {
	Source string `json:"source"`
	*article.Article
	Error string `json:"error,omitempty"`
}

// runExtract extracts every path and prints the results in input order.
func runExtract(ctx context.Context, opts *extractOptions) error {
	budget := opts.Memory
	if budget <= 0 {
		budget, _ = memgate.DefaultBudget()
	}
	gate := memgate.New(budget)
	results := extractAll(ctx, opts.Paths, opts.Jobs, func(path string) (*article.Article, error) {
		return extractPath(ctx, path, opts, gate)
	})
	failed := 0
	single := len(opts.Paths) == 1 && !opts.JSONL
	enc := json.NewEncoder(opts.Stdout)
	enc.SetEscapeHTML(false)
	if single {
		enc.SetIndent("", "  ")
	}
	for r := range results {
		if r.Error != "" {
			failed++
			if single {
				fmt.Fprintf(opts.Stderr, "byline: extract %s: %s\n", r.Source, r.Error)
				if r.Article == nil {
					continue
				}
				// A page with no article still prints what it says
				// about itself (headline, site, dates) beside the error.
			}
		}
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		if !single {
			fmt.Fprintf(opts.Stderr, "byline: %d of %d documents failed\n", failed, len(opts.Paths))
		}
		return errSilentFailure
	}
	return nil
}

// extractAll runs fn over paths with n workers and yields the results in
// input order as soon as each is ready.
func extractAll(ctx context.Context, paths []string, n int, fn func(string) (*article.Article, error)) <-chan extractResult {
	if n < 1 {
		n = 1
	}
	slots := make([]chan extractResult, len(paths))
	for i := range slots {
		slots[i] = make(chan extractResult, 1)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(n, max(1, len(paths))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				r := extractResult{Source: paths[i]}
				a, err := fn(paths[i])
				if err != nil {
					r.Error = err.Error()
					// A page without an article still says what it is:
					// its headline, site and dates go out with the error.
					if nae, ok := errors.AsType[*extract.NotArticleError](err); ok {
						r.Article = nae.Page
					}
				} else {
					r.Article = a
				}
				slots[i] <- r
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range paths {
			select {
			case jobs <- i:
			case <-ctx.Done():
				for j := i; j < len(paths); j++ {
					slots[j] <- extractResult{Source: paths[j], Error: ctx.Err().Error()}
				}
				return
			}
		}
	}()
	out := make(chan extractResult)
	go func() {
		defer close(out)
		for _, s := range slots {
			out <- <-s
		}
		wg.Wait()
	}()
	return out
}

// extractPath reads one input (gunzipping .gz and gzip-magic input) and
// extracts it once its estimated memory fits in gate.
func extractPath(ctx context.Context, path string, opts *extractOptions, gate *memgate.Gate) (*article.Article, error) {
	data, err := readInput(path, opts.Stdin, opts.MaxBytes)
	if err != nil {
		return nil, err
	}
	xopts := extract.Options{MaxBytes: opts.MaxBytes, NoQuotes: opts.NoQuotes}
	release, err := gate.Acquire(ctx, extract.EstimateMemory(data, xopts))
	if err != nil {
		return nil, fmt.Errorf("%s page: %w", memgate.Bytes(int64(len(data))), err)
	}
	defer release()
	a, err := extract.Extract(extract.Input{
		HTML:        data,
		URL:         opts.URL,
		ContentType: opts.ContentType,
		FetchedAt:   time.Now(),
	}, xopts)
	if err != nil {
		return nil, err
	}
	return a, nil
}

// readInput reads a path ("-" is stdin), decompressing gzip, and refuses
// more than max bytes of page.
func readInput(path string, stdin io.Reader, maxBytes int) ([]byte, error) {
	var r io.Reader
	if path == "-" {
		r = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	if maxBytes <= 0 {
		maxBytes = extract.DefaultMaxBytes
	}
	raw, err := io.ReadAll(io.LimitReader(r, int64(maxBytes)+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if strings.HasSuffix(path, ".gz") || bytes.HasPrefix(raw, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("gunzip %s: %w", path, err)
		}
		out, err := io.ReadAll(io.LimitReader(zr, int64(maxBytes)+1))
		if err != nil {
			return nil, fmt.Errorf("gunzip %s: %w", path, err)
		}
		raw = out
	}
	// The read stops one byte past the cap: say so, not that the page is
	// that one byte longer (the file's size where it has one).
	if len(raw) > maxBytes {
		if fi, err := os.Stat(path); err == nil && path != "-" && !strings.HasSuffix(path, ".gz") {
			return nil, fmt.Errorf("%w: %s is %d bytes, the limit is %d (--max-bytes)", extract.ErrTooLarge, path, fi.Size(), maxBytes)
		}
		return nil, fmt.Errorf("%w: %s is over the limit of %d bytes (--max-bytes)", extract.ErrTooLarge, path, maxBytes)
	}
	return raw, nil
}
