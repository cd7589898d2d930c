// Command fieldspans converts the fields annotation between its two forms:
// the texts an annotator writes (datelines, captions, credits, headlines
// and authors quoted from the pages, kept outside the repository) and the spans the
// repository keeps (eval/testdata/fields.json: where each text is in its
// page, with a short hash; see eval/testdata/fields.md).
//
// From the repository root:
//
//	go run ./eval/internal/fieldspans -texts /tmp/fields-texts.json   # spans -> texts (to edit)
//	go run ./eval/internal/fieldspans -from /tmp/fields-texts.json    # texts -> spans (writes fields.json)
//
// Texts -> spans finds each annotated text, white space collapsed, in its
// page's visible text (the text outside tags, comments, scripts and
// styles, entities unescaped, white space collapsed) with a map back to
// byte offsets, and records the first occurrence that stands on word
// boundaries; a text that is no run of visible text but an attribute's
// whole value is recorded as that attribute of its tag. Every span is
// checked by rebuilding it with eval.SpanText, the function the loader
// uses; a text that cannot be placed is reported and stops the run
// without writing anything.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"

	"github.com/byline/byline/eval"
)

// textPage is one page of the text form; the other fields are as in the
// span form.
type textPage struct {
	Corpus   string      `json:"corpus"`
	ID       string      `json:"id"`
	File     string      `json:"file"`
	Half     string      `json:"half"`
	Dateline *string     `json:"dateline"`
	Images   []textImage `json:"images"`
	Head     *textHead   `json:"head,omitempty"`
	Note     string      `json:"note,omitempty"`
}

// textHead is a page's headline and authors.
type textHead struct {
	Headline *string  `json:"headline"`
	Authors  []string `json:"authors"`
}

type textImage struct {
	Caption *string `json:"caption"`
	Credit  *string `json:"credit"`
}

type textFile struct {
	About   string            `json:"about"`
	Pages   []textPage        `json:"pages"`
	Skipped []json.RawMessage `json:"skipped"`
}

type spanFile struct {
	About   string            `json:"about"`
	Pages   []eval.FieldsPage `json:"pages"`
	Skipped []json.RawMessage `json:"skipped"`
}

func main() {
	gold := flag.String("gold", filepath.Join("eval", "testdata", "fields.json"), "the span form (the repository's annotation)")
	corpus := flag.String("corpus", filepath.Join("..", "shared", "corpus"), "the corpus folder the pages are in")
	from := flag.String("from", "", "convert this text form to spans and write them to -gold")
	texts := flag.String("texts", "", "write the text form of -gold to this file (keep it out of the repository)")
	flag.Parse()
	var err error
	switch {
	case *from != "" && *texts == "":
		err = toSpans(*from, *gold, *corpus)
	case *texts != "" && *from == "":
		err = toTexts(*gold, *texts, *corpus)
	default:
		err = fmt.Errorf("give -from or -texts")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "fieldspans:", err)
		os.Exit(1)
	}
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func writeJSON(path string, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	// one line per span: {"span": [s, e], ..., "sha256": "…"}
	out := spanLine.ReplaceAllFunc(b.Bytes(), func(m []byte) []byte {
		m = bytes.Join(bytes.Fields(m), []byte(" "))
		m = bytes.ReplaceAll(bytes.ReplaceAll(m, []byte("[ "), []byte("[")), []byte(" ]"), []byte("]"))
		return bytes.ReplaceAll(bytes.ReplaceAll(m, []byte("{ "), []byte("{")), []byte(" }"), []byte("}"))
	})
	return os.WriteFile(path, out, 0o644)
}

// spanLine is one FieldSpan as the encoder lays it out (no text in it
// holds a space, so joining its fields keeps it as it is).
var spanLine = regexp.MustCompile(`\{\s*"span": \[[^\]]*\],(?:\s*"attr": "[^"]*",)?(?:\s*"part": \[[^\]]*\],)?\s*"sha256": "[0-9a-f]*"\s*\}`)

// toTexts writes the text form of the span form.
func toTexts(gold, out, corpus string) error {
	var sf spanFile
	if err := readJSON(gold, &sf); err != nil {
		return err
	}
	g, err := eval.LoadFieldsGold(gold, corpus)
	if err != nil {
		return err
	}
	tf := textFile{About: sf.About, Skipped: sf.Skipped}
	for _, p := range g.Pages {
		tp := textPage{Corpus: p.Corpus, ID: p.ID, File: p.File, Half: p.Half, Dateline: p.Dateline, Note: p.Note, Images: []textImage{}}
		for _, im := range p.Images {
			tp.Images = append(tp.Images, textImage{Caption: im.Caption, Credit: im.Credit})
		}
		if h := p.Head; h != nil {
			tp.Head = &textHead{Headline: h.Headline, Authors: append([]string{}, h.Authors...)}
		}
		tf.Pages = append(tf.Pages, tp)
	}
	return writeJSON(out, tf)
}

