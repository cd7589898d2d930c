package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/byline/byline/index"
)

// errBadRequest marks errors caused by the request's parameters; handlers
// answer them with 400.
var errBadRequest = errors.New("bad request")

// maxQueryLen caps each filter value, in bytes (the query text may be up
// to index.MaxQueryLen).
const maxQueryLen = 1000

// dateLayout is the format of the since/until parameters (HTML date inputs).
const dateLayout = "2006-01-02"

// filterKeys are the filter parameters shared by the pages and the API, in
// the order they are shown.
var filterKeys = []string{"site", "section", "author", "speaker", "lang"}

// apiKeys are the parameters the JSON API takes.
var apiKeys = append([]string{"q"}, append(slices.Clone(filterKeys),
	"since", "until", "sort", "exact", "revised", "collapse", "count", "page", "from", "limit")...)

// params are the search parameters of a request, as the user wrote them.
// They rebuild links (facets, pagination, removing a filter) and fill the
// forms back in.
type params struct {
	Q       string
	Filters map[string]string // key in filterKeys -> value
	Since   string            // YYYY-MM-DD, inclusive
	Until   string            // YYYY-MM-DD, inclusive
	Sort    string            // "" (relevance with words, newest without), "relevance", "newest" or "oldest"
	Exact   bool              // name filters match whole names (exact=1), as on a speaker page
	All     bool              // every copy of a story (collapse=0); by default one hit per story
	Revised bool              // only articles edited after first seen (revised=1)
	Stories bool              // facets count stories, not articles (count=stories)
	Page    int               // 1-based; on the API, pages of limit hits
	From    int               // API only (page or from)
	Limit   int               // API only; 0 = default

	path string // the page the links point at
}

// cacheBuster is the parameter browser clients add to defeat caches
// (jQuery's cache: false appends _=<timestamp>). It names no filter, so
// the API ignores it rather than refuse the call.
const cacheBuster = "_"

// checkAPIParams refuses what the JSON API would otherwise read wrongly:
// an unknown parameter (a misspelt one, language= for lang=, would search
// without the filter its writer meant), and page with from.
func checkAPIParams(v url.Values) error {
	for _, k := range sortedKeys(v) {
		if k != cacheBuster && !slices.Contains(apiKeys, k) {
			return fmt.Errorf("%w: unknown parameter %q; the API takes %s", errBadRequest, k, strings.Join(apiKeys, ", "))
		}
	}
	if v.Has("page") && v.Has("from") {
		return fmt.Errorf("%w: give page or from, not both", errBadRequest)
	}
	return nil
}

