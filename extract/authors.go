package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file finds the article's authors: JSON-LD, author meta tags,
// microdata, rel=author links, byline elements, then a "By X and Y" line
// near the headline. Each raw value is cleaned ("By", roles, dates, e-mail
// addresses, "Staff") and split into names.

// authorMetaKeys are meta keys that carry author names.
var authorMetaKeys = []string{
	"author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "dc.creator",
	"dcterms.creator", "dc:creator", "byl", "citation_author", "book:author", "cxenseparse:author", "author_name",
	"authors", "article:author_name", "twitter:data1",
}

// bylinePrefixes are the words that introduce a byline, lower case, in
// many languages.
var bylinePrefixes = []string{
	"written by", "posted by", "published by", "reported by", "story by", "words by", "text by", "article by",
	"geschrieben von", "ein beitrag von", "ein kommentar von", "eine kolumne von", "ein gastbeitrag von", "verfasst von",
	"by", "from", "von", "par", "por", "di", "door", "av", "af", "de", "od", "автор", "от", "yazan", "autor", "autorin",
	"author", "authors", "auteur", "autore", "auteurs", "text", "texte", "texto", "testo", "tekst", "redaktion",
	"bericht", "reportage", "interview", "fotos", "foto",
}

// roleWords are words of a job title, not of a name.
var roleWords = map[string]bool{
	"reporter": true, "editor": true, "editors": true, "correspondent": true, "writer": true, "staff": true,
	"journalist": true, "contributor": true, "contributing": true, "columnist": true, "photographer": true,
	"author": true, "producer": true, "analyst": true, "senior": true, "chief": true, "managing": true,
	"desk": true, "team": true, "associate": true, "freelance": true, "guest": true, "political": true,
	"redakteur": true, "redakteurin": true, "redaktion": true, "korrespondent": true, "korrespondentin": true,
	"autor": true, "autorin": true, "journaliste": true, "rédacteur": true, "rédactrice": true, "rédaction": true,
	"periodista": true, "redacción": true, "redactor": true, "redactora": true, "giornalista": true, "redazione": true,
	"jornalista": true, "redação": true, "redactie": true, "verslaggever": true, "корреспондент": true,
	"редакция": true, "editorial": true, "newsroom": true, "updated": true, "published": true, "posted": true,
	"mehr": true, "artikel": true, "articles": true, "posts": true, "view": true, "profile": true, "follow": true,
	"contact": true, "email": true, "twitter": true, "facebook": true, "instagram": true, "linkedin": true,
	"comments": true, "comment": true, "share": true, "read": true, "min": true, "minutes": true, "more": true,
	"all": true, "bio": true, "by": true, "von": true, "und": true, "and": true, "photos": true, "photo": true,
	"sponsored": true, "admin": true, "administrator": true, "anonymous": true, "unknown": true, "wire": true,
	"services": true, "service": true, "feeds": true, "press": true, "release": true, "media": true, "office": true,
	"leitender": true, "stellvertretender": true, "ressortleiter": true, "chefredakteur": true,
}

// nameJoiners split one byline into several names.
var nameJoiners = []string{" and ", " & ", " und ", " et ", " y ", " e ", " en ", " og ", " och ", " ve ", " i ", " és ",
	" a ", " и ", " oraz ", " with "}

