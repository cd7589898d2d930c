package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file is the vocabulary of page templates: the words CMS themes put
// in class and id attributes. Words are whole tokens of class and id
// values (see classTokens), so "ad" matches "td-ad-spot" but not "header".
// It is markup, not language: the words people read are in package
// lexicon.

// set builds a word set.
func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// chromeWords mark page furniture: inside the chosen content such an
// element is dropped, and as a candidate it is penalised. ("licence",
// "license": a publisher's reprint-rights box; "advertising",
// "affiliate", "ecommerce": a shop's product tiles and disclosures. Each
// right on one to three tune pages; general because no story's text is
// named for its licence, its adverts or its shop. "boletin": the
// newsletter box of Spanish-language papers, as "newsletter", but weak:
// Latin American governments and agencies call a press release a
// "boletín" and may name its text so. "reacties", "reactie",
// "komentarze", "komentarz", "kommentar", "kommentarer", "commenti": the
// comment box in Dutch, Polish, German and Scandinavian, and Italian, as
// "comments", "kommentare" and "comentarios" are; no story's text is
// named for its readers' comments. "cta": a call to action (the
// magazine's subscription or donation box with its cover picture, "<div
// class=cta><figure>…</figure><p id=cta-caption>Aktuelle Ausgabe</p>"),
// as "promo" and "donate" are; round 27, fields28: right on one tune
// page's false caption, and aeb check precision rose (0.976 → 0.977)
// with nothing falling; no story's text is named for a call to action.
// "ticker" is not one: German live
// pages name their entries so ("ticker__entry"), and a news-ticker bar
// is links, dropped as such.)
var chromeWords = set(
	"nav", "navbar", "navigation", "menu", "footer", "sidebar", "related", "relatedposts", "share", "sharing",
	"sharedaddy", "social", "comment", "comments", "disqus", "newsletter", "subscribe", "subscription", "signup",
	"cookie", "cookies", "consent", "gdpr", "ad", "ads", "adv", "advert", "advertisement", "adspot", "adsbygoogle",
	"dfp", "promo", "promotion", "sponsored", "sponsor", "breadcrumb", "breadcrumbs", "rating", "ratings", "rmp",
	"tags", "taglist", "widget", "widgets", "popup", "modal", "banner", "recommend", "recommended",
	"recommendations", "outbrain", "taboola", "toolbar", "tools", "pagination", "pager", "byline", "author", "bio",
	"meta", "masthead", "header", "trending", "popular", "latest", "mostread", "readmore", "caption", "credit",
	"print", "login", "skip", "sr", "screenreader", "visuallyhidden", "overlay", "dateline", "timestamp",
	"rodape", "cabecalho", "fusszeile", "kopfzeile", "publicidade", "publicidad", "werbung", "anzeige", "reklame",
	"comentarios", "kommentare", "commentaires", "relacionadas", "relacionados", "compartilhar", "compartir",
	"teilen", "partager", "paywall", "combx", "shoutbox", "skyscraper", "shopping", "teaser", "teasers",
	"donate", "donation", "donations", "licence", "license", "licensing", "advertising", "affiliate",
	"affiliatelinks", "ecommerce", "postings", "boletin", "boletines", "reacties", "reactie", "komentarze", "komentarz",
	"kommentar", "kommentarer", "commenti", "cta",
)

// weakChromeWords are chrome words that page builders also use for
// generic wrappers ("elementor-widget-container", "entry-header"): an
// element named so is kept when it holds most of the content.
var weakChromeWords = set(
	"widget", "widgets", "meta", "header", "tools", "banner", "caption", "credit", "modal", "overlay", "teaser",
	"teasers", "popular", "latest", "trending", "print", "skip", "author", "paywall", "sidebar", "bio", "byline",
	"rating", "ratings", "dateline", "timestamp", "boletin", "boletines",
)

// contentWords mark the article text container.
var contentWords = set("article", "articlebody", "body", "content", "entry", "hentry", "main", "post", "text", "blog",
	"story", "prose", "richtext")

// neverContentWords name blocks that are never the article, whatever they
// hold: comment threads, related links, navigation, consent boxes.
var neverContentWords = set(
	"comment", "comments", "disqus", "related", "relatedposts", "newsletter", "cookie", "cookies", "consent",
	"breadcrumb", "breadcrumbs", "recommended", "recommendations", "outbrain", "taboola", "nav", "navigation",
	"navbar", "menu", "footer", "rodape", "fusszeile", "comentarios", "kommentare", "commentaires", "relacionadas",
	"relacionados", "reacties", "reactie", "komentarze", "komentarz", "kommentar", "kommentarer", "commenti",
)

