package eval

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// spanPage is an invented page (no corpus text).
const spanPage = `<html><body><p>SPRINGFIELD, Ill. &ndash; The mill reopened.</p>` +
	`<figure><img src="a.jpg" title="A mill at dawn. (Jo Doe / Daily Example)">` +
	`<figcaption>The  <b>old</b> mill<!-- lead -->, seen &amp; heard.<span>Photo: Jo Doe</span></figcaption></figure></body></html>`

func spanAt(t *testing.T, sub string) [2]int {
	t.Helper()
	i := strings.Index(spanPage, sub)
	if i < 0 {
		t.Fatalf("%q not in the page", sub)
	}
	return [2]int{i, i + len(sub)}
}

func TestSpanText(t *testing.T) {
	img := spanAt(t, `<img src="a.jpg" title="A mill at dawn. (Jo Doe / Daily Example)">`)
	for _, c := range []struct {
		sp   FieldSpan
		want string
	}{
		{FieldSpan{Span: spanAt(t, "SPRINGFIELD, Ill.")}, "SPRINGFIELD, Ill."},
		{FieldSpan{Span: spanAt(t, "The  <b>old</b> mill<!-- lead -->, seen &amp; heard.")}, "The old mill, seen & heard."},
		{FieldSpan{Span: spanAt(t, "Jo Doe</span>")}, "Jo Doe"},
		{FieldSpan{Span: img, Attr: "title"}, "A mill at dawn. (Jo Doe / Daily Example)"},
		{FieldSpan{Span: img, Attr: "title", Part: &[2]int{0, 15}}, "A mill at dawn."},
		{FieldSpan{Span: img, Attr: "title", Part: &[2]int{17, 39}}, "Jo Doe / Daily Example"},
	} {
		got, err := SpanText([]byte(spanPage), c.sp)
		if err != nil || got != c.want {
			t.Errorf("SpanText(%+v) = %q, %v; want %q", c.sp, got, err, c.want)
		}
	}
	for _, sp := range []FieldSpan{
		{Span: [2]int{10, 5}},
		{Span: [2]int{0, len(spanPage) + 1}},
		{Span: img, Attr: "alt"},
		{Span: spanAt(t, "The mill"), Attr: "title"},
		{Span: img, Attr: "title", Part: &[2]int{30, 99}},
		{Span: spanAt(t, "The mill"), Part: &[2]int{0, 3}},
	} {
		if got, err := SpanText([]byte(spanPage), sp); err == nil {
			t.Errorf("SpanText(%+v) = %q, want an error", sp, got)
		}
	}
}

// TestLoadFieldsGoldSpans loads an annotation of the invented page and
// checks that a span that no longer rebuilds its text fails the load,
// naming the page and the entry.
func TestLoadFieldsGoldSpans(t *testing.T) {
	dir := t.TempDir()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(spanPage))
	zw.Close()
	file := "html/mill.html.gz"
	if err := os.MkdirAll(filepath.Join(dir, "corpus", "x", "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "corpus", "x", file), gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	id := ItemKey(file)
	dl := spanAt(t, "SPRINGFIELD, Ill.")
	credit := spanAt(t, "Jo Doe</span>")
	write := func(creditSHA string) string {
		p := filepath.Join(dir, "fields.json")
		js := `{"pages": [{"corpus": "x", "id": "` + id + `", "file": "` + file + `", "half": "` + Half(id) + `",
 "dateline": {"span": [` + strconv.Itoa(dl[0]) + `, ` + strconv.Itoa(dl[1]) + `], "sha256": "` + ShortSHA("SPRINGFIELD, Ill.") + `"},
 "images": [{"caption": null, "credit": {"span": [` + strconv.Itoa(credit[0]) + `, ` + strconv.Itoa(credit[1]) + `], "sha256": "` + creditSHA + `"}}]}]}`
		if err := os.WriteFile(p, []byte(js), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	g, err := LoadFieldsGold(write(ShortSHA("Jo Doe")), filepath.Join(dir, "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	p := g.Pages[0]
	if p.Dateline == nil || *p.Dateline != "SPRINGFIELD, Ill." || p.Images[0].Caption != nil || p.Images[0].Credit == nil || *p.Images[0].Credit != "Jo Doe" {
		t.Errorf("loaded %+v", p)
	}
	_, err = LoadFieldsGold(write("00000000"), filepath.Join(dir, "corpus"))
	if err == nil || !strings.Contains(err.Error(), id) || !strings.Contains(err.Error(), "images[0].credit") {
		t.Errorf("a changed page loads with error %v, want one naming the page and images[0].credit", err)
	}
}
