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

	"github.com/byline/byline/config"
	"github.com/byline/byline/crawler"
	"github.com/byline/byline/index"
	bleveindex "github.com/byline/byline/index/bleve"
	"github.com/byline/byline/index/export"
)

func init() { register(newSearchCmd) }

// defaultDataDir is where the embedded index lives when --data is not given.
const defaultDataDir = crawler.DefaultDataDir

// searchOptions are the parsed flags of `byline search`.
type searchOptions struct {
	Config  string
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
	Format  string
	JSON    bool
	Facets  bool
	Query   string
	// NoCollapse lists every copy of a story; Revised keeps articles
	// edited after Byline first saw them (issue 16).
	NoCollapse bool
	Revised    bool
	Count      string // what facets count: articles (default) or stories

	limitSet bool                   // --limit was given (exports default to every hit)
	changed  func(name string) bool // which flags were given (--data, --es over the config)
}

// Output formats of `byline search`.
const (
	formatText  = "text"
	formatJSON  = "json"
	formatCSV   = "csv"
	formatJSONL = "jsonl"
)

func newSearchCmd(g *globalOptions) *cobra.Command {
	opts := &searchOptions{}
	cmd := &cobra.Command{
		Use:   "search [flags] QUERY",
		Short: "Search indexed articles or quotes",
		Long: `Search the article index: the embedded index in DATA/index (default), or
Elasticsearch when one is named (--es URL, BYLINE_INDEX_ELASTICSEARCH_URL or
the file's index.elasticsearch.url; credentials and index prefix from
BYLINE_INDEX_ELASTICSEARCH_*, the older BYLINE_ES_API_KEY,
BYLINE_ES_USERNAME/BYLINE_ES_PASSWORD, BYLINE_ES_CA_CERT, BYLINE_ES_INDEX,
or the file). DATA and the Elasticsearch settings are read as every command
reads them: the --config file, the BYLINE_* environment over it, --data or
--es over both.

Query syntax: words (all must match), "a phrase", a OR b, NOT a or -a,
(grouping), and filters site:, section:, author:, speaker:, lang:
(quote multi-word values: speaker:"Maria Lopez"). An empty query matches
everything, so filters alone work.

Names match the way you type them: --speaker, --author and --site (and
speaker:, author:, site:) find every name containing those words in that
order, whatever the case and accents: --speaker Okafor finds "Ruth Okafor",
--site "Harbor Times" finds "The Harbor Times", --author Muller finds
"Jonas Müller". When a name matches nothing, the nearest names are
suggested with their counts.

With --quotes the hits are quotes: words match the quote text, --speaker
the quote's speaker.

--sort is relevance, newest or oldest; the default is relevance when the
query has words and newest first when it has none.

--since and --until take a date (2006-01-02, --until includes that day) or
an RFC 3339 time.

--format text (default) prints "showing A–B of N" and the hits, matches in
«»; json prints {total, hits, facets, suggestions}; csv and jsonl export
one row per hit (every hit up to 10000 unless --limit is given; a CSV has
a header row, and a cell that a spreadsheet would run as a formula gets a
leading apostrophe).

Exit status: 0 on success (also with no hits), 1 on errors, 2 on a bad
query or bad flags, 130 when interrupted.`,
		Example: `  byline search --site "Harbor Times" ferry
  byline search --quotes --speaker Okafor homes
  byline search --sort oldest --since 2026-07-01 '"city council" -opinion'
  byline search --format csv --author Nwosu "" > nwosu.csv`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Query = strings.Join(args, " ")
			opts.limitSet = cmd.Flags().Changed("limit")
			opts.changed = cmd.Flags().Changed
			return runSearch(cmd.Context(), opts, g.Stdout, g.Stderr, g.Log)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Config, "config", "", "YAML config file (sections data and index: where the index is, Elasticsearch credentials)")
	f.StringVar(&opts.DataDir, "data", "", "data directory of the embedded index (default: the config's data, else \""+defaultDataDir+"\")")
	f.StringVar(&opts.ESURL, "es", "", "search Elasticsearch at this URL (or a comma-separated list of nodes) instead of the embedded index")
	f.StringVar(&opts.Site, "site", "", "only sites whose name has these words (\"Harbor Times\")")
	f.StringVar(&opts.Section, "section", "", "only this section")
	f.StringVar(&opts.Author, "author", "", "only articles by an author with this name or surname")
	f.StringVar(&opts.Speaker, "speaker", "", "only articles quoting this person, by name or surname (with --quotes: quotes by them)")
	f.StringVar(&opts.Lang, "lang", "", "only this language (BCP 47, e.g. en)")
	f.StringVar(&opts.Since, "since", "", "published at or after this date")
	f.StringVar(&opts.Until, "until", "", "published up to this date (inclusive for a date, exclusive for a time)")
	f.BoolVar(&opts.Quotes, "quotes", false, "search quotes instead of articles")
	f.IntVar(&opts.Limit, "limit", index.DefaultLimit, "number of hits to show (csv and jsonl: every hit up to 10000 unless given)")
	f.IntVar(&opts.From, "from", 0, "skip this many hits (pagination)")
	f.StringVar(&opts.Sort, "sort", "", "order: relevance, newest or oldest (default: relevance with words, newest without)")
	f.StringVar(&opts.Format, "format", formatText, "output: text, json, csv or jsonl")
	f.BoolVar(&opts.JSON, "json", false, "same as --format json")
	f.BoolVar(&opts.Facets, "facets", false, "print facet counts (always included with --format json)")
	f.BoolVar(&opts.NoCollapse, "no-collapse", false, "list every copy of a story run by several sites (default: one hit per story; csv and jsonl always list every copy)")
	f.BoolVar(&opts.Revised, "revised", false, "only articles that changed after Byline first saw them (revision 2 or more)")
	f.StringVar(&opts.Count, "count", "articles", "what facets count: articles, or stories (a story run by many sites counts once)")
	cmd.MarkFlagsMutuallyExclusive("data", "es")
	cmd.MarkFlagsMutuallyExclusive("json", "format")
	return cmd
}

