package crawler

import (
	"net/url"
	"testing"
)

func TestCanonicalize(t *testing.T) {
	base, _ := url.Parse("https://News.Example.com/world/story.html?x=1")
	tests := []struct {
		name, in, want string
		base           *url.URL
		wantErr        bool
	}{
		{name: "case and default port", in: "HTTP://WWW.Example.COM:80/Path", want: "http://www.example.com/Path"},
		{name: "https default port", in: "https://example.com:443/a", want: "https://example.com/a"},
		{name: "other port kept", in: "http://example.com:8080/a", want: "http://example.com:8080/a"},
		{name: "fragment dropped", in: "https://example.com/a#comments", want: "https://example.com/a"},
		{name: "empty path", in: "https://example.com", want: "https://example.com/"},
		{name: "tracking params", in: "https://example.com/a?utm_source=tw&utm_Medium=x&id=7&fbclid=abc&gclid=1", want: "https://example.com/a?id=7"},
		{name: "sorted query", in: "https://example.com/a?b=2&a=1&c=3", want: "https://example.com/a?a=1&b=2&c=3"},
		{name: "repeated key order kept", in: "https://example.com/a?t=2&t=1", want: "https://example.com/a?t=2&t=1"},
		{name: "only tracking: no ?", in: "https://example.com/a?utm_campaign=x", want: "https://example.com/a"},
		{name: "dot segments", in: "https://example.com/a/./b/../c", want: "https://example.com/a/c"},
		{name: "relative", base: base, in: "../politics/vote.html#top", want: "https://news.example.com/politics/vote.html"},
		{name: "protocol relative", base: base, in: "//cdn.example.com/x", want: "https://cdn.example.com/x"},
		{name: "user info dropped", in: "https://user:pw@example.com/", want: "https://example.com/"},
		{name: "trailing dot host", in: "https://example.com./a", want: "https://example.com/a"},
		{name: "IDN host", in: "https://Bücher.example/a", want: "https://xn--bcher-kva.example/a"},
		{name: "escaped path normalised", in: "https://example.com/%7Euser/a%20b", want: "https://example.com/~user/a%20b"},
		{name: "encoded slash kept", in: "https://example.com/a%2Fb", want: "https://example.com/a%2Fb"},
		{name: "ipv6", in: "http://[::1]:80/a", want: "http://[::1]/a"},
		{name: "mailto refused", in: "mailto:desk@example.com", wantErr: true},
		{name: "javascript refused", base: base, in: "javascript:void(0)", wantErr: true},
		{name: "empty refused", in: "  ", wantErr: true},
		{name: "no host refused", in: "http:///a", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Canonicalize(tt.base, tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Canonicalize(%q) error = %v, wantErr %v", tt.in, err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("Canonicalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzCanonicalize checks that canonicalisation never panics, returns a
// parsable http(s) URL, and is idempotent.
func FuzzCanonicalize(f *testing.F) {
	for _, s := range []string{"https://Example.com:443/a/../b?utm_source=x&b=2&a=1#f", "http://[::1]:8080/x",
		"//host/p", "../rel?q", "https://xn--bcher-kva.example/%7e", "http://a.b/%2F%2f?&&=&a", "https://ex.com/?a=%zz"} {
		f.Add(s)
	}
	base, _ := url.Parse("https://news.example.com/section/page.html")
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 2048 {
			return
		}
		got, err := Canonicalize(base, in)
		if err != nil {
			return
		}
		u, err := url.Parse(got)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			t.Fatalf("Canonicalize(%q) = %q: not an absolute http(s) URL (%v)", in, got, err)
		}
		again, err := Canonicalize(nil, got)
		if err != nil {
			t.Fatalf("Canonicalize(%q) = %q, which does not canonicalise again: %v", in, got, err)
		}
		if again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q", in, got, again)
		}
	})
}

func BenchmarkCanonicalize(b *testing.B) {
	base, _ := url.Parse("https://news.example.com/section/")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = Canonicalize(base, "/2025/06/01/storm-hits-coast-town?utm_source=tw&id=7&b=2#comments")
	}
}
