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

// labelNouns are byline prefixes that label only when a colon follows.
var labelNouns = map[string]bool{
	"text": true, "texte": true, "texto": true, "testo": true, "tekst": true, "redaktion": true, "bericht": true,
	"reportage": true, "interview": true, "fotos": true, "foto": true, "author": true, "authors": true, "autor": true,
	"autorin": true, "auteur": true, "autore": true, "auteurs": true, "автор": true, "yazan": true,
}

// roleWords are words of a job title, not of a name.
var roleWords = map[string]bool{
	"reporter": true, "reporters": true, "editor": true, "editors": true, "correspondent": true,
	"correspondents": true, "writer": true, "writers": true, "staff": true, "journalists": true, "contributors": true,
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
	"all": true, "bio": true, "photos": true, "photo": true,
	"sponsored": true, "admin": true, "administrator": true, "anonymous": true, "unknown": true, "wire": true,
	"services": true, "service": true, "feeds": true, "press": true, "release": true, "media": true, "office": true,
	"leitender": true, "stellvertretender": true, "ressortleiter": true, "chefredakteur": true,
}

// weekdayNames are weekday names that may follow a date connector in a
// byline, lower case.
var weekdayNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
}

// nameParticles are lower-case words that belong to names.
var nameParticles = map[string]bool{
	"von": true, "van": true, "de": true, "der": true, "den": true, "la": true, "le": true, "du": true, "da": true,
	"di": true, "del": true, "della": true, "dos": true, "das": true, "do": true, "ter": true, "ten": true, "zu": true,
	"vom": true, "bin": true, "ibn": true, "al": true, "el": true, "y": true, "af": true, "av": true, "op": true,
	"het": true, "st.": true, "v.": true, "d'": true, "dei": true, "lo": true, "mac": true, "mc": true, "e": true,
}

// uiWords are interface words that show up in author boxes but are never
// part of a name.
var uiWords = map[string]bool{
	"weitere": true, "stories": true, "nachricht": true, "nachrichten": true, "news": true, "jobs": true,
	"hire": true, "home": true, "login": true, "menu": true, "search": true, "suche": true, "kontakt": true,
	"impressum": true, "datenschutz": true, "stand": true, "uhr": true, "vor": true, "minuten": true, "stunden": true,
	"lesezeit": true, "kommentare": true, "teilen": true, "drucken": true, "abonnieren": true, "newsletter": true,
	"https": true, "http": true, "www": true, "gmbh": true, "ag": true, "inc": true, "ltd": true, "llc": true,
}

// nameJoiners split one byline into several names.
var nameJoiners = []string{" and ", " & ", " und ", " et ", " y ", " e ", " en ", " og ", " och ", " ve ", " i ", " és ",
	" a ", " и ", " oraz ", " with "}

