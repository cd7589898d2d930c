package web

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
	"github.com/byline/byline/index/export"
)

// page is what every template gets.
type page struct {
	SiteTitle string
	Title     string // the <title> before the site title
	Nav       string // "search", "quotes" or ""
	Q         string // the text in the header search box
	Status    int
	Message   string // error pages
}

func mustParseTemplates() map[string]*template.Template {
	funcs := template.FuncMap{
		"date":     fmtDate,
		"datetime": fmtDateTime,
		"plural":   plural,
		"join":     strings.Join,
		"articleURL": func(id string) string {
			return "/article/" + url.PathEscape(id)
		},
		"apiArticleURL": func(id string) string {
			return "/api/articles/" + url.PathEscape(id)
		},
		"quotesBy": func(speaker string) string {
			return "/quotes?" + url.Values{"speaker": {speaker}}.Encode()
		},
		"speakerURL": speakerURL,
		"countLabel": countLabel,
		"highlight":  safeHighlight,
		"thousands":  thousands,
		"searchBy": func(key, value string) string {
			return "/?" + url.Values{key: {value}}.Encode()
		},
		"host": hostOf,
		"dict": dict,
	}
	out := map[string]*template.Template{}
	for _, name := range []string{"search", "article", "quotes", "speaker", "error"} {
		t := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS,
			"templates/layout.html", "templates/partials.html", "templates/"+name+".html"))
		out[name] = t
	}
	return out
}

// render executes template name into a buffer first, so a template error
// becomes a clean 500 rather than half a page.
func (srv *server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var buf bytes.Buffer
	if err := srv.tmpl[name].ExecuteTemplate(&buf, "layout.html", data); err != nil {
		srv.log.Error("web: render template", "template", name, "path", r.URL.Path, "err", err)
		http.Error(w, "internal error rendering the page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(buf.Bytes())
	}
}

func (srv *server) renderError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	w.Header().Set("Cache-Control", "no-store")
	srv.render(w, r, status, "error", errorView{page: page{
		SiteTitle: srv.cfg.title, Title: http.StatusText(status), Status: status, Message: msg,
	}})
}

type errorView struct{ page }

// fmtDate formats an RFC 3339 timestamp or a 2006-01-02 day as "2 Jan
// 2006"; other strings are returned as they are.
func fmtDate(s string) string {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format("2 Jan 2006")
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Format("2 Jan 2006")
	}
	return s
}

// fmtDateTime formats an RFC 3339 timestamp as "2 Jan 2006, 15:04 MST".
func fmtDateTime(s string) string {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format("2 Jan 2006, 15:04 MST")
	}
	return s
}

// dict builds a map from key, value pairs for passing several values to a
// template.
func dict(kv ...any) (map[string]any, error) {
	if len(kv)%2 != 0 {
		return nil, fmt.Errorf("dict: odd number of arguments (%d)", len(kv))
	}
	m := make(map[string]any, len(kv)/2)
	for i := 0; i < len(kv); i += 2 {
		k, ok := kv[i].(string)
		if !ok {
			return nil, fmt.Errorf("dict: key %v is a %T, not a string", kv[i], kv[i])
		}
		m[k] = kv[i+1]
	}
	return m, nil
}

