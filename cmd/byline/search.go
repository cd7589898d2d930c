package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"log/slog"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/byline/byline/crawler"
	"github.com/byline/byline/index"
	bleveindex "github.com/byline/byline/index/bleve"
	esindex "github.com/byline/byline/index/es"
)

func init() { register(newSearchCmd) }

// defaultDataDir is where the embedded index lives when --data is not given.
const defaultDataDir = crawler.DefaultDataDir

// searchOptions are the parsed flags of `byline search`.
type searchOptions struct {
	DataDir string
	ESURL   string
	Site    string
	Section string
	Author  string
	Speaker string
	Lang    string
	Since   string
	Until   string
	Quotes  bool
	Limit   int
	From    int
	Sort    string
	JSON    bool
	Facets  bool
	Query   string
}

func newSearchCmd(g *globalOptions) *cobra.Command {
	opts := &searchOptions{}
	cmd := &cobra.Command{
		Use:   "search [flags] QUERY",
		Short: "Search indexed articles or quotes",
		Long: `Search the article index: the embedded index in DATA/index (default), or
Elasticsearch with --es URL (credentials from BYLINE_ES_API_KEY,
BYLINE_ES_USERNAME/BYLINE_ES_PASSWORD, BYLINE_ES_CLOUD_ID, BYLINE_ES_CA_CERT).

Query syntax: words (all must match), "a phrase", a OR b, NOT a or -a,
(grouping), and filters site:, section:, author:, speaker:, lang:
(quote multi-word values: speaker:"Maria Lopez"). An empty query matches
everything, so filters alone work.

With --quotes the hits are quotes: words match the quote text, --speaker
the quote's speaker.

--since and --until take a date (2006-01-02, --until includes that day) or
an RFC 3339 time.

Exit status: 0 on success (also with no hits), 1 on errors, 2 on a bad
query or bad flags, 130 when interrupted.`,
		Example: `  byline search --site "The Daily" tariffs
  byline search --quotes --speaker "Maria Lopez" climate
  byline search --json --since 2025-07-01 '"interest rates" -opinion'`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Query = strings.Join(args, " ")
			return runSearch(cmd.Context(), opts, g.Stdout)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.DataDir, "data", "", "data directory of the embedded index (default \""+defaultDataDir+"\")")
	f.StringVar(&opts.ESURL, "es", "", "search Elasticsearch at this URL instead of the embedded index")
	f.StringVar(&opts.Site, "site", "", "only this site (site name, case-insensitive)")
	f.StringVar(&opts.Section, "section", "", "only this section")
	f.StringVar(&opts.Author, "author", "", "only articles by this author")
	f.StringVar(&opts.Speaker, "speaker", "", "only articles quoting this speaker (with --quotes: quotes by this speaker)")
	f.StringVar(&opts.Lang, "lang", "", "only this language (BCP 47, e.g. en)")
	f.StringVar(&opts.Since, "since", "", "published at or after this date")
	f.StringVar(&opts.Until, "until", "", "published up to this date (inclusive for a date, exclusive for a time)")
	f.BoolVar(&opts.Quotes, "quotes", false, "search quotes instead of articles")
	f.IntVar(&opts.Limit, "limit", index.DefaultLimit, "number of hits to show")
	f.IntVar(&opts.From, "from", 0, "skip this many hits (pagination)")
	f.StringVar(&opts.Sort, "sort", string(index.SortRelevance), "order: relevance or date (newest first)")
	f.BoolVar(&opts.JSON, "json", false, "print JSON: {total, hits, facets}")
	f.BoolVar(&opts.Facets, "facets", false, "print facet counts (always included with --json)")
	cmd.MarkFlagsMutuallyExclusive("data", "es")
	return cmd
}

// usageError marks errors in flags or query syntax: exit status 2.
func usageError(err error) error { return &exitError{code: 2, err: err} }

