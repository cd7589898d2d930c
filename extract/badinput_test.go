package extract

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"github.com/byline/byline/article"
)

// articleHTML wraps paragraphs in a minimal article page.
func articleHTML(head string, paras ...string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head>" + head + "<title>A test article</title></head><body><article><h1>A test article</h1>")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

const longPara = "The committee met on Tuesday to review the plan, and its members agreed that the work should start before the end of the year, weather permitting."

func TestBadInput(t *testing.T) {
	deep := strings.Repeat("<div>", 10000) + "<p>" + longPara + " " + longPara + "</p>" + strings.Repeat("</div>", 10000)
	deepInline := strings.Repeat("<b><i>", 5000) + longPara + strings.Repeat("</i></b>", 5000)
	big := []byte(articleHTML("", longPara))
	big = append(big, bytes.Repeat([]byte("<p>filler text</p>\n"), 50<<20/20)...)
	tests := []struct {
		name    string
		in      []byte
		opts    Options
		wantErr error
		errText string
	}{
		{name: "empty", in: nil, wantErr: ErrNotHTML, errText: "empty"},
		{name: "whitespace only", in: []byte(" \n\t "), wantErr: ErrNotHTML},
		{name: "binary", in: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), wantErr: ErrNotHTML, errText: "binary"},
		{name: "gzip bytes", in: []byte{0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03}, wantErr: ErrNotHTML},
		{name: "plain text", in: []byte("just some words, no markup at all"), wantErr: ErrNotHTML},
		{name: "50 MB page", in: big, wantErr: ErrTooLarge, errText: "limit is 16777216"},
		{name: "custom cap", in: []byte(articleHTML("", longPara)), opts: Options{MaxBytes: 100}, wantErr: ErrTooLarge},
		{name: "10000-deep nesting", in: []byte(deep)},
		{name: "10000-deep inline formatting", in: []byte(deepInline)},
		{name: "no article", in: []byte("<html><body><nav><a href='/'>Home</a></nav><p>Hi.</p></body></html>"), wantErr: ErrNotArticle, errText: "no article found"},
		{name: "invalid UTF-8", in: []byte(articleHTML(`<meta charset="utf-8">`, longPara+" \xff\xfe broken "+longPara))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(Input{HTML: tc.in, URL: "https://news.example/x"}, Options{NoQuotes: true, MaxBytes: tc.opts.MaxBytes})
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				if tc.errText != "" && !strings.Contains(err.Error(), tc.errText) {
					t.Errorf("err = %q, want it to mention %q", err, tc.errText)
				}
				return
			}
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if !strings.Contains(a.Body, "The committee met on Tuesday") {
				t.Errorf("body = %q, want the paragraph", a.Body)
			}
			checkUTF8(t, a)
		})
	}
}

func TestCharsets(t *testing.T) {
	const text = "Der Bürgermeister äußerte sich am Dienstag zur Lage der Stadt, nachdem die Gebühren für Müll erhöht worden waren."
	latin1, err := charmap.ISO8859_1.NewEncoder().String(articleHTML(`<meta charset="iso-8859-1">`, text, text))
	if err != nil {
		t.Fatal(err)
	}
	noMeta, _ := charmap.Windows1252.NewEncoder().String(articleHTML("", text, text))
	const jtext = "東京都は火曜日、新しい自転車道の計画を発表した。工事は四月に始まり、夏までに完成する予定だという。関係者によると費用は約十億円。"
	sjis, _ := japanese.ShiftJIS.NewEncoder().String(articleHTML("", jtext, jtext))
	// A legacy page under a UTF-8 declaration, and UTF-8 under a legacy one
	// (a server's or a theme's default): the bytes overrule the label.
	cp1252UnderUTF8, _ := charmap.Windows1252.NewEncoder().String(articleHTML(`<meta charset="utf-8">`, text, text))
	tests := []struct {
		name, html, contentType, want string
	}{
		{"meta charset latin1", latin1, "", text},
		{"header charset wins", latin1, "text/html; charset=ISO-8859-1", text},
		{"no declaration, not UTF-8", noMeta, "", text},
		{"utf-8 with BOM", "\xEF\xBB\xBF" + articleHTML("", text, text), "", text},
		{"shift_jis from header", sjis, "text/html; charset=Shift_JIS", jtext},
		{"utf-8 under a latin1 meta", articleHTML(`<meta http-equiv="content-type" content="text/html; charset=iso-8859-1">`, text, text), "", text},
		{"utf-8 under a windows-1252 header", articleHTML("", text, text), "text/html; charset=windows-1252", text},
		{"windows-1252 under a utf-8 meta", cp1252UnderUTF8, "", text},
		{"windows-1252 under a utf-8 header", noMeta, "text/html; charset=utf-8", text},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(Input{HTML: []byte(tc.html), ContentType: tc.contentType}, Options{NoQuotes: true})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if !strings.Contains(a.Body, tc.want) {
				t.Errorf("body = %q, want it to contain %q", a.Body, tc.want)
			}
			checkUTF8(t, a)
		})
	}
}

func TestDecideEncodingIsCheap(t *testing.T) {
	// UTF-8 input declared as such is never transcoded: the same bytes come back.
	in := []byte(articleHTML(`<meta charset="utf-8">`, "Grüße"))
	out, name, err := toUTF8(in, "")
	if err != nil || name != "utf-8" || &out[0] != &in[0] {
		t.Errorf("toUTF8 = %q, %v; want the input slice itself, utf-8", name, err)
	}
}

// checkUTF8 fails when any string in the article is not valid UTF-8.
func checkUTF8(t testing.TB, a *article.Article) {
	t.Helper()
	if s, ok := invalidString(reflect.ValueOf(a)); !ok {
		t.Errorf("invalid UTF-8 in %q", s)
	}
}

// invalidString walks v and returns the first string that is not valid
// UTF-8, with ok false.
func invalidString(v reflect.Value) (string, bool) {
	switch v.Kind() {
	case reflect.String:
		return v.String(), utf8.ValidString(v.String())
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return "", true
		}
		return invalidString(v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			if s, ok := invalidString(v.Field(i)); !ok {
				return s, false
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if s, ok := invalidString(v.Index(i)); !ok {
				return s, false
			}
		}
	}
	return "", true
}