// toSpans places every text of the text form in its page and writes the
// span form.
func toSpans(from, gold, corpus string) error {
	var tf textFile
	if err := readJSON(from, &tf); err != nil {
		return err
	}
	sf := spanFile{About: tf.About, Skipped: tf.Skipped}
	var fails []string
	for _, tp := range tf.Pages {
		p := eval.FieldsPage{Corpus: tp.Corpus, ID: tp.ID, File: tp.File, Half: tp.Half, Note: tp.Note, Images: []eval.FieldsImage{}}
		page, err := eval.ReadFieldsPage(p.Path(corpus))
		if err != nil {
			return err
		}
		pl := newPlacer(page)
		// place finds one text; in order, an image's texts are looked
		// for after the previous image's, the others anywhere.
		after := 0
		place := func(what string, t *string, inOrder bool) *eval.FieldSpan {
			if t == nil {
				return nil
			}
			from := 0
			if inOrder {
				from = after
			}
			sp, err := pl.place(*t, from)
			if err != nil {
				fails = append(fails, fmt.Sprintf("%s %s: %v", tp.ID, what, err))
				return nil
			}
			if inOrder {
				after = sp.Span[1]
			}
			return sp
		}
		p.DatelineAt = place("dateline", tp.Dateline, false)
		for i, im := range tp.Images {
			p.Images = append(p.Images, eval.FieldsImage{
				CaptionAt: place(fmt.Sprintf("images[%d].caption", i), im.Caption, true),
				CreditAt:  place(fmt.Sprintf("images[%d].credit", i), im.Credit, true),
			})
		}
		if h := tp.Head; h != nil {
			p.Head = &eval.FieldsHead{HeadlineAt: place("head.headline", h.Headline, false), AuthorsAt: []eval.FieldSpan{}}
			for i, a := range h.Authors {
				if sp := place(fmt.Sprintf("head.authors[%d]", i), &a, false); sp != nil {
					p.Head.AuthorsAt = append(p.Head.AuthorsAt, *sp)
				}
			}
		}
		sf.Pages = append(sf.Pages, p)
	}
	if len(fails) > 0 {
		return fmt.Errorf("%d texts not placed, nothing written:\n  %s", len(fails), strings.Join(fails, "\n  "))
	}
	return writeJSON(gold, sf)
}

// item is one character of a page's visible text and the bytes it comes
// from.
type item struct {
	r    rune
	s, e int
}

// placer finds texts in one page.
type placer struct {
	page  []byte
	text  string // the visible text, white space collapsed
	at    []int  // at[i]: the item of text's byte i
	items []item
	tags  []tag // every start tag, for attribute values
}

type tag struct {
	s, e  int
	attrs []xhtml.Attribute
}

// skipped are the elements whose content is no visible text (or, for
// title, not the article's).
var skipped = map[string]bool{"title": true, "script": true, "style": true, "noscript": true, "iframe": true, "noembed": true, "noframes": true, "xmp": true, "plaintext": true, "template": true}

func newPlacer(page []byte) *placer {
	p := &placer{page: page}
	z := xhtml.NewTokenizer(bytes.NewReader(page))
	off, skip, space := 0, false, false
	var sb strings.Builder
	emit := func(r rune, s, e int) {
		if isSpace(r) {
			space = len(p.items) > 0
			return
		}
		if space {
			p.add(&sb, item{' ', s, s})
			space = false
		}
		p.add(&sb, item{r, s, e})
	}
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		raw := z.Raw()
		switch tt {
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			t := z.Token()
			p.tags = append(p.tags, tag{off, off + len(raw), t.Attr})
			skip = tt == xhtml.StartTagToken && skipped[t.Data]
		case xhtml.EndTagToken:
			skip = false
		case xhtml.TextToken:
			if !skip {
				textItems(raw, off, emit)
			}
		}
		off += len(raw)
	}
	p.text = sb.String()
	return p
}

func (p *placer) add(sb *strings.Builder, it item) {
	for range utf8.RuneLen(it.r) {
		p.at = append(p.at, len(p.items))
	}
	sb.WriteRune(it.r)
	p.items = append(p.items, it)
}

