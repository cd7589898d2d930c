// Package demo is Byline's sample news site: six fictional outlets, each
// with its own page template, serving 50+ original articles about invented
// towns, companies and people, with the listings, sitemaps, feeds and
// robots.txt a real crawl meets. It is embedded in the binary, so `byline
// demo` and the end-to-end tests run with no network.
//
// The articles are data (data/*.yaml); the pages are rendered from
// templates/*.html at request time, with absolute URLs built from the
// request's Host, so the site works on whatever loopback port it is served.
// Every date is fixed, so a crawl of the site gives the same articles every
// time.
package demo

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"gopkg.in/yaml.v3"
)

//go:embed data/*.yaml templates/*.html
var files embed.FS

// Outlet kinds; each has its own article template.
const (
	KindWordPress = "wordpress" // tagDiv-style WordPress with "Quick Look" bullets
	KindWire      = "wire"      // wire service with datelines
	KindNewspaper = "newspaper" // bylines, figures with photo credits
	KindLiveBlog  = "liveblog"  // timestamped entries, LiveBlogPosting
	KindPaywall   = "paywall"   // teaser paragraphs and a paywall box
	KindAMP       = "amp"       // AMP HTML pages
)

// Outlet is one fictional news site, served under /<ID>/.
type Outlet struct {
	ID          string   `yaml:"id"`   // path prefix, e.g. "harbor-times"
	Name        string   `yaml:"name"` // site name, e.g. "The Harbor Times"
	Kind        string   `yaml:"kind"` // one of the Kind* constants
	Tagline     string   `yaml:"tagline"`
	Language    string   `yaml:"language"`
	Sections    []string `yaml:"sections"`
	Feed        string   `yaml:"feed"`         // "rss" or "atom"
	NewsSitemap bool     `yaml:"news_sitemap"` // Google News sitemap instead of a regular one
	Abbrev      string   `yaml:"abbrev"`       // wire credit in datelines, e.g. "MW"
}

// Image is an article's lead picture.
type Image struct {
	File    string `yaml:"file"`
	Caption string `yaml:"caption"`
	Credit  string `yaml:"credit"`
	Alt     string `yaml:"alt"`
}

// Entry is one timestamped update of a live blog.
type Entry struct {
	Time   time.Time `yaml:"time"`
	Title  string    `yaml:"title"`
	Body   string    `yaml:"body"`
	Author string    `yaml:"author"`
}

// Comment is a reader comment shown under an article (chrome, never body).
type Comment struct {
	Name string `yaml:"name"`
	Text string `yaml:"text"`
}

// Article is one demo article: the data it is rendered from plus what an
// extractor is expected to find on its page.
type Article struct {
	Outlet      string    `yaml:"outlet"`
	Slug        string    `yaml:"slug"`
	Section     string    `yaml:"section"`
	Headline    string    `yaml:"headline"`
	Subheadline string    `yaml:"subheadline"`
	Summary     string    `yaml:"summary"`
	Authors     []string  `yaml:"authors"`
	Dateline    string    `yaml:"dateline"`
	Edition     string    `yaml:"edition"`
	Published   time.Time `yaml:"published"`
	Modified    time.Time `yaml:"modified"`
	Bullets     []string  `yaml:"bullets"`
	Body        string    `yaml:"body"` // paragraphs separated by blank lines
	Image       *Image    `yaml:"image"`
	Tags        []string  `yaml:"tags"`
	Paywalled   bool      `yaml:"paywalled"`
	Teaser      int       `yaml:"teaser"` // paragraphs shown before the paywall (default 1)
	Entries     []Entry   `yaml:"entries"`
	Comments    []Comment `yaml:"comments"`
	// Update is what the outlet changes after the first crawl (see
	// Handler.PublishUpdates): the demo crawls twice to show revisions.
	Update *Update `yaml:"update"`

	// Filled by load.

	// Path is the article page's URL path, e.g. "/wire/2026/06/ferry-strike-ends-mw1042".
	Path string `yaml:"-"`
	// SiteName is the outlet's name.
	SiteName string `yaml:"-"`
	// Kind is the outlet's kind.
	Kind string `yaml:"-"`
	// Paragraphs are the body paragraphs a reader sees on the page, in order
	// (for a paywalled article only the teaser; for a live blog the intro
	// then each entry's text, newest first).
	Paragraphs []string `yaml:"-"`
	id         int
}