// pickAuthors returns the article's authors, most trusted source first.
func (p *metaPage) pickAuthors(ld *ldInfo, headline *html.Node, siteName string) []string {
	var names []string
	add := func(raw string) {
		for _, n := range splitAuthors(raw) {
			names = appendName(names, n)
		}
	}
	// 1. JSON-LD people.
	for _, a := range ld.Authors {
		add(a)
	}
	if len(names) > 0 {
		return names
	}
	// 2. Meta tags.
	for _, k := range authorMetaKeys {
		for _, v := range p.metaAll(k) {
			if k == "twitter:data1" && !strings.EqualFold(p.meta("twitter:label1"), "written by") {
				continue
			}
			if mdLooksLikeURL(v) || strings.HasPrefix(v, "@") {
				continue
			}
			add(v)
		}
		if len(names) > 0 {
			return names
		}
	}
	// 3. Microdata.
	for _, n := range p.itemprops {
		prop := strings.ToLower(mdAttr(n, "itemprop"))
		if prop != "author" && prop != "creator" {
			continue
		}
		if mdInChrome(n) {
			continue
		}
		if n.DataAtom == atom.Meta || n.DataAtom == atom.Link {
			continue
		}
		if name := mdItempropName(n); name != "" {
			add(name)
		} else if c := mdAttr(n, "content"); c != "" && !mdLooksLikeURL(c) {
			add(c)
		} else if t := mdText(n, 300); len(t) < 200 {
			add(t)
		}
	}
	if len(names) > 0 {
		return names
	}
	// 4. rel=author links.
	for _, n := range p.relAuthor {
		if mdInChrome(n) {
			continue
		}
		if t := mdText(n, 200); len(t) < 120 {
			add(t)
		}
	}
	if len(names) > 0 {
		return names
	}
	// 5. Byline elements: the innermost ones, in the article first.
	scope := p.scope()
	for _, pass := range [2]bool{true, false} {
		for _, n := range p.bylines {
			if pass != mdInside(n, scope) || mdInChrome(n) {
				continue
			}
			if mdHasBylineChild(n, p.bylines) {
				continue
			}
			t := mdText(n, 400)
			if t == "" || len(t) > 250 {
				continue
			}
			add(t)
		}
		if len(names) > 0 {
			return names
		}
	}
	// 6. A "By X" line near the headline.
	if headline != nil {
		if s := findByLine(mdFollowingText(headline, 500)); s != "" {
			add(s)
		}
	}
	if len(names) > 0 {
		return names
	}
	// 7. Organisations named as authors in JSON-LD, unless it is the site.
	for _, a := range ld.OrgAuthors {
		if siteName != "" && strings.EqualFold(a, siteName) {
			continue
		}
		add(a)
	}
	return names
}

// mdHasBylineChild reports whether one of the byline elements is inside n.
func mdHasBylineChild(n *html.Node, all []*html.Node) bool {
	for _, o := range all {
		if o != n && mdInside(o, n) {
			return true
		}
	}
	return false
}

// mdItempropName returns the text of an itemprop=name inside n.
func mdItempropName(n *html.Node) string {
	var found string
	var walk func(*html.Node, int)
	walk = func(c *html.Node, depth int) {
		if found != "" || depth > 8 {
			return
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if k.Type != html.ElementNode {
				continue
			}
			if strings.EqualFold(mdAttr(k, "itemprop"), "name") {
				if k.DataAtom == atom.Meta {
					found = mdAttr(k, "content")
				} else {
					found = mdText(k, 200)
				}
				return
			}
			walk(k, depth+1)
		}
	}
	walk(n, 0)
	return found
}

// findByLine finds "By X" at a word start in text and returns what
// follows it, up to the end of the byline.
func findByLine(text string) string {
	low := strings.ToLower(text)
	for _, pre := range [...]string{"by ", "von ", "par ", "por ", "door ", "di "} {
		i := 0
		for {
			j := strings.Index(low[i:], pre)
			if j < 0 {
				break
			}
			j += i
			if j == 0 || low[j-1] == ' ' || low[j-1] == '|' {
				rest := text[j+len(pre):]
				if mdFirstRuneUpper(rest) {
					return mdTruncRunes(rest, 120)
				}
			}
			i = j + len(pre)
		}
	}
	return ""
}

