// Package export writes search results for analysts to take away: CSV
// with a header row, or JSON Lines, one hit per row. The command line
// (byline search --format csv|jsonl) and the search page's "Download CSV"
// link share it, so a file has the same columns wherever it comes from.
//
// Run pages through every hit of a query, up to a cap, and writes each
// page as it arrives, so an export streams and never holds more than one
// page in memory.
package export

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/byline/byline/index"
)

// Format is an export format.
type Format string

// Formats.
const (
	CSV   Format = "csv"
	JSONL Format = "jsonl"
)

// MaxRows caps an export: the deepest hit a search reaches on every
// backend (Elasticsearch's default index.max_result_window).
const MaxRows = 10000

// pageSize is the number of hits fetched per search while exporting.
const pageSize = 500

// Columns of the CSV files, in order; the JSON Lines records have the same
// fields under these names.
var (
	ArticleColumns = []string{"headline", "url", "site", "published_at", "authors", "summary", "id", "score"}
	QuoteColumns   = []string{"quote", "speaker", "cue", "headline", "url", "site", "published_at", "article_id", "score"}
)

// ArticleRecord is one article in JSON Lines.
type ArticleRecord struct {
	Headline    string   `json:"headline"`
	URL         string   `json:"url"`
	Site        string   `json:"site"`
	PublishedAt string   `json:"published_at"`
	Authors     []string `json:"authors"`
	Summary     string   `json:"summary"`
	ID          string   `json:"id"`
	Score       float64  `json:"score"`
}

// QuoteRecord is one quote in JSON Lines.
type QuoteRecord struct {
	Quote       string  `json:"quote"`
	Speaker     string  `json:"speaker"`
	Cue         string  `json:"cue"`
	Headline    string  `json:"headline"`
	URL         string  `json:"url"`
	Site        string  `json:"site"`
	PublishedAt string  `json:"published_at"`
	ArticleID   string  `json:"article_id"`
	Score       float64 `json:"score"`
}

// Writer writes hits in one format. It is not safe for concurrent use.
type Writer struct {
	format Format
	quotes bool
	csv    *csv.Writer
	enc    *json.Encoder
	rows   int
}

// ParseFormat reads "csv" or "jsonl".
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case CSV, JSONL:
		return f, nil
	}
	return "", fmt.Errorf("export format %q: want csv or jsonl", s)
}

// NewWriter returns a writer of article rows, or quote rows with quotes
// set. A CSV writer writes the header row at once.
func NewWriter(w io.Writer, format Format, quotes bool) (*Writer, error) {
	x := &Writer{format: format, quotes: quotes}
	switch format {
	case CSV:
		x.csv = csv.NewWriter(w)
		cols := ArticleColumns
		if quotes {
			cols = QuoteColumns
		}
		if err := x.csv.Write(cols); err != nil {
			return nil, fmt.Errorf("write CSV header: %w", err)
		}
	case JSONL:
		x.enc = json.NewEncoder(w)
		x.enc.SetEscapeHTML(false)
	default:
		return nil, fmt.Errorf("export format %q: want csv or jsonl", format)
	}
	return x, nil
}

// Rows is the number of hits written so far.
func (x *Writer) Rows() int { return x.rows }

// Article writes one article hit.
func (x *Writer) Article(h index.Hit) error {
	if x.quotes {
		return errors.New("export: article row in a quote export")
	}
	x.rows++
	if x.csv != nil {
		return x.csv.Write([]string{
			cell(h.Headline), h.URL, cell(h.SiteName), h.PublishedAt, cell(strings.Join(h.Authors, "; ")),
			cell(h.Summary), h.ID, score(h.Score),
		})
	}
	authors := h.Authors
	if authors == nil {
		authors = []string{}
	}
	return x.enc.Encode(ArticleRecord{
		Headline: h.Headline, URL: h.URL, Site: h.SiteName, PublishedAt: h.PublishedAt,
		Authors: authors, Summary: h.Summary, ID: h.ID, Score: h.Score,
	})
}

// Quote writes one quote hit.
func (x *Writer) Quote(h index.QuoteHit) error {
	if !x.quotes {
		return errors.New("export: quote row in an article export")
	}
	x.rows++
	if x.csv != nil {
		return x.csv.Write([]string{
			cell(h.Text), cell(h.Speaker), cell(h.Cue), cell(h.Headline), h.URL, cell(h.SiteName), h.PublishedAt, h.ID, score(h.Score),
		})
	}
	return x.enc.Encode(QuoteRecord{
		Quote: h.Text, Speaker: h.Speaker, Cue: h.Cue, Headline: h.Headline, URL: h.URL, Site: h.SiteName,
		PublishedAt: h.PublishedAt, ArticleID: h.ID, Score: h.Score,
	})
}

// Flush writes buffered rows to the underlying writer.
func (x *Writer) Flush() error {
	if x.csv != nil {
		x.csv.Flush()
		if err := x.csv.Error(); err != nil {
			return fmt.Errorf("write CSV: %w", err)
		}
	}
	return nil
}

// cell keeps a text from being read as a formula by a spreadsheet: text
// from news pages is untrusted, and a cell starting with = + - @ (or a tab
// or carriage return) would run in Excel or LibreOffice. Such a cell gets
// a leading apostrophe, the convention spreadsheets read as "text".
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func score(f float64) string { return strconv.FormatFloat(f, 'g', 6, 64) }

// Searcher is what Run needs of an index.
type Searcher interface {
	Search(ctx context.Context, q index.Query) (*index.Results, error)
	SearchQuotes(ctx context.Context, q index.Query) (*index.QuoteResults, error)
}

// Run writes the hits of q from q.From on, at most limit of them (0 or
// more than MaxRows means MaxRows, also bounded by the backend's window),
// page by page, and returns the total number of matches. afterPage, if
// not nil, runs after each page is written (a web handler flushes the
// response there). q.Facets and q.Timeline are ignored.
func Run(ctx context.Context, s Searcher, q index.Query, limit int, w *Writer, afterPage func() error) (total uint64, err error) {
	if limit <= 0 || limit > MaxRows {
		limit = MaxRows
	}
	q.Facets, q.Timeline = false, false
	q = q.Normalize()
	from := q.From
	for written := 0; written < limit && from < MaxRows; {
		q.From = from
		q.Limit = min(pageSize, limit-written, MaxRows-from)
		var n int
		if w.quotes {
			r, err := s.SearchQuotes(ctx, q)
			if err != nil {
				return total, err
			}
			total = r.Total
			for _, h := range r.Hits {
				if err := w.Quote(h); err != nil {
					return total, err
				}
			}
			n = len(r.Hits)
		} else {
			r, err := s.Search(ctx, q)
			if err != nil {
				return total, err
			}
			total = r.Total
			for _, h := range r.Hits {
				if err := w.Article(h); err != nil {
					return total, err
				}
			}
			n = len(r.Hits)
		}
		if err := w.Flush(); err != nil {
			return total, err
		}
		if afterPage != nil {
			if err := afterPage(); err != nil {
				return total, err
			}
		}
		written += n
		from += n
		if n < q.Limit {
			break
		}
	}
	return total, nil
}
