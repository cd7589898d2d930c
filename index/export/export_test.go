package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/byline/byline/index"
)

// pages is a Searcher of n numbered hits that records the pages asked for.
type pages struct {
	n     int
	asked []string
	err   error
}

func (p *pages) window(q index.Query) (from, to int) {
	from = min(q.From, p.n)
	return from, min(from+q.Limit, p.n)
}

func (p *pages) Search(_ context.Context, q index.Query) (*index.Results, error) {
	p.asked = append(p.asked, fmt.Sprintf("%d+%d", q.From, q.Limit))
	if p.err != nil {
		return nil, p.err
	}
	r := &index.Results{Total: uint64(p.n)}
	from, to := p.window(q)
	for i := from; i < to; i++ {
		r.Hits = append(r.Hits, index.Hit{ID: fmt.Sprint(i), Headline: fmt.Sprintf("Story %d", i), URL: fmt.Sprintf("https://x.example/%d", i),
			SiteName: "X", PublishedAt: "2025-01-02T03:04:05Z", Authors: []string{"A B", "C D"}, Summary: "=HYPERLINK(\"http://evil\")", Score: 1.5})
	}
	return r, nil
}

func (p *pages) SearchQuotes(_ context.Context, q index.Query) (*index.QuoteResults, error) {
	p.asked = append(p.asked, fmt.Sprintf("q%d+%d", q.From, q.Limit))
	r := &index.QuoteResults{Total: uint64(p.n)}
	from, to := p.window(q)
	for i := from; i < to; i++ {
		r.Hits = append(r.Hits, index.QuoteHit{Text: fmt.Sprintf("quote %d, \"with\" commas", i), Speaker: "@handle", ID: fmt.Sprint(i)})
	}
	return r, nil
}

func TestRunCSV(t *testing.T) {
	s := &pages{n: 1234}
	var buf bytes.Buffer
	w, err := NewWriter(&buf, CSV, false)
	if err != nil {
		t.Fatal(err)
	}
	flushes := 0
	total, err := Run(context.Background(), s, index.Query{Text: "x"}, 0, w, func() error { flushes++; return nil })
	if err != nil || total != 1234 || w.Rows() != 1234 {
		t.Fatalf("Run = %d, %v; %d rows", total, err, w.Rows())
	}
	if got := strings.Join(s.asked, " "); got != "0+500 500+500 1000+500" || flushes != 3 {
		t.Errorf("pages asked %s, %d flushes", got, flushes)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(rows) != 1235 {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
	if strings.Join(rows[0], ",") != "headline,url,site,published_at,authors,summary,id,score" {
		t.Errorf("header %q", rows[0])
	}
	if r := rows[1]; r[0] != "Story 0" || r[4] != "A B; C D" || r[5] != `'=HYPERLINK("http://evil")` || r[6] != "0" || r[7] != "1.5" {
		t.Errorf("row %q", r)
	}
}

func TestRunLimitsAndOffset(t *testing.T) {
	s := &pages{n: 20000}
	w, _ := NewWriter(&bytes.Buffer{}, JSONL, false)
	total, err := Run(context.Background(), s, index.Query{From: 9800}, 0, w, nil)
	if err != nil || total != 20000 || w.Rows() != 200 {
		t.Errorf("from 9800: %d rows of %d, %v; want the 200 below the window", w.Rows(), total, err)
	}
	s = &pages{n: 20000}
	w, _ = NewWriter(&bytes.Buffer{}, JSONL, false)
	if _, err := Run(context.Background(), s, index.Query{}, 750, w, nil); err != nil || w.Rows() != 750 || strings.Join(s.asked, " ") != "0+500 500+250" {
		t.Errorf("limit 750: %d rows, pages %v, %v", w.Rows(), s.asked, err)
	}
	s = &pages{n: 20000}
	w, _ = NewWriter(&bytes.Buffer{}, JSONL, false)
	if _, err := Run(context.Background(), s, index.Query{}, 0, w, nil); err != nil || w.Rows() != MaxRows {
		t.Errorf("no limit: %d rows, want the cap %d", w.Rows(), MaxRows)
	}
	s = &pages{n: 5, err: index.ErrUnavailable}
	w, _ = NewWriter(&bytes.Buffer{}, CSV, false)
	if _, err := Run(context.Background(), s, index.Query{}, 0, w, nil); !errors.Is(err, index.ErrUnavailable) {
		t.Errorf("Run with the index down: %v", err)
	}
}

func TestQuotesJSONL(t *testing.T) {
	var buf bytes.Buffer
	w, _ := NewWriter(&buf, JSONL, true)
	if _, err := Run(context.Background(), &pages{n: 3}, index.Query{}, 0, w, nil); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines", len(lines))
	}
	var rec QuoteRecord
	if err := json.Unmarshal([]byte(lines[2]), &rec); err != nil || rec.Quote != `quote 2, "with" commas` || rec.Speaker != "@handle" || rec.ArticleID != "2" {
		t.Errorf("line %q: %+v, %v", lines[2], rec, err)
	}
	if err := w.Article(index.Hit{}); err == nil {
		t.Error("an article row in a quote export")
	}
	if _, err := NewWriter(&buf, "xml", false); err == nil {
		t.Error("NewWriter accepted xml")
	}
	if _, err := ParseFormat("CSV"); err != nil {
		t.Error(err)
	}
}
