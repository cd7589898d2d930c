package demo

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"image"
	"image/color"
	"image/jpeg"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Handler serves the demo site. It is safe for concurrent use.
type Handler struct {
	d      *site
	tmpl   *template.Template
	routes map[string]route
	jpeg   []byte

	mu   sync.Mutex
	hits map[string]int

	updated atomic.Bool // PublishUpdates was called
}

// route renders one path for a request whose site root is base.
type route struct {
	contentType string
	render      func(h *Handler, base string) ([]byte, error)
}

// Site returns the demo site's handler: see NewHandler.
func Site() http.Handler { return NewHandler() }

// NewHandler builds the demo site. Paths are those of Articles (plus
// listings, sitemaps, feeds, robots.txt and images); absolute URLs in pages
// use the request's Host, so the handler can be mounted on any address.
func NewHandler() *Handler {
	h := &Handler{d: data(), routes: map[string]route{}, hits: map[string]int{}}
	h.tmpl = template.Must(template.New("demo").Funcs(funcs).ParseFS(files, "templates/*.html"))
	h.jpeg = placeholderJPEG()
	h.addRoutes()
	return h
}

// PublishUpdates makes the site serve every article's Update from now on
// (new headline, body, modified date, sitemap and feed lastmod): what an
// outlet does when it edits a story after publishing it. The demo crawls
// once before and once after.
func (h *Handler) PublishUpdates() { h.updated.Store(true) }

// cur returns a as the site serves it now.
func (h *Handler) cur(a *Article) *Article {
	if h.updated.Load() {
		if u := a.Updated(); u != nil {
			return u
		}
	}
	return a
}

// curs returns the articles as the site serves them now.
func (h *Handler) curs(as []*Article) []*Article {
	if !h.updated.Load() {
		return as
	}
	out := make([]*Article, len(as))
	for i, a := range as {
		out[i] = h.cur(a)
	}
	return out
}

// Hits returns how many times path was requested (whatever the status).
func (h *Handler) Hits(path string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.hits[path]
}

// Paths returns every path the site serves with status 200, sorted.
func (h *Handler) Paths() []string {
	out := make([]string, 0, len(h.routes))
	for p := range h.routes {
		out = append(out, p)
	}
	sortStrings(out)
	return out
}

