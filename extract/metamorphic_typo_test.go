package extract

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The typography variants of TestMetamorphicMarkup change only the TEXT
// of a page (never an attribute, a script or a style), in ways CMSs do
// and no reader notices: no-break spaces, invisible characters,
// entities instead of UTF-8, quote and dash styles, HTML comments. The
// fields are compared after mkupTypoNorm folds those characters in both
// extractions, so the test asks whether the extractor FINDS the same
// things, not whether it spells them alike; that its fields keep no soft
// hyphen or zero-width space is checked apart (mkupStray).

// mkupTypoVariants are the typography variants (see mkupVariants).
func mkupTypoVariants() []mkupVariant {
	text := func(f func(u []mkupUnit, ctx *mkupTextCtx) []mkupUnit) func([]byte, uint64, *mkupVocab) ([]byte, bool) {
		return func(p []byte, seed uint64, _ *mkupVocab) ([]byte, bool) { return mkupMapText(p, seed, f) }
	}
	return []mkupVariant{
		{name: "nbsp", typo: true, floor: 390, apply: text(mkupNBSP)},
		{name: "invisible", typo: true, floor: 390, apply: func(p []byte, seed uint64, v *mkupVocab) ([]byte, bool) {
			out, ok := mkupMapText(p, seed, mkupInvisible)
			if !ok {
				return nil, false
			}
			return append([]byte("\ufeff"), out...), true // a BOM opens the file
		}},
		{name: "entities", typo: true, floor: 390, apply: text(mkupEntities)},
		{name: "quotes-dashes", typo: true, floor: 360, apply: text(mkupQuotesDashes)},
		{name: "comments", typo: true, floor: 390, apply: mkupComments},
	}
}