// pickAuthors returns the article's authors from the most trusted source
// that names someone other than the site itself. Later sources only
// complete names ("Nils" → "Nils Pickert").
func (p *metaPage) pickAuthors(ld *ldInfo, headline *html.Node, siteName string) []string {
	var sources [][]string
	desk := "" // the first desk credit ("Redaktion", "Staff Writer")
	addSource := func(raws []string, trusted bool) {
		var names []string
		for _, raw := range raws {
			if desk == "" {
				desk = deskCredit(raw)
			}
			for _, n := range splitAuthorNames(raw, trusted) {
				names = appendName(names, n)
			}
		}
		sources = append(sources, names)
	}
	addSource(ld.Authors, true)
	// Meta tags.
	var metaRaw []string
	for _, k := range authorMetaKeys {
		for _, v := range p.metaAll(k) {
			if k == "twitter:data1" && !mdWrittenByLabel(p.meta("twitter:label1")) {
				continue
			}
			if mdLooksLikeURL(v) || strings.HasPrefix(v, "@") {
				continue
			}
			metaRaw = append(metaRaw, v)
		}
		if len(metaRaw) > 0 {
			break
		}
	}
	addSource(metaRaw, true)
	// Microdata.
	var micro []string
	for _, n := range p.itemprops {
		prop := strings.ToLower(mdAttr(n, "itemprop"))
		if (prop != "author" && prop != "creator") || n.DataAtom == atom.Meta || n.DataAtom == atom.Link {
			continue
		}
		// The author of an item typed as the article is the article's,
		// whatever box the template puts it in.
		if mdInChrome(n) && !mdArticleItem(mdItemscopeType(n)) {
			continue
		}
		if name := mdItempropName(n); name != "" {
			micro = append(micro, name)
		} else if c := mdAttr(n, "content"); c != "" && !mdLooksLikeURL(c) {
			micro = append(micro, c)
		} else if t := mdText(n, 300); len(t) < 200 {
			micro = append(micro, t)
		}
	}
	addSource(micro, true)
	// rel=author links.
	var rel []string
	for _, n := range p.relAuthor {
		if mdInChrome(n) {
			continue
		}
		if t := mdText(n, 200); len(t) < 120 {
			rel = append(rel, t)
		}
	}
	addSource(rel, true)
	// Byline elements, in the article first: the innermost ones, then
	// (when those name nobody, e.g. a bare "Author:" label) their parents.
	scope := p.scope()
	for _, inScope := range [2]bool{true, false} {
		for _, leaves := range [2]bool{true, false} {
			var by []string
			for _, n := range p.bylines {
				if inScope != mdInside(n, scope) || leaves == mdHasBylineChild(n, p.bylines) || mdInChrome(n) {
					continue
				}
				if n.DataAtom == atom.Input || n.DataAtom == atom.Img || n.DataAtom == atom.Meta {
					continue
				}
				t := mdText(n, 400)
				if t == "" || len(t) > 250 {
					continue
				}
				by = append(by, t)
			}
			addSource(by, false)
		}
	}
	// Short elements that start with a label ("Autor: X", "Text: X",
	// "By X").
	var labelled []string
	for _, n := range p.labelled {
		if mdInChrome(n) {
			continue
		}
		t := mdText(n, 200)
		// A bare label in its own element ("<b>Von:</b> Jane Doe"): the
		// name follows it in the parent.
		if stripBylinePrefix(t) == "" && n.Parent != nil && n.Parent.Type == html.ElementNode {
			t = mdText(n.Parent, 200)
		}
		if len(t) < 150 {
			labelled = append(labelled, t)
		}
	}
	addSource(labelled, false)
	// A "By X" line near the headline.
	if headline != nil {
		if s := findByLine(mdFollowingText(headline, 500)); s != "" {
			addSource([]string{s}, false)
		}
	}
	// A meta line just before or after the headline that glues a date
	// and a name with separators ("04.02.2022 | 13:10 Uhr | Uta Helkenberg").
	if headline != nil {
		addSource(dateNameLines(headline), false)
	}
	// A comment the page marks as the post author's own names him.
	var own []string
	for _, n := range p.postAuthor {
		if t := mdCommentAuthor(n); t != "" {
			own = append(own, t)
		}
	}
	addSource(own, true)
	addSource(ld.OrgAuthors, true)

	names := siteNameForms(siteName, "")
	var chosen, fallback []string
	for _, src := range sources {
		var people []string
		for _, n := range src {
			if !isSiteName(n, names) && !orgLike(n) {
				people = append(people, n)
			}
		}
		if len(people) > 0 {
			chosen = people
			break
		}
		if fallback == nil && len(src) > 0 {
			fallback = src
		}
	}
	if chosen == nil {
		if fallback == nil && desk != "" {
			// No person and no organisation named: the page's own desk
			// credit is what it says about who wrote it.
			return []string{desk}
		}
		if fallback == nil {
			// "Hamburg (dpa/lno) – ...": the agency credit of the dateline.
			if a := datelineAgency(firstNonEmpty(p.meta("og:description"), p.meta("description"))); a != "" {
				return []string{a}
			}
			// A personal site: the person holding the copyright wrote it.
			if h := copyrightPerson(p.body); h != "" && !isSiteName(h, names) {
				return []string{h}
			}
			// A signature: the article's last right-aligned line is a name.
			if h := signatureName(p.body); h != "" && !isSiteName(h, names) {
				return []string{h}
			}
		}
		return fallback
	}
	// Complete one-word names from other sources ("Nils" → "Nils
	// Pickert", "janedoe" → "Jane Doe").
	for i, n := range chosen {
		if strings.ContainsRune(n, ' ') {
			continue
		}
		ln := strings.ToLower(n)
	search:
		for _, src := range sources {
			for _, m := range src {
				lm := strings.ToLower(m)
				if lm != ln && mdWordCount(m) <= 4 && (strings.HasPrefix(lm, ln+" ") || strings.HasSuffix(lm, " "+ln) ||
					normLoose(m) == normLoose(n)) {
					chosen[i] = m
					break search
				}
			}
		}
	}
	return chosen
}

