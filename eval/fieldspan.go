package eval

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/net/html"

	"github.com/byline/byline/internal/textenc"
)

// The annotation quotes no page: each expected dateline, caption and
// credit is a FieldSpan, a place in the page, and LoadFieldsGold rebuilds
// its text from ../shared/corpus when it loads the file (format in
// testdata/fields.md; eval/internal/fieldspans converts texts to spans).

// FieldSpan is where one annotated text is in its page.
type FieldSpan struct {
	// Span is [start, end) in the page's HTML as eval reads it: the file
	// decompressed and decoded to UTF-8 by internal/textenc.ToUTF8, as the
	// extractor decodes it (the same bytes for a UTF-8 page).
	Span [2]int `json:"span"`
	// Attr, when set, names an attribute of the start tag Span covers:
	// the text is the attribute's value (unescaped, white space
	// collapsed), or Part of it.
	Attr string `json:"attr,omitempty"`
	// Part, when set with Attr, is [start, end) in bytes of the
	// attribute's collapsed value: the annotated text is that piece (a
	// caption and a credit read from one title, say).
	Part *[2]int `json:"part,omitempty"`
	// SHA is the first 8 hex digits of the SHA-256 of the rebuilt text,
	// checked at load time.
	SHA string `json:"sha256"`
}

// SpanText rebuilds a span's text from the page: page[start:end] with its
// tags and comments dropped and entities unescaped (or, with Attr, the
// attribute's unescaped value, or Part of it), white space collapsed
// (collapseWS).
func SpanText(page []byte, sp FieldSpan) (string, error) {
	s, e := sp.Span[0], sp.Span[1]
	if s < 0 || e <= s || e > len(page) {
		return "", fmt.Errorf("span [%d, %d) is outside the page (%d bytes)", s, e, len(page))
	}
	z := html.NewTokenizer(bytes.NewReader(page[s:e]))
	if sp.Attr != "" {
		if tt := z.Next(); tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			return "", fmt.Errorf("span [%d, %d) with attr %q does not open with a start tag", s, e, sp.Attr)
		}
		for _, a := range z.Token().Attr {
			if a.Namespace != "" || a.Key != sp.Attr {
				continue
			}
			v := collapseWS(a.Val)
			if sp.Part == nil {
				return v, nil
			}
			i, j := sp.Part[0], sp.Part[1]
			if i < 0 || j <= i || j > len(v) {
				return "", fmt.Errorf("span [%d, %d): part [%d, %d) is outside the %s value (%d bytes)", s, e, i, j, sp.Attr, len(v))
			}
			return collapseWS(v[i:j]), nil
		}
		return "", fmt.Errorf("span [%d, %d): the tag has no attribute %q", s, e, sp.Attr)
	}
	if sp.Part != nil {
		return "", fmt.Errorf("span [%d, %d): part without attr", s, e)
	}
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				return "", fmt.Errorf("span [%d, %d): %w", s, e, z.Err())
			}
			return collapseWS(b.String()), nil
		case html.TextToken:
			b.Write(z.Text())
		}
	}
}

// ShortSHA is the first 8 hex digits of the SHA-256 of s.
func ShortSHA(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:4])
}

// ReadFieldsPage returns a page's HTML as FieldSpan offsets count it:
// decompressed (.gz) and decoded to UTF-8.
func ReadFieldsPage(path string) ([]byte, error) {
	var raw []byte
	var err error
	if strings.HasSuffix(path, ".gz") {
		raw, err = gunzipFile(path)
	} else {
		raw, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, err
	}
	b, _, err := textenc.ToUTF8(raw, "")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// resolve rebuilds the texts of one page's spans and checks their hashes.
func (p *FieldsPage) resolve(corpusRoot string) error {
	page, err := ReadFieldsPage(p.Path(corpusRoot))
	if err != nil {
		return err
	}
	text := func(what string, sp *FieldSpan) (*string, error) {
		if sp == nil {
			return nil, nil
		}
		t, err := SpanText(page, *sp)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		if t == "" {
			return nil, fmt.Errorf("%s: span [%d, %d) has no text", what, sp.Span[0], sp.Span[1])
		}
		if h := ShortSHA(t); h != sp.SHA {
			return nil, fmt.Errorf("%s: span [%d, %d) rebuilds a text with sha256 %s, want %s (the page in ../shared is not the one annotated, or the span is wrong)", what, sp.Span[0], sp.Span[1], h, sp.SHA)
		}
		return &t, nil
	}
	if p.Dateline, err = text("dateline", p.DatelineAt); err != nil {
		return err
	}
	if h := p.Head; h != nil {
		if h.Headline, err = text("head.headline", h.HeadlineAt); err != nil {
			return err
		}
		h.Authors = nil
		for i := range h.AuthorsAt {
			a, err := text(fmt.Sprintf("head.authors[%d]", i), &h.AuthorsAt[i])
			if err != nil {
				return err
			}
			h.Authors = append(h.Authors, *a)
		}
	}
	for i := range p.Images {
		im := &p.Images[i]
		if im.Caption, err = text(fmt.Sprintf("images[%d].caption", i), im.CaptionAt); err != nil {
			return err
		}
		if im.Credit, err = text(fmt.Sprintf("images[%d].credit", i), im.CreditAt); err != nil {
			return err
		}
	}
	return nil
}
