package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzExtract checks that Extract never panics and that every string it
// returns is valid UTF-8, whatever the bytes and the charset hint.
func FuzzExtract(f *testing.F) {
	seeds := []string{
		"",
		"<html><body><p>x</p></body></html>",
		articleHTML(`<meta charset="utf-8">`, longPara, longPara),
		articleHTML(`<meta charset="iso-8859-1">`, "Gr\xfc\xdfe aus K\xf6ln, "+longPara),
		articleHTML("", "\xff\xfe\xfd invalid "+longPara),
		"<figure><img srcset=', ,, 10w'><figcaption>(</figcaption></figure>",
		"<p>By , and &amp; </p><p>A/ B/ C/ D/ E</p>",
		"<ul><li>Quick Look:</li></ul><p>Quick Look:</p><ul><li></li></ul>",
		"\xEF\xBB\xBF<p>bom</p>", "\xFE\xFF\x00<\x00p\x00>", "<meta charset=utf-16><p>x</p>",
	}
	for _, s := range seeds {
		f.Add([]byte(s), "")
	}
	f.Add([]byte(articleHTML("", longPara)), "text/html; charset=shift_jis")
	if b, err := os.ReadFile(filepath.Join("testdata", "figure-credit.html")); err == nil {
		f.Add(b, "")
	}
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		if len(page) > 1<<20 {
			t.Skip()
		}
		a, err := Extract(Input{HTML: page, URL: "https://news.example/a", ContentType: contentType}, Options{NoQuotes: true})
		if err != nil {
			if a != nil {
				t.Fatalf("article and error together: %v", err)
			}
			return
		}
		checkUTF8(t, a)
	})
}

// FuzzClassify checks that the token scan behind Classify never panics,
// whatever the bytes, and that the verdict follows the score.
func FuzzClassify(f *testing.F) {
	for _, s := range []string{
		"", "<html><head><title>t</title><div>x", "<svg><title/><p>text</svg>",
		`<script type="application/ld+json">{"@type":"NewsArticle"}</script><article><p>` + longPara + `</p></article>`,
		"<p><li><p></li></p></li>", "<head><body aria-hidden=true><p>" + longPara, "<math><style/><a href=x>y</a>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		v := Classify(page, nil, ClassifyHints{})
		if v.Article != (v.Score >= 1) {
			t.Fatalf("verdict %v with score %d", v.Article, v.Score)
		}
	})
}
