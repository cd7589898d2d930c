package extract

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/byline/byline/article"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads where a picture is: the address of an <img> (srcset,
// lazy-loading attributes), and when two addresses show the same picture.

// sameImage reports whether one of imgs shows the picture at u (the same
// file stem, whatever the size).
func sameImage(imgs []article.Image, u string) bool {
	stem := imageStem(u)
	for _, im := range imgs {
		if im.URL == u || stem != "" && imageStem(im.URL) == stem {
			return true
		}
	}
	return false
}

// oneImageShown reports whether n's <img> elements are two or more
// crops or sizes of one picture (each address with the same file stem):
// "<a><img class=ratio-16-9><img class=ratio-4-3 data-src=…></a>", the
// art-directed variants a stylesheet shows one of. Right on one annotated
// tune page; general because only the same file stem counts. More than
// maxCrops of them are one small image repeated (a spacer, an icon), not
// the crops of a picture, and the walk stops there: each picture of a
// wall of 8,000 spacers read the whole wall (17 s).
func oneImageShown(n *html.Node) bool {
	stem, k := "", 0
	other := findElem(n, func(c *html.Node) bool {
		if c.DataAtom != atom.Img {
			return false
		}
		st := imageStem(bestImageURL(c))
		if st == "" || stem != "" && st != stem || k == maxCrops {
			return true
		}
		stem, k = st, k+1
		return false
	})
	return other == nil && k > 1
}

// maxCrops is the most art-directed variants of one picture a block
// holds: a crop per breakpoint or aspect ratio, a handful at most.
const maxCrops = 8

// imageStem is an image URL's file name without its extension and without
// a size suffix CDNs add ("photo-1024x768.jpg", "photo_w800.webp" →
// "photo"): the same picture at another size has the same stem.
func imageStem(u string) string {
	u = fileOf(u)
	if i := strings.LastIndexByte(u, '.'); i > 0 {
		u = u[:i]
	}
	for _, sep := range []string{"-", "_"} {
		if i := strings.LastIndex(u, sep); i > 0 && sizeSuffix(u[i+1:]) {
			u = u[:i]
		}
	}
	return strings.ToLower(sizePrefixFree(u))
}

// sizePrefixFree returns a file name without the size and crop a CDN
// writes before it ("w760_h475_x1796_y1347_harbour-pier" → "harbour-
// pier"): tokens of one of the letters w, h, x, y and a number, joined
// by "_". Right on one annotated tune page (the lead picture at another
// size than the page's own); general because only such tokens are cut,
// and a name must be left.
func sizePrefixFree(u string) string {
	rest := u
	for {
		tok, after, ok := strings.Cut(rest, "_")
		if !ok || len(tok) < 2 || !strings.ContainsRune("whxyWHXY", rune(tok[0])) || !allDigits(tok[1:]) || after == "" {
			break
		}
		rest = after
	}
	if rest != u && len(rest) >= 3 {
		return rest
	}
	return u
}

// sizeSuffix reports whether s is a size a CDN appends: "1024x768",
// "w800", "800w", "large", "scaled".
func sizeSuffix(s string) bool {
	switch s {
	case "large", "medium", "small", "thumb", "thumbnail", "scaled", "full":
		return true
	}
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == 'x' || r == 'w' || r == 'h':
		default:
			return false
		}
	}
	return digits > 0
}

// fileOf returns the last segment of an address's path, without its
// query and fragment ("/img/deck.JPG?w=800#top" → "deck.JPG").
func fileOf(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	return u[strings.LastIndexByte(u, '/')+1:]
}

// imageFile reports whether a URL's path names an image file.
func imageFile(u string) bool {
	u = strings.ToLower(fileOf(u))
	for _, ext := range imageExts {
		if strings.HasSuffix(u, ext) {
			return true
		}
	}
	return false
}

// imageExts are the file extensions of pictures, lower case.
var imageExts = []string{".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"}

// findAttr returns the first element under n with the attribute key.
func findAttr(n *html.Node, key string) *html.Node {
	return findElem(n, func(c *html.Node) bool { return hasAttr(c, key) })
}

// findByWord returns the first descendant of n whose class or id has one
// of the words.
func (d *doc) findByWord(n *html.Node, words ...string) *html.Node {
	return findElem(n, func(c *html.Node) bool {
		for _, w := range d.tokensOf(c) {
			if slices.Contains(words, w) {
				return true
			}
		}
		return false
	})
}

