package crawler

import (
	"fmt"
	"strings"
	"testing"
)

// TestSitemapCharsets: sitemaps are UTF-8 by the protocol, but not
// always; whatever the header and the XML declaration say, the page URLs
// of a sitemap (in the script of its site) reach the queue as written, by
// the rule feeds are read by (textenc.XMLToUTF8), also for a gzip sitemap.
func TestSitemapCharsets(t *testing.T) {
	s := newNewsSite(t)
	cfg := testConfig(t, "sitemap-charsets")
	var wants []wantFound
	for i, tc := range feedCharsetCases() {
		for _, gz := range []bool{false, true} {
			path := fmt.Sprintf("/2025/06/05/sm-%d-%v-%s", i, gz, strings.ReplaceAll(tc.text, " ", "-"))
			s.html(path, articleHTML(tc.text))
			var b strings.Builder
			b.WriteString(`<?xml version="1.0"`)
			if tc.decl != "" {
				fmt.Fprintf(&b, ` encoding="%s"`, tc.decl)
			}
			fmt.Fprintf(&b, `?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>%s</loc><news:news><news:title>%s</news:title></news:news></url></urlset>`, s.URL(path), tc.text)
			body := encodeTo(t, tc.enc, b.String())
			ctype := "application/xml"
			if tc.hdr != "" {
				ctype += "; charset=" + tc.hdr
			}
			sm := fmt.Sprintf("/sitemap-%d.xml", i)
			if gz {
				sm += ".gz"
				body = gzipBytes(t, string(body))
			}
			s.set(sm, &testPage{ctype: ctype, body: body})
			cfg.Sitemaps = append(cfg.Sitemaps, s.URL(sm))
			wants = append(wants, wantFound{fmt.Sprintf("%s (gzip %v)", tc.name, gz), path})
		}
	}
	checkFoundVia(t, cfg, "sitemap", wants)
}

// TestSitemapCharsetCutCharacter: the encoding of a streamed sitemap is
// decided on its first sitemapHead bytes; a UTF-8 character cut by their
// end does not make an ASCII-only head look like a legacy charset.
func TestSitemapCharsetCutCharacter(t *testing.T) {
	tests := []struct {
		char string
		off  int // the character starts off bytes before the end of the head
	}{{"ё", 1}, {"東", 1}, {"東", 2}, {"😀", 3}}
	for _, tc := range tests {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for b.Len() < sitemapHead-100 {
			b.WriteString("<url><loc>http://127.0.0.1/a</loc></url>\n")
		}
		const loc = "http://127.0.0.1/"
		pad := strings.Repeat("x", sitemapHead-tc.off-b.Len()-len("<url><loc>"+loc+"/"))
		b.WriteString("<url><loc>" + loc + pad + "/")
		if b.Len() != sitemapHead-tc.off {
			t.Fatalf("%s at %d, want %d", tc.char, b.Len(), sitemapHead-tc.off)
		}
		b.WriteString(tc.char + "</loc></url><url><loc>" + loc + "Новости</loc></url></urlset>")
		doc, err := parseSitemap([]byte(b.String()))
		if err != nil {
			t.Fatalf("%s cut at %d: %v", tc.char, tc.off, err)
		}
		last := doc.Entries[len(doc.Entries)-2:]
		if last[0].Loc != loc+pad+"/"+tc.char || last[1].Loc != loc+"Новости" {
			t.Errorf("%s cut at %d: last entries end %q, %q", tc.char, tc.off, last[0].Loc[len(last[0].Loc)-8:], last[1].Loc)
		}
	}
}