// ServeHTTP serves one page.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	h.hits[r.URL.Path]++
	h.mu.Unlock()
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	rt, ok := h.routes[r.URL.Path]
	if !ok {
		// WordPress and friends redirect a path without its trailing slash.
		if rt2, ok2 := h.routes[r.URL.Path+"/"]; ok2 && rt2.contentType != "" {
			http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, "<!doctype html><title>Not found</title><h1>Page not found</h1><p><a href=\"/\">Home</a></p>")
		return
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	body, err := rt.render(h, scheme+"://"+r.Host)
	if err != nil {
		slog.Error("demo: render page", "path", r.URL.Path, "err", err)
		http.Error(w, "render failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", rt.contentType)
	w.Header().Set("Last-Modified", lastModified.UTC().Format(http.TimeFormat))
	w.Header().Set("Cache-Control", "public, max-age=300")
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(body)
}

// lastModified is the fixed Last-Modified of every page.
var lastModified = time.Date(2026, 11, 19, 12, 0, 0, 0, time.UTC)

const (
	ctHTML = "text/html; charset=utf-8"
	ctXML  = "application/xml; charset=utf-8"
)

// page is what every HTML template receives.
type page struct {
	Base     string
	Outlet   *Outlet
	Outlets  []*Outlet
	Article  *Article
	Articles []*Article
	Related  []*Article
	Latest   []*Article // the outlet's newest articles, for tickers and sidebars
	Section  string
	JSONLD   template.JS
	Title    string
	Path     string
}

// Abs makes a site path absolute.
func (p *page) Abs(path string) string { return p.Base + path }

func (h *Handler) addRoutes() {
	d := h.d
	html := func(name string, mk func() *page) route {
		return route{ctHTML, func(h *Handler, base string) ([]byte, error) {
			p := mk()
			p.Base = base
			p.Outlets = d.outlets
			p.Articles, p.Related = h.curs(p.Articles), h.curs(p.Related)
			if p.Article != nil {
				p.Article = h.cur(p.Article)
			}
			if p.Outlet != nil {
				p.Latest = h.curs(d.articlesOf(p.Outlet, ""))
				if len(p.Latest) > 5 {
					p.Latest = p.Latest[:5]
				}
			}
			if p.Article != nil {
				ld, err := articleJSONLD(base, p.Article, d.byID[p.Article.Outlet])
				if err != nil {
					return nil, err
				}
				p.JSONLD = ld
			} else {
				ld, err := listJSONLD(base, p)
				if err != nil {
					return nil, err
				}
				p.JSONLD = ld
			}
			var buf bytes.Buffer
			if err := h.tmpl.ExecuteTemplate(&buf, name, p); err != nil {
				return nil, fmt.Errorf("template %s for %s: %w", name, p.Path, err)
			}
			return buf.Bytes(), nil
		}}
	}
	h.routes["/"] = html("portal", func() *page { return &page{Title: "Byline demo news", Path: "/"} })
	h.routes["/robots.txt"] = route{"text/plain; charset=utf-8", func(h *Handler, base string) ([]byte, error) {
		return robotsTxt(base), nil
	}}
	h.routes["/sitemap_index.xml"] = route{ctXML, func(h *Handler, base string) ([]byte, error) {
		return sitemapIndex(base, d, h.curs)
	}}
	for _, o := range d.outlets {
		o := o
		all := d.articlesOf(o, "")
		h.routes["/"+o.ID+"/"] = html(o.Kind+"/list", func() *page {
			return &page{Outlet: o, Articles: all, Title: o.Name, Path: "/" + o.ID + "/"}
		})
		for _, sec := range o.Sections {
			sec := sec
			sp := sectionPath(o, sec)
			list := d.articlesOf(o, sec)
			h.routes[sp] = html(o.Kind+"/list", func() *page {
				return &page{Outlet: o, Articles: list, Section: sec, Title: sec + " | " + o.Name, Path: sp}
			})
		}
		h.routes[feedPath(o)] = route{feedType(o), func(h *Handler, base string) ([]byte, error) {
			return feed(base, o, h.curs(all))
		}}
		h.routes[sitemapPath(o)] = route{ctXML, func(h *Handler, base string) ([]byte, error) {
			return sitemap(base, o, h.curs(all))
		}}
		byAuthor := map[string][]*Article{}
		for _, a := range all {
			for _, n := range a.Authors {
				byAuthor[n] = append(byAuthor[n], a)
			}
		}
		for n, list := range byAuthor {
			n, list := n, list
			ap := "/" + o.ID + "/author/" + sectionSlug(n) + "/"
			h.routes[ap] = html(o.Kind+"/list", func() *page {
				return &page{Outlet: o, Articles: list, Section: n, Title: n + " | " + o.Name, Path: ap}
			})
		}
		h.routes["/"+o.ID+"/media/logo.jpg"] = route{"image/jpeg", func(h *Handler, _ string) ([]byte, error) { return h.jpeg, nil }}
		for _, a := range all {
			a := a
			h.routes[a.Path] = html(o.Kind+"/article", func() *page {
				return &page{Outlet: o, Article: a, Related: d.related(a, 3), Title: a.Headline, Path: a.Path}
			})
			if a.Image != nil {
				h.routes[imagePath(a)] = route{"image/jpeg", func(h *Handler, _ string) ([]byte, error) { return h.jpeg, nil }}
			}
		}
	}
	// Pages under Disallow'd paths: articles in every respect but robots.
	for _, p := range DisallowedPaths() {
		p := p
		o := d.byID[strings.Split(p, "/")[1]]
		draft := &Article{
			Outlet: o.ID, Slug: "embargoed", Section: o.Sections[0], SiteName: o.Name, Kind: KindNewspaper,
			Headline: "EMBARGOED: Council budget draft (not for publication)",
			Summary:  "Draft copy held under embargo. A polite crawler never fetches this page.",
			Authors:  []string{"Desk Editor"}, Path: p,
			Published: time.Date(2026, 11, 18, 9, 0, 0, 0, time.UTC),
			Image:     &Image{File: "draft.jpg", Caption: "Draft image", Credit: "Staff"},
			Paragraphs: []string{
				`This draft story is under embargo and sits behind a robots.txt Disallow rule. "If you can read this in an index, the crawler ignored robots.txt," the desk editor wrote in a note on Tuesday.`,
				"The council's draft budget would raise the harbor levy by two percent, according to the papers seen by this newspaper last week.",
			},
		}
		h.routes[p] = html("newspaper/article", func() *page {
			return &page{Outlet: o, Article: draft, Title: draft.Headline, Path: p}
		})
		h.routes[imagePath(draft)] = route{"image/jpeg", func(h *Handler, _ string) ([]byte, error) { return h.jpeg, nil }}
	}
}

// imagePath is where an article's image is served.
func imagePath(a *Article) string {
	if a.Image == nil {
		return ""
	}
	return "/" + a.Outlet + "/media/" + a.Published.Format("2006/01/") + a.Image.File
}

// placeholderJPEG is the one small picture every image URL serves.
func placeholderJPEG() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 32, 20))
	for y := range 20 {
		for x := range 32 {
			img.Set(x, y, color.RGBA{uint8(90 + x*3), uint8(120 + y*4), 160, 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 60}); err != nil {
		panic(fmt.Sprintf("demo: encode placeholder image: %v", err))
	}
	return buf.Bytes()
}

// articleJSONLD builds the article's structured data: NewsArticle (in a
// Yoast-style @graph on WordPress), or LiveBlogPosting for live blogs.
func articleJSONLD(base string, a *Article, o *Outlet) (template.JS, error) {
	authors := make([]map[string]any, len(a.Authors))
	for i, n := range a.Authors {
		authors[i] = map[string]any{"@type": "Person", "name": n, "url": base + "/" + o.ID + "/author/" + sectionSlug(n) + "/"}
	}
	publisher := map[string]any{
		"@type": "Organization", "name": o.Name, "url": base + "/" + o.ID + "/",
		"logo": map[string]any{"@type": "ImageObject", "url": base + "/" + o.ID + "/media/logo.jpg", "width": 600, "height": 60},
	}
	typ := "NewsArticle"
	if o.Kind == KindLiveBlog {
		typ = "LiveBlogPosting"
	}
	art := map[string]any{
		"@context":         "https://schema.org",
		"@type":            typ,
		"headline":         a.Headline,
		"description":      a.Summary,
		"datePublished":    a.Published.Format(time.RFC3339),
		"author":           authors,
		"publisher":        publisher,
		"mainEntityOfPage": map[string]any{"@type": "WebPage", "@id": base + a.Path},
		"articleSection":   a.Section,
		"inLanguage":       o.Language,
	}
	if !a.Modified.IsZero() {
		art["dateModified"] = a.Modified.Format(time.RFC3339)
	}
	if len(a.Tags) > 0 {
		art["keywords"] = strings.Join(a.Tags, ", ")
	}
	if a.Image != nil {
		art["image"] = map[string]any{"@type": "ImageObject", "url": base + imagePath(a), "width": 1200, "height": 750, "caption": a.Image.Caption}
	}
	if a.Dateline != "" {
		art["dateline"] = a.Dateline
	}
	if a.Paywalled {
		art["isAccessibleForFree"] = false
		art["hasPart"] = map[string]any{"@type": "WebPageElement", "isAccessibleForFree": false, "cssSelector": ".article-locked"}
	} else if o.Kind == KindPaywall {
		art["isAccessibleForFree"] = true
	}
	if o.Kind == KindLiveBlog {
		art["coverageStartTime"] = a.Published.Format(time.RFC3339)
		art["coverageEndTime"] = a.Entries[0].Time.Add(2 * time.Hour).Format(time.RFC3339)
		var ups []map[string]any
		for i, e := range a.Entries {
			ups = append(ups, map[string]any{
				"@type": "BlogPosting", "headline": e.Title, "datePublished": e.Time.Format(time.RFC3339),
				"url": base + a.Path + fmt.Sprintf("#entry-%d", len(a.Entries)-i), "articleBody": strings.Join(Paragraphs(e.Body), "\n\n"),
			})
		}
		art["liveBlogUpdate"] = ups
	}
	var v any = art
	if o.Kind == KindWordPress {
		// Yoast wraps everything in one @graph.
		delete(art, "@context")
		art["@id"] = base + a.Path + "#article"
		v = map[string]any{"@context": "https://schema.org", "@graph": []any{
			map[string]any{"@type": "WebPage", "@id": base + a.Path, "url": base + a.Path, "name": a.Headline + " - " + o.Name, "inLanguage": o.Language},
			art,
			map[string]any{"@type": "BreadcrumbList", "itemListElement": []any{
				map[string]any{"@type": "ListItem", "position": 1, "name": "Home", "item": base + "/" + o.ID + "/"},
				map[string]any{"@type": "ListItem", "position": 2, "name": a.Section, "item": base + sectionPath(o, a.Section)},
				map[string]any{"@type": "ListItem", "position": 3, "name": a.Headline},
			}},
		}}
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("json-ld for %s: %w", a.Path, err)
	}
	return template.JS(b), nil // json.Marshal escapes <, > and &, so it cannot close the script
}

// listJSONLD marks a listing as what it is: a CollectionPage whose main
// entity is the list of its articles (the home page of the network is a
// WebSite).
func listJSONLD(base string, p *page) (template.JS, error) {
	v := map[string]any{"@context": "https://schema.org", "@type": "CollectionPage", "name": p.Title, "url": base + p.Path}
	if p.Outlet == nil {
		v["@type"] = "WebSite"
	} else {
		items := make([]map[string]any, len(p.Articles))
		for i, a := range p.Articles {
			items[i] = map[string]any{"@type": "ListItem", "position": i + 1, "url": base + a.Path, "name": a.Headline}
		}
		v["mainEntity"] = map[string]any{"@type": "ItemList", "numberOfItems": len(items), "itemListElement": items}
		v["isPartOf"] = map[string]any{"@type": "WebSite", "name": p.Outlet.Name, "url": base + "/" + p.Outlet.ID + "/"}
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("json-ld for %s: %w", p.Path, err)
	}
	return template.JS(b), nil
}