// parseParams reads and validates the search parameters of r. The error
// wraps errBadRequest and says which parameter is wrong.
func parseParams(r *http.Request, path string) (params, error) {
	p := params{Filters: map[string]string{}, path: path}
	// r.URL.Query drops the pairs it cannot decode ("q=50%", "q=a;b"):
	// the search would run without them, a dropped q matching everything.
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return p, fmt.Errorf("%w: the query string is malformed (%v); percent-encode %%, ; and other reserved characters", errBadRequest, err)
	}
	if strings.HasPrefix(path, "/api/") {
		if err := checkAPIParams(v); err != nil {
			return p, err
		}
	}
	get := func(key string) (string, error) {
		if len(v[key]) > 1 {
			// The first would be searched and the others ignored.
			return "", fmt.Errorf("%w: parameter %q is given %d times; give it once", errBadRequest, key, len(v[key]))
		}
		s := strings.TrimSpace(v.Get(key))
		limit := maxQueryLen
		if key == "q" {
			limit = index.MaxQueryLen
		}
		if len(s) > limit {
			return "", fmt.Errorf("%w: parameter %q is longer than %d bytes", errBadRequest, key, limit)
		}
		if !utf8.ValidString(s) {
			return "", fmt.Errorf("%w: parameter %q is not valid UTF-8", errBadRequest, key)
		}
		return s, nil
	}
	if p.Q, err = get("q"); err != nil {
		return p, err
	}
	for _, k := range filterKeys {
		s, err := get(k)
		if err != nil {
			return p, err
		}
		if s != "" {
			p.Filters[k] = s
		}
	}
	if p.Since, err = get("since"); err != nil {
		return p, err
	}
	if p.Until, err = get("until"); err != nil {
		return p, err
	}
	for key, s := range map[string]string{"since": p.Since, "until": p.Until} {
		if s == "" {
			continue
		}
		if _, err := time.Parse(dateLayout, s); err != nil {
			return p, fmt.Errorf("%w: parameter %q must be a date like 2025-06-30, got %q", errBadRequest, key, s)
		}
	}
	if p.Since != "" && p.Until != "" && p.Until < p.Since {
		return p, fmt.Errorf("%w: \"until\" (%s) is before \"since\" (%s)", errBadRequest, p.Until, p.Since)
	}
	for _, b := range []struct {
		key string
		dst *bool
		neg bool // the parameter turns a default off (collapse=0)
	}{{"exact", &p.Exact, false}, {"revised", &p.Revised, false}, {"collapse", &p.All, true}} {
		s, err := get(b.key)
		if err != nil {
			return p, err
		}
		switch s {
		case "":
		case "0", "false":
			*b.dst = b.neg
		case "1", "true":
			*b.dst = !b.neg
		default:
			return p, fmt.Errorf("%w: parameter %q must be 1 or 0, got %q", errBadRequest, b.key, s)
		}
	}
	s, err := get("count")
	if err != nil {
		return p, err
	}
	switch s {
	case "", "articles":
	case "stories":
		p.Stories = true
	default:
		return p, fmt.Errorf("%w: parameter \"count\" must be articles or stories, got %q", errBadRequest, s)
	}
	if s, err = get("sort"); err != nil {
		return p, err
	}
	sort, err := index.ParseSort(s)
	if err != nil {
		return p, fmt.Errorf("%w: parameter \"sort\" must be %s, %s or %s, got %q", errBadRequest, index.SortRelevance, index.SortNewest, index.SortOldest, s)
	}
	p.Sort = string(sort)
	ints := []struct {
		key string
		dst *int
		min int
	}{{"page", &p.Page, 1}, {"from", &p.From, 0}, {"limit", &p.Limit, 1}}
	for _, f := range ints {
		s, err := get(f.key)
		if err != nil {
			return p, err
		}
		if s == "" {
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < f.min {
			return p, fmt.Errorf("%w: parameter %q must be an integer >= %d, got %q", errBadRequest, f.key, f.min, s)
		}
		*f.dst = n
	}
	if p.Page == 0 {
		p.Page = 1
	}
	if p.Page > MaxWindow {
		// Every page past this starts beyond the window whatever the page
		// size, and (page-1)*size could wrap round to a small offset.
		return p, fmt.Errorf("%w: results beyond the first %d cannot be paged to; narrow the search (page %d)", errBadRequest, MaxWindow, p.Page)
	}
	if p.Limit > MaxLimit {
		return p, fmt.Errorf("%w: parameter \"limit\" must be at most %d, got %d", errBadRequest, MaxLimit, p.Limit)
	}
	return p, nil
}

// query turns p into an index.Query for a page of size limit starting at
// from.
func (p params) query(from, limit int) (index.Query, error) {
	if from < 0 || from > MaxWindow-limit { // from < 0: page*size overflowed
		return index.Query{}, fmt.Errorf("%w: results beyond the first %d cannot be paged to; narrow the search", errBadRequest, MaxWindow)
	}
	q := index.Query{
		Text:     p.Q,
		Site:     p.Filters["site"],
		Section:  p.Filters["section"],
		Author:   p.Filters["author"],
		Speaker:  p.Filters["speaker"],
		Language: p.Filters["lang"],
		// "" lets the index choose: relevance with words, newest first
		// without (there is no relevance to rank by).
		Sort:         index.Sort(p.Sort),
		From:         from,
		Limit:        limit,
		Facets:       true,
		ExactNames:   p.Exact,
		NoCollapse:   p.All,
		Revised:      p.Revised,
		FacetStories: p.Stories,
	}
	if p.Since != "" {
		q.Since, _ = time.Parse(dateLayout, p.Since) // validated by parseParams
	}
	if p.Until != "" {
		// The form's "until" is inclusive; Query.Until is exclusive.
		t, _ := time.Parse(dateLayout, p.Until)
		q.Until = t.AddDate(0, 0, 1)
	}
	if err := q.Check(); err != nil {
		return index.Query{}, err // dates the index cannot filter on, too many terms: 400
	}
	return q, nil
}