// Update is an edit an outlet publishes later: a new modified time and,
// when set, a new headline and body.
type Update struct {
	Modified time.Time `yaml:"modified"`
	Headline string    `yaml:"headline"`
	Body     string    `yaml:"body"`
}

// Updated returns the article as it reads after its Update, or nil when it
// has none.
func (a *Article) Updated() *Article {
	if a.Update == nil {
		return nil
	}
	u := *a
	u.Update = nil
	u.Modified = a.Update.Modified
	if a.Update.Headline != "" {
		u.Headline = a.Update.Headline
	}
	if a.Update.Body != "" {
		u.Body = a.Update.Body
		u.Paragraphs = Paragraphs(a.Update.Body)
	}
	return &u
}

// URL returns the article's absolute URL on a site served at base (e.g.
// "http://127.0.0.1:8080").
func (a *Article) URL(base string) string { return strings.TrimSuffix(base, "/") + a.Path }

// Quotes counts the spans in straight double quotes of three or more words
// in the visible paragraphs: the quotes an extractor should find.
func (a *Article) Quotes() int {
	n := 0
	for _, p := range a.Paragraphs {
		parts := strings.Split(p, `"`)
		for i := 1; i < len(parts); i += 2 {
			if len(strings.Fields(parts[i])) >= 3 {
				n++
			}
		}
	}
	return n
}

// site is the loaded data.
type site struct {
	outlets  []*Outlet
	byID     map[string]*Outlet
	articles []*Article // sorted by outlet order, then newest first
}

var (
	loadOnce sync.Once
	loaded   *site
	loadErr  error
)

// data returns the embedded site data, loaded and checked once. The data is
// compiled in, so an error is a programming error caught by the tests.
func data() *site {
	loadOnce.Do(func() { loaded, loadErr = load(files) })
	if loadErr != nil {
		panic(loadErr)
	}
	return loaded
}

// Outlets returns the demo outlets.
func Outlets() []Outlet {
	d := data()
	out := make([]Outlet, len(d.outlets))
	for i, o := range d.outlets {
		out[i] = *o
	}
	return out
}

// Updates returns the articles that change when the site publishes its
// updates, as they read afterwards (see Handler.PublishUpdates).
func Updates() []Article {
	var out []Article
	for _, a := range data().articles {
		if u := a.Updated(); u != nil {
			out = append(out, *u)
		}
	}
	return out
}

// Articles returns every demo article, grouped by outlet, newest first.
// Each is a copy; the Path and Paragraphs fields say what the page serves.
func Articles() []Article {
	d := data()
	out := make([]Article, len(d.articles))
	for i, a := range d.articles {
		out[i] = *a
	}
	return out
}

// DisallowedPaths returns paths robots.txt disallows. Each serves a page
// that looks like an article, so a crawler that fetches one indexes one
// article too many; Site.Hits tells whether it was requested.
func DisallowedPaths() []string {
	return []string{"/harbor-times/drafts/council-budget-embargoed.html", "/ledger/account/saved/"}
}

