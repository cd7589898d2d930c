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

	"github.com/byline/byline/internal/textenc"
	"golang.org/x/text/transform"
)

// maxSitemapEntries bounds the entries taken from one sitemap file (the
// protocol allows 50,000; some sites list more); the rest are counted as
// dropped.
const maxSitemapEntries = 100_000

// maxSitemapNesting is how many sitemap indexes deep a sitemap may be
// listed (the protocol allows one; sites split by year and month use
// three); the sitemaps a deeper index lists are dropped, so a chain of
// indexes that never ends cannot spend a run on sitemaps.
const maxSitemapNesting = 4

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

// errSitemap wraps every error of reading a sitemap body.
var errSitemap = errors.New("sitemap unreadable")

// parseSitemap reads a whole sitemap held in memory (see readSitemap),
// keeping up to maxSitemapEntries entries.
func parseSitemap(body []byte) (*sitemapDoc, error) {
	doc := &sitemapDoc{}
	index, err := readSitemap(bytes.NewReader(body), "", func(_ bool, e sitemapEntry) {
		if len(doc.Entries) < maxSitemapEntries {
			doc.Entries = append(doc.Entries, e)
		}
	})
	doc.Index = index
	if err != nil && len(doc.Entries) == 0 {
		return nil, err
	}
	return doc, err
}

// readSitemap reads an XML sitemap, sitemap index or text sitemap from r
// as it streams, calling emit for each entry (with index true for the
// entries of a sitemap index), so a 50 MB sitemap costs a token at a time,
// not its text or its DOM. Entries emitted before an error stand. The
// body is decoded by the encoding its first bytes, the charset of
// contentType (the header) and its XML declaration decide
// (utf8Sitemap).
func readSitemap(r io.Reader, contentType string, emit func(index bool, e sitemapEntry)) (index bool, err error) {
	br, err := utf8Sitemap(r, contentType)
	if err != nil {
		return false, err
	}
	// Skip a BOM and leading space to see whether this is XML.
	for {
		c, size, err := br.ReadRune()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return false, fmt.Errorf("%w: empty document", ErrNotSitemap)
			}
			return false, err
		}
		if c == '\ufeff' || c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			continue
		}
		_ = br.UnreadRune()
		if c != '<' || size != 1 {
			return false, readTextSitemap(br, emit)
		}
		break
	}
	d := xml.NewDecoder(br)
	d.Strict = false
	// Already UTF-8, whatever the XML declaration says (utf8Sitemap).
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
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
				return false, fmt.Errorf("%w: %v", ErrNotSitemap, err)
			}
			return index, fmt.Errorf("parse sitemap: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if root == "" {
				switch name {
				case "urlset":
				case "sitemapindex":
					index = true
				default:
					return false, fmt.Errorf("%w: root element <%s>", ErrNotSitemap, t.Name.Local)
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
			if field != "" && text.Len() < maxSitemapField {
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
					emit(index, *cur)
				}
				cur = nil
			}
		}
	}
	if root == "" {
		return false, fmt.Errorf("%w: no root element", ErrNotSitemap)
	}
	return index, nil
}

// sitemapHead is how much of a sitemap its encoding is decided on.
const sitemapHead = 64 << 10

// utf8Sitemap returns r decoded to UTF-8 by the encoding its first
// sitemapHead bytes are in (textenc.XMLEncoding, the rule feeds are read
// by: the header's charset, the XML declaration's, the bytes). encoding/xml
// decodes by the declaration alone: a sitemap in windows-1251 declared by
// its header only, or in UTF-8 under a stale ISO-8859-1 declaration, would
// be cut at its first non-ASCII URL or queue URLs no one wrote.
func utf8Sitemap(r io.Reader, contentType string) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, sitemapHead)
	head, err := br.Peek(sitemapHead)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, err
	}
	enc, name := textenc.XMLEncoding(head, contentType)
	if name == "utf-8" {
		return br, nil
	}
	return bufio.NewReaderSize(transform.NewReader(br, enc.NewDecoder()), sitemapHead), nil
}

// maxSitemapField caps the text kept of one <loc>, <lastmod> or news
// field (a URL is at most 2,048 characters by the protocol).
const maxSitemapField = 8 << 10

// readTextSitemap reads the one-URL-per-line form.
func readTextSitemap(r io.Reader, emit func(bool, sitemapEntry)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	n := 0
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "http://") && !strings.HasPrefix(line, "https://") {
			if n == 0 {
				return fmt.Errorf("%w: text line %q is not a URL", ErrNotSitemap, truncate(line, 60))
			}
			continue
		}
		n++
		emit(false, sitemapEntry{Loc: line})
	}
	if err := sc.Err(); err != nil && !errors.Is(err, bufio.ErrTooLong) {
		return err
	}
	if n == 0 {
		return fmt.Errorf("%w: no URLs", ErrNotSitemap)
	}
	return nil
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