// usageError marks errors in flags or query syntax: exit status 2.
func usageError(err error) error { return &exitError{code: 2, err: err} }

// format returns the output format, --json included.
func (o *searchOptions) format() (string, error) {
	if o.JSON {
		return formatJSON, nil
	}
	switch f := strings.ToLower(o.Format); f {
	case "", formatText:
		return formatText, nil
	case formatJSON, formatCSV, formatJSONL:
		return f, nil
	}
	return "", fmt.Errorf("--format %q: want text, json, csv or jsonl", o.Format)
}

// buildQuery turns the options into an index.Query.
func (o *searchOptions) buildQuery() (index.Query, error) {
	format, err := o.format()
	if err != nil {
		return index.Query{}, err
	}
	q := index.Query{
		Text: o.Query, Site: o.Site, Section: o.Section, Author: o.Author, Speaker: o.Speaker,
		Language: o.Lang, Limit: o.Limit, From: o.From, Facets: format == formatJSON || o.Facets,
		NoCollapse: o.NoCollapse || format == formatCSV || format == formatJSONL, Revised: o.Revised,
	}
	sort, err := index.ParseSort(o.Sort)
	if err != nil {
		return q, fmt.Errorf("--sort %q: want relevance, newest or oldest", o.Sort)
	}
	switch o.Count {
	case "", "articles":
	case "stories":
		q.FacetStories = true
	default:
		return q, fmt.Errorf("--count %q: want articles or stories", o.Count)
	}
	q.Sort = sort
	maxLimit := index.MaxLimit
	if format == formatCSV || format == formatJSONL {
		maxLimit = export.MaxRows
	}
	if o.Limit < 1 || o.Limit > maxLimit {
		return q, fmt.Errorf("--limit %d: want 1..%d", o.Limit, maxLimit)
	}
	if o.From < 0 {
		return q, fmt.Errorf("--from %d: must not be negative", o.From)
	}
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
	if err := q.Check(); err != nil { // a window past 10000, dates the index cannot hold, too many terms
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

// openIndex opens the embedded Bleve index in dataDir/index for writing
// (dataDir "" means defaultDataDir), creating it if there is none: what
// byline demo indexes into. The caller closes the index.
func openIndex(dataDir string) (index.Index, error) {
	if dataDir == "" {
		dataDir = defaultDataDir
	}
	return bleveindex.Open(filepath.Join(dataDir, "index"), bleveindex.Config{})
}

// readerConfig is the configuration search and serve read the index with:
// the file (--config, may be ""), the BYLINE_* environment over it, and
// --data or --es over both when given (changed): --data selects the
// embedded index even when the file or environment names Elasticsearch.
func readerConfig(path, dataDir, esURL string, changed func(string) bool) (config.Config, error) {
	return loadConfig(path, func(c *config.Config) {
		es := &c.Index.Elasticsearch
		switch {
		case changed("es"):
			es.URL, es.CloudID = esURL, ""
		case changed("data"):
			c.Data, es.URL, es.CloudID = dataDir, "", ""
		}
	})
}

// openReaderFor opens the index c names for reading: Elasticsearch when
// it is configured (read-only: the template is installed only where there
// is none), else the embedded index in c.Data (openIndexReader).
func openReaderFor(ctx context.Context, c config.Config, log *slog.Logger) (index.Index, error) {
	if c.Index.Elasticsearch.Enabled() {
		return openES(ctx, c, true, log)
	}
	return openIndexReader(ctx, c.Data)
}

// openIndexReader opens the embedded index in dataDir read-only, for the
// commands that only read (search, serve, status). It creates nothing (no
// index is an error that says how to make one), fails at once when
// another process holds the index, and returns when ctx is done (Ctrl-C)
// even while the open waits for a lock.
func openIndexReader(ctx context.Context, dataDir string) (index.Index, error) {
	if dataDir == "" {
		dataDir = defaultDataDir
	}
	type opened struct {
		ix  *bleveindex.Index
		err error
	}
	ch := make(chan opened, 1)
	go func() {
		ix, err := bleveindex.Open(filepath.Join(dataDir, "index"), bleveindex.Config{ReadOnly: true})
		ch <- opened{ix, err}
	}()
	select {
	case <-ctx.Done():
		go func() { // close what the open may still return
			if o := <-ch; o.err == nil {
				_ = o.ix.Close(context.Background())
			}
		}()
		return nil, ctx.Err()
	case o := <-ch:
		switch {
		case errors.Is(o.err, bleveindex.ErrNoIndex):
			return nil, fmt.Errorf("no index at %s: run `byline run` or `byline demo --data %s` first", dataDir, dataDir)
		case o.err != nil:
			return nil, o.err
		}
		return o.ix, nil
	}
}

func runSearch(ctx context.Context, opts *searchOptions, out, errOut io.Writer, log *slog.Logger) error {
	q, err := opts.buildQuery()
	if err != nil {
		return usageError(err)
	}
	c, err := readerConfig(opts.Config, opts.DataDir, opts.ESURL, opts.changed)
	if err != nil {
		return usageError(err)
	}
	ix, err := openReaderFor(ctx, c, log)
	if err != nil {
		return err
	}
	defer func() { _ = ix.Close(context.WithoutCancel(ctx)) }()
	return searchAndPrint(ctx, ix, q, opts, out, errOut)
}

// searchAndPrint runs q against s and prints the results in the chosen
// format; notes for people (suggestions, a capped export) go to errOut
// with csv and jsonl, so the file stays clean.
func searchAndPrint(ctx context.Context, s index.Searcher, q index.Query, opts *searchOptions, out, errOut io.Writer) error {
	format, err := opts.format()
	if err != nil {
		return usageError(err)
	}
	if format == formatCSV || format == formatJSONL {
		return exportResults(ctx, s, q, opts, format, out, errOut)
	}
	if opts.Quotes {
		r, err := s.SearchQuotes(ctx, q)
		if err != nil {
			return searchError(err)
		}
		sugg, err := suggestionsFor(ctx, s, q, r.Total, true)
		if err != nil {
			return err
		}
		if format == formatJSON {
			return writeJSON(out, jsonResults[index.QuoteHit]{Total: r.Total, Hits: r.Hits, Facets: r.Facets, Suggestions: sugg})
		}
		printQuotes(out, q, r, sugg)
		return nil
	}
	r, err := s.Search(ctx, q)
	if err != nil {
		return searchError(err)
	}
	sugg, err := suggestionsFor(ctx, s, q, r.Total, false)
	if err != nil {
		return err
	}
	if format == formatJSON {
		hits := make([]jsonHit, len(r.Hits))
		for i, h := range r.Hits {
			hits[i] = jsonHit{ID: h.ID, URL: h.URL, Headline: h.Headline, SiteName: h.SiteName, PublishedAt: h.PublishedAt,
				Authors: h.Authors, Score: h.Score, Highlights: h.Highlights}
			if hits[i].Highlights == nil {
				hits[i].Highlights = map[string][]string{}
			}
			if hits[i].Authors == nil {
				hits[i].Authors = []string{}
			}
		}
		return writeJSON(out, jsonResults[jsonHit]{Total: r.Total, Hits: hits, Facets: r.Facets, Suggestions: sugg})
	}
	printArticles(out, q, r, opts.Facets, sugg)
	return nil
}

// exportResults writes every hit (up to --limit when given, else up to
// export.MaxRows) as CSV or JSON Lines, page by page.
func exportResults(ctx context.Context, s index.Searcher, q index.Query, opts *searchOptions, format string, out, errOut io.Writer) error {
	w, err := export.NewWriter(out, export.Format(format), opts.Quotes)
	if err != nil {
		return err
	}
	limit := export.MaxRows
	if opts.limitSet {
		limit = opts.Limit
	}
	total, err := export.Run(ctx, s, q, limit, w, nil)
	if err != nil {
		return searchError(err)
	}
	if rows := uint64(w.Rows()); rows < total-min(total, uint64(q.From)) {
		why := fmt.Sprintf("the export cap of %d rows", export.MaxRows)
		if opts.limitSet {
			why = fmt.Sprintf("--limit %d", opts.Limit)
		}
		fmt.Fprintf(errOut, "byline search: wrote %d of %d hits (%s)\n", rows, total, why)
	}
	if total == 0 {
		sugg, err := suggestionsFor(ctx, s, q, total, opts.Quotes)
		if err != nil {
			return err
		}
		printSuggestions(errOut, sugg)
	}
	return nil
}

func searchError(err error) error {
	if errors.Is(err, index.ErrBadQuery) {
		return usageError(err)
	}
	return err
}

// suggestion is "did you mean" for one name filter that matched nothing.
type suggestion struct {
	Field   string        `json:"field"`
	Value   string        `json:"value"`
	Nearest []index.Facet `json:"nearest"`
}

// suggestionsFor asks for the nearest names of every name filter of q when
// the search found nothing (total 0) and the filter alone matches nothing
// (index.SuggestForEmpty).
func suggestionsFor(ctx context.Context, s index.Searcher, q index.Query, total uint64, quotes bool) ([]suggestion, error) {
	if total > 0 {
		return nil, nil
	}
	found, err := index.SuggestForEmpty(ctx, s, q, quotes)
	if err != nil {
		return nil, searchError(err)
	}
	var out []suggestion
	for _, f := range found {
		out = append(out, suggestion{Field: f.Filter.Field, Value: f.Filter.Value, Nearest: f.Nearest})
	}
	return out, nil
}

// jsonResults is the --format json shape: {"total", "hits", "facets",
// "suggestions"}.
type jsonResults[H any] struct {
	Total       uint64                   `json:"total"`
	Hits        []H                      `json:"hits"`
	Facets      map[string][]index.Facet `json:"facets"`
	Suggestions []suggestion             `json:"suggestions,omitempty"`
}

// jsonHit is one article in --format json output.
type jsonHit struct {
	ID          string              `json:"id"`
	URL         string              `json:"url"`
	Headline    string              `json:"headline"`
	SiteName    string              `json:"site_name"`
	PublishedAt string              `json:"published_at"`
	Authors     []string            `json:"authors"`
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
// in «», entities decoded, whitespace collapsed. The backend has cut the
// fragment at word boundaries and marked each cut with one "…".
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

// sortLabel says how the hits are ordered.
func sortLabel(q index.Query) string {
	switch q.Normalize().Sort {
	case index.SortNewest:
		return "newest first"
	case index.SortOldest:
		return "oldest first"
	}
	return "best match first"
}

// showing is the "showing A–B of N" line.
func showing(q index.Query, shown int, total uint64, one, many string) string {
	if total == 0 {
		return "No " + many + " found."
	}
	if shown == 0 {
		return fmt.Sprintf("%d %s; none past --from %d.", total, plural(total, one, many), q.From)
	}
	return fmt.Sprintf("Showing %d–%d of %d %s, %s.", q.From+1, q.From+shown, total, plural(total, one, many), sortLabel(q))
}

func printArticles(out io.Writer, q index.Query, r *index.Results, facets bool, sugg []suggestion) {
	if q.NoCollapse || r.Copies <= r.Total { // nothing collapsed
		fmt.Fprintln(out, showing(q, len(r.Hits), r.Total, "article", "articles"))
	} else {
		fmt.Fprintln(out, strings.TrimSuffix(showing(q, len(r.Hits), r.Total, "story", "stories"), ".")+
			fmt.Sprintf(" (%d %s; --no-collapse lists every copy).", r.Copies, plural(r.Copies, "article", "articles")))
	}
	printSuggestions(out, sugg)
	for i, h := range r.Hits {
		fmt.Fprintf(out, "\n%d. %s\n   %s · %s · %s\n", q.From+i+1, oneLine(h.Headline), orDash(h.SiteName), day(h.PublishedAt), h.URL)
		if line := moreCopies(h); line != "" {
			fmt.Fprintf(out, "   %s\n", line)
		}
		if h.Revision > 1 {
			fmt.Fprintf(out, "   updated %d %s since first seen\n", h.Revision-1, plural(uint64(h.Revision-1), "time", "times"))
		}
		frags := h.Highlights["body"]
		if len(frags) == 0 {
			frags = h.Highlights["summary"]
		}
		for j, f := range frags {
			if j == 2 {
				break
			}
			fmt.Fprintf(out, "   %s\n", plainSnippet(f))
		}
	}
	if facets && len(r.Facets) > 0 {
		printFacets(out, r.Facets)
	}
}

func printQuotes(out io.Writer, q index.Query, r *index.QuoteResults, sugg []suggestion) {
	fmt.Fprintln(out, showing(q, len(r.Hits), r.Total, "quote", "quotes"))
	printSuggestions(out, sugg)
	for i, h := range r.Hits {
		text := oneLine(h.Text)
		if h.Highlight != "" {
			text = plainSnippet(h.Highlight)
		}
		fmt.Fprintf(out, "\n%d. “%s”\n   — %s\n   %s · %s · %s\n   %s\n", q.From+i+1, text, orDash(h.Speaker), oneLine(h.Headline), orDash(h.SiteName), day(h.PublishedAt), h.URL)
	}
	if len(r.Facets) > 0 && q.Facets {
		printFacets(out, r.Facets)
	}
}

// printSuggestions prints "No speaker matches "Okafr". Nearest: Ruth
// Okafor (5), …".
func printSuggestions(out io.Writer, sugg []suggestion) {
	for _, s := range sugg {
		if len(s.Nearest) == 0 {
			fmt.Fprintf(out, "No %s matches %q, and no name is near it.\n", s.Field, s.Value)
			continue
		}
		parts := make([]string, len(s.Nearest))
		for i, f := range s.Nearest {
			parts[i] = fmt.Sprintf("%s (%d)", oneLine(f.Value), f.Count)
		}
		fmt.Fprintf(out, "No %s matches %q. Nearest: %s.\n", s.Field, s.Value, strings.Join(parts, ", "))
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

// moreCopies says how many other copies of the story matched and where:
// "and 2 more sites: Meridian Wire, The Harbor Times".
func moreCopies(h index.Hit) string {
	if h.Copies == 0 {
		return ""
	}
	sites := make([]string, len(h.OtherSites))
	for i, s := range h.OtherSites {
		sites[i] = oneLine(s)
	}
	if len(sites) == h.Copies {
		return fmt.Sprintf("and %d more %s: %s", h.Copies, plural(uint64(h.Copies), "site", "sites"), strings.Join(sites, ", "))
	}
	if len(sites) == 0 {
		return fmt.Sprintf("and %d more %s on the same site", h.Copies, plural(uint64(h.Copies), "copy", "copies"))
	}
	return fmt.Sprintf("and %d more %s, on %s", h.Copies, plural(uint64(h.Copies), "copy", "copies"), strings.Join(sites, ", "))
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