// splitAuthors cleans one raw author value and splits it into names.
func splitAuthors(raw string) []string {
	s := mdCleanText(raw)
	if s == "" || len(s) > 400 {
		return nil
	}
	// Cut at the first separator that ends a byline: a date, a pipe.
	s = cutAuthorTail(s)
	s = stripBylinePrefix(s)
	// "Photos by X. Story by Y" / "Posted on 3 March by Y": keep what
	// follows the last "by".
	if i := strings.LastIndex(strings.ToLower(s), " by "); i >= 0 && i+4 < len(s) {
		s = s[i+4:]
	}
	var out []string
	for _, part := range mdSplitAny(s, nameJoiners, ",", ";", " / ", "/", "|", "•", "·", " - ", " – ", " — ", "\n") {
		if n := cleanName(part); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// cutAuthorTail cuts a byline at the first digit, e-mail address or
// link, and at words that start a date or a time.
func cutAuthorTail(s string) string {
	for i, r := range s {
		if unicode.IsDigit(r) {
			s = s[:i]
			break
		}
	}
	low := strings.ToLower(s)
	for _, w := range [...]string{" on ", " am ", " le ", " il ", " el ", " updated", " published", " posted",
		" aktualisiert", " veröffentlicht", " stand:", " mis à jour", " publié", " publicado", " pubblicato", " http",
		" www.", " mehr zum autor", " mehr von", " follow", " email", " e-mail", " twitter", " read more", " contact"} {
		if i := strings.Index(low, w); i > 0 {
			s, low = s[:i], low[:i]
		}
	}
	// e-mail addresses
	for {
		at := strings.IndexByte(s, '@')
		if at < 0 {
			break
		}
		start := strings.LastIndexAny(s[:at], " ,;(") + 1
		end := at + strings.IndexAny(s[at:]+" ", " ,;)")
		s = s[:start] + s[end:]
	}
	return s
}

// stripBylinePrefix removes "By", "Von", "Written by" and similar labels
// from the start of s.
func stripBylinePrefix(s string) string {
	for again := true; again; {
		again = false
		s = strings.TrimLeft(s, " |:-–—•·,")
		low := strings.ToLower(s)
		for _, p := range bylinePrefixes {
			if strings.HasPrefix(low, p) && len(s) > len(p) {
				next := s[len(p)]
				if next == ' ' || next == ':' || next == '\u00a0' {
					s = s[len(p):]
					again = true
					break
				}
			}
		}
	}
	return strings.TrimSpace(s)
}

// cleanName trims one name candidate and rejects what is not a name.
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.Trim(s, " .,:;|-–—•·()[]\"'“”‘’«»*")
	s = stripBylinePrefix(s)
	if s == "" || len(s) > 80 {
		return ""
	}
	words := strings.Fields(s)
	// Drop role words at either end ("Senior Reporter John Smith",
	// "John Smith Staff Writer").
	for len(words) > 0 && roleWords[strings.ToLower(strings.Trim(words[0], ".,:"))] {
		words = words[1:]
	}
	for len(words) > 0 && roleWords[strings.ToLower(strings.Trim(words[len(words)-1], ".,:"))] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	upper := 0
	for _, w := range words {
		if roleWords[strings.ToLower(w)] {
			return ""
		}
		if mdFirstRuneUpper(w) {
			upper++
		}
		for _, r := range w {
			if !(unicode.IsLetter(r) || unicode.IsMark(r) || r == '.' || r == '-' || r == '\'' || r == '’') {
				return ""
			}
		}
	}
	// Names are capitalised; a lone lower-case word is a user name at
	// best, several lower-case words are prose.
	if upper == 0 && len(words) > 1 {
		return ""
	}
	return strings.Join(words, " ")
}

// appendName adds n to names unless it (or a longer form of it) is there.
func appendName(names []string, n string) []string {
	ln := strings.ToLower(n)
	for i, o := range names {
		lo := strings.ToLower(o)
		if lo == ln || strings.Contains(lo, ln) {
			return names
		}
		if strings.Contains(ln, lo) {
			names[i] = n
			return names
		}
	}
	return append(names, n)
}

// mdSplitAny splits s at every occurrence of any of the separators; the
// first argument is a list, the rest single separators.
func mdSplitAny(s string, list []string, more ...string) []string {
	seps := append(append([]string(nil), list...), more...)
	parts := []string{s}
	for _, sep := range seps {
		var next []string
		for _, p := range parts {
			if strings.Contains(p, sep) {
				next = append(next, strings.Split(p, sep)...)
			} else {
				next = append(next, p)
			}
		}
		parts = next
	}
	return parts
}

// mdLooksLikeURL reports whether s is a URL rather than a name.
func mdLooksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//") ||
		strings.HasPrefix(s, "www.") || strings.HasPrefix(s, "/")
}
