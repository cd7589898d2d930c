package web

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkPages measures the web layer alone (routing, parameter parsing,
// view building, template rendering, headers) over the in-memory fake, so
// the numbers exclude the backend.
func BenchmarkPages(b *testing.B) {
	f := loadFixtures(b)
	h := New(f)
	rich := f.byHeadline(b, "Central bank holds")
	for _, bc := range []struct{ name, target string }{
		{"page=search", "/?q=interest+rates&site=Capital+Wire"},
		{"page=article", "/article/" + rich.ID},
		{"page=quotes", "/quotes?speaker=Elena+Varga"},
		{"page=api-search", "/api/search?q=interest+rates"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			req := httptest.NewRequest(http.MethodGet, bc.target, nil)
			b.ReportAllocs()
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("status %d", rec.Code)
				}
			}
		})
	}
}

func BenchmarkSafeHighlight(b *testing.B) {
	frag := `the central bank left its benchmark <mark>interest</mark> <mark>rate</mark> unchanged &amp; said &quot;we are not yet where we need to be&quot;, pointing to a steady fall in inflation over the spring`
	b.ReportAllocs()
	for b.Loop() {
		_ = safeHighlight(frag)
	}
}