// recipeWords mark the parts of a recipe (its card, ingredients, steps):
// the text of a recipe page, whatever furniture words the card's classes
// carry too ("wprm-recipe-meta-container", "recipe-print").
var recipeWords = set("recipe", "recipes", "ingredient", "ingredients", "instructions", "directions", "zutaten",
	"zubereitung", "ingredientes", "preparacion", "ingredienti", "preparazione", "ingredients-list")

// recipeChromeWords name the parts of a recipe card that are furniture
// all the same: its star rating and vote count ("wprm-recipe-rating",
// "tasty-recipes-rating"), which every recipe plugin prints in the card.
// Only a short element: the card itself may say it has ratings
// ("wprm-recipe-has-ratings", "tasty-recipes-ratings-enabled").
var recipeChromeWords = set("rating", "ratings")

// keyPointWords mark a key-point list by its class or id. "abstract"
// (a business wire's "<ul class=abstract__list>" of points under the
// headline) decides no development page; general because only a list
// (ul/ol, or one in a box) so named is read, and an abstract written as
// a list is the story's points.
var keyPointWords = set("highlights", "takeaways", "keypoints", "summary", "tldr", "abstract")

// leadWords name a lead that belongs to the text; dekWords a dek (a
// subtitle) that belongs to the headline.
var (
	leadWords = set("lead", "lede", "intro", "teaser", "excerpt", "standfirst", "summary", "abstract", "chapo", "sapo",
		"vorspann", "leadtext", "introduction", "perex")
	dekWords = set("dek", "deck", "subtitle", "subheadline", "subhead", "subline", "strapline", "kicker", "tagline")
	// standfirstWords name either: for the summary, both are the standfirst.
	standfirstWords = set("standfirst", "dek", "deck", "subtitle", "subheadline", "subhead", "excerpt", "lede",
		"intro", "strapline", "summary", "description", "teaser", "abstract", "lead", "sapo", "chapo", "perex")
)

// leadListWords name a standfirst that may be written as a list of the
// story's points ("entradilla", Spanish; "sommario", Italian).
var leadListWords = set("lead", "lede", "standfirst", "chapo", "sapo", "vorspann", "entradilla", "sumario",
	"sommario", "intro", "dek", "deck", "subtitle")

// kickerClasses name a kicker (the small label above a headline) or text
// hidden for screen readers, as substrings of a class.
var kickerClasses = []string{"kicker", "roofline", "overline", "dachzeile", "topline", "supertitle", "eyebrow",
	"visually-hidden", "sr-only", "screen-reader", "visuallyhidden", "subtitle", "overhead", "spitzmarke"}

// hasAny reports whether any token is in the set.
func hasAny(tokens []string, set map[string]bool) bool {
	for _, w := range tokens {
		if set[w] {
			return true
		}
	}
	return false
}

// onlyWeakChrome reports whether every chrome token of tokens is weak.
func onlyWeakChrome(tokens []string) bool {
	for _, w := range tokens {
		if chromeWords[w] && !weakChromeWords[w] {
			return false
		}
	}
	return true
}

// classWeight is the readability-style weight of a class token list.
func classWeight(tokens []string) float64 {
	w := 0.0
	if hasAny(tokens, contentWords) {
		w += 25
	}
	if hasAny(tokens, chromeWords) {
		w -= 25
	}
	return w
}

// leadKind classifies class/id tokens: 1 for a lead that belongs to the
// text, 2 for a dek that belongs to the headline, 0 for neither.
func leadKind(tokens []string) int {
	lead, title := false, false
	for i, w := range tokens {
		switch {
		case leadWords[w]:
			lead = true
		case w == "title" || w == "hed" || w == "headline":
			title = true
		case dekWords[w]:
			return 2
		case w == "sub" && i+1 < len(tokens):
			switch tokens[i+1] {
			case "title", "headline", "heading", "line":
				return 2
			}
		}
	}
	switch {
	case lead && title:
		return 2 // "post__title__excerpt": part of the title block
	case lead:
		return 1
	}
	return 0
}

// bylineHint reports whether a lower-cased class+id string names an
// author or byline element. Boxes about the author (bios, avatars, other
// posts) are not bylines.
func bylineHint(s string) bool { return bylineWords.in(s) && !notBylineWords.in(s) }

