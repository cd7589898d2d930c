package htmlscan

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tokens renders what the scanner reads: start and end tags with their
// attributes (decoded), and text (decoded, with raw-text content marked).
func tokens(src string) []string {
	var out []string
	s := New([]byte(src))
	for k := s.Next(); k != EOF; k = s.Next() {
		switch k {
		case Text:
			out = append(out, "text:"+Unescape(s.Text()))
		case StartTag:
			t := "<" + s.Tag().String()
			s.Attrs(func(n, v []byte) bool {
				t += " " + string(n) + "=" + UnescapeAttr(v)
				return true
			})
			if s.SelfClosing() {
				t += " /"
			}
			out = append(out, t+">")
		case EndTag:
			out = append(out, "</"+s.Tag().String()+">")
		}
	}
	return out
}

func TestScanner(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"tags and text", `<P Class=x>Hi &amp; bye</p>`, []string{"<p class=x>", "text:Hi & bye", "</p>"}},
		{"quoted values with '>' and the other quote", `<a href="/a?b>c" title='it"s'>x</a>`,
			[]string{`<a href=/a?b>c title=it"s>`, "text:x", "</a>"}},
		{"spaces around =", `<meta name = "robots" content= noindex >`, []string{"<meta name=robots content=noindex>"}},
		{"boolean attribute and self-closing", `<input hidden/><br/>`, []string{"<input hidden= />", "<br />"}},
		{"comments and doctype skipped", `<!DOCTYPE html><!-- <a href=x> --><!--><p>t`, []string{"<p>", "text:t"}},
		{"script is raw text", `<script>if (a<b) { x = "</div>" }</script><p>`,
			[]string{"<script>", `text:if (a<b) { x = "</div>" }`, "</script>", "<p>"}},
		{"raw end tag in any case", `<STYLE>p{}</Style >x`, []string{"<style>", "text:p{}", "</style>", "text:x"}},
		{"unclosed script runs to the end", `<script>var a`, []string{"<script>", "text:var a"}},
		{"a lone < is text", `a < b <3`, []string{"text:a ", "text:< b ", "text:<3"}},
		{"unterminated tag", `<a href="x`, []string{"<a href=x>"}},
		{"a quote inside an unquoted value", `<a href=x"y>z`, []string{`<a href=x"y>`, "text:z"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tokens(tt.src)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestNotRaw(t *testing.T) {
	s := New([]byte(`<svg><title/><path/></svg><p>x`))
	var got []string
	for k := s.Next(); k != EOF; k = s.Next() {
		if k == StartTag && s.Tag() == atom.Title {
			s.NotRaw()
		}
		if k == StartTag {
			got = append(got, string(s.Name()))
		}
	}
	if strings.Join(got, " ") != "svg title path p" {
		t.Errorf("start tags %q: <title/> in SVG swallowed the rest", got)
	}
}

// TestAgainstTokenizer reads every page of the shared corpora with the
// scanner and with golang.org/x/net/html's tokenizer and compares the
// start tags (known atoms) with the attributes the crawler and the
// classifier read: they must agree on real pages.
func TestAgainstTokenizer(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("BYLINE_REQUIRE_SHARED") == "1" {
			t.Fatalf("shared corpora not found at %s but BYLINE_REQUIRE_SHARED=1: %v", dir, err)
		}
		t.Skipf("shared corpora not found at %s (they sit beside the checkout): %v", dir, err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "html", "*"))
	if len(files) < 100 {
		t.Fatalf("only %d corpus pages found", len(files))
	}
	keys := map[string]bool{"href": true, "rel": true, "type": true, "name": true, "property": true, "content": true}
	bad := 0
	for _, f := range files {
		page := readPage(t, f)
		var want, got []string
		z := html.NewTokenizer(bytes.NewReader(page))
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			name, more := z.TagName()
			a := atom.Lookup(name)
			if a == 0 {
				continue
			}
			if a == atom.Svg || a == atom.Math {
				z.NextIsNotRawText()
			}
			tag := a.String()
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				if keys[string(k)] {
					tag += fmt.Sprintf(" %s=%q", k, v)
				}
			}
			want = append(want, tag)
		}
		s := New(page)
		for k := s.Next(); k != EOF; k = s.Next() {
			if k != StartTag || s.Tag() == 0 {
				continue
			}
			if s.Tag() == atom.Svg || s.Tag() == atom.Math {
				s.NotRaw()
			}
			tag := s.Tag().String()
			seen := map[string]bool{}
			s.Attrs(func(n, v []byte) bool {
				if keys[string(n)] && !seen[string(n)] {
					seen[string(n)] = true
					tag += fmt.Sprintf(" %s=%q", n, UnescapeAttr(v))
				}
				return true
			})
			got = append(got, tag)
		}
		if i := firstDiff(want, got); i >= 0 {
			bad++
			if bad <= 5 {
				t.Errorf("%s: tag %d: tokenizer %q, scanner %q (of %d/%d)", f, i, at(want, i), at(got, i), len(want), len(got))
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d pages read differently", bad, len(files))
	}
}

func firstDiff(a, b []string) int {
	for i := range max(len(a), len(b)) {
		if at(a, i) != at(b, i) {
			return i
		}
	}
	return -1
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return "<none>"
}

func readPage(t testing.TB, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// FuzzScanner: any input is read to the end without a panic, every token
// moves forward, and tag names come from the input.
func FuzzScanner(f *testing.F) {
	for _, s := range []string{`<a href="x">y</a>`, `<script>`, `<!--`, `<`, `</`, `<a b='`, `<svg><title/></svg>`, `<p =x>`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s := New(b)
		last := -1
		for k := s.Next(); k != EOF; k = s.Next() {
			if s.pos <= last && k != Text {
				t.Fatalf("no progress at %d", s.pos)
			}
			last = s.pos
			if k == StartTag {
				s.Attrs(func(n, v []byte) bool { return true })
			}
		}
	})
}

func BenchmarkScanner(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "aeb", "html", "*"))
	if len(files) == 0 {
		b.Skip("shared corpora not found")
	}
	var pages [][]byte
	for _, f := range files {
		pages = append(pages, readPage(b, f))
	}
	b.Run("htmlscan", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pages {
				s := New(p)
				for k := s.Next(); k != EOF; k = s.Next() {
					if k == StartTag {
						s.Attrs(func(n, v []byte) bool { return true })
					}
				}
			}
		}
	})
	b.Run("x-net-html-tokenizer", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pages {
				z := html.NewTokenizer(bytes.NewReader(p))
				for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
					if tt == html.StartTagToken {
						for _, more := z.TagName(); more; {
							_, _, more = z.TagAttr()
						}
					}
				}
			}
		}
	})
}
