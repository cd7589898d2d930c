package extract

import "strings"

// The class/id vocabulary. Words are whole tokens of class and id values
// (see classTokens), so "ad" matches "td-ad-spot" but not "header".

// chromeWords mark page furniture: inside the chosen content such an
// element is dropped, and as a candidate it is penalised.
var chromeWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "footer": true, "sidebar": true,
	"related": true, "relatedposts": true, "share": true, "sharing": true, "sharedaddy": true, "social": true,
	"comment": true, "comments": true, "disqus": true, "newsletter": true, "subscribe": true,
	"subscription": true, "signup": true, "cookie": true, "cookies": true, "consent": true, "gdpr": true,
	"ad": true, "ads": true, "adv": true, "advert": true, "advertisement": true, "adspot": true,
	"adsbygoogle": true, "dfp": true, "promo": true, "promotion": true, "sponsored": true, "sponsor": true,
	"breadcrumb": true, "breadcrumbs": true, "rating": true, "ratings": true, "rmp": true,
	"tags": true, "taglist": true, "widget": true, "widgets": true, "popup": true, "modal": true,
	"banner": true, "recommend": true, "recommended": true, "recommendations": true, "outbrain": true,
	"taboola": true, "toolbar": true, "tools": true, "pagination": true, "pager": true, "byline": true,
	"author": true, "bio": true, "meta": true, "masthead": true, "header": true, "trending": true,
	"popular": true, "latest": true, "mostread": true, "readmore": true, "caption": true, "credit": true,
	"print": true, "login": true, "skip": true, "sr": true, "screenreader": true, "visuallyhidden": true,
	"overlay": true, "ticker": true, "dateline": true, "timestamp": true, "hidden": false,
	"rodape": true, "cabecalho": true, "fusszeile": true, "kopfzeile": true, "publicidade": true,
	"publicidad": true, "werbung": true, "anzeige": true, "reklame": true, "comentarios": true,
	"kommentare": true, "commentaires": true, "relacionadas": true, "relacionados": true,
	"compartilhar": true, "compartir": true, "teilen": true, "partager": true,
	"paywall": true, "combx": true, "shoutbox": true, "skyscraper": true, "shopping": true, "teaser": true, "teasers": true,
}

// weakChromeWords are chrome words that page builders also use for
// generic wrappers ("elementor-widget-container", "entry-header"): an
// element named so is kept when it holds most of the content.
var weakChromeWords = map[string]bool{
	"widget": true, "widgets": true, "meta": true, "header": true, "tools": true, "banner": true,
	"caption": true, "credit": true, "modal": true, "overlay": true, "teaser": true, "teasers": true,
	"popular": true, "latest": true, "trending": true, "print": true, "skip": true, "author": true,
	"paywall": true, "sidebar": true, "bio": true, "byline": true, "rating": true, "ratings": true, "dateline": true, "timestamp": true,
}

// onlyWeakChrome reports whether every chrome token of words is weak.
func onlyWeakChrome(words []string) bool {
	for _, w := range words {
		if chromeWords[w] && !weakChromeWords[w] {
			return false
		}
	}
	return true
}

// contentWords mark the article text container.
var contentWords = map[string]bool{
	"article": true, "articlebody": true, "body": true, "content": true, "entry": true, "hentry": true,
	"main": true, "post": true, "text": true, "blog": true, "story": true, "prose": true, "richtext": true,
}

// keyPointLabels are the headings of key-point lists (bullets), lower
// case, without the trailing colon.
var keyPointLabels = map[string]bool{
	"quick look": true, "key points": true, "key point": true, "key takeaways": true, "takeaways": true,
	"the takeaway": true, "what we know": true, "what you need to know": true, "what to know": true,
	"highlights": true, "story highlights": true, "at a glance": true, "in brief": true, "in short": true,
	"summary": true, "tl;dr": true, "tldr": true, "key facts": true, "fast facts": true, "main points": true,
	"the big picture": true, "need to know": true, "the essentials": true, "in a nutshell": true,
	"key findings": true, "key developments": true, "the latest": false,
}

