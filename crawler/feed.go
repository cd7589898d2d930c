package crawler

import (
	"bytes"
	"fmt"
	"time"

	"github.com/mmcdole/gofeed"
)

// parseFeed reads an RSS, Atom or JSON feed and returns its entries' links
// with their update (else publication) times.
func parseFeed(body []byte) ([]sitemapEntry, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	out := make([]sitemapEntry, 0, len(f.Items))
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		if link == "" {
			continue
		}
		var t time.Time
		switch {
		case it.UpdatedParsed != nil:
			t = it.UpdatedParsed.UTC()
		case it.PublishedParsed != nil:
			t = it.PublishedParsed.UTC()
		}
		out = append(out, sitemapEntry{Loc: link, Lastmod: t})
	}
	return out, nil
}
