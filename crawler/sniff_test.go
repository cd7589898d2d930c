package crawler

import (
	"context"
	"strings"
	"testing"
)

// TestBinaryServedAsHTML: a file served under text/html (a misconfigured
// server, a download script) is sniffed and skipped as non-HTML instead
// of being handed to the sink as a page; HTML that does not start with a
// tag the sniffer knows is still a page.
func TestBinaryServedAsHTML(t *testing.T) {
	tests := []struct {
		name string
		body string
		page bool
	}{
		{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>\nendobj\n", false},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", false},
		{"zip", "PK\x03\x04\x14\x00\x00\x00\x08\x00", false},
		{"executable", "MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00", false},
		{"html after a BOM and a meta tag", "\ufeff<meta charset=utf-8>" + articleHTML("BOM page"), true},
		{"html with a stray control byte", "<meta charset=utf-8>\x1b" + articleHTML("Escape page"), true},
	}
	s := newNewsSite(t)
	var links []string
	for _, tt := range tests {
		p := "/2025/06/01/" + strings.ReplaceAll(tt.name, " ", "-")
		links = append(links, p)
		s.set(p, &testPage{ctype: "text/html", body: []byte(tt.body)})
	}
	s.html("/", listingHTML("Home", "", links...))
	cfg := testConfig(t, "sniff", s.URL("/"))
	sink := &MemorySink{}
	c, err := New(cfg, sink, WithLogger(testLogger(t))) // no classifier: every HTML page is handed on
	if err != nil {
		t.Fatal(err)
	}
	sum, err := c.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	got := pagePaths(s, sink.Pages())
	nonHTML := int64(0)
	for i, tt := range tests {
		if _, ok := got[links[i]]; ok != tt.page {
			t.Errorf("%s: handed to the sink = %v, want %v", tt.name, ok, tt.page)
		}
		if !tt.page {
			nonHTML++
		}
	}
	if sum.Errors[KindNotHTML] != nonHTML {
		t.Errorf("non-html = %d, want %d", sum.Errors[KindNotHTML], nonHTML)
	}
}