// keyPointWords mark a key-point list by its class or id.
var keyPointWords = map[string]bool{
	"highlights": true, "takeaways": true, "keypoints": true, "summary": true, "tldr": true,
}

// boilerLines are whole paragraphs that are page furniture, compared in
// lower case after trimming dashes, colons and spaces.
var boilerLines = map[string]bool{
	"advertisement": true, "ad": true, "ads": true, "sponsored": true, "sponsored content": true,
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"share on facebook": true, "share on twitter": true, "tweet": true, "print": true, "email": true,
	"comments": true, "related": true, "related articles": true, "related stories": true,
	"related posts": true, "read more": true, "recommended": true, "more on this": true,
	"continue reading": true, "story continues below": true, "story continues below advertisement": true,
	"article continues below": true, "article continues below advertisement": true,
	"scroll to continue with content": true, "skip advertisement": true, "advertisement continue reading below": true,
	"loading": true, "loading...": true, "click to expand": true, "view comments": true,
	"leave a reply": true, "leave a comment": true, "follow us": true, "subscribe": true,
	"sign up": true, "newsletter": true, "tags": true, "topics": true, "more": true, "next": true,
	"previous": true, "previous article": true, "next article": true, "facebook": true, "twitter": true,
	"linkedin": true, "whatsapp": true, "pinterest": true, "reddit": true, "copy link": true,
	"listen to this article": true, "caption": true, "close": true, "text size": true, "iklan": true,
	"something to consider": true, "inhaltsverzeichnis": true, "table of contents": true, "contents": true,
	"bild anzeigen": true, "externer inhalt": true, "noch keine bewertungen": true, "vorschau auf den nächsten artikel": true,
	"war der artikel nützlich?": true, "möchten sie den artikel teilen?": true, "sie sind aktuell nicht eingeloggt.": true,
	"was this article helpful?": true, "share this post": true, "share article": true, "teilen": true, "drucken": true,
	"artikel teilen": true, "permalink": true, "permalien": true, "quellen ausblenden": true, "zurück": true, "nach oben": true, "back to top": true, "top": true, "sommaire": true, "expand": true, "enlarge": true, "toggle caption": true, "hide caption": true, "advert": true, "this slideshow requires javascript.": true,
	"this slideshow requires javascript": true, "don't miss": true, "most read": true, "most popular": true, "getty images": true, "image": true, "photo": true, "video": true,
	"werbung": true, "anzeige": true, "publicité": true, "publicidad": true, "pubblicità": true, "reklama": true,
}

// boilerPrefixes start paragraphs that are calls to action, not article
// text (lower case).
var boilerPrefixes = []string{
	"sign up for", "subscribe to ", "to continue reading", "already a subscriber", "don't miss", "subscribe now", "click here to", "follow us on",
	"read more:", "related:", "see also:", "also read:", "read also:", "more:", "recommended:",
	"watch:", "listen:", "download the", "get the latest", "this article was amended",
	"we use cookies", "this website uses cookies", "by clicking", "by continuing",
	"copyright ©", "© copyright", "all rights reserved", "write to ", "if you enjoyed this article",
	"like this story?", "chat with us in facebook messenger", "(reporting by", "if you enjoyed", "we want to hear what you think", "síguenos", "siguenos",
	"never miss the latest", "copyright:", "vergrößern ", "bild anzeigen", "suggested citation", "crédits photos", "crédit photo", "credits:", "foto:", "fotos:", "photo:", "photos:", "bild:", "abbildung:", "image:", "credit:", "bildquelle:",
}