// load reads and checks the outlets and articles in fsys.
func load(fsys fs.FS) (*site, error) {
	s := &site{byID: map[string]*Outlet{}}
	raw, err := fs.ReadFile(fsys, "data/outlets.yaml")
	if err != nil {
		return nil, fmt.Errorf("demo: read outlets: %w", err)
	}
	if err := decodeStrict(raw, &s.outlets); err != nil {
		return nil, fmt.Errorf("demo: data/outlets.yaml: %w", err)
	}
	for i, o := range s.outlets {
		if o == nil {
			return nil, fmt.Errorf("demo: data/outlets.yaml: outlet %d is empty", i)
		}
		if _, dup := s.byID[o.ID]; dup {
			return nil, fmt.Errorf("demo: outlet %q defined twice", o.ID)
		}
		if !slices.Contains([]string{KindWordPress, KindWire, KindNewspaper, KindLiveBlog, KindPaywall, KindAMP}, o.Kind) {
			return nil, fmt.Errorf("demo: outlet %q: unknown kind %q", o.ID, o.Kind)
		}
		s.byID[o.ID] = o
	}
	names, err := fs.Glob(fsys, "data/articles-*.yaml")
	if err != nil {
		return nil, fmt.Errorf("demo: list articles: %w", err)
	}
	sort.Strings(names)
	paths := map[string]string{}
	for _, name := range names {
		raw, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("demo: read %s: %w", name, err)
		}
		var as []*Article
		if err := decodeStrict(raw, &as); err != nil {
			return nil, fmt.Errorf("demo: %s: %w", name, err)
		}
		for i, a := range as {
			if a == nil {
				return nil, fmt.Errorf("demo: %s: article %d is empty", name, i)
			}
			if err := s.fill(a); err != nil {
				return nil, fmt.Errorf("demo: %s: article %q: %w", name, a.Slug, err)
			}
			if prev, dup := paths[a.Path]; dup {
				return nil, fmt.Errorf("demo: %s: article %q has the same path as %q", name, a.Slug, prev)
			}
			paths[a.Path] = a.Slug
			s.articles = append(s.articles, a)
		}
	}
	order := map[string]int{}
	for i, o := range s.outlets {
		order[o.ID] = i
	}
	sort.SliceStable(s.articles, func(i, j int) bool {
		a, b := s.articles[i], s.articles[j]
		if a.Outlet != b.Outlet {
			return order[a.Outlet] < order[b.Outlet]
		}
		return a.Published.After(b.Published)
	})
	for i, a := range s.articles {
		a.id = 1040 + i
		if a.Kind == KindWire {
			a.Path = fmt.Sprintf("/wire/%s/%s-%s%d", a.Published.Format("2006/01"), a.Slug, strings.ToLower(s.byID[a.Outlet].Abbrev), a.id)
		}
	}
	return s, nil
}