// mkupTypoNorm folds what the typography variants change: every white
// space (no-break and narrow ones) a space, invisible characters gone,
// typographic quotes straight, dashes a hyphen, an ellipsis three dots,
// runs of spaces one.
func mkupTypoNorm(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case mkupInvisibleRune(r):
		case strings.ContainsRune("‘’‚‛ʼ′", r):
			b.WriteByte('\'')
		case strings.ContainsRune("“”„‟″«»", r):
			b.WriteByte('"')
		case strings.ContainsRune("‐‑‒–—―−", r):
			b.WriteByte('-')
		case r == '…':
			b.WriteString("...")
		default:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func mkupInvisibleRune(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// mkupStray names the invisible characters a field keeps (soft hyphen,
// zero-width space, word joiner, BOM): the extractor should drop them.
func mkupStray(s string) string {
	var found []string
	for _, c := range []struct{ r, name string }{
		{"\u00ad", "soft hyphen"}, {"\u200b", "zero-width space"}, {"\u2060", "word joiner"}, {"\ufeff", "BOM"},
	} {
		if strings.Contains(s, c.r) {
			found = append(found, c.name)
		}
	}
	return strings.Join(found, ", ")
}

// --- text units -------------------------------------------------------------

// mkupUnit is one character of a text token as written: a literal rune,
// or an entity (raw "&...;") with the rune it stands for.
type mkupUnit struct {
	raw string
	r   rune
}

// mkupTextCtx is where a text token stands.
type mkupTextCtx struct {
	seed  uint64
	n     *uint64 // a counter over the page, to rotate the forms
	inTtl bool    // the <title>'s text
	inHP  bool    // inside a heading or paragraph
	fr    bool    // the page is French
}

func (c *mkupTextCtx) pick(k int) int {
	*c.n++
	return int((c.seed + *c.n) % uint64(k))
}

var mkupEntityRe = regexp.MustCompile(`^&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?`)

func mkupUnits(raw []byte) []mkupUnit {
	var u []mkupUnit
	s := string(raw)
	for i := 0; i < len(s); {
		if s[i] == '&' {
			if m := mkupEntityRe.FindString(s[i:]); m != "" {
				dec := html.UnescapeString(m)
				r, _ := utf8.DecodeRuneInString(dec)
				if dec != m {
					u = append(u, mkupUnit{m, r})
					i += len(m)
					continue
				}
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		u = append(u, mkupUnit{s[i : i+size], r})
		i += size
	}
	return u
}

var mkupCharsetRe = regexp.MustCompile(`(?i)charset=["']?([a-z0-9_-]+)`)

// mkupMapText changes every text token of the page (the <title>'s too,
// no script, style or other raw text) by f; false when nothing changed
// or the page is not declared UTF-8 (raw characters written would be
// read in its charset).
func mkupMapText(page []byte, seed uint64, f func(u []mkupUnit, ctx *mkupTextCtx) []mkupUnit) ([]byte, bool) {
	if m := mkupCharsetRe.FindSubmatch(page); m != nil && !strings.EqualFold(string(m[1]), "utf-8") {
		return nil, false
	}
	var n uint64
	ctx := &mkupTextCtx{seed: seed, n: &n}
	ctx.fr = bytes.Contains(page, []byte(`lang="fr`))
	hp := 0
	var b bytes.Buffer
	changed := false
	for _, t := range mkupTokens(page) {
		switch t.typ {
		case xhtml.StartTagToken:
			if mkupHeadPara[t.name] {
				hp++
			}
		case xhtml.EndTagToken:
			if mkupHeadPara[t.name] && hp > 0 {
				hp--
			}
		}
		if t.typ != xhtml.TextToken || t.rawIn != "" && t.rawIn != "title" {
			b.Write(t.raw)
			continue
		}
		ctx.inTtl, ctx.inHP = t.rawIn == "title", hp > 0
		var out strings.Builder
		for _, u := range f(mkupUnits(t.raw), ctx) {
			out.WriteString(u.raw)
		}
		if out.String() != string(t.raw) {
			changed = true
		}
		b.WriteString(out.String())
	}
	return b.Bytes(), changed
}

var mkupHeadPara = set("h1", "h2", "h3", "h4", "h5", "h6", "p")

func mkupLetter(u []mkupUnit, i int) bool { return i >= 0 && i < len(u) && unicode.IsLetter(u[i].r) }
func mkupDigit(u []mkupUnit, i int) bool  { return i >= 0 && i < len(u) && unicode.IsDigit(u[i].r) }
func mkupRuneAt(u []mkupUnit, i int) rune {
	if i >= 0 && i < len(u) {
		return u[i].r
	}
	return 0
}

// --- variant: no-break spaces --------------------------------------------------

// mkupNBSP writes as a no-break space (&nbsp;, &#160;, U+00A0 or the
// narrow U+202F) the spaces typographers bind: before a capital after a
// word ("By Jane Doe", "Jane Doe"), between a number and a word ("12
// March", "March 12"), and French typography's before : ; ! ? » and after
// «.
func mkupNBSP(u []mkupUnit, ctx *mkupTextCtx) []mkupUnit {
	out := make([]mkupUnit, len(u))
	copy(out, u)
	for i, c := range u {
		if c.raw != " " {
			continue
		}
		prev, next := mkupRuneAt(u, i-1), mkupRuneAt(u, i+1)
		narrow := false
		switch {
		case strings.ContainsRune(":;!?»", next) || prev == '«':
			narrow = true
		case mkupDigit(u, i-1) && mkupLetter(u, i+1) || mkupLetter(u, i-1) && mkupDigit(u, i+1):
			narrow = ctx.fr
		case unicode.IsUpper(next) && (mkupLetter(u, i-1) || prev == '.' || prev == ':'):
		default:
			continue
		}
		forms := []string{"&nbsp;", "\u00a0", "&#160;"}
		if narrow {
			forms = append(forms, "\u202f")
		}
		out[i] = mkupUnit{forms[ctx.pick(len(forms))], '\u00a0'}
	}
	return out
}

// --- variant: invisible characters ----------------------------------------------

// mkupInvisible puts soft hyphens (&shy; or U+00AD) inside the long words
// of headings and paragraphs, as hyphenation plugins do, and a zero-width
// space or word joiner after every slash and inside the dots of a web
// address, as URL-breaking filters do.
func mkupInvisible(u []mkupUnit, ctx *mkupTextCtx) []mkupUnit {
	var out []mkupUnit
	for i := 0; i < len(u); {
		if ctx.inHP && !ctx.inTtl && mkupLetter(u, i) && !mkupLetter(u, i-1) {
			j := i
			for j < len(u) && mkupLetter(u, j) && len(u[j].raw) <= 4 {
				j++
			}
			if j-i >= 8 && !mkupLetter(u, j) {
				for k := i; k < j; k++ {
					out = append(out, u[k])
					if (k-i)%4 == 3 && j-k > 3 {
						out = append(out, mkupUnit{[]string{"&shy;", "\u00ad", "&#173;"}[ctx.pick(3)], '\u00ad'})
					}
				}
				i = j
				continue
			}
		}
		out = append(out, u[i])
		if !ctx.inTtl && (u[i].r == '/' || u[i].r == '.' && mkupInURL(u, i)) && i+1 < len(u) && !unicode.IsSpace(u[i+1].r) {
			out = append(out, mkupUnit{[]string{"\u200b", "&#8203;", "&#x2060;"}[ctx.pick(3)], '\u200b'})
		}
		i++
	}
	return out
}

// mkupInURL reports whether the dot at i is inside a web address: the
// word holds "://" or "www.".
func mkupInURL(u []mkupUnit, i int) bool {
	a, z := i, i
	for a > 0 && !unicode.IsSpace(u[a-1].r) {
		a--
	}
	for z < len(u) && !unicode.IsSpace(u[z].r) {
		z++
	}
	var w strings.Builder
	for _, c := range u[a:z] {
		w.WriteRune(c.r)
	}
	return strings.Contains(w.String(), "://") || strings.Contains(w.String(), "www.")
}

// --- variant: entities ------------------------------------------------------------

var mkupNamed = map[rune]string{
	'’': "rsquo", '‘': "lsquo", '“': "ldquo", '”': "rdquo", '–': "ndash", '—': "mdash", '…': "hellip",
	'é': "eacute", 'è': "egrave", 'ê': "ecirc", 'à': "agrave", 'á': "aacute", 'í': "iacute", 'ó': "oacute",
	'ú': "uacute", 'ü': "uuml", 'ö': "ouml", 'ä': "auml", 'Ü': "Uuml", 'Ö': "Ouml", 'Ä': "Auml", 'ß': "szlig",
	'ç': "ccedil", 'ñ': "ntilde", '«': "laquo", '»': "raquo", '\u00a0': "nbsp", '©': "copy", '·': "middot",
	'•': "bull", 'É': "Eacute", 'ô': "ocirc", 'î': "icirc", 'ø': "oslash", 'å': "aring", 'æ': "aelig",
	'|': "verbar", '\'': "apos", '"': "quot",
}

// mkupEntities writes every non-ASCII character of the text, and the
// straight quotes, as an entity: named, decimal or hex in turn.
func mkupEntities(u []mkupUnit, ctx *mkupTextCtx) []mkupUnit {
	out := make([]mkupUnit, len(u))
	for i, c := range u {
		out[i] = c
		if len(c.raw) != len(string(c.r)) || c.raw != string(c.r) || c.r < utf8.RuneSelf && c.r != '\'' && c.r != '"' {
			continue
		}
		switch k := ctx.pick(3); {
		case k == 0 && mkupNamed[c.r] != "":
			out[i].raw = "&" + mkupNamed[c.r] + ";"
		case k == 2:
			out[i].raw = fmt.Sprintf("&#x%X;", c.r)
		default:
			out[i].raw = fmt.Sprintf("&#%d;", c.r)
		}
	}
	return out
}

// --- variant: quotes and dashes -------------------------------------------------------

// mkupQuotesDashes swaps the quote and dash styles: straight quotes
// typographic (opening after a space or bracket, else closing) and
// typographic ones straight; a spaced hyphen an en or em dash and a
// spaced dash a hyphen ("LONDON - " ↔ "LONDON — "); three dots an
// ellipsis and an ellipsis three dots.
func mkupQuotesDashes(u []mkupUnit, _ *mkupTextCtx) []mkupUnit {
	var out []mkupUnit
	for i := 0; i < len(u); i++ {
		c := u[i]
		prev := mkupRuneAt(u, i-1)
		opening := i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{", prev)
		spaced := (i == 0 || unicode.IsSpace(prev)) && (i+1 == len(u) || unicode.IsSpace(mkupRuneAt(u, i+1)))
		switch {
		case c.r == '"' && opening:
			c = mkupUnit{"“", '“'}
		case c.r == '"':
			c = mkupUnit{"”", '”'}
		case c.r == '\'' && opening:
			c = mkupUnit{"‘", '‘'}
		case c.r == '\'':
			c = mkupUnit{"’", '’'}
		case c.r == '“' || c.r == '”' || c.r == '„':
			c = mkupUnit{`"`, '"'}
		case c.r == '‘' || c.r == '’':
			c = mkupUnit{"'", '\''}
		case c.r == '-' && spaced && i > 0:
			if i%2 == 0 {
				c = mkupUnit{"—", '—'}
			} else {
				c = mkupUnit{"–", '–'}
			}
		case (c.r == '–' || c.r == '—') && spaced:
			c = mkupUnit{"-", '-'}
		case c.r == '.' && mkupRuneAt(u, i+1) == '.' && mkupRuneAt(u, i+2) == '.' && mkupRuneAt(u, i+3) != '.' && prev != '.':
			c = mkupUnit{"…", '…'}
			i += 2
		case c.r == '…':
			c = mkupUnit{"...", '.'}
		}
		out = append(out, c)
	}
	return out
}

// --- variant: comments ------------------------------------------------------------------

var mkupCommentTexts = []string{"<!-- /wp:paragraph -->", "<!-- .entry-meta -->", "<!-- cache: hit 0.002s -->",
	"<!-- end byline -->", "<!---->", "<!-- wp:paragraph -->"}

// mkupComments leaves HTML comments where CMSs and caches do, in the
// body: around every paragraph, after every inline element of a strip
// (</span>, </a>, </time>), after every picture and before its caption,
// and inside a paragraph between two sentences.
func mkupComments(page []byte, seed uint64, _ *mkupVocab) ([]byte, bool) {
	var b bytes.Buffer
	n := seed
	comment := func() {
		n++
		b.WriteString(mkupCommentTexts[n%uint64(len(mkupCommentTexts))])
	}
	inBody, inP, changed := false, 0, false
	for _, t := range mkupTokens(page) {
		if t.typ == xhtml.StartTagToken && t.name == "body" {
			inBody = true
		}
		if !inBody {
			b.Write(t.raw)
			continue
		}
		before := t.typ == xhtml.StartTagToken && (t.name == "p" || t.name == "figcaption")
		if before {
			comment()
		}
		if t.typ == xhtml.TextToken && t.rawIn == "" && inP > 0 {
			u := mkupUnits(t.raw)
			for i, c := range u {
				b.WriteString(c.raw)
				if (c.r == '.' || c.r == '!' || c.r == '?') && mkupLetter(u, i-1) && mkupRuneAt(u, i+1) == ' ' &&
					unicode.IsUpper(mkupRuneAt(u, i+2)) {
					comment()
					changed = true
				}
			}
			continue
		}
		b.Write(t.raw)
		switch {
		case t.typ == xhtml.StartTagToken && t.name == "p":
			inP++
		case t.typ == xhtml.EndTagToken && t.name == "p" && inP > 0:
			inP--
		}
		after := t.typ == xhtml.EndTagToken && (t.name == "p" || t.name == "span" || t.name == "a" || t.name == "time") ||
			t.name == "img" && t.typ != xhtml.EndTagToken
		if after {
			comment()
		}
		changed = changed || before || after
	}
	return b.Bytes(), changed
}

// TestTypographyReads checks the reads the typography variants rely on:
// a bounded read counts no soft hyphen, zero-width space or byte of a
// no-break space; comments leave the tree with the text on either side
// joined; titles compare with their dashes and quotes folded.
func TestTypographyReads(t *testing.T) {
	plain, _ := xhtml.Parse(strings.NewReader("<p><b>Die Landessynode</b> <b>beschließt</b> <b>eine</b> <b>Strukturreform.</b></p>"))
	shy, _ := xhtml.Parse(strings.NewReader("<p><b>Die Land&shy;essy&shy;node</b>&nbsp;<b>beschließt</b>\u202f<b>eine</b> <b>Stru\u200bktur&shy;reform.</b></p>"))
	for _, max := range []int{16, 20, 30, 300} {
		if a, b := shortText(plain, max), shortText(shy, max); a != b {
			t.Errorf("bounded read %d: %q, with invisible characters %q", max, a, b)
		}
	}
	root, _ := ParseHTML([]byte("<p>One.<!-- /wp:paragraph --> Two.</p><figure><img src=a.jpg><!-- x --><figcaption>Cap</figcaption><!----></figure>"))
	dropComments(root)
	p := findFirst(root, atom.P)
	if p.FirstChild == nil || p.FirstChild != p.LastChild || p.FirstChild.Data != "One. Two." {
		t.Errorf("paragraph's text after dropComments: %q", nodeText(p))
	}
	if fig := findFirst(root, atom.Figure); fig.LastChild == nil || fig.LastChild.DataAtom != atom.Figcaption {
		t.Errorf("a figure's last child is no comment after dropComments")
	}
	if a, b := normTitle("Bắc – Nam: it’s “done”…"), normTitle(`Bắc - Nam: it's "done"...`); a != b {
		t.Errorf("normTitle: %q vs %q", a, b)
	}
}