// orgWords are words of organisation names, lower case.
var orgWords = map[string]bool{
	"e.v": true, "ev": true, "gmbh": true, "ag": true, "verlag": true, "magazin": true, "magazine": true,
	"zeitung": true, "news": true, "media": true, "medien": true, "redaktion": true, "institut": true,
	"institute": true, "university": true, "universität": true, "landesanstalt": true, "verband": true,
	"bund": true, "welle": true, "online": true, "press": true, "presse": true, "agency": true, "agentur": true,
	"group": true, "gruppe": true, "foundation": true, "stiftung": true, "inc": true, "ltd": true, "llc": true,
	"corp": true, "association": true, "society": true, "verein": true, "ministerium": true, "ministry": true,
	"department": true, "radio": true, "tv": true, "fernsehen": true, "network": true, "official": true,
	"newsroom": true, "editorial": true, "zeitschrift": true, "journal": true, "times": true, "post": true,
	"daily": true, "weekly": true, "tribune": true, "herald": true, "gazette": true, "nachrichten": true,
}

// orgLike reports whether a name is an organisation's rather than a
// person's: it holds an organisation word ("Verlag", "GmbH", "News") or a
// lower-case function word ("Bund der Energieverbraucher").
func orgLike(name string) bool {
	words := strings.Fields(name)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if orgWords[lw] {
			return true
		}
		if i > 0 && !mdFirstRuneUpper(w) && !nameParticles[lw] && len(words) > 2 {
			return true
		}
		if strings.Contains(lw, ".") && len(lw) > 4 && !strings.HasSuffix(lw, ".") {
			return true // a domain: "example.de"
		}
	}
	return false
}

