package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/wire"
)

// editPage is the body of a test page: the article fields as the site
// serves them, and Chrome, page furniture the extractor ignores (an ad, a
// "rendered at" stamp).
type editPage struct {
	Headline    string   `json:"headline"`
	Summary     string   `json:"summary"`
	Authors     []string `json:"authors"`
	Tags        []string `json:"tags"`
	PublishedAt string   `json:"published_at"`
	ModifiedAt  string   `json:"modified_at"`
	Paragraphs  []string `json:"paragraphs"`
	Chrome      string   `json:"chrome"`
}

// extractEditPage is an ExtractFunc for editPage bodies, deterministic like
// the real extractor: the same page gives the same article.
func extractEditPage(_ context.Context, p *article.Page) (*article.Article, error) {
	var e editPage
	if err := json.Unmarshal(p.Body, &e); err != nil {
		return nil, pipeline.Permanent(fmt.Errorf("test page %s: %w", p.URL, err))
	}
	a := &article.Article{URL: p.URL, Headline: e.Headline, Summary: e.Summary, Authors: e.Authors, Tags: e.Tags,
		PublishedAt: e.PublishedAt, ModifiedAt: e.ModifiedAt, Paragraphs: e.Paragraphs, Body: strings.Join(e.Paragraphs, "\n\n"),
		FetchedAt: p.FetchedAt.UTC().Format(time.RFC3339), FetchSeq: p.FetchSeq}
	a.ID = a.DefaultID()
	a.ContentHash = article.HashContent([]byte(a.Body))
	a.Normalize()
	return a, nil
}

func editPageOf(t *testing.T, url string, e editPage, fetched time.Time) *article.Page {
	t.Helper()
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	return &article.Page{URL: url, FinalURL: url, Status: 200, FetchedAt: fetched, FetchSeq: fetched.UnixMilli(),
		ContentType: "text/html", Body: b}
}

// TestEditWithinDuplicateWindowReachesIndex re-fetches an article page a
// minute after the first fetch, well inside the ARTICLES duplicates
// window (2 minutes), through the real path: Publisher, PAGES, the extract
// worker's publish, ARTICLES, the index worker with its History. Every edit
// a consumer can see (the body text unchanged) must be a new ARTICLES
// message, reach the index and, when editorial, make a revision with its
// event; a re-fetch that gives the same article (only its fetch time and
// fetch sequence differ) must still be dropped as a duplicate.
func TestEditWithinDuplicateWindowReachesIndex(t *testing.T) {
	base := editPage{
		Headline:    "Council approves seawall",
		Summary:     "The vote was close.",
		Authors:     []string{"Maria Lopez"},
		Tags:        []string{"harbour"},
		PublishedAt: "2025-07-04T08:00:00Z",
		ModifiedAt:  "2025-07-04T08:00:00Z",
		Paragraphs:  storyParagraphs(6),
		Chrome:      "rendered 08:00:01",
	}
	tests := []struct {
		name         string
		edit         func(*editPage)
		get          func(*article.Article) any // the edited field
		wantArticles uint64                     // ARTICLES messages stored
		wantRevision int                        // of the indexed article
	}{
		{"headline", func(e *editPage) { e.Headline = "Council approves $40m seawall" },
			func(a *article.Article) any { return a.Headline }, 2, 2},
		{"summary", func(e *editPage) { e.Summary = "The vote was 5 to 4." },
			func(a *article.Article) any { return a.Summary }, 2, 2},
		{"byline", func(e *editPage) { e.Authors = []string{"Maria Lopez", "Sam Okafor"} },
			func(a *article.Article) any { return a.Authors }, 2, 2},
		{"published date", func(e *editPage) { e.PublishedAt = "2025-07-04T07:30:00Z" },
			func(a *article.Article) any { return a.PublishedAt }, 2, 2},
		// Not editorial (see revision.Apply), so no revision, but the
		// index and subscribers still need the new value.
		{"modified date", func(e *editPage) { e.ModifiedAt = "2025-07-04T09:15:00Z" },
			func(a *article.Article) any { return a.ModifiedAt }, 2, 1},
		{"tags", func(e *editPage) { e.Tags = []string{"harbour", "climate"} },
			func(a *article.Article) any { return a.Tags }, 2, 1},
		// The same article again from a page whose furniture changed: a
		// true re-publication, deduplicated; the index keeps the first.
		{"same article", func(e *editPage) { e.Chrome = "rendered 08:01:01" },
			func(a *article.Article) any { return a.FetchedAt }, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			js, cfg, h := historyOnBus(t)
			fx := newFakeIndex()
			ew, iw, stop := runWorkers(t, js, cfg, extractEditPage, fx, pipeline.WithEnricher(h))
			pub, err := pipeline.NewPublisher(js, cfg)
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			u := "https://daily.example/news/seawall"
			t0 := time.Now().Add(-time.Hour).Truncate(time.Second)
			v2 := base
			v2.Authors, v2.Tags = append([]string(nil), base.Authors...), append([]string(nil), base.Tags...)
			tt.edit(&v2)
			pages := []*article.Page{editPageOf(t, u, base, t0), editPageOf(t, u, v2, t0.Add(time.Minute))}
			for _, p := range pages {
				if err := pub.Put(ctx, p); err != nil {
					t.Fatalf("put page %s fetched %v: %v", p.URL, p.FetchedAt, err)
				}
				waitIdle(t, js, cfg, 20*time.Second)
			}
			stop()

			if st := pub.Stats(); st.Published != 2 {
				t.Fatalf("pages published %d, want 2 (the page changed)", st.Published)
			}
			s, err := js.Stream(ctx, "ARTICLES")
			if err != nil {
				t.Fatal(err)
			}
			info, err := s.Info(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if info.State.Msgs != tt.wantArticles {
				t.Errorf("ARTICLES stored %d messages, want %d (extract stats %+v)", info.State.Msgs, tt.wantArticles, ew.Stats())
			}
			// A page whose ack came after AckWait (at 500 ms a loaded machine
			// under -race gets there) is delivered again and its article
			// dropped as a duplicate too: ARTICLES, checked above, is the
			// exact count; the duplicates beyond 2-wantArticles are only
			// the redelivered pages.
			es := ew.Stats()
			redelivered := max(es.Received, 2) - 2
			if dup := es.DuplicateArticles; es.Received < 2 || dup < 2-tt.wantArticles || dup > 2-tt.wantArticles+redelivered {
				t.Errorf("duplicate articles %d, want %d (extract stats %+v)", dup, 2-tt.wantArticles, es)
			}
			want := pages[tt.wantArticles-1]
			wa, err := extractEditPage(ctx, want)
			if err != nil {
				t.Fatal(err)
			}
			fx.mu.Lock()
			doc := fx.docs[wa.ID]
			fx.mu.Unlock()
			if doc == nil {
				t.Fatalf("article %s not indexed", wa.ID)
			}
			if got, w := tt.get(doc), tt.get(wa); !reflect.DeepEqual(got, w) {
				t.Errorf("indexed %s: %v, want %v", tt.name, got, w)
			}
			if doc.Revision != tt.wantRevision {
				t.Errorf("indexed revision %d, want %d", doc.Revision, tt.wantRevision)
			}
			wantEvents := uint64(tt.wantRevision - 1)
			if st := iw.Stats(); st.Revisions != wantEvents {
				t.Errorf("revision events published %d, want %d", st.Revisions, wantEvents)
			}
			if wantEvents > 0 {
				rs, err := js.Stream(ctx, wire.DefaultRevisionsStream)
				if err != nil {
					t.Fatal(err)
				}
				m, err := rs.GetLastMsgForSubject(ctx, wire.RevisionSubject("daily.example"))
				if err != nil {
					t.Fatalf("revision event of %s: %v", tt.name, err)
				}
				if ev, err := wire.DecodeRevision(m.Data); err != nil || ev.Revision != tt.wantRevision || ev.Diff.Empty() {
					t.Errorf("revision event %+v, %v", ev, err)
				}
			}
		})
	}
}