// isBoilerLine reports whether a paragraph is page furniture by its text.
func isBoilerLine(s string) bool {
	if len(s) > 200 {
		return false
	}
	l := strings.ToLower(strings.Trim(s, " -–—:|•·*_»«()[]"))
	if boilerLines[l] {
		return true
	}
	if strings.HasSuffix(l, "contributed to this report.") || strings.HasSuffix(l, "contributed to this report") ||
		(strings.HasPrefix(l, "reporting by") && strings.Contains(l, "editing by")) {
		return true
	}
	if strings.HasPrefix(l, "follow ") && len(l) < 160 && (strings.Contains(l, "twitter") || strings.Contains(l, "facebook") || strings.Contains(l, "instagram")) {
		return true
	}
	if isCreditOnly(s) || isTimestampLine(l) || isTailLabel(s) || isMetaLine(l) {
		return true
	}
	if len(l) < 120 && (strings.HasSuffix(l, "photo:") || strings.HasSuffix(l, "foto:")) {
		return true
	}
	// A caption ending in its credit: "Marco Odermatt in Beijing. © AFP / X".
	if i := strings.LastIndex(s, "©"); i >= 0 && len(s) < 250 && len(s)-i < 60 {
		return true
	}
	// "2021-10-16 | Section": a date and a label.
	if len(l) < 60 && strings.Contains(l, "|") && l[0] >= '0' && l[0] <= '9' {
		return true
	}
	if (strings.HasPrefix(l, "warning:") || strings.HasPrefix(l, "notice:") || strings.HasPrefix(l, "deprecated:")) && strings.Contains(l, " on line ") {
		return true
	}
	for _, p := range boilerPrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// wordsWeight is the readability-style class weight of a token list.
func wordsWeight(words []string) float64 {
	var pos, neg bool
	for _, w := range words {
		if contentWords[w] {
			pos = true
		}
		if chromeWords[w] {
			neg = true
		}
	}
	w := 0.0
	if pos {
		w += 25
	}
	if neg {
		w -= 25
	}
	return w
}

// hasChromeWord reports whether any token is chrome vocabulary.
func hasChromeWord(words []string) bool {
	for _, w := range words {
		if chromeWords[w] {
			return true
		}
	}
	return false
}

// hasContentWord reports whether any token is content vocabulary.
func hasContentWord(words []string) bool {
	for _, w := range words {
		if contentWords[w] {
			return true
		}
	}
	return false
}

// neverContentWords name blocks that are never the article, whatever
// they hold: comment threads, related links, navigation, consent boxes.
var neverContentWords = map[string]bool{
	"comment": true, "comments": true, "disqus": true, "related": true, "relatedposts": true,
	"newsletter": true, "cookie": true, "cookies": true, "consent": true, "breadcrumb": true,
	"breadcrumbs": true, "recommended": true, "recommendations": true, "outbrain": true, "taboola": true,
	"nav": true, "navigation": true, "navbar": true, "menu": true, "footer": true, "rodape": true, "fusszeile": true,
	"comentarios": true, "kommentare": true, "commentaires": true, "relacionadas": true, "relacionados": true,
}

// hasNeverContentWord reports whether any token is in neverContentWords.
func hasNeverContentWord(words []string) bool {
	for _, w := range words {
		if neverContentWords[w] {
			return true
		}
	}
	return false
}

// tailLabels announce the end matter after an article: further reading,
// sources, contact (lower case, without the trailing colon).
var tailLabels = map[string]bool{
	"read more": true, "related": true, "related articles": true, "related stories": true, "see also": true,
	"further reading": true, "more on this topic": true, "more on this story": true, "more stories": true,
	"you may also like": true, "you might also like": true, "recommended for you": true, "more from": true,
	"weiterlesen": true, "zum weiterlesen": true, "mehr zum thema": true, "mehr themen": true,
	"weitere informationen": true, "weiterführende informationen": true, "weiterführende links": true,
	"quellen": true, "quellenangaben": true, "kontakt": true, "das könnte sie auch interessieren": true,
	"lesen sie auch": true, "auch interessant": true, "lire aussi": true, "à lire aussi": true,
	"sur le même sujet": true, "leer más": true, "te puede interesar": true, "también te puede interesar": true,
	"leggi anche": true, "czytaj też": true, "czytaj także": true, "lees ook": true, "läs också": true,
	"empfohlene beiträge": true, "empfehlungen": true, "weitere artikel": true, "weitere beiträge": true,
	"ähnliche beiträge": true, "ähnliche artikel": true, "das könnte dich auch interessieren": true,
	"weitere tipps": true, "weitere tourentipps": true, "verwandte artikel": true, "articles similaires": true,
	"audios et vidéos sur le sujet": true, "vidéos sur le sujet": true, "sur le même thème": true,
	"related posts": true, "similar articles": true, "more articles": true, "more like this": true,
}

// isTailLabel reports whether a short paragraph announces end matter.
func isTailLabel(s string) bool {
	if len(s) > 60 {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(s))
	if tailLabels[strings.TrimRight(l, " :.…»>")] {
		return true
	}
	// "Lesen Sie auch die folgenden Beiträge:", "Mehr zum Thema auf X"
	for _, w := range []string{"lesen sie auch", "mehr zum thema", "read more", "more on", "related", "lire aussi", "leer más", "leggi anche"} {
		if strings.HasPrefix(l, w) && (strings.HasSuffix(l, ":") || len(strings.Fields(l)) <= 6) {
			return true
		}
	}
	return false
}

// isCaptionLine reports whether a paragraph is a picture caption that
// escaped a figure: short, ending with a photo credit such as
// "(REUTERS/Denis Balibouse)" or "(Image: GETTY)".
func isCaptionLine(s string) bool {
	if len(s) > 300 || !strings.HasSuffix(s, ")") {
		return false
	}
	i := strings.LastIndex(s, "(")
	if i < 0 {
		return false
	}
	inner := strings.ToLower(s[i+1 : len(s)-1])
	if isSlashCredit(inner) {
		return true
	}
	if !looksLikeCredit(inner) {
		return false
	}
	for _, w := range []string{"/", "photo", "foto", "image", "bild", "getty", "©", "credit"} {
		if strings.Contains(inner, w) {
			return true
		}
	}
	return false
}

// isSlashCredit reports whether a parenthesised text is a credit like
// "NASA/JPL-Caltech/ASU": slash-separated, few words.
func isSlashCredit(inner string) bool {
	return strings.Contains(inner, "/") && !strings.Contains(inner, "://") && len(strings.Fields(inner)) <= 4
}

// isCreditOnly reports whether a short line is only a picture credit:
// "Sanjeev Verma/Hindustan Times/Getty Images", "© Lucy Nicholson ...".
func isCreditOnly(s string) bool {
	if len(s) > 160 {
		return false
	}
	if strings.HasPrefix(s, "©") {
		return true
	}
	l := strings.ToLower(s)
	if strings.Count(s, "/") >= 1 && len(strings.Fields(s)) <= 8 {
		for _, w := range []string{"getty images", "shutterstock", "afp", "reuters", "ap photo", "epa", "dpa", "picture alliance", "imago", "istock"} {
			if strings.HasSuffix(l, w) || strings.HasPrefix(l, w) {
				return true
			}
		}
	}
	return false
}

// isTimestampLine reports whether a lower-case line only states when the
// article was published or updated ("Updated 1:33 am CST, Nov. 20, 2019").
func isTimestampLine(l string) bool {
	if len(l) > 90 || !strings.ContainsAny(l, "0123456789") {
		return false
	}
	for _, p := range []string{"updated ", "published ", "posted ", "last updated", "last modified", "aktualisiert", "veröffentlicht", "publié le", "mis à jour", "actualizado", "publicado"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// metaMarkers mark a post's meta line ("05/10/2018 - Published by: X -
// Category: Y - Tags: z").
var metaMarkers = []string{"dieser eintrag wurde", "this entry was posted", "publicado por", "published by", "posted by", "posted in", "filed under",
	"categoria:", "category:", "categories:", "tags:", "tagged:", "veröffentlicht von", "publié par", "kategorie:"}

// isMetaLine reports whether a lower-case line is a post's meta line.
func isMetaLine(l string) bool {
	if len(l) > 200 {
		return false
	}
	for _, m := range metaMarkers {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}