// buildQuery turns the options into an index.Query.
func (o *searchOptions) buildQuery() (index.Query, error) {
	q := index.Query{
		Text: o.Query, Site: o.Site, Section: o.Section, Author: o.Author, Speaker: o.Speaker,
		Language: o.Lang, Limit: o.Limit, From: o.From, Facets: o.JSON || o.Facets,
	}
	switch index.Sort(o.Sort) {
	case index.SortRelevance, index.SortDate:
		q.Sort = index.Sort(o.Sort)
	default:
		return q, fmt.Errorf("--sort %q: want relevance or date", o.Sort)
	}
	if o.Limit < 1 || o.Limit > index.MaxLimit {
		return q, fmt.Errorf("--limit %d: want 1..%d", o.Limit, index.MaxLimit)
	}
	if o.From < 0 {
		return q, fmt.Errorf("--from %d: must not be negative", o.From)
	}
	var err error
	if o.Since != "" {
		if q.Since, _, err = parseDateFlag(o.Since); err != nil {
			return q, fmt.Errorf("--since: %w", err)
		}
	}
	if o.Until != "" {
		var dateOnly bool
		if q.Until, dateOnly, err = parseDateFlag(o.Until); err != nil {
			return q, fmt.Errorf("--until: %w", err)
		}
		if dateOnly {
			q.Until = q.Until.AddDate(0, 0, 1)
		}
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && !q.Since.Before(q.Until) {
		return q, fmt.Errorf("--since %s is not before --until %s", o.Since, o.Until)
	}
	if _, err := index.Parse(q.Text); err != nil {
		return q, err
	}
	return q, nil
}

// parseDateFlag accepts 2006-01-02 (UTC midnight) or RFC 3339.
func parseDateFlag(s string) (t time.Time, dateOnly bool, err error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, true, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, false, nil
	}
	return time.Time{}, false, fmt.Errorf("%q: want YYYY-MM-DD or an RFC 3339 time", s)
}

// openIndex opens the index a command should use: Elasticsearch when esURL
// is set (credentials and tuning from the BYLINE_ES_* environment), else
// the embedded Bleve index in dataDir/index (dataDir "" means defaultDataDir).
// serve, run and worker share it. The caller closes the index.
func openIndex(ctx context.Context, dataDir, esURL string) (index.Index, error) {
	if esURL != "" {
		cfg, err := esindex.ConfigFromEnv()
		if err != nil {
			return nil, err
		}
		cfg.Addresses = []string{esURL}
		cfg.CloudID = ""
		return esindex.New(ctx, cfg)
	}
	if dataDir == "" {
		dataDir = defaultDataDir
	}
	return bleveindex.Open(filepath.Join(dataDir, "index"), bleveindex.Config{})
}

func runSearch(ctx context.Context, opts *searchOptions, out io.Writer) error {
	q, err := opts.buildQuery()
	if err != nil {
		return usageError(err)
	}
	ix, err := openIndex(ctx, opts.DataDir, opts.ESURL)
	if err != nil {
		return err
	}
	defer func() { _ = ix.Close(context.WithoutCancel(ctx)) }()
	return searchAndPrint(ctx, ix, q, opts, out)
}

// searchAndPrint runs q against s and prints the results.
func searchAndPrint(ctx context.Context, s index.Searcher, q index.Query, opts *searchOptions, out io.Writer) error {
	if opts.Quotes {
		r, err := s.SearchQuotes(ctx, q)
		if err != nil {
			return searchError(err)
		}
		if opts.JSON {
			return writeJSON(out, jsonResults[index.QuoteHit]{Total: r.Total, Hits: r.Hits, Facets: r.Facets})
		}
		printQuotes(out, q, r)
		return nil
	}
	r, err := s.Search(ctx, q)
	if err != nil {
		return searchError(err)
	}
	if opts.JSON {
		hits := make([]jsonHit, len(r.Hits))
		for i, h := range r.Hits {
			hits[i] = jsonHit{ID: h.ID, URL: h.URL, Headline: h.Headline, SiteName: h.SiteName, PublishedAt: h.PublishedAt, Score: h.Score, Highlights: h.Highlights}
			if hits[i].Highlights == nil {
				hits[i].Highlights = map[string][]string{}
			}
		}
		return writeJSON(out, jsonResults[jsonHit]{Total: r.Total, Hits: hits, Facets: r.Facets})
	}
	printArticles(out, q, r, opts.Facets)
	return nil
}

