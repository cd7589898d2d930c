package wire_test

import (
	"strings"
	"testing"

	"github.com/byline/byline/wire"
)

func TestToken(t *testing.T) {
	tests := []struct{ in, want string }{
		{"www.example.com", "www_example_com"},
		{"Example.COM", "example_com"},
		{"a*b>c d", "a_b_c_d"},
		{"", "_"},
		{"münchen.de", "m_nchen_de"},
		{"site-name_1", "site-name_1"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := wire.Token(tt.in); got != tt.want {
				t.Errorf("Token(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSubjects(t *testing.T) {
	tests := []struct{ name, got, want string }{
		{"page", wire.PageSubject("https://www.Example.com:8443/a/b?x=1"), "byline.pages.www_example_com"},
		{"page no host", wire.PageSubject("not a url"), "byline.pages._"},
		{"article", wire.ArticleSubject(wire.SiteOf("https://www.example.co.uk/x")), "byline.articles.example_co_uk"},
		{"deadletter", wire.DeadLetterSubject(wire.StageExtract), "byline.deadletter.extract"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func FuzzToken(f *testing.F) {
	for _, s := range []string{"www.example.com", "a.*.>", " ", "\x00", "ü"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tok := wire.Token(s)
		if tok == "" || strings.ContainsAny(tok, ".*> \t\r\n") {
			t.Fatalf("Token(%q) = %q is not a single safe subject token", s, tok)
		}
	})
}
