package extract

import (
	"encoding/json"
	"strconv"
	"strings"
)

// ldInfo is what the page's JSON-LD says about its main article.
type ldInfo struct {
	Types        []string // every @type on the page
	Type         string   // the main entity's
	Headline     string
	Name         string
	Authors      []string // people first; organisations only when no person is named
	OrgAuthors   []string
	Published    string
	Modified     string
	Created      string
	Publisher    string
	WebSiteName  string
	Section      string
	Keywords     []string
	Language     string
	Description  string
	Image        string
	ImageCaption string
	ImageCredit  string
	ArticleBody  string
	Paywalled    bool
	Breadcrumbs  []string
	// Read from the text of blocks that do not parse at all.
	BrokenPublished, BrokenModified, BrokenHeadline string
	PageDatePub                                     string // from a WebPage node, used only when no article node has dates
	PageDateMod                                     string
	PageName                                        string
	found                                           bool // an article-like node was found
}

// ldArticleTypes are the schema.org types treated as an article.
var ldArticleTypes = map[string]int{
	"newsarticle": 10, "article": 9, "blogposting": 9, "reportagenewsarticle": 10, "analysisnewsarticle": 10,
	"opinionnewsarticle": 10, "reviewnewsarticle": 10, "backgroundnewsarticle": 10, "askpublicnewsarticle": 10,
	"report": 8, "liveblogposting": 9, "scholarlyarticle": 8, "techarticle": 8, "socialmediaposting": 7,
	"posting": 6, "review": 5, "satiricalarticle": 8, "medicalscholarlyarticle": 8, "discussionforumposting": 6,
	"videoobject": 3, "recipe": 4, "howto": 4, "creativework": 3, "event": 2, "claimreview": 5,
}

// parseJSONLD reads every JSON-LD block and picks the main article node.
// It is lenient: a block that does not parse as a whole gives the objects
// inside it that do (ldSalvage), so one broken object does not lose its
// siblings, and the dates and headline written in a block too broken for
// that are still read from its text (ldBrokenFields).
func parseJSONLD(blocks []string) ldInfo { return parseJSONLDFor(blocks, nil) }

// parseJSONLDFor is parseJSONLD on a page whose own URL isSelf tells
// (nil: unknown): an article node whose url names another page yields to
// one that does not (ldOtherPage).
func parseJSONLDFor(blocks []string, isSelf func(string) bool) ldInfo {
	var info ldInfo
	if len(blocks) == 0 {
		return info
	}
	var nodes []map[string]any
	byID := map[string]map[string]any{}
	var broken []string
	for _, raw := range blocks {
		v, ok := ldDecode(raw)
		if !ok {
			// Salvage what parses; read the text fields of the whole
			// block too (the article object itself may be the broken one).
			broken = append(broken, raw)
			objs := ldSalvage(raw)
			if len(objs) == 0 {
				continue
			}
			v = objs
		}
		ldFlatten(v, &nodes, byID, 0)
	}
	best, page := info.survey(nodes, byID, isSelf)
	if page != nil {
		info.fromPage(page, best == nil, byID)
	}
	if best != nil {
		info.fromArticle(best, byID)
	}
	ldBrokenFields(&info, broken)
	return info
}

// survey records every node's types, the site's name and the breadcrumbs,
// and returns the node most like the page's article and the page's own
// WebPage node.
func (info *ldInfo) survey(nodes []map[string]any, byID map[string]map[string]any, isSelf func(string) bool) (best, page map[string]any) {
	bestScore := 0
	for _, n := range nodes {
		typ := ldTypes(n)
		info.Types = append(info.Types, typ...)
		score := 0
		for _, t := range typ {
			lt := strings.ToLower(t)
			score = max(score, ldArticleTypes[lt])
			switch lt {
			case "webpage", "itempage", "collectionpage", "aboutpage", "profilepage", "searchresultspage", "medicalwebpage":
				if page == nil {
					page = n
				}
			case "website":
				if info.WebSiteName == "" {
					info.WebSiteName = ldString(n["name"])
				}
			case "breadcrumblist":
				if info.Breadcrumbs == nil {
					info.Breadcrumbs = ldBreadcrumbs(n, byID)
				}
			}
		}
		if score == 0 {
			continue
		}
		if ldString(n["headline"]) != "" {
			score += 2
		}
		if n["datePublished"] != nil {
			score++
		}
		if ldOtherPage(n, isSelf) {
			score -= 100 // another page's article: only when no other
		}
		if best == nil || score > bestScore {
			best, bestScore = n, score
		}
	}
	return best, page
}