func searchError(err error) error {
	if errors.Is(err, index.ErrBadQuery) {
		return usageError(err)
	}
	return err
}

// jsonResults is the --json shape: {"total", "hits", "facets"}.
type jsonResults[H any] struct {
	Total  uint64                   `json:"total"`
	Hits   []H                      `json:"hits"`
	Facets map[string][]index.Facet `json:"facets"`
}

// jsonHit is one article in --json output.
type jsonHit struct {
	ID          string              `json:"id"`
	URL         string              `json:"url"`
	Headline    string              `json:"headline"`
	SiteName    string              `json:"site_name"`
	PublishedAt string              `json:"published_at"`
	Score       float64             `json:"score"`
	Highlights  map[string][]string `json:"highlights"`
}

func writeJSON[H any](out io.Writer, v jsonResults[H]) error {
	if v.Hits == nil {
		v.Hits = []H{}
	}
	if v.Facets == nil {
		v.Facets = map[string][]index.Facet{}
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write results: %w", err)
	}
	return nil
}

var markTag = regexp.MustCompile(`</?mark>`)

// plainSnippet turns an HTML highlight fragment into terminal text: matches
// in «», entities decoded, whitespace collapsed.
func plainSnippet(frag string) string {
	s := markTag.ReplaceAllStringFunc(frag, func(m string) string {
		if m == "<mark>" {
			return "«"
		}
		return "»"
	})
	return oneLine(html.UnescapeString(s))
}

func day(rfc3339 string) string {
	if t, err := time.Parse(time.RFC3339, rfc3339); err == nil {
		return t.Format(time.DateOnly)
	}
	return "undated"
}

func printArticles(out io.Writer, q index.Query, r *index.Results, facets bool) {
	fmt.Fprintf(out, "%d %s\n", r.Total, plural(r.Total, "article", "articles"))
	for i, h := range r.Hits {
		fmt.Fprintf(out, "\n%d. %s\n   %s · %s · %s\n", q.From+i+1, oneLine(h.Headline), orDash(h.SiteName), day(h.PublishedAt), h.URL)
		frags := h.Highlights["body"]
		if len(frags) == 0 {
			frags = h.Highlights["summary"]
		}
		for j, f := range frags {
			if j == 2 {
				break
			}
			fmt.Fprintf(out, "   … %s …\n", plainSnippet(f))
		}
	}
	if facets && len(r.Facets) > 0 {
		printFacets(out, r.Facets)
	}
}

func printQuotes(out io.Writer, q index.Query, r *index.QuoteResults) {
	fmt.Fprintf(out, "%d %s\n", r.Total, plural(r.Total, "quote", "quotes"))
	for i, h := range r.Hits {
		fmt.Fprintf(out, "\n%d. “%s”\n   — %s\n   %s · %s · %s\n   %s\n", q.From+i+1, oneLine(h.Text), orDash(h.Speaker), oneLine(h.Headline), orDash(h.SiteName), day(h.PublishedAt), h.URL)
	}
	if len(r.Facets) > 0 && q.Facets {
		printFacets(out, r.Facets)
	}
}

func printFacets(out io.Writer, fs map[string][]index.Facet) {
	fmt.Fprintln(out)
	for _, name := range []string{"site", "section", "author", "speaker", "published"} {
		var parts []string
		for _, f := range fs[name] {
			parts = append(parts, fmt.Sprintf("%s (%d)", f.Value, f.Count))
		}
		if len(parts) > 0 {
			fmt.Fprintf(out, "%s: %s\n", name, strings.Join(parts, ", "))
		}
	}
}

func plural(n uint64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// oneLine collapses whitespace and drops control characters (terminal
// escape sequences), so untrusted text cannot break the layout.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// closeIndex closes ix within timeout, even when ctx is already cancelled
// (the usual case at shutdown), and logs a failure under who. Call it
// deferred, after the stages that write to ix have returned.
func closeIndex(ctx context.Context, ix index.Index, timeout time.Duration, log *slog.Logger, who string) {
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout)
	defer cancel()
	if err := ix.Close(cctx); err != nil {
		log.Warn(who+": close index", "err", err)
	}
}
