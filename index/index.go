// Package index stores articles and searches them. It holds the contracts
// (Writer, Searcher, Query, Results) that the backends in index/bleve and
// index/es implement; it knows no bus and no crawler.
package index

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/byline/byline/article"
)

// Sentinel errors shared by every backend.
var (
	// ErrClosed is returned by Add after Close.
	ErrClosed = errors.New("index: closed")
	// ErrNotFound is returned by Get when no article has the id.
	ErrNotFound = errors.New("index: article not found")
	// ErrUnavailable wraps failures to reach the backend (down, timeouts);
	// callers should retry later rather than dead-letter.
	ErrUnavailable = errors.New("index: backend unavailable")
	// ErrRejected wraps a backend's refusal of one article that writing it
	// again cannot change (Elasticsearch's 400 mapper_parsing_exception on
	// a bulk item): callers should dead-letter it with the reason at once
	// rather than redeliver it.
	ErrRejected = errors.New("index: article rejected")
)

// Writer adds articles in batches, like esutil.BulkIndexer.
//
// Add queues a for writing and returns at once (it blocks only while the
// queue is full, until ctx is done). done is called exactly once per
// accepted article, from any goroutine, after the write is durable (nil) or
// has failed for good (non-nil). Writes are idempotent: the document id is
// a.ID and a.Version() orders versions, so an older version never overwrites
// a newer one; that case is reported as done(nil). Add after Close returns
// ErrClosed. Flush writes everything queued and waits. Close flushes and
// releases resources; a second Close is a no-op.
type Writer interface {
	Add(ctx context.Context, a *article.Article, done func(error)) error
	Flush(ctx context.Context) error
	Close(ctx context.Context) error
	Stats() WriterStats
}

// WriterStats are counters of a Writer since it was opened.
type WriterStats struct {
	Added    uint64 `json:"added"`
	Flushed  uint64 `json:"flushed"`
	Failed   uint64 `json:"failed"`
	Indexed  uint64 `json:"indexed"`
	Skipped  uint64 `json:"skipped"` // older versions not written
	Requests uint64 `json:"requests"`
}

// Searcher reads the index.
//
// SuggestNames answers "did you mean": the indexed names of a name field
// (FieldSite, FieldAuthor or FieldSpeaker) nearest to what the user typed,
// with their counts, best first (see NameQuery). It is what a page or the
// CLI shows when a name filter matches nothing.
type Searcher interface {
	Search(ctx context.Context, q Query) (*Results, error)
	SearchQuotes(ctx context.Context, q Query) (*QuoteResults, error)
	Get(ctx context.Context, id string) (*article.Article, error)
	SuggestNames(ctx context.Context, q NameQuery) ([]Facet, error)
}

// Index is a full backend: Writer, Searcher, Delete and Stats.
type Index interface {
	Writer
	Searcher
	Delete(ctx context.Context, id string) error
	Count(ctx context.Context) (uint64, error)
}

// Sort orders results.
type Sort string

// Sort orders. Undated articles come last in both date orders.
const (
	SortRelevance Sort = "relevance"
	SortNewest    Sort = "newest"
	SortOldest    Sort = "oldest"
	// SortDate is the older spelling of SortNewest; Normalize turns it
	// into SortNewest.
	SortDate Sort = "date"
)

// ParseSort reads a sort order as users write it: relevance, newest,
// oldest, or date (newest). "" is the default order (see Query.Normalize).
func ParseSort(s string) (Sort, error) {
	switch Sort(strings.ToLower(strings.TrimSpace(s))) {
	case "":
		return "", nil
	case SortRelevance:
		return SortRelevance, nil
	case SortNewest, SortDate:
		return SortNewest, nil
	case SortOldest:
		return SortOldest, nil
	}
	return "", fmt.Errorf("%w: sort %q: want relevance, newest or oldest", ErrBadQuery, s)
}