// ldOtherPage reports whether an article node says it is another page:
// its url (else its @id or mainEntityOfPage) is a link that isSelf says
// is not the page. Sites print the JSON-LD of the stories they append
// below (infinite scroll) or recommend beside the article, each with its
// own url, sometimes before the page's own.
func ldOtherPage(n map[string]any, isSelf func(string) bool) bool {
	if isSelf == nil {
		return false
	}
	u := ldString(n["url"])
	if u == "" {
		u = ldString(n["@id"])
	}
	if u == "" {
		if m, ok := n["mainEntityOfPage"].(map[string]any); ok {
			u = ldString(m["@id"])
		} else {
			u = ldString(n["mainEntityOfPage"])
		}
	}
	if !strings.HasPrefix(u, "http") && !strings.HasPrefix(u, "/") || strings.HasPrefix(u, "//") {
		return false // "#article", "_:b0": no address
	}
	return !isSelf(u)
}

// fromPage reads the page's WebPage node: its dates and name, and (when
// no article node exists) what the page is and who made it.
func (info *ldInfo) fromPage(page map[string]any, only bool, byID map[string]map[string]any) {
	info.PageDatePub = ldString(page["datePublished"])
	info.PageDateMod = ldString(page["dateModified"])
	info.PageName = ldString(page["name"])
	if info.Breadcrumbs == nil {
		if bc, ok := ldResolve(page["breadcrumb"], byID).(map[string]any); ok {
			info.Breadcrumbs = ldBreadcrumbs(bc, byID)
		}
	}
	if !only {
		return
	}
	// No article node: the page's own type (CollectionPage, ProfilePage,
	// ...) tells what kind of page this is.
	if t := ldTypes(page); len(t) > 0 {
		info.Type = t[0]
	}
	info.Published, info.Modified = info.PageDatePub, info.PageDateMod
	if info.Language == "" {
		info.Language = ldString(page["inLanguage"])
	}
	if pub, ok := ldResolve(page["publisher"], byID).(map[string]any); ok {
		info.Publisher = ldString(pub["name"])
	}
	info.Authors, info.OrgAuthors = ldAuthors(page["author"], byID)
}

// fromArticle reads the article node.
func (info *ldInfo) fromArticle(best map[string]any, byID map[string]map[string]any) {
	info.found = true
	if t := ldTypes(best); len(t) > 0 {
		info.Type = t[0]
	}
	info.Headline = ldString(best["headline"])
	info.Name = ldString(best["name"])
	info.Published = firstNonEmpty(ldString(best["datePublished"]), ldString(best["uploadDate"]))
	info.Modified = ldString(best["dateModified"])
	info.Created = ldString(best["dateCreated"])
	info.Authors, info.OrgAuthors = ldAuthors(best["author"], byID)
	if len(info.Authors) == 0 && len(info.OrgAuthors) == 0 {
		info.Authors, info.OrgAuthors = ldAuthors(best["creator"], byID)
	}
	if pub, ok := ldResolve(best["publisher"], byID).(map[string]any); ok {
		info.Publisher = ldString(pub["name"])
	} else if s := ldString(best["publisher"]); s != "" {
		info.Publisher = s
	}
	info.Section = ldFirstString(best["articleSection"])
	info.Keywords = ldStrings(best["keywords"])
	if lang := ldString(best["inLanguage"]); lang != "" {
		info.Language = lang
	} else if m, ok := best["inLanguage"].(map[string]any); ok {
		info.Language = ldString(m["alternateName"])
	}
	info.Description = ldString(best["description"])
	info.Image = ldImage(best["image"], byID)
	info.ImageCaption, info.ImageCredit = ldImageCaption(best["image"], byID)
	info.ArticleBody = ldString(best["articleBody"])
	info.Paywalled = ldPaywalled(best)
}