func plural(n uint64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// hostOf returns the host of an http(s) URL, or "".
func hostOf(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// safeURL returns s if it is an absolute http(s) URL, else "".
func safeURL(s string) string {
	if hostOf(s) == "" {
		return ""
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// facetGroup is one facet shown in the sidebar.
type facetGroup struct {
	Key, Label string
	Buckets    []facetBucket
}

// facetBucket is one value of a facet, with the link that filters on it.
type facetBucket struct {
	Label  string
	Count  uint64
	URL    string
	Active bool
}

// facetOrder is the order of the facets in the sidebar; "published" is the
// month histogram.
var facetOrder = []string{"site", "section", "author", "speaker", "published"}

const maxBuckets = 10

func buildFacets(p params, facets map[string][]index.Facet, keys []string) []facetGroup {
	var out []facetGroup
	for _, key := range keys {
		buckets := facets[key]
		if len(buckets) == 0 {
			continue
		}
		g := facetGroup{Key: key, Label: filterLabels[key]}
		if key == "published" {
			buckets = slices.Clone(buckets)
			sort.SliceStable(buckets, func(i, j int) bool { return buckets[i].Value > buckets[j].Value })
		}
		for _, b := range buckets {
			if len(g.Buckets) == maxBuckets {
				break
			}
			if b.Count == 0 || b.Value == "" {
				continue
			}
			fb := facetBucket{Label: b.Value, Count: b.Count, URL: p.With(key, b.Value)}
			if key == "published" {
				since, until, ok := monthRange(b.Value)
				if !ok {
					continue
				}
				t, _ := time.Parse(dateLayout, since)
				fb.Label = t.Format("January 2006")
				fb.Active = p.Since == since && p.Until == until
			} else {
				fb.Active = strings.EqualFold(p.Filters[key], b.Value)
				if fb.Active {
					fb.URL = p.Without(key)
				}
			}
			g.Buckets = append(g.Buckets, fb)
		}
		if len(g.Buckets) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// pager is the pagination bar.
type pager struct {
	Page, Pages int
	Prev, Next  string
	Links       []pageLink
}

// pageLink is one numbered page link; N == 0 is a gap ("…").
type pageLink struct {
	N       int
	URL     string
	Current bool
}

func newPager(p params, total uint64, size int) pager {
	pages := int((total + uint64(size) - 1) / uint64(size))
	if maxPages := MaxWindow / size; pages > maxPages {
		pages = maxPages
	}
	pg := pager{Page: p.Page, Pages: pages}
	if pages <= 1 {
		return pg
	}
	if p.Page > 1 {
		pg.Prev = p.PageURL(p.Page - 1)
	}
	if p.Page < pages {
		pg.Next = p.PageURL(p.Page + 1)
	}
	last := 0
	for n := 1; n <= pages; n++ {
		if n != 1 && n != pages && (n < p.Page-2 || n > p.Page+2) {
			continue
		}
		if last != 0 && n != last+1 {
			pg.Links = append(pg.Links, pageLink{})
		}
		pg.Links = append(pg.Links, pageLink{N: n, URL: p.PageURL(n), Current: n == p.Page})
		last = n
	}
	return pg
}

// searchView is the data of the search page.
type searchView struct {
	page
	P           params
	Total       uint64
	Copies      uint64 // matching articles when copies were collapsed into stories (Total counts stories)
	Took        string
	From        int
	To          int // the last hit shown ("showing From–To of Total")
	Sort        string
	Hits        []hitView
	Facets      []facetGroup
	Pager       pager
	Timeline    *timelineView
	Suggestions []suggestionView
	Export      exportLink
}

// exportLink is the "Download CSV" link of a results page.
type exportLink struct {
	URL  string
	Rows uint64 // rows the file will have
	Cap  bool   // fewer rows than matches: the export cap applies
}

func newExportLink(p params, path string, total uint64) exportLink {
	c := p.clone()
	c.path = path
	e := exportLink{URL: c.url(c.values()), Rows: min(total, export.MaxRows)}
	e.Cap = total > export.MaxRows
	return e
}

// speakerURL is the link to a speaker's page.
func speakerURL(name string) string { return "/speakers/" + url.PathEscape(name) }

// thousands formats n with thousands separators: 10,000.
func thousands(n uint64) string {
	s := strconv.FormatUint(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// hitView is one result on the search page.
type hitView struct {
	index.Hit
	HeadlineHTML template.HTML
	Snippets     []template.HTML
	Source       string // safe source URL or ""
	Host         string
	More         string // "and 2 more sites": the story's other matching copies, folded into this hit
	Updates      int    // revisions after the first
}

func newSearchView(srv *server, p params, res *index.Results, sugg []suggestionView) searchView {
	v := searchView{
		page:        page{SiteTitle: srv.cfg.title, Title: "Search", Nav: "search", Q: p.Q},
		P:           p,
		Total:       res.Total,
		Copies:      res.Copies,
		From:        (p.Page-1)*srv.cfg.pageSize + 1,
		Sort:        p.EffectiveSort(),
		Facets:      buildFacets(p, res.Facets, facetOrder),
		Pager:       newPager(p, res.Total, srv.cfg.pageSize),
		Timeline:    newTimeline(p, res.Timeline, "articles"),
		Suggestions: sugg,
		Export:      newExportLink(p, "/search.csv", max(res.Total, res.Copies)), // an export lists every copy
	}
	v.To = v.From + len(res.Hits) - 1
	if p.Q != "" {
		v.Title = p.Q
	}
	if res.Took > 0 {
		v.Took = res.Took.Round(time.Millisecond / 10).String()
	}
	for _, h := range res.Hits {
		hv := hitView{
			Hit:          h,
			HeadlineHTML: headlineHighlight(h.Highlights, h.Headline),
			Snippets:     snippets(h.Highlights, h.Summary),
			Source:       safeURL(h.URL),
			Host:         hostOf(h.URL),
			More:         moreCopies(h),
			Updates:      max(h.Revision-1, 0),
		}
		v.Hits = append(v.Hits, hv)
	}
	return v
}

// quotesView is the data of the quote search page.
type quotesView struct {
	page
	P           params
	Total       uint64
	From        int
	To          int
	Sort        string
	Hits        []quoteHitView
	Facets      []facetGroup
	Pager       pager
	Timeline    *timelineView
	Suggestions []suggestionView
	Export      exportLink
}

// quoteHitView is one quote on a page, its matched words marked.
type quoteHitView struct {
	index.QuoteHit
	TextHTML template.HTML
}

func quoteHitViews(hits []index.QuoteHit) []quoteHitView {
	out := make([]quoteHitView, 0, len(hits))
	for _, h := range hits {
		qv := quoteHitView{QuoteHit: h, TextHTML: template.HTML(template.HTMLEscapeString(h.Text))} //nolint:gosec // escaped
		// Use the highlight only when it is the quote with marks added.
		if h.Highlight != "" {
			hl := safeHighlight(h.Highlight)
			if html.UnescapeString(strings.NewReplacer(markOpen, "", markClose, "").Replace(string(hl))) == h.Text {
				qv.TextHTML = hl
			}
		}
		out = append(out, qv)
	}
	return out
}

func newQuotesView(srv *server, p params, res *index.QuoteResults, sugg []suggestionView) quotesView {
	v := quotesView{
		page:        page{SiteTitle: srv.cfg.title, Title: "Quotes", Nav: "quotes", Q: p.Q},
		P:           p,
		Total:       res.Total,
		From:        (p.Page-1)*srv.cfg.pageSize + 1,
		Sort:        p.EffectiveSort(),
		Hits:        quoteHitViews(res.Hits),
		Facets:      buildFacets(p, res.Facets, []string{"speaker", "site", "published"}),
		Pager:       newPager(p, res.Total, srv.cfg.pageSize),
		Timeline:    newTimeline(p, res.Timeline, "quotes"),
		Suggestions: sugg,
		Export:      newExportLink(p, "/quotes.csv", res.Total),
	}
	v.To = v.From + len(res.Hits) - 1
	if p.Q != "" {
		v.Title = p.Q + " – quotes"
	} else if s := p.Filters["speaker"]; s != "" {
		v.Title = "Quotes by " + s
	}
	return v
}

// articleView is the data of the article page.
type articleView struct {
	page
	A            *article.Article
	Source       string
	Host         string
	Paragraphs   []string
	QuoteGroups  []quoteGroup
	Images       []imageView
	Dates        []dateView
	RemoteImages bool
	// Updates is how often the article changed after Byline first saw it
	// (revision - 1); Revisions are those changes, newest first.
	Updates   int
	Revisions []revisionView
}

// quoteGroup is the quotes of one speaker in an article.
type quoteGroup struct {
	Speaker string // "" when unattributed
	Title   string
	Quotes  []article.Quote
}

// imageView is one article image; URL is "" when it is not http(s).
type imageView struct {
	URL, Caption, Credit string
}

// dateView is one date mentioned in the article.
type dateView struct {
	Text, Resolved string
}

func newArticleView(srv *server, a *article.Article) articleView {
	v := articleView{
		page:         page{SiteTitle: srv.cfg.title, Title: a.Headline},
		A:            a,
		Source:       safeURL(a.URL),
		Host:         hostOf(a.URL),
		Paragraphs:   a.Paragraphs,
		QuoteGroups:  groupQuotes(a),
		RemoteImages: srv.cfg.remoteImages,
	}
	if v.Title == "" {
		v.Title = "Untitled article"
	}
	if a.Revision > 1 {
		v.Updates, v.Revisions = a.Revision-1, revisionViews(a)
	}
	if len(v.Paragraphs) == 0 && a.Body != "" {
		for _, para := range strings.Split(a.Body, "\n\n") {
			if para = strings.TrimSpace(para); para != "" {
				v.Paragraphs = append(v.Paragraphs, para)
			}
		}
	}
	for _, im := range a.Images {
		if im.URL == "" && im.Caption == "" {
			continue
		}
		v.Images = append(v.Images, imageView{URL: safeURL(im.URL), Caption: im.Caption, Credit: im.Credit})
	}
	seen := map[string]bool{}
	for _, d := range a.DatesMentioned {
		dv := dateView{Text: d.Text}
		if d.Resolved != nil {
			dv.Resolved = *d.Resolved
		}
		if key := dv.Text + "\x00" + dv.Resolved; !seen[key] {
			seen[key] = true
			v.Dates = append(v.Dates, dv)
		}
	}
	return v
}

// groupQuotes groups an article's quotes by speaker: the most quoted first,
// ties in order of first appearance, unattributed quotes last.
func groupQuotes(a *article.Article) []quoteGroup {
	var groups []quoteGroup
	idx := map[string]int{}
	var anon quoteGroup
	for _, q := range a.Quotes {
		if q.Speaker == nil || strings.TrimSpace(*q.Speaker) == "" {
			anon.Quotes = append(anon.Quotes, q)
			continue
		}
		name := strings.TrimSpace(*q.Speaker)
		i, ok := idx[name]
		if !ok {
			i = len(groups)
			idx[name] = i
			groups = append(groups, quoteGroup{Speaker: name})
		}
		if groups[i].Title == "" {
			groups[i].Title = q.SpeakerTitle
		}
		groups[i].Quotes = append(groups[i].Quotes, q)
	}
	for i := range groups {
		if groups[i].Title != "" {
			continue
		}
		for _, s := range a.Speakers {
			if s.Name == groups[i].Speaker {
				groups[i].Title = s.Title
				break
			}
		}
	}
	sort.SliceStable(groups, func(i, j int) bool { return len(groups[i].Quotes) > len(groups[j].Quotes) })
	if len(anon.Quotes) > 0 {
		groups = append(groups, anon)
	}
	return groups
}