// Query is a search request. Text uses the query syntax: words, "phrases",
// AND/OR/NOT (also + and -), and field filters written as field:value
// (site, section, author, speaker, language).
//
// The name filters (site, author, speaker, in Text or in the fields below)
// match names the way analysts type them: case and diacritics do not
// matter, and the words of the value must appear in this order as whole
// words of the name, so "Okafor" and "ruth okafor" find "Ruth Okafor" and
// "Harbor Times" finds "The Harbor Times" (see NameMatches). ExactNames
// asks for the whole name instead (case-insensitive), as a speaker page
// does. Section and language filters are always whole values.
type Query struct {
	Text     string    `json:"q"`
	Site     string    `json:"site,omitempty"`
	Section  string    `json:"section,omitempty"`
	Author   string    `json:"author,omitempty"`
	Speaker  string    `json:"speaker,omitempty"`
	Language string    `json:"language,omitempty"`
	Since    time.Time `json:"since,omitzero"`  // published at or after
	Until    time.Time `json:"until,omitzero"`  // published before
	Sort     Sort      `json:"sort,omitempty"`  // "" = newest without free-text words, else relevance
	From     int       `json:"from,omitempty"`  // offset for pagination
	Limit    int       `json:"limit,omitempty"` // 0 means 20
	Facets   bool      `json:"facets,omitempty"`
	// Timeline asks for matching articles (quotes in SearchQuotes) per
	// publication day in Results.Timeline.
	Timeline   bool `json:"timeline,omitempty"`
	ExactNames bool `json:"exact_names,omitempty"`
	// NoCollapse lists every copy of a story. By default the copies of
	// one story (the articles of one near-duplicate cluster, Story) are
	// one hit: the best-ranked copy, with the other matching copies
	// counted in Hit.Copies and their sites in Hit.OtherSites; Total then
	// counts stories and Results.Copies the matching articles. Facets
	// count articles (copies) either way unless FacetStories. Quote
	// search never collapses.
	NoCollapse bool `json:"no_collapse,omitempty"`
	// Revised keeps only articles that changed after Byline first saw
	// them (revision 2 or more).
	Revised bool `json:"revised,omitempty"`
	// FacetStories makes the facets count stories (distinct clusters)
	// instead of articles: a wire story run by twelve sites counts once
	// for its author. Buckets are the same; their counts change.
	FacetStories bool `json:"facet_stories,omitempty"`
}

// StoryOf is the collapse key of an article: its cluster, or, for an
// article never clustered, its own id (a story of one).
func StoryOf(a *article.Article) string {
	if a.ClusterID != "" {
		return a.ClusterID
	}
	return a.ID
}

// Results is one page of article hits.
type Results struct {
	Total  uint64             `json:"total"`
	Hits   []Hit              `json:"hits"`
	Facets map[string][]Facet `json:"facets,omitempty"` // site, section, author, speaker, published (month histogram)
	// Timeline counts every match per UTC publication day ("2006-01-02",
	// DayKey), oldest first, days without matches left out; undated
	// matches are not counted. Only with Query.Timeline.
	Timeline []Facet       `json:"timeline,omitempty"`
	Took     time.Duration `json:"took_ns"`
	// Copies is the number of matching articles when copies were
	// collapsed into stories (Total counts the stories); 0 otherwise.
	Copies uint64 `json:"copies,omitempty"`
}

// Hit is one matching article.
type Hit struct {
	ID          string  `json:"id"`
	URL         string  `json:"url"`
	Headline    string  `json:"headline"`
	SiteName    string  `json:"site_name"`
	PublishedAt string  `json:"published_at"`
	Score       float64 `json:"score"`
	// Highlights maps a field to fragments of it around the matches:
	// text HTML-escaped, matches wrapped in <mark>. A fragment is cut at
	// word boundaries, and where it is cut out of a longer text it starts
	// or ends with a single "…".
	Highlights map[string][]string `json:"highlights"`
	Summary    string              `json:"summary,omitempty"`
	Authors    []string            `json:"authors,omitempty"`
	// Story is the article's near-duplicate cluster (StoryOf).
	Story string `json:"story,omitempty"`
	// Copies counts the other matching copies of the story folded into
	// this hit (collapsed searches only); OtherSites names their sites,
	// each once, at most MaxOtherSites of them.
	Copies     int      `json:"copies,omitempty"`
	OtherSites []string `json:"other_sites,omitempty"`
	// Revision is the article's revision (2 and up: it was edited).
	Revision int `json:"revision,omitempty"`
}

// MaxOtherSites bounds Hit.OtherSites.
const MaxOtherSites = 20

// Facet is one bucket of a facet.
type Facet struct {
	Value string `json:"value"`
	Count uint64 `json:"count"`
}

// QuoteResults is one page of quote hits.
type QuoteResults struct {
	Total    uint64             `json:"total"`
	Hits     []QuoteHit         `json:"hits"`
	Facets   map[string][]Facet `json:"facets,omitempty"`
	Timeline []Facet            `json:"timeline,omitempty"` // matching quotes per publication day, as Results.Timeline
}

// QuoteHit is one matching quote with its article.
type QuoteHit struct {
	Text        string  `json:"text"`
	Speaker     string  `json:"speaker"`
	Cue         string  `json:"cue,omitempty"`
	ID          string  `json:"id"` // the article's id
	URL         string  `json:"url"`
	Headline    string  `json:"headline"`
	SiteName    string  `json:"site_name"`
	PublishedAt string  `json:"published_at"`
	Score       float64 `json:"score"`
	// Highlight is the whole quote text HTML-escaped with the words the
	// query matched wrapped in <mark>; "" when the query has no words.
	Highlight string `json:"highlight,omitempty"`
}