// values encodes p as URL parameters (without page).
func (p params) values() url.Values {
	v := url.Values{}
	if p.Q != "" {
		v.Set("q", p.Q)
	}
	for _, k := range filterKeys {
		if s := p.Filters[k]; s != "" {
			v.Set(k, s)
		}
	}
	if p.Since != "" {
		v.Set("since", p.Since)
	}
	if p.Until != "" {
		v.Set("until", p.Until)
	}
	if p.Sort != "" {
		v.Set("sort", p.Sort)
	}
	if p.Exact {
		v.Set("exact", "1")
	}
	if p.All {
		v.Set("collapse", "0")
	}
	if p.Revised {
		v.Set("revised", "1")
	}
	if p.Stories {
		v.Set("count", "stories")
	}
	return v
}

// CountBy is the link to the same search with the facets counting
// stories (true) or articles.
func (p params) CountBy(stories bool) string {
	c := p.clone()
	c.Stories = stories
	return c.url(c.values())
}

// EveryCopy is the link to the same search listing every copy of every
// story.
func (p params) EveryCopy() string {
	c := p.clone()
	c.All = true
	return c.url(c.values())
}

func (p params) url(v url.Values) string {
	if len(v) == 0 {
		return p.path
	}
	return p.path + "?" + v.Encode()
}

// clone copies p, including its filter map.
func (p params) clone() params {
	c := p
	c.Filters = make(map[string]string, len(p.Filters))
	for k, v := range p.Filters {
		c.Filters[k] = v
	}
	return c
}

// With returns the link that sets filter key to value (back to page 1).
// key "published" takes a month facet value and sets the date range to
// that month.
func (p params) With(key, value string) string {
	c := p.clone()
	switch key {
	case "published":
		if since, until, ok := monthRange(value); ok {
			c.Since, c.Until = since, until
		}
	case "since":
		c.Since = value
	case "until":
		c.Until = value
	default:
		c.Filters[key] = value
	}
	return c.url(c.values())
}

// Without returns the link that drops filter key (back to page 1); key
// "dates" drops the date range.
func (p params) Without(key string) string {
	c := p.clone()
	switch key {
	case "dates":
		c.Since, c.Until = "", ""
	case "q":
		c.Q = ""
	default:
		delete(c.Filters, key)
	}
	return c.url(c.values())
}

// PageURL returns the link to page n of the same search.
func (p params) PageURL(n int) string {
	v := p.values()
	if n > 1 {
		v.Set("page", strconv.Itoa(n))
	}
	return p.url(v)
}

// EffectiveSort is the order the hits come in: p.Sort, or the default.
func (p params) EffectiveSort() string {
	q, _ := p.query(0, 1)
	return string(q.Normalize().Sort)
}

// Range returns the link that sets the date range (back to page 1).
func (p params) Range(since, until string) string {
	c := p.clone()
	c.Since, c.Until = since, until
	return c.url(c.values())
}

// hiddenField is a parameter a form carries over unchanged.
type hiddenField struct{ Name, Value string }

// Hidden lists the parameters of the search but the keys a form has a
// field for, as hidden fields, so that submitting the form (a new sort,
// new words) keeps every filter the page had.
func (p params) Hidden(except ...string) []hiddenField {
	v := p.values()
	var out []hiddenField
	for _, k := range sortedKeys(v) {
		if !slices.Contains(except, k) {
			out = append(out, hiddenField{Name: k, Value: v.Get(k)})
		}
	}
	return out
}

// Path is the page the search is on: the action of its forms (a GET form's
// action loses its query string).
func (p params) Path() string { return p.path }

// Active reports whether any filter or date is set.
func (p params) Active() bool { return len(p.Filters) > 0 || p.Since != "" || p.Until != "" }

// ActiveFilters lists the set filters in display order.
func (p params) ActiveFilters() []activeFilter {
	var out []activeFilter
	for _, k := range filterKeys {
		if s := p.Filters[k]; s != "" {
			out = append(out, activeFilter{Key: k, Label: filterLabels[k], Value: s})
		}
	}
	return out
}

// activeFilter is one set filter, shown as a removable chip.
type activeFilter struct {
	Key, Label, Value string
}

var filterLabels = map[string]string{
	"site": "Site", "section": "Section", "author": "Author", "speaker": "Speaker", "lang": "Language",
	"published": "Published",
}

// monthRange turns a month facet value ("2025-06", or a timestamp in that
// month) into the inclusive date range of the month.
func monthRange(value string) (since, until string, ok bool) {
	if len(value) < 7 {
		return "", "", false
	}
	t, err := time.Parse("2006-01", value[:7])
	if err != nil {
		return "", "", false
	}
	return t.Format(dateLayout), t.AddDate(0, 1, -1).Format(dateLayout), true
}