// mdWrittenByLabel reports whether a twitter:label1 value introduces the
// author ("Written by", "Geschrieben von", "Écrit par"...).
func mdWrittenByLabel(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Contains(s, "written") || strings.Contains(s, "geschrieben") || strings.Contains(s, "écrit") ||
		strings.Contains(s, "verfasst") || s == "von" || s == "by" || s == "par" || s == "por" ||
		strings.Contains(s, "escrito") || strings.Contains(s, "scritto") || strings.Contains(s, "geschreven") ||
		strings.Contains(s, "author") || strings.Contains(s, "autor") || strings.Contains(s, "auteur")
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

// splitAuthors cleans one raw author value found in page text and splits
// it into names.
func splitAuthors(raw string) []string { return splitAuthorNames(raw, false) }

// splitAuthorNames cleans one raw author value and splits it into names.
// A trusted value (structured data, meta tags) may hold lower-case words
// ("Mobasir hassan"); text from the page may not, as it is often prose.
func splitAuthorNames(raw string, trusted bool) []string {
	s := mdCleanText(raw)
	if s == "" || len(s) > 400 {
		return nil
	}
	var out []string
	// Bylines glue names, dates and labels with strong separators:
	// "04.02.2022 | 13:10 Uhr | Uta Helkenberg".
	for _, seg := range mdSplitAny(s, nil, "|", "•", "·", " – ", " — ", " - ", "\n") {
		// "Photos by X. Story by Y" / "Posted on 3 March by Y": keep
		// what follows the last "by".
		if i := strings.LastIndex(strings.ToLower(seg), " by "); i >= 0 && i+4 < len(seg) {
			seg = seg[i+4:]
		}
		seg = cutAuthorTail(seg)
		seg = stripBylinePrefix(seg)
		for _, group := range mdSplitAny(seg, nameJoiners, ",", ";", " / ") {
			// "det/dpa": an author code and an agency form one credit.
			if c := strings.Trim(group, " .()"); agencyCredit(c) {
				out = append(out, c)
				continue
			}
			for _, part := range strings.Split(group, "/") {
				part = afterLabelPhrase(part)
				if n := cleanName(part, trusted); n != "" {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// afterLabelPhrase keeps the name after a label phrase such as
// "Pressemitteilung von Katja Kipping" or "Ein Interview mit X": a
// "von/by/par/de/di" followed by at least two capitalised words. A
// particle inside a name ("Christoph von Ritter", "Ursula von der Leyen")
// is followed by one capitalised word or by a lower-case particle, and is
// kept.
func afterLabelPhrase(s string) string {
	words := strings.Fields(s)
	for i := 1; i+2 < len(words)+1 && i < len(words)-1; i++ {
		switch strings.ToLower(words[i]) {
		case "von", "by", "par", "de", "di", "door", "mit", "with":
		default:
			continue
		}
		rest := words[i+1:]
		if len(rest) < 2 {
			return s
		}
		for _, w := range rest {
			if !mdFirstRuneUpper(w) {
				return s
			}
		}
		return strings.Join(rest, " ")
	}
	return s
}

// cutAuthorTail cuts a byline at the first digit, e-mail address or
// link, and at words that start a date or a time.
func cutAuthorTail(s string) string {
	// A number that starts a word starts a date or a time ("user42" is a
	// name).
	prevLetter := false
	for i, r := range s {
		if unicode.IsDigit(r) && !prevLetter {
			s = s[:i]
			break
		}
		prevLetter = unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	low := strings.ToLower(s)
	// "X on", "X am 3. März": a date connector whose date was cut off
	// above, or that a month or weekday name follows.
	for _, w := range [...]string{" on ", " am ", " le ", " il ", " el ", " den ", " du "} {
		if i := strings.Index(low+" ", w); i > 0 {
			rest := strings.Fields(low[min(i+len(w), len(low)):])
			if len(rest) == 0 || monthNames[strings.Trim(rest[0], ".,")] != 0 || weekdayNames[strings.Trim(rest[0], ".,")] {
				s, low = s[:i], low[:i]
			}
		}
	}
	if i := strings.IndexAny(s, "(["); i > 0 {
		s, low = s[:i], low[:i] // "X (Pressesprecher)", "X [Gast]"
	}
	for _, w := range [...]string{" updated", " published", " posted",
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
				// Nouns ("Text", "Redaktion") are labels only with a colon.
				if next == ':' || ((next == ' ' || next == '\u00a0') && !labelNouns[p]) ||
					(labelNouns[p] && strings.HasPrefix(strings.TrimLeft(s[len(p):], " "), ":")) {
					s = s[len(p):]
					again = true
					break
				}
			}
		}
	}
	return strings.TrimSpace(s)
}

// mdIsBylinePrefix reports whether w is one of the byline prefixes.
func mdIsBylinePrefix(w string) bool {
	for _, p := range bylinePrefixes {
		if p == w {
			return true
		}
	}
	return false
}

// cleanName trims one name candidate and rejects what is not a name.
func cleanName(s string, trusted bool) string {
	s = strings.TrimSpace(s)
	s = strings.Trim(s, " ,:;|-–—•·()[]\"'“”‘’«»*")
	dot := strings.HasSuffix(s, ".")
	s = strings.Trim(s, " .")
	s = stripBylinePrefix(s)
	if s == "" || len(s) > 80 {
		return ""
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return ""
	}
	if len(words) == 1 {
		lw := strings.ToLower(strings.Trim(words[0], "."))
		// A byline label, a month left over from a cut date, or an initial
		// alone is not a name.
		if mdIsBylinePrefix(lw) || monthNames[lw] != 0 || weekdayNames[lw] || len([]rune(lw)) < 2 {
			return ""
		}
	}
	// "Jane Doe Wednesday", "I December": a date word left over from a
	// cut date ends no name.
	for len(words) > 1 {
		lw := strings.ToLower(strings.Trim(words[len(words)-1], ".,"))
		if monthNames[lw] == 0 && !weekdayNames[lw] {
			break
		}
		words = words[:len(words)-1]
	}
	if len(words) == 1 && len([]rune(strings.Trim(words[0], "."))) < 2 {
		return ""
	}
	// A job title alone ("Staff Writer", "Redaktion") names nobody; a
	// desk or a pen name with such a word ("Business Punk Redaktion") is
	// kept as written.
	roles := 0
	upper, lower := 0, 0
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,:"))
		if uiWords[lw] {
			return ""
		}
		if roleWords[lw] {
			roles++
		}
		if mdFirstRuneUpper(w) {
			upper++
		} else if !nameParticles[strings.ToLower(w)] {
			lower++
		}
		for _, r := range w {
			if !(unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == '.' || r == '-' || r == '\'' || r == '’' || r == '_') {
				return ""
			}
		}
	}
	// Names are capitalised (particles aside); a lone lower-case word is a
	// user name, lower-case words among others are prose.
	if roles == len(words) || (len(words) > 1 && lower > 0 && !trusted) {
		return ""
	}
	if upper == 0 && len(words) > 1 {
		return ""
	}
	name := strings.Join(words, " ")
	if dot && len([]rune(words[len(words)-1])) == 1 {
		name += "." // an initial: "Juan Carlos Muñoz C."
	}
	return name
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

// deskWords name an editorial desk rather than a person.
var deskWords = map[string]bool{
	"redaktion": true, "staff": true, "writer": true, "writers": true, "reporter": true, "reporters": true,
	"editor": true, "editors": true, "editorial": true, "newsroom": true, "desk": true, "team": true,
	"rédaction": true, "redacción": true, "redazione": true, "redação": true, "redactie": true, "редакция": true,
	"correspondent": true, "online-redaktion": true, "onlineredaktion": true, "report": true, "reports": true,
	"news": true, "service": true, "and": true, "&": true, "die": true, "the": true,
}

// deskCredit returns a raw byline that names only a desk ("Von Redaktion",
// "By Staff Writer") cleaned of its label, or "".
func deskCredit(raw string) string {
	s := stripBylinePrefix(cutAuthorTail(mdCleanText(raw)))
	s = strings.Trim(s, " ,.:;|-–—•·")
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	hasDesk := false
	for _, w := range words {
		lw := strings.ToLower(w)
		if !deskWords[lw] {
			return ""
		}
		hasDesk = hasDesk || (lw != "and" && lw != "&" && lw != "die" && lw != "the" && lw != "news" && lw != "service")
	}
	if !hasDesk {
		return ""
	}
	return strings.Join(words, " ")
}

// agencyCredit reports whether s is an author code glued to an agency
// ("det/dpa", "dpa/lno", "AFP/Reuters" is not: one side must be a short
// code in one case).
func agencyCredit(s string) bool {
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	code := false
	for _, p := range parts {
		if n := len([]rune(p)); n < 2 || n > 5 || strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
		code = code || agencyCode(p)
	}
	return code
}

// agencyCode reports whether s is a short code of letters in one case:
// "dpa", "AFP", "lno".
func agencyCode(s string) bool {
	n := 0
	lower, upper := true, true
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
		lower = lower && unicode.IsLower(r)
		upper = upper && unicode.IsUpper(r)
	}
	return n >= 2 && n <= 5 && (lower || upper)
}

// datelineAgency returns the agency credit of a dateline that opens text
// ("Hamburg (dpa/lno) – ...", "WASHINGTON (AP) —"), or "".
func datelineAgency(text string) string {
	open := strings.IndexByte(text, '(')
	if open < 2 || open > 40 {
		return ""
	}
	end := strings.IndexByte(text[open:], ')')
	if end < 0 {
		return ""
	}
	in := text[open+1 : open+end]
	rest := strings.TrimLeft(text[open+end+1:], " \u00a0")
	if !(strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ":")) {
		return ""
	}
	// The place before it is one or two capitalised words.
	place := strings.Fields(text[:open])
	if len(place) == 0 || len(place) > 2 || !mdFirstRuneUpper(place[0]) {
		return ""
	}
	if agencyCredit(in) || agencyCode(in) {
		return in // "dpa/lno", "AP", "dpa"
	}
	return ""
}

// mdCommentAuthor returns the name of a comment's author: the text of an
// element with the "fn" class, or of a "comment-author" element without
// its "says".
func mdCommentAuthor(n *html.Node) string {
	var found *html.Node
	var walk func(*html.Node, int)
	walk = func(c *html.Node, depth int) {
		if found != nil || depth > 8 {
			return
		}
		for k := c.FirstChild; k != nil && found == nil; k = k.NextSibling {
			if k.Type != html.ElementNode {
				continue
			}
			if cls := strings.ToLower(mdAttr(k, "class")); mdHasToken(cls, "fn") || mdHasToken(cls, "comment-author-name") {
				found = k
				return
			}
			walk(k, depth+1)
		}
	}
	walk(n, 0)
	if found == nil {
		return ""
	}
	if t := mdText(found, 120); len(t) < 80 {
		return t
	}
	return ""
}

// mdItemscopeType returns the itemtype of the nearest item enclosing n
// (not n's own), or "".
func mdItemscopeType(n *html.Node) string {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && mdHasAttr(a, "itemscope") {
			return mdAttr(a, "itemtype")
		}
	}
	return ""
}

// mdArticleItem reports whether a microdata itemtype is an article.
func mdArticleItem(t string) bool {
	t = strings.ToLower(t)
	return strings.Contains(t, "article") || strings.Contains(t, "posting") || strings.Contains(t, "report")
}

// copyrightPerson returns the holder of the page's last copyright line
// ("© 2021 Jane Doe", "(c) Johannes Wolf • Impressum") when the holder is
// a person: two or three capitalised words that are no organisation. A ©
// that credits a photo (in a figure, or in a box about images) is not the
// page's.
func copyrightPerson(body *html.Node) string {
	if body == nil {
		return ""
	}
	var lines []string
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 256 {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if i := copyrightMark(c.Data); i >= 0 && len(lines) < 16 && copyrightLine(c) {
					lines = append(lines, c.Data[i:])
				}
			case html.ElementNode:
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Figure, atom.Figcaption:
					continue
				}
				walk(c, depth+1)
			}
		}
	}
	walk(body, 0)
	// The page's own line is the last one that names a person.
	for i := len(lines) - 1; i >= 0; i-- {
		if h := copyrightHolder(lines[i]); h != "" {
			return h
		}
	}
	return ""
}