// ldDecode parses one JSON-LD block, tolerating the usual breakage: HTML
// comments or CDATA around it, raw control characters inside strings, a
// trailing semicolon, a comma before a close and a cut (ldRepair).
func ldDecode(raw string) (any, bool) {
	s := strings.TrimSpace(raw)
	s = strings.TrimPrefix(s, "<!--")
	s = strings.TrimSuffix(s, "-->")
	s = strings.TrimPrefix(strings.TrimSpace(s), "//<![CDATA[")
	s = strings.TrimSuffix(strings.TrimSpace(s), "//]]>")
	s = strings.TrimSuffix(strings.TrimSpace(s), ";")
	if s == "" {
		return nil, false
	}
	var v any
	if err := json.Unmarshal([]byte(s), &v); err == nil {
		return v, true
	}
	// Raw newlines and tabs inside strings are the common fault.
	b := []byte(s)
	for i, c := range b {
		if c < 0x20 {
			b[i] = ' '
		}
	}
	if err := json.Unmarshal(b, &v); err == nil {
		return v, true
	}
	// A comma before a close, or a block cut off (jsonldrepair.go).
	if r, ok := ldRepair(b); ok && json.Unmarshal(r, &v) == nil {
		return v, true
	}
	return nil, false
}

// ldFlatten collects every object node of v (through arrays, @graph and
// nested main entities) and indexes them by @id.
func ldFlatten(v any, out *[]map[string]any, byID map[string]map[string]any, depth int) {
	if depth > 8 {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			ldFlatten(e, out, byID, depth+1)
		}
	case map[string]any:
		if id := ldString(t["@id"]); id != "" {
			if _, seen := byID[id]; !seen || len(t) > len(byID[id]) {
				byID[id] = t
			}
		}
		if t["@type"] != nil {
			*out = append(*out, t)
		}
		if g, ok := t["@graph"]; ok {
			ldFlatten(g, out, byID, depth+1)
		}
		// Not "itemReviewed": what a review or a fact check is about (a
		// book, a product, the claim and who made it) is not the page's
		// article, and its author did not write the page.
		for _, k := range [...]string{"mainEntity", "mainEntityOfPage", "subjectOf"} {
			if m, ok := t[k].(map[string]any); ok && m["@type"] != nil {
				ldFlatten(m, out, byID, depth+1)
			} else if a, ok := t[k].([]any); ok {
				ldFlatten(a, out, byID, depth+1)
			}
		}
	}
}

// ldResolve follows an {"@id": ...} reference to the full node.
func ldResolve(v any, byID map[string]map[string]any) any {
	m, ok := v.(map[string]any)
	if !ok {
		return v
	}
	if id := ldString(m["@id"]); id != "" && len(m) <= 2 {
		if full, ok := byID[id]; ok {
			return full
		}
	}
	return m
}

// ldTypes returns the @type values of n.
func ldTypes(n map[string]any) []string {
	switch t := n["@type"].(type) {
	case string:
		return []string{ldLocalType(t)}
	case []any:
		out := make([]string, 0, len(t))
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, ldLocalType(s))
			}
		}
		return out
	}
	return nil
}

// ldLocalType drops a "schema:" or "http://schema.org/" prefix.
func ldLocalType(s string) string {
	if i := strings.LastIndexAny(s, "/:"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// ldString returns v as a trimmed string when it is a string or a number,
// or the @value of a value object.
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case float64:
		return strconv.FormatFloat(t, 'f', -1, 64)
	case map[string]any:
		if s, ok := t["@value"].(string); ok {
			return strings.TrimSpace(s)
		}
	case []any:
		if len(t) > 0 {
			return ldString(t[0])
		}
	}
	return ""
}

// ldFirstString returns the first string of a string or array value.
func ldFirstString(v any) string {
	if a, ok := v.([]any); ok {
		for _, e := range a {
			if s := ldString(e); s != "" {
				return s
			}
		}
		return ""
	}
	return ldString(v)
}