// bestImageURL picks the largest srcset candidate, else a lazy-loading
// attribute, else src.
func bestImageURL(img *html.Node) string {
	if u := srcsetURL(img); u != "" {
		return u
	}
	// A lazy loader's JSON of sizes, the placeholder in src.
	if u := jsonSizesURL(attr(img, "data-src")); u != "" {
		return u
	}
	for _, key := range []string{"data-src", "data-lazy-src", "data-original", "src"} {
		// Not an inline placeholder, nor a lazy loader's JSON of sizes.
		// (A "[" inside a query, "?crop[0]=…", is an address's.)
		if s := strings.TrimSpace(attr(img, key)); s != "" && !strings.HasPrefix(s, "data:") && s[0] != '[' && !strings.Contains(s, "{") {
			// "<img src=/assets/spacer.gif data-lazy=/img/deck.jpg>": a
			// lazy loader's stand-in file in src, the picture in an
			// attribute of the loader's own naming.
			if key == "src" && placeholderFile(s) {
				if u := dataImageURL(img); u != "" {
					return u
				}
				if u := noscriptURL(img); u != "" {
					return u
				}
			}
			return s
		}
	}
	// Any other lazy loader's attribute that holds an image file's
	// address ("data-src-big", "data-lazy"), the largest named first.
	// Found on a tune page; general because loaders name the attribute
	// as they please, and only an image file's address is taken.
	if u := dataImageURL(img); u != "" {
		return u
	}
	// "<picture><source srcset=…><img src=placeholder>": the sources
	// name the picture.
	if p := img.Parent; p != nil && p.DataAtom == atom.Picture {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Source {
				if u := srcsetURL(c); u != "" {
					return u
				}
			}
		}
	}
	return ""
}

// jsonSizesURL returns the widest picture of a lazy loader's JSON of
// sizes ("data-src='{"default":{"w":"80","src":"//…"},"size3column":…}'"),
// or "" when s is no such JSON. The loader writes a placeholder in src, so
// without this every picture of the page reads as the same tiny GIF. Seen
// on seven development pages of three corpora.
func jsonSizesURL(s string) string {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "{") {
		return ""
	}
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return ""
	}
	best, bestW := "", -1.0
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if src, ok := x["src"].(string); ok && src != "" && !strings.HasPrefix(src, "data:") {
				w := -0.5
				switch n := x["w"].(type) {
				case float64:
					w = n
				case string:
					if f, err := strconv.ParseFloat(n, 64); err == nil {
						w = f
					}
				}
				if w > bestW || w == bestW && src < best {
					best, bestW = src, w
				}
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	walk(v)
	return best
}

// srcsetURL returns the largest candidate of n's data-srcset (else its
// srcset), inline placeholders ("data:…") aside.
func srcsetURL(n *html.Node) string {
	// A lazy loader keeps the real set in data-srcset and a placeholder
	// in srcset until its script swaps them ("srcset=t.gif 200w").
	for _, key := range []string{"data-srcset", "srcset"} {
		// not a template ("…&w={width}"), nor an inline placeholder
		// among the candidates ("data:image/gif;base64,… 1w")
		if ss := attr(n, key); ss != "" && !strings.Contains(ss, "{") {
			best, bestW := "", -1.0
			for _, cand := range srcsetCandidates(ss) {
				if strings.HasPrefix(strings.ToLower(cand[0]), "data:") {
					continue
				}
				w := 0.0 // (a density may be a fraction: "1.5x")
				if cand[1] != "" {
					if v, err := strconv.ParseFloat(strings.TrimRight(cand[1], "wx"), 64); err == nil {
						w = v
					}
				}
				if w > bestW {
					best, bestW = cand[0], w
				}
			}
			if best != "" {
				return best
			}
		}
	}
	return ""
}

