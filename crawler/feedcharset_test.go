package crawler

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// feedCharsetCase is one feed of TestFeedCharsets: its text is encoded
// with enc and declared by the header (hdr, "" for none) and by the XML
// declaration (decl, "" for none).
type feedCharsetCase struct {
	name, hdr, decl string
	enc             encoding.Encoding
	text            string
}

// feedCharsetCases are windows-1252, windows-1251, Shift_JIS and UTF-8
// feeds declared by the header only, the XML declaration only, both
// agreeing, and both contradicting (the header wins unless the bytes
// contradict it; a declaration the bytes contradict is overruled too).
func feedCharsetCases() []feedCharsetCase {
	const (
		de = "Grüße aus München: Bürgermeister äußert sich"
		ru = "Мэр Москвы объявил о новой велосипедной дорожке"
		ja = "東京都が新しい自転車道の計画を発表"
	)
	cp1252, cp1251, sjis, u8 := charmap.Windows1252, charmap.Windows1251, japanese.ShiftJIS, encoding.Encoding(unicode.UTF8)
	return []feedCharsetCase{
		{"1252 header only", "windows-1252", "", cp1252, de},
		{"1252 declaration only", "", "ISO-8859-1", cp1252, de},
		{"1252 both", "iso-8859-1", "windows-1252", cp1252, de},
		{"1252 header, declaration says 1251", "windows-1252", "windows-1251", cp1252, de},
		{"1252 declaration, header says utf-8", "utf-8", "windows-1252", cp1252, de},
		{"1251 header only", "windows-1251", "", cp1251, ru},
		{"1251 declaration only", "", "windows-1251", cp1251, ru},
		{"1251 both", "windows-1251", "windows-1251", cp1251, ru},
		{"1251 header, declaration says 1252", "windows-1251", "ISO-8859-1", cp1251, ru},
		{"1251 declaration, header says utf-8", "utf-8", "windows-1251", cp1251, ru},
		{"sjis header only", "Shift_JIS", "", sjis, ja},
		{"sjis declaration only", "", "Shift_JIS", sjis, ja},
		{"sjis both", "shift_jis", "Shift_JIS", sjis, ja},
		{"sjis header, declaration says 1252", "Shift_JIS", "ISO-8859-1", sjis, ja},
		{"sjis declaration, header says utf-8", "utf-8", "Shift_JIS", sjis, ja},
		{"utf-8 header only", "utf-8", "", u8, ru},
		{"utf-8 declaration only", "", "UTF-8", u8, ja},
		{"utf-8 both", "utf-8", "utf-8", u8, de},
		{"utf-8 header, declaration says 1251", "utf-8", "windows-1251", u8, ru},
		{"utf-8 header, declaration says Shift_JIS", "UTF-8", "Shift_JIS", u8, de},
		{"utf-8, declaration says 1252", "", "ISO-8859-1", u8, de},
		{"utf-8 under a 1251 header and declaration", "windows-1251", "windows-1251", u8, ja},
	}
}

// feedXML is an RSS 2.0 or Atom feed of one entry titled title linking to
// link, with an XML declaration naming decl ("" for none).
func feedXML(atom bool, decl, title, link string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"`)
	if decl != "" {
		fmt.Fprintf(&b, ` encoding="%s"`, decl)
	}
	b.WriteString("?>\n")
	if atom {
		fmt.Fprintf(&b, `<feed xmlns="http://www.w3.org/2005/Atom"><title>%s</title><id>urn:x</id><updated>2025-06-05T07:00:00Z</updated>
<entry><title>%s</title><id>urn:x:1</id><link href="%s"/><updated>2025-06-05T07:00:00Z</updated><summary>%s</summary></entry></feed>`, title, title, link, title)
	} else {
		fmt.Fprintf(&b, `<rss version="2.0"><channel><title>%s</title><link>http://example.com/</link><description>%s</description>
<item><title>%s</title><link>%s</link><description>%s</description><pubDate>Thu, 05 Jun 2025 07:00:00 GMT</pubDate></item></channel></rss>`, title, title, title, link, title)
	}
	return b.String()
}