// TestPageEditWithinDuplicateWindowIsPublished: a page is deduplicated on
// PAGES only when extracting it again could give nothing new. The crawler
// sets Page.ContentHash to the hash of the page's visible text, which
// misses what the extractor reads from the head (the summary in a meta
// description, tags, dates, JSON-LD bylines), so the msg id must not rest
// on it; nor may it ignore where the page ended up (FinalURL becomes the
// article's URL) or its content type (the charset the text is decoded by).
func TestPageEditWithinDuplicateWindowIsPublished(t *testing.T) {
	const u = "https://daily.example/news/seawall"
	const body = `<html><head><meta name="description" content="The vote was close."></head><body><h1>Council approves seawall</h1></body></html>`
	textHash := article.HashContent([]byte("Council approves seawall")) // what the crawler sets
	page := func(edit func(*article.Page)) *article.Page {
		p := &article.Page{URL: u, FinalURL: u, Status: 200, FetchedAt: time.Now(), ContentType: "text/html; charset=utf-8",
			Body: []byte(body), ContentHash: textHash}
		edit(p)
		return p
	}
	tests := []struct {
		name          string
		second        func(*article.Page)
		wantPublished uint64 // of the two puts
	}{
		{"same page fetched again", func(p *article.Page) { p.FetchedAt = p.FetchedAt.Add(time.Minute); p.FetchSeq++ }, 1},
		{"meta description edited", func(p *article.Page) {
			p.Body = []byte(strings.Replace(body, "The vote was close.", "The vote was 5 to 4.", 1))
		}, 2},
		{"redirected elsewhere", func(p *article.Page) { p.FinalURL = u + "-40m" }, 2},
		{"other charset", func(p *article.Page) { p.ContentType = "text/html; charset=windows-1252" }, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, js := startBus(t, 0)
			cfg := testConfig()
			setup(t, js, cfg)
			pub, err := pipeline.NewPublisher(js, cfg)
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			for i, p := range []*article.Page{page(func(*article.Page) {}), page(tt.second)} {
				if err := pub.Put(ctx, p); err != nil {
					t.Fatalf("put %d of page %s: %v", i, p.URL, err)
				}
			}
			if st := pub.Stats(); st.Published != tt.wantPublished || st.Duplicates != 2-tt.wantPublished {
				t.Errorf("publisher stats %+v, want %d published, %d duplicates", st, tt.wantPublished, 2-tt.wantPublished)
			}
		})
	}
}