var (
	bylineWords = newSubstrs("author", "byline", "by-line", "writer", "contributor", "autor", "auteur", "creator",
		"journalist", "reporter", "posted-by", "postedby", "verfasser", "firma", "submitted")
	notBylineWords = newSubstrs("avatar", "author-bio", "authorbio", "author-box", "authorbox", "author-description",
		"author-image", "author-img", "author-photo", "author-pic", "about-author", "author-info-box", "comment",
		"author-social", "writers-list", "author-list-item", "authors-list", "share", "widget",
		// Plone's "documentByLine category" is the "filed under" list;
		// a quote's author ("quote-author", "zitat-author") said it.
		"categor", "tags", "quote", "zitat",
		// "firma" inside "confirm": a cookie banner's "cookie-confirmation"
		"confirm",
		// the writer's job title beside the name ("author__role",
		// "ArticleByline__role", "art-role"): no name in it
		"_role", "-role",
		// the photographer's span in a caption ("photo-author",
		// "foto-autor", "autor-foto"; BEM's element of a photo block,
		// "photo__author", "foto__autor")
		"photo-author", "photoauthor", "foto-autor", "fotoautor", "autor-foto", "image-author",
		"photo__author", "photo_author", "foto__autor", "foto_autor", "image__author")
)

// authorBoxHint reports whether a lower-cased class+id string names a box
// about the article's author: a bio, a profile card.
func authorBoxHint(s string) bool {
	return containsAnyOf(s, authorBoxNames...) && containsAnyOf(s, authorBoxKinds...)
}

var (
	authorBoxNames = []string{"author", "autor", "auteur"}
	authorBoxKinds = []string{"box", "bio", "about", "info", "card", "profile", "details", "description", "vcard"}
)

// updateStems are the word stems class names use for an update or a
// modification: English, and the languages whose CMS templates name
// their classes in their own words ("fecha-actualizacion",
// "aktualisiert", "data-aggiornamento", "bijgewerkt", "date-maj" is too
// short to tell from "major" and left out).
var updateStems = newSubstrs("update", "modif", "lastmod", "revised", "actualiz", "aktualisier", "aktualiz", "aggiorn",
	"atualiz", "bijgewerkt", "mise-a-jour", "misajour", "guncelle", "paivit", "oppdater", "opdater", "uppdater")

// updateHint reports whether a lower-cased class+id string names an
// update or modification date.
func updateHint(s string) bool { return updateStems.in(s) }

// updateOnly reports whether n's class or id names an update and not a
// publication ("fecha-actualizacion", not "published updated"), or its
// microdata property is schema.org's dateModified alone (a hidden
// "<time itemprop=dateModified>" printed before the shown date).
func updateOnly(n *html.Node) bool {
	h := classHint(n)
	if h != "" && updateHint(h) && !strings.Contains(h, "publish") {
		return true
	}
	// (Not a <meta>: it shows nothing, and a box's shown date beside it
	// is still the publication's.)
	p := strings.ToLower(attr(n, "itemprop"))
	return p != "" && n.DataAtom != atom.Meta && hasToken(p, "datemodified") && !hasToken(p, "datepublished")
}

// hAtomUpdated reports whether the only update word of n's class and id
// is the bare class "updated": hAtom's mark for an entry's date, which
// WordPress themes put on the one date they show, the publication's
// (<span class="entry-meta-date updated">March 5, 2024</span>), and not
// only on a modification date as "last-updated" or "date-modified" is.
func hAtomUpdated(n *html.Node) bool {
	if updateHint(lowerASCII(attr(n, "id"))) {
		return false
	}
	bare := false
	for tok := range strings.FieldsSeq(attr(n, "class")) {
		if tok = lowerASCII(tok); tok == "updated" {
			bare = true
		} else if updateHint(tok) {
			return false
		}
	}
	return bare
}

// dateHint reports whether a lower-cased class+id string names an element
// that may hold the publication date.
func dateHint(s string) bool {
	if updateHint(s) && !strings.Contains(s, "publish") {
		return false
	}
	return dateWords.in(s)
}

var dateWords = newSubstrs("date", "time", "publish", "posted", "datum", "fecha", "data", "meta", "byline", "dateline", "info")