// TestFeedCharsets: RSS and Atom feeds in windows-1252, windows-1251,
// Shift_JIS and UTF-8, however declared, are read through the real crawl
// path and their entry links, which hold the feed's own script, reach the
// queue as written: the page at each link is fetched and handed on.
// The crawler transcodes a feed to UTF-8 itself; the XML declaration must
// then say so, or gofeed decodes the UTF-8 bytes again by the old label.
func TestFeedCharsets(t *testing.T) {
	s := newNewsSite(t)
	cfg := testConfig(t, "feed-charsets")
	var wants []wantFound
	for i, tc := range feedCharsetCases() {
		for _, atom := range []bool{false, true} {
			kind := "rss"
			if atom {
				kind = "atom"
			}
			path := fmt.Sprintf("/2025/06/05/%s-%d-%s", kind, i, strings.ReplaceAll(tc.text, " ", "-"))
			s.html(path, articleHTML(tc.text))
			body := encodeTo(t, tc.enc, feedXML(atom, tc.decl, tc.text, s.URL(path)))
			ctype := "application/xml"
			if tc.hdr != "" {
				ctype += "; charset=" + tc.hdr
			}
			feed := fmt.Sprintf("/feed-%s-%d.xml", kind, i)
			s.set(feed, &testPage{ctype: ctype, body: body})
			cfg.Feeds = append(cfg.Feeds, s.URL(feed))
			wants = append(wants, wantFound{kind + " " + tc.name, path})
		}
	}
	cfg.MaxDepth = 1
	checkFoundVia(t, cfg, "feed", wants)
}

// wantFound is a page a charset test expects the crawl to queue: the case
// and the page's path.
type wantFound struct{ name, path string }

// checkFoundVia runs cfg and checks that every wanted page was handed on,
// found through via ("feed", "sitemap").
func checkFoundVia(t *testing.T, cfg Config, via string, wants []wantFound) {
	t.Helper()
	sink := &MemorySink{}
	runJob(t, cfg, sink)
	got := map[string]bool{}
	for _, p := range sink.Pages() {
		u, err := url.Parse(p.URL)
		if err != nil {
			t.Fatal(err)
		}
		got[u.Path] = p.FoundVia == via
	}
	for _, w := range wants {
		if !got[w.path] {
			t.Errorf("%s: page %s not queued from the %s", w.name, w.path, via)
		}
	}
}

// TestFeedCharsetTitles: the feeds of TestFeedCharsets, decoded as the
// crawler decodes them (decodeFeed), give gofeed their titles and links
// as written, neither decoded twice nor broken.
func TestFeedCharsetTitles(t *testing.T) {
	const link = "http://127.0.0.1/2025/06/05/"
	for _, tc := range feedCharsetCases() {
		for _, atom := range []bool{false, true} {
			ctype := "application/rss+xml"
			if tc.hdr != "" {
				ctype += "; charset=" + tc.hdr
			}
			res := &response{header: http.Header{"Content-Type": {ctype}},
				body: encodeTo(t, tc.enc, feedXML(atom, tc.decl, tc.text, link+tc.text))}
			res.decodeFeed()
			f, err := gofeed.NewParser().Parse(bytes.NewReader(res.body))
			if err != nil {
				t.Errorf("%s (atom %v): %v", tc.name, atom, err)
				continue
			}
			if len(f.Items) != 1 {
				t.Errorf("%s (atom %v): %d items", tc.name, atom, len(f.Items))
				continue
			}
			// gofeed resolves Atom links, which escapes them.
			it := f.Items[0]
			gotLink, _ := url.PathUnescape(it.Link)
			if f.Title != tc.text || it.Title != tc.text || it.Description != tc.text || gotLink != link+tc.text {
				t.Errorf("%s (atom %v): feed %q, item %q, %q, %q; want %q", tc.name, atom, f.Title, it.Title, it.Description, it.Link, tc.text)
			}
		}
	}
}