// ldStrings returns a list from an array value or a comma-separated string.
func ldStrings(v any) []string {
	var out []string
	switch t := v.(type) {
	case string:
		for _, p := range strings.Split(t, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	case []any:
		for _, e := range t {
			if s := ldString(e); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// ldAuthors returns the names of the people, then of the organisations,
// named by an author value (a string, a Person, an @id ref, or an array).
func ldAuthors(v any, byID map[string]map[string]any) (people, orgs []string) {
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch t := ldResolve(v, byID).(type) {
		case string:
			// An author given as a URL (a profile page, an @id no node
			// of the page resolves) names nobody.
			if s := strings.TrimSpace(t); s != "" && !looksLikeURL(s) {
				people = append(people, s)
			}
		case []any:
			for _, e := range t {
				add(e, depth+1)
			}
		case map[string]any:
			name := ldString(t["name"])
			if name == "" {
				given, family := ldString(t["givenName"]), ldString(t["familyName"])
				name = strings.TrimSpace(given + " " + family)
			}
			if name == "" || looksLikeURL(name) {
				return // a Person named by a profile address names nobody
			}
			// A node typed Person and Organization at once (Yoast's
			// site "represents a person") is the person.
			isOrg, person := false, false
			for _, ty := range ldTypes(t) {
				switch strings.ToLower(ty) {
				case "organization", "newsmediaorganization", "corporation", "organisation", "website", "brand":
					isOrg = true
				case "person":
					person = true
				}
			}
			isOrg = isOrg && !person
			if isOrg {
				orgs = append(orgs, name)
			} else {
				people = append(people, name)
			}
		}
	}
	add(v, 0)
	return people, orgs
}

// ldImage returns the URL of an image value.
func ldImage(v any, byID map[string]map[string]any) string {
	switch t := ldResolve(v, byID).(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if s := ldImage(e, byID); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := ldString(t["url"]); s != "" {
			return s
		}
		return ldString(t["contentUrl"])
	}
	return ""
}

// ldPaywalled reports whether the article node says only part of it is
// free: isAccessibleForFree false, or a non-free hasPart with a selector.
func ldPaywalled(n map[string]any) bool {
	if ldFalse(n["isAccessibleForFree"]) {
		return true
	}
	var parts []any
	switch t := n["hasPart"].(type) {
	case []any:
		parts = t
	case map[string]any:
		parts = []any{t}
	}
	for _, p := range parts {
		m, ok := p.(map[string]any)
		if !ok {
			continue
		}
		if ldFalse(m["isAccessibleForFree"]) && m["cssSelector"] != nil {
			return true
		}
	}
	return false
}

// ldFalse reports whether v is JSON false or the string "false".
func ldFalse(v any) bool {
	switch t := v.(type) {
	case bool:
		return !t
	case string:
		s := strings.ToLower(strings.TrimSpace(t))
		return s == "false" || s == "no" || s == "0"
	}
	return false
}

// ldBreadcrumbs returns the names of a BreadcrumbList in position order.
func ldBreadcrumbs(n map[string]any, byID map[string]map[string]any) []string {
	items, ok := n["itemListElement"].([]any)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		m, ok := ldResolve(it, byID).(map[string]any)
		if !ok {
			continue
		}
		name := ldString(m["name"])
		if name == "" {
			if item, ok := ldResolve(m["item"], byID).(map[string]any); ok {
				name = ldString(item["name"])
			}
		}
		out = append(out, name)
	}
	return out
}

// ldImageCaption returns the caption and the credit of the first image
// object of an image value: schema.org's creditText or copyrightNotice,
// else the names of its copyrightHolder or creator (a Person or
// Organization, as Google's image metadata asks for them). Not its
// author: SEO plugins stamp the post's writer there (tried: check credit
// precision 0.765 -> 0.758, tune unchanged).
func ldImageCaption(v any, byID map[string]map[string]any) (caption, credit string) {
	switch t := ldResolve(v, byID).(type) {
	case []any:
		if len(t) > 0 {
			return ldImageCaption(t[0], byID)
		}
	case map[string]any:
		credit = firstNonEmpty(ldString(t["creditText"]), ldString(t["copyrightNotice"]))
		for _, key := range []string{"copyrightHolder", "creator"} {
			if credit != "" {
				break
			}
			people, orgs := ldAuthors(t[key], byID)
			credit = strings.Join(append(people, orgs...), ", ")
		}
		return firstNonEmpty(ldString(t["caption"]), ldString(t["description"])), credit
	}
	return "", ""
}
