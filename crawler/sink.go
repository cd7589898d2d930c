// Package crawler fetches news pages politely from seeds, sitemaps and feeds
// with colly and hands each article page to a Sink it does not know.
//
// A job keeps what it fetched in its data file: an article page is fetched
// again when a sitemap says it changed, with conditional headers, and
// handed on again only when its text changed. A re-fetch run
// (Config.Refetch) fetches every article page the job knows again, whole,
// and hands each on even when its text did not change, for the pipeline to
// extract it again after an extractor upgrade.
package crawler

import (
	"context"

	"github.com/byline/byline/article"
)

// Sink receives each fetched article page. Put must be safe for concurrent
// use; it returns only when the page is durably handed on (published,
// stored), so a crawl that returns without error lost nothing. An error from
// Put is counted and logged by the crawler, and the URL is not marked seen,
// so the next run fetches it again.
type Sink interface {
	Put(ctx context.Context, p *article.Page) error
}

// SinkFunc adapts a function to a Sink.
type SinkFunc func(ctx context.Context, p *article.Page) error

// Put calls f.
func (f SinkFunc) Put(ctx context.Context, p *article.Page) error { return f(ctx, p) }