// fill validates a and computes its derived fields.
func (s *site) fill(a *Article) error {
	o, ok := s.byID[a.Outlet]
	if !ok {
		return fmt.Errorf("unknown outlet %q", a.Outlet)
	}
	switch {
	case a.Slug == "" || strings.ContainsAny(a.Slug, "/ ?#"):
		return fmt.Errorf("bad slug %q", a.Slug)
	case a.Headline == "":
		return fmt.Errorf("no headline")
	case len(a.Authors) == 0:
		return fmt.Errorf("no authors")
	case a.Published.IsZero():
		return fmt.Errorf("no publication date")
	case a.Published.Year() != 2026 || !a.Published.Before(time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)):
		return fmt.Errorf("publication date %s outside 2026-01-01..2026-11-19", a.Published)
	case !a.Modified.IsZero() && a.Modified.Before(a.Published):
		return fmt.Errorf("modified before published")
	case !slices.Contains(o.Sections, a.Section):
		return fmt.Errorf("section %q not among %s's sections", a.Section, o.ID)
	}
	a.SiteName = o.Name
	a.Kind = o.Kind
	if u := a.Update; u != nil {
		switch {
		case u.Modified.IsZero() || !u.Modified.After(a.Published) || !a.Modified.IsZero() && !u.Modified.After(a.Modified):
			return fmt.Errorf("update: modified %s must be after the publication and modification dates", u.Modified)
		case u.Headline == "" && u.Body == "":
			return fmt.Errorf("update: changes neither headline nor body")
		case o.Kind == KindWire || o.Kind == KindLiveBlog || a.Paywalled:
			return fmt.Errorf("update: only plain articles are updated in the demo")
		}
	}
	paras := Paragraphs(a.Body)
	if len(paras) == 0 && len(a.Entries) == 0 {
		return fmt.Errorf("empty body")
	}
	switch o.Kind {
	case KindWordPress:
		if len(a.Bullets) == 0 {
			return fmt.Errorf("a %s article needs Quick Look bullets", o.Kind)
		}
		a.Path = fmt.Sprintf("/%s/%s/%s/", o.ID, a.Published.Format("2006/01/02"), a.Slug)
	case KindWire:
		if a.Dateline == "" {
			return fmt.Errorf("a wire article needs a dateline")
		}
		a.Path = "/wire/pending/" + a.Slug // set after sorting
	case KindNewspaper:
		if a.Image == nil || a.Image.Credit == "" {
			return fmt.Errorf("a newspaper article needs an image with a credit")
		}
		a.Path = fmt.Sprintf("/%s/%s/%s/%s.html", o.ID, sectionSlug(a.Section), a.Published.Format("2006/01/02"), a.Slug)
	case KindLiveBlog:
		if len(a.Entries) < 3 {
			return fmt.Errorf("a live blog needs at least three entries")
		}
		sort.SliceStable(a.Entries, func(i, j int) bool { return a.Entries[i].Time.After(a.Entries[j].Time) })
		a.Path = fmt.Sprintf("/%s/%s/", o.ID, a.Slug)
	case KindPaywall:
		if a.Teaser <= 0 {
			a.Teaser = 1
		}
		a.Path = fmt.Sprintf("/%s/news/%s", o.ID, a.Slug)
	case KindAMP:
		a.Path = fmt.Sprintf("/%s/amp/%s.html", o.ID, a.Slug)
	}
	if a.Paywalled {
		if a.Teaser > len(paras) {
			return fmt.Errorf("teaser of %d paragraphs but body has %d", a.Teaser, len(paras))
		}
		paras = paras[:a.Teaser]
	}
	if o.Kind == KindWire {
		// The dateline opens the first paragraph, as the wire prints it.
		paras = slices.Clone(paras)
		paras[0] = a.Dateline + " (" + o.Name + ") — " + paras[0]
	}
	a.Paragraphs = paras
	for _, e := range a.Entries {
		if e.Time.IsZero() || e.Time.Before(a.Published) {
			return fmt.Errorf("live entry %q has no time or one before publication", e.Title)
		}
		a.Paragraphs = append(a.Paragraphs, Paragraphs(e.Body)...)
	}
	return nil
}

// Paragraphs splits text on blank lines and joins each paragraph's lines
// with single spaces.
func Paragraphs(text string) []string {
	var out []string
	for _, block := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p := strings.Join(strings.Fields(block), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// sectionSlug turns "Business & Tech" into "business-tech".
func sectionSlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// decodeStrict decodes YAML, failing on unknown keys.
func decodeStrict(raw []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	return dec.Decode(v)
}

// articlesOf returns outlet o's articles, newest first, optionally only one
// section's.
func (s *site) articlesOf(o *Outlet, section string) []*Article {
	var out []*Article
	for _, a := range s.articles {
		if a.Outlet == o.ID && (section == "" || a.Section == section) {
			out = append(out, a)
		}
	}
	return out
}

// related returns up to n other articles of a's outlet, same section first.
func (s *site) related(a *Article, n int) []*Article {
	var same, other []*Article
	for _, b := range s.articles {
		if b == a || b.Outlet != a.Outlet {
			continue
		}
		if b.Section == a.Section {
			same = append(same, b)
		} else {
			other = append(other, b)
		}
	}
	out := append(same, other...)
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// sectionPath is the listing path of an outlet's section.
func sectionPath(o *Outlet, section string) string {
	if o.Kind == KindWordPress {
		return path.Join("/", o.ID, "category", sectionSlug(section)) + "/"
	}
	return path.Join("/", o.ID, "section", sectionSlug(section)) + "/"
}
