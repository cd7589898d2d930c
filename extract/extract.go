// Package extract turns a news page into a structured article. It is a pure
// function of its input: no network, no crawler, no bus, no store.
package extract

import (
	"errors"
	"time"

	"byline/article"
)

// Version is the extractor version written into every article.
const Version = "0.1.0"

// Errors returned by Extract.
var (
	// ErrNotArticle means the page has no article (a listing, an error page).
	ErrNotArticle = errors.New("extract: no article found")
	// ErrTooLarge means the page is over Options.MaxBytes.
	ErrTooLarge = errors.New("extract: page too large")
	// ErrNotHTML means the input is binary or not HTML.
	ErrNotHTML = errors.New("extract: not an HTML document")
)

// Input is one page to extract.
type Input struct {
	HTML        []byte    // raw bytes as served (any charset)
	URL         string    // the page's URL, used to resolve links and as a fallback id
	ContentType string    // HTTP Content-Type header, if known (charset hint)
	FetchedAt   time.Time // when the page was fetched; zero means now
}

// Options tunes extraction; the zero value is the default.
type Options struct {
	MaxBytes int  // default 16 MiB
	NoQuotes bool // skip the quote/attribution/date layer
}

// Extract turns one page into an article. TODO(extractor): implemented by the extractor work.
func Extract(in Input, opts Options) (*article.Article, error) {
	return nil, ErrNotArticle
}

// FromPage extracts the article of a fetched page.
func FromPage(p *article.Page) (*article.Article, error) {
	u := p.FinalURL
	if u == "" {
		u = p.URL
	}
	return Extract(Input{HTML: p.Body, URL: u, ContentType: p.ContentType, FetchedAt: p.FetchedAt}, Options{})
}