// textItems calls emit for every character of a raw text token at off,
// entities unescaped.
func textItems(raw []byte, off int, emit func(rune, int, int)) {
	for i := 0; i < len(raw); {
		if raw[i] == '&' {
			if j := bytes.IndexByte(raw[i:min(len(raw), i+40)], ';'); j > 0 {
				cand := string(raw[i : i+j+1])
				if u := html.UnescapeString(cand); u != cand {
					for _, r := range u {
						emit(r, off+i, off+i+j+1)
					}
					i += j + 1
					continue
				}
			}
		}
		r, n := utf8.DecodeRune(raw[i:])
		emit(r, off+i, off+i+n)
		i += n
	}
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f }

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// place returns the span of text t: the first occurrence in the visible
// text on word boundaries (else the first at all) whose span rebuilds t,
// looked for from byte after on, then in the whole page,
// else the first attribute whose whole value is t, else the first piece
// of an attribute's value that is t on word boundaries (title attributes
// first, as caption scripts show them).
func (p *placer) place(t string, after int) (*eval.FieldSpan, error) {
	want := strings.Join(strings.FieldsFunc(t, isSpace), " ")
	if want == "" {
		return nil, fmt.Errorf("empty text")
	}
	var loose, early []eval.FieldSpan
	for from := 0; ; {
		k := strings.Index(p.text[from:], want)
		if k < 0 {
			break
		}
		a, b := from+k, from+k+len(want)
		from = a + 1
		first, last := p.at[a], p.at[b-1]
		sp := eval.FieldSpan{Span: [2]int{p.items[first].s, p.items[last].e}}
		if got, err := eval.SpanText(p.page, sp); err != nil || got != want {
			continue
		}
		sp.SHA = eval.ShortSHA(want)
		if sp.Span[0] < after {
			early = append(early, sp)
			continue
		}
		r0, _ := utf8.DecodeRuneInString(want)
		r1, _ := utf8.DecodeLastRuneInString(want)
		before, next := ' ', ' '
		if first > 0 {
			before = p.items[first-1].r
		}
		if last+1 < len(p.items) {
			next = p.items[last+1].r
		}
		if (!wordRune(r0) || !wordRune(before)) && (!wordRune(r1) || !wordRune(next)) {
			return &sp, nil
		}
		loose = append(loose, sp)
	}
	if len(loose) > 0 {
		return &loose[0], nil
	}
	if len(early) > 0 && after > 0 {
		return p.place(t, 0)
	}
	for _, whole := range []bool{true, false} {
		for _, title := range []bool{true, false} {
			if sp := p.inAttr(want, whole, title); sp != nil {
				return sp, nil
			}
		}
	}
	return nil, fmt.Errorf("not in the page's visible text nor an attribute's value")
}

// inAttr returns the first attribute (title only, or any but title) whose
// collapsed value is want (whole) or holds it on word boundaries.
func (p *placer) inAttr(want string, whole, title bool) *eval.FieldSpan {
	for _, tg := range p.tags {
		for _, a := range tg.attrs {
			if a.Namespace != "" || (a.Key == "title") != title {
				continue
			}
			v := strings.Join(strings.FieldsFunc(a.Val, isSpace), " ")
			sp := eval.FieldSpan{Span: [2]int{tg.s, tg.e}, Attr: a.Key}
			if whole && v != want {
				continue
			}
			if !whole {
				k := wordIndex(v, want)
				if k < 0 || v == want {
					continue
				}
				sp.Part = &[2]int{k, k + len(want)}
			}
			if got, err := eval.SpanText(p.page, sp); err == nil && got == want {
				sp.SHA = eval.ShortSHA(want)
				return &sp
			}
		}
	}
	return nil
}

// wordIndex is the first index of want in v that stands on word
// boundaries, -1 if none.
func wordIndex(v, want string) int {
	for from := 0; from <= len(v); {
		k := strings.Index(v[from:], want)
		if k < 0 {
			return -1
		}
		a, b := from+k, from+k+len(want)
		before, _ := utf8.DecodeLastRuneInString(v[:a])
		after, _ := utf8.DecodeRuneInString(v[b:])
		r0, _ := utf8.DecodeRuneInString(want)
		r1, _ := utf8.DecodeLastRuneInString(want)
		if (a == 0 || !wordRune(r0) || !wordRune(before)) && (b == len(v) || !wordRune(r1) || !wordRune(after)) {
			return a
		}
		from = a + 1
	}
	return -1
}