// copyrightHolder returns the person named by the text after a copyright
// mark ("2019 Sven Schreivogel", " Johannes Wolf • Impressum"), or "".
// "Copyright: X" is a photo credit, not the page's.
func copyrightHolder(line string) string {
	if strings.HasPrefix(strings.TrimSpace(line), ":") {
		return ""
	}
	// Years, "by", then the holder up to the first separator.
	s := strings.TrimLeft(line, " 0123456789-–,.\u00a0")
	s = stripBylinePrefix(s)
	if i := strings.IndexAny(s, "•|·,;:()/"); i >= 0 {
		s = s[:i]
	}
	for _, sep := range [...]string{" - ", " – ", " — ", ". "} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "."))
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 3 || orgLike(s) {
		return ""
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		if !mdFirstRuneUpper(w) || roleWords[lw] || uiWords[lw] || orgWords[lw] || deskWords[lw] || lw == "all" ||
			lw == "alle" || orgNameWord(lw) {
			return ""
		}
	}
	return cleanName(s, false)
}

// orgNameWord reports whether a lower-case word marks an organisation's
// name by its ending ("Handballbund", "KulturKaufhaus", "Malay Mail") or
// as a national adjective ("Deutscher", "European").
func orgNameWord(w string) bool {
	for _, suf := range [...]string{"forum", "haus", "bund", "mail", "club", "klub", "shop", "store", "markt", "werk",
		"zentrum", "center", "centre", "schule", "school", "verein", "kirche", "church", "hotel", "bank", "partei",
		"party", "büro", "office", "amt", "council", "akademie", "academy", "museum", "theater", "theatre"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	for _, pre := range [...]string{"deutsch", "schweiz", "österreich", "europ", "internation", "national", "americ",
		"british", "franz", "frenc", "spanis", "spanien", "ital", "bayer", "berlin"} {
		if strings.HasPrefix(w, pre) {
			return true
		}
	}
	return false
}

// copyrightLine reports whether text node t opens a line of its own (the
// first text of its element, which is short) outside boxes about images.
func copyrightLine(t *html.Node) bool {
	el := t.Parent
	if el == nil || el.Type != html.ElementNode {
		return false
	}
	for c := el.FirstChild; c != t; c = c.NextSibling {
		if c.Type != html.TextNode || strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	if len(mdText(el, 200)) > 150 {
		return false
	}
	a := el
	for i := 0; i < 4 && a != nil && a.Type == html.ElementNode && a.DataAtom != atom.Body; i, a = i+1, a.Parent {
		hint := mdLowerASCII(mdAttr(a, "class") + " " + mdAttr(a, "id"))
		for _, w := range [...]string{"caption", "credit", "image", "img", "photo", "bild", "foto", "media", "gallery",
			"slide", "hero", "figure", "picture", "video"} {
			if strings.Contains(hint, w) {
				return false
			}
		}
	}
	return true
}

// copyrightMark returns the index just after a copyright mark in s ("©",
// "(c)", "Copyright"), or -1.
func copyrightMark(s string) int {
	if i := strings.Index(s, "©"); i >= 0 {
		return i + len("©")
	}
	if i := strings.Index(s, "(c)"); i >= 0 {
		return i + 3
	}
	if i := strings.Index(s, "(C)"); i >= 0 {
		return i + 3
	}
	if i := strings.Index(s, "Copyright"); i >= 0 {
		return i + len("Copyright")
	}
	return -1
}

// dateNameLines returns the names of the short elements next to the
// headline whose text is segments joined by "|", "•" or "·", one of them a
// date: "04.02.2022 | 13:10 Uhr | Uta Helkenberg". Only names of two or
// three words count (a one-word segment is a place or a section), and
// none with an "updated" word or an organisation's word.
func dateNameLines(headline *html.Node) []string {
	var out []string
	for _, sib := range [2]*html.Node{mdElemSibling(headline, false), mdElemSibling(headline, true)} {
		if sib == nil {
			continue
		}
		t := mdText(sib, 200)
		if len(t) > 120 || !strings.ContainsAny(t, "|•·") {
			continue
		}
		segs := mdSplitAny(t, nil, "|", "•", "·")
		dated := false
		for _, seg := range segs {
			seg = strings.TrimSpace(seg)
			if seg != "" && seg[0] >= '0' && seg[0] <= '9' {
				dated = true
			}
		}
		if !dated {
			continue
		}
		for _, seg := range segs {
		names:
			for _, n := range splitAuthorNames(seg, false) {
				words := strings.Fields(n)
				if len(words) < 2 || len(words) > 3 {
					continue
				}
				// "Son Güncelleme" (last updated), "Handball Schweiz".
				for _, w := range words {
					if lw := strings.ToLower(w); updateWords[lw] || orgNameWord(lw) {
						continue names
					}
				}
				out = append(out, n)
			}
		}
	}
	return out
}

// mdElemSibling returns n's previous (next=false) or next element sibling.
func mdElemSibling(n *html.Node, next bool) *html.Node {
	for {
		if next {
			n = n.NextSibling
		} else {
			n = n.PrevSibling
		}
		if n == nil || n.Type == html.ElementNode {
			return n
		}
	}
}

// signatureName returns the name in the page's last right-aligned
// paragraph when it holds only a person's name (two or three capitalised
// words): the signature older pages put under an article.
func signatureName(body *html.Node) string {
	if body == nil {
		return ""
	}
	var last *html.Node
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 256 {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Figure, atom.Nav, atom.Footer, atom.Aside:
				continue
			case atom.P, atom.Div:
				align := strings.ToLower(mdAttr(c, "align") + " " + strings.ReplaceAll(mdAttr(c, "style"), " ", ""))
				if strings.Contains(align, "right") && (strings.HasPrefix(align, "right") || strings.Contains(align, "text-align:right")) {
					last = c
					continue
				}
			}
			walk(c, depth+1)
		}
	}
	walk(body, 0)
	if last == nil {
		return ""
	}
	t := mdText(last, 100)
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 3 || orgLike(t) {
		return ""
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		if !mdFirstRuneUpper(w) || roleWords[lw] || uiWords[lw] || deskWords[lw] || orgNameWord(lw) || monthNames[lw] != 0 {
			return ""
		}
	}
	return cleanName(t, false)
}