// srcsetCandidates splits a srcset into its candidates' addresses and
// first descriptors, as HTML parses it: an address runs to white space
// (a comma inside it is the address's: image CDNs write their
// transformations so, ".../w_1600,c_limit/deck.jpg 1600w"), a comma
// ending it ends the candidate, and the descriptors run to the next
// comma. Splitting at every comma cut such addresses in pieces and took
// a piece for the picture.
func srcsetCandidates(ss string) [][2]string {
	var out [][2]string
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
	for i := 0; i < len(ss); {
		for i < len(ss) && (isSpace(ss[i]) || ss[i] == ',') {
			i++
		}
		start := i
		for i < len(ss) && !isSpace(ss[i]) {
			i++
		}
		u := ss[start:i]
		if u == "" {
			break
		}
		if t := strings.TrimRight(u, ","); t != u {
			out = append(out, [2]string{t, ""}) // no descriptor
			continue
		}
		start = i
		for depth := 0; i < len(ss) && (ss[i] != ',' || depth > 0); i++ {
			switch ss[i] {
			case '(':
				depth++
			case ')':
				depth--
			}
		}
		var desc string
		for f := range strings.FieldsSeq(ss[start:i]) {
			desc = f // the first field
			break
		}
		out = append(out, [2]string{u, desc})
	}
	return out
}

// placeholderFile reports whether the file at u is a lazy loader's
// stand-in: its name says so ("spacer.gif", "blank.gif", "1x1.gif",
// "placeholder.png", "lazy-load.svg", "transparent.png"). Only a name
// made of such words counts: "pixel-8-review.jpg" is a picture.
func placeholderFile(u string) bool {
	name := strings.ToLower(fileOf(u))
	gif := strings.HasSuffix(name, ".gif")
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	// (words read in place: every picture's address is asked)
	words, standIn, allStandIn := 0, false, true
	for w := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		words++
		switch w {
		case "transparent", "spacer", "blank", "placeholder", "pixel":
			standIn = true
		case "1x1", "lazy", "lazyload", "load", "loading", "loader", "empty", "dummy", "trans", "clear", "grey", "gray", "img", "image", "default":
		default:
			allStandIn = false
		}
	}
	// "index-transparent_h-213_w-320.gif": a stand-in's word in a GIF's
	// name, beside its size. Decides no development page (the probe's
	// name is one site's); general because it counts only when the
	// loader's attribute or a <noscript> fallback holds another picture.
	return words > 0 && (allStandIn || gif && standIn)
}

// noscriptURL returns the address of the picture in the <noscript>
// fallback beside img (its sibling, "<img src=spacer.gif><noscript><img
// src=…></noscript>"), which the parser keeps as text; "" when there is
// none. The fallback is the first after img, before the next <img> (a
// wrapper may hold several pictures, each with its own), or else the
// first before img after the previous <img>.
func noscriptURL(img *html.Node) string {
	if u := noscriptURLFrom(img, true); u != "" {
		return u
	}
	return noscriptURLFrom(img, false)
}

// noscriptURLFrom reads the <noscript> siblings of img after it (or
// before it), up to the next (or previous) <img>.
func noscriptURLFrom(img *html.Node, after bool) string {
	next := func(c *html.Node) *html.Node {
		if after {
			return c.NextSibling
		}
		return c.PrevSibling
	}
	for c := next(img); c != nil && c.DataAtom != atom.Img; c = next(c) {
		if c.DataAtom != atom.Noscript || c.FirstChild == nil || c.FirstChild.Type != html.TextNode || len(c.FirstChild.Data) > 4000 || !strings.Contains(c.FirstChild.Data, "<img") {
			continue
		}
		nodes, err := html.ParseFragment(strings.NewReader(c.FirstChild.Data), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
		if err != nil {
			return ""
		}
		for _, x := range nodes {
			if x.DataAtom != atom.Img {
				x = findFirst(x, atom.Img)
			}
			if x != nil {
				if u := bestImageURL(x); u != "" && !placeholderFile(u) {
					return u
				}
			}
		}
	}
	return ""
}

// dataImageURL returns the image file a data-* attribute of img names,
// preferring one whose name says it is the large size, or "".
func dataImageURL(img *html.Node) string {
	var first string
	for _, a := range img.Attr {
		v := strings.TrimSpace(a.Val)
		if !strings.HasPrefix(a.Key, "data-") || v == "" || strings.HasPrefix(v, "data:") || strings.ContainsAny(v, " {[") || !imageFile(v) {
			continue
		}
		if strings.Contains(a.Key, "big") || strings.Contains(a.Key, "large") || strings.Contains(a.Key, "full") {
			return v
		}
		if first == "" {
			first = v
		}
	}
	return first
}