// containsAnyOf reports whether s contains one of the substrings.
func containsAnyOf(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// substrs is a fixed set of substrings looked for in class and id
// strings, every element's: one pass over s, each byte looked up in a
// table of the substrings that start with it, in place of a search of s
// for each substring (containsAnyOf).
type substrs struct {
	list    []string // the substrings, as given
	byFirst [256][]string
	// pairs marks the first two bytes of the substrings, a bit for each
	// pair (a substring of one byte marks every pair it starts): most
	// letters of a class name start no substring's first two bytes.
	pairs [256][4]uint64
}

func newSubstrs(subs ...string) *substrs {
	s := &substrs{list: subs}
	for _, sub := range subs {
		s.byFirst[sub[0]] = append(s.byFirst[sub[0]], sub)
		if len(sub) == 1 {
			s.pairs[sub[0]] = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		} else {
			s.pairs[sub[0]][sub[1]>>6] |= 1 << (sub[1] & 63)
		}
	}
	return s
}

// prefixOf reports whether s starts with one of the substrings.
func (ss *substrs) prefixOf(s string) bool {
	if s == "" {
		return false
	}
	for _, sub := range ss.byFirst[s[0]] {
		if strings.HasPrefix(s, sub) {
			return true
		}
	}
	return false
}

// in reports whether s contains one of the substrings.
func (ss *substrs) in(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if c := s[i+1]; ss.pairs[s[i]][c>>6]&(1<<(c&63)) == 0 {
			continue
		}
		for _, sub := range ss.byFirst[s[i]] {
			if strings.HasPrefix(s[i:], sub) {
				return true
			}
		}
	}
	if s != "" { // the last byte, a substring of one byte's only
		for _, sub := range ss.byFirst[s[len(s)-1]] {
			if len(sub) == 1 {
				return true
			}
		}
	}
	return false
}

// otherItemsClass reports whether a class list names a block about other
// items: related articles, recommendations, comments.
func otherItemsClass(list string) bool {
	for tok := range strings.FieldsSeq(strings.ToLower(list)) { // no slice to allocate: called for every ancestor
		if otherItemsToken(tok) {
			return true
		}
	}
	return false
}

// otherItemsToken reports whether one lower-case class token names a
// block about other items (otherItemsClass; chromeClass's too).
func otherItemsToken(tok string) bool {
	switch {
	case strings.HasPrefix(tok, "related"), strings.HasPrefix(tok, "recommend"), strings.HasPrefix(tok, "teaser"),
		strings.HasPrefix(tok, "more-from"), strings.HasPrefix(tok, "read-more"), tok == "comments", tok == "comment",
		tok == "commentlist", tok == "comment-list", tok == "comments-area", tok == "comment-body", tok == "comment-content":
		return true
	}
	return commentToken(tok) || relatedToken(tok)
}

// chromeClass reports whether a class or id list names a chrome block, for
// the metadata side (where an author or a date found inside it is not the
// article's).
func chromeClass(list string) bool {
	for tok := range strings.FieldsSeq(strings.ToLower(list)) { // no slice to allocate: called for every ancestor
		switch {
		case otherItemsToken(tok), strings.HasPrefix(tok, "sidebar"), strings.HasPrefix(tok, "popular"), strings.HasPrefix(tok, "trending"),
			strings.HasPrefix(tok, "widget"), tok == "footer", tok == "site-footer", tok == "page-footer",
			tok == "navigation", tok == "menu", tok == "breadcrumb", tok == "breadcrumbs":
			return true
		}
	}
	return false
}

// relatedToken reports whether a class token names a block of related
// items under a plugin's or extension's own prefix: one of its dash or
// underscore parts starts with "related" ("jp-relatedposts", Jetpack's
// related posts on WordPress; "news-related-wrap", TYPO3's news
// extension; "yarpp-related"), not "unrelated". Not a WordPress term
// class, whose slug is the editors' word ("category-work-related",
// "tag-climate-related": post_class prints them on the post's own
// <article>), nor a modifier saying a block has or shows a related list
// ("story--has-related-links", "layout-with-related").
func relatedToken(tok string) bool {
	if strings.HasPrefix(tok, "category-") || strings.HasPrefix(tok, "tag-") {
		return false
	}
	for from := 0; ; {
		i := strings.Index(tok[from:], "related")
		if i < 0 {
			return false
		}
		i += from
		if i > 0 && (tok[i-1] == '-' || tok[i-1] == '_') {
			return !relatedModifier(tok[:i-1])
		}
		from = i + 1
	}
}

// relatedModifier reports whether the part of a class token before
// "related" ends in a word that makes it a modifier: "has", "with",
// "no", "show", "hide".
func relatedModifier(head string) bool {
	j := strings.LastIndexAny(head, "-_")
	switch head[j+1:] {
	case "has", "with", "without", "no", "show", "hide":
		return true
	}
	return false
}

// commentToken reports whether a class token names a comment container in
// a site's own naming ("kb-recipe-comment-box", "user_comments_list"):
// "comment(s)" is one of its dash or underscore parts, and no part says it
// is a count, link or button about the comments.
func commentToken(tok string) bool {
	if !strings.Contains(tok, "comment") {
		return false
	}
	is := false
	for _, part := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' }) {
		switch part {
		case "comment", "comments":
			is = true
		case "count", "counter", "link", "links", "number", "num", "icon", "btn", "button", "bubble", "toggle", "open", "show":
			return false
		}
	}
	return is
}
