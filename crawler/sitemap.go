package crawler

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// maxSitemapEntries bounds one sitemap file (the protocol allows 50,000).
const maxSitemapEntries = 100_000

// ErrNotSitemap means the document is neither a urlset, a sitemapindex nor
// a plain-text list of URLs (often an HTML error or challenge page).
var ErrNotSitemap = errors.New("not a sitemap")

// sitemapEntry is one <url> or <sitemap> of a sitemap.
type sitemapEntry struct {
	Loc           string
	Lastmod       time.Time
	News          bool      // has a Google News <news:news> block
	NewsTitle     string    // news:title
	NewsPublished time.Time // news:publication_date
}

// sitemapDoc is a parsed sitemap: Index says whether Entries are child
// sitemaps (sitemapindex) or pages (urlset).
type sitemapDoc struct {
	Index   bool
	Entries []sitemapEntry
}

// parseSitemap reads an XML sitemap, sitemap index or text sitemap. It
// streams, so a 50,000-entry file costs its entries, not its DOM.
func parseSitemap(body []byte) (*sitemapDoc, error) {
	trimmed := bytes.TrimLeft(body, "\ufeff \t\r\n")
	if len(trimmed) == 0 {
		return nil, fmt.Errorf("%w: empty document", ErrNotSitemap)
	}
	if trimmed[0] != '<' {
		return parseTextSitemap(trimmed)
	}
	d := xml.NewDecoder(bytes.NewReader(trimmed))
	d.Strict = false
	d.CharsetReader = charset.NewReaderLabel
	doc := &sitemapDoc{}
	var (
		root   string
		cur    *sitemapEntry
		field  string
		inNews bool
		text   strings.Builder
	)
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if root == "" {
				return nil, fmt.Errorf("%w: %v", ErrNotSitemap, err)
			}
			return doc, fmt.Errorf("parse sitemap: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if root == "" {
				switch name {
				case "urlset":
				case "sitemapindex":
					doc.Index = true
				default:
					return nil, fmt.Errorf("%w: root element <%s>", ErrNotSitemap, t.Name.Local)
				}
				root = name
				continue
			}
			switch {
			case name == "url" || name == "sitemap":
				cur = &sitemapEntry{}
			case cur == nil:
			case name == "news":
				inNews, cur.News = true, true
			case name == "loc" && !inNews, name == "lastmod",
				inNews && (name == "publication_date" || name == "title"):
				field = name
				text.Reset()
			}
		case xml.CharData:
			if field != "" {
				text.Write(t)
			}
		case xml.EndElement:
			name := strings.ToLower(t.Name.Local)
			if cur == nil {
				continue
			}
			if field != "" && name == field {
				v := strings.TrimSpace(text.String())
				switch field {
				case "loc":
					cur.Loc = v
				case "lastmod":
					cur.Lastmod = parseW3CTime(v)
				case "publication_date":
					cur.NewsPublished = parseW3CTime(v)
				case "title":
					cur.NewsTitle = v
				}
				field = ""
				continue
			}
			switch name {
			case "news":
				inNews = false
			case "url", "sitemap":
				if cur.Loc != "" {
					if cur.Lastmod.IsZero() {
						cur.Lastmod = cur.NewsPublished
					}
					doc.Entries = append(doc.Entries, *cur)
					if len(doc.Entries) >= maxSitemapEntries {
						return doc, nil
					}
				}
				cur = nil
			}
		}
	}
	if root == "" {
		return nil, fmt.Errorf("%w: no root element", ErrNotSitemap)
	}
	return doc, nil
}

// parseTextSitemap reads the one-URL-per-line form.
func parseTextSitemap(body []byte) (*sitemapDoc, error) {
	doc := &sitemapDoc{}
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "http://") && !strings.HasPrefix(line, "https://") {
			if len(doc.Entries) == 0 {
				return nil, fmt.Errorf("%w: text line %q is not a URL", ErrNotSitemap, truncate(line, 60))
			}
			continue
		}
		doc.Entries = append(doc.Entries, sitemapEntry{Loc: line})
		if len(doc.Entries) >= maxSitemapEntries {
			break
		}
	}
	if len(doc.Entries) == 0 {
		return nil, fmt.Errorf("%w: no URLs", ErrNotSitemap)
	}
	return doc, nil
}

var w3cLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02", "2006-01", "2006",
}

// parseW3CTime parses the W3C datetime forms sitemaps use; zero if none fits.
func parseW3CTime(s string) time.Time {
	for _, l := range w3cLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
