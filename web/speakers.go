package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/byline/byline/index"
)

// speakerView is the data of a speaker's page: every quote of one person
// (the whole name, case-insensitive) across articles, with dates and
// sites, and their quotes over time.
type speakerView struct {
	page
	Name        string
	P           params
	Total       uint64 // quotes
	Articles    uint64 // articles quoting them
	From, To    int
	Sort        string
	Hits        []quoteHitView
	Sites       []facetBucket
	First, Last string // first and last day quoted
	Pager       pager
	Timeline    *timelineView
	Suggestions []suggestedName
	Export      exportLink
	QuotesURL   string // the quote search for the name as words (surname matches)
}

// maxSpeakerSites caps the sites listed on a speaker page.
const maxSpeakerSites = 10

func (srv *server) handleSpeakerPage(w http.ResponseWriter, r *http.Request) {
	name := strings.Join(strings.Fields(r.PathValue("name")), " ")
	if name == "" || len(name) > maxQueryLen || !utf8.ValidString(name) {
		srv.renderError(w, r, http.StatusNotFound, "There is no speaker page at this address.")
		return
	}
	p, err := parseParams(r, speakerURL(name))
	if err != nil {
		srv.pageFail(w, r, err)
		return
	}
	// The name is the page: other name filters and "exact" do not apply.
	delete(p.Filters, "speaker")
	p.Exact = false
	q, err := p.query((p.Page-1)*srv.cfg.pageSize, srv.cfg.pageSize)
	if err != nil {
		srv.pageFail(w, r, err)
		return
	}
	q.Speaker, q.ExactNames, q.Timeline, q.Facets = name, true, true, false
	ctx, cancel := srv.searchContext(r)
	defer cancel()
	res, err := srv.s.SearchQuotes(ctx, q)
	if err != nil {
		srv.pageFail(w, r, fmt.Errorf("speaker %q: %w", name, err))
		return
	}
	// The articles quoting them, and their sites.
	aq := q
	aq.Text, aq.From, aq.Limit, aq.Facets, aq.Timeline = "", 0, 1, true, false
	arts, err := srv.s.Search(ctx, aq)
	if err != nil {
		srv.pageFail(w, r, fmt.Errorf("speaker %q: %w", name, err))
		return
	}
	v := speakerView{
		page:      page{SiteTitle: srv.cfg.title, Title: name + " – quotes", Nav: "quotes"},
		Name:      name,
		P:         p,
		Total:     res.Total,
		Articles:  arts.Total,
		From:      (p.Page-1)*srv.cfg.pageSize + 1,
		Sort:      p.EffectiveSort(),
		Hits:      quoteHitViews(res.Hits),
		Pager:     newPager(p, res.Total, srv.cfg.pageSize),
		Timeline:  newTimeline(p, res.Timeline, "quotes"),
		QuotesURL: "/quotes?" + url.Values{"speaker": {name}}.Encode(),
	}
	v.To = v.From + len(res.Hits) - 1
	if n := len(res.Timeline); n > 0 {
		v.First, v.Last = res.Timeline[0].Value, res.Timeline[n-1].Value
	}
	for _, f := range arts.Facets["site"] {
		if len(v.Sites) == maxSpeakerSites {
			break
		}
		v.Sites = append(v.Sites, facetBucket{Label: f.Value, Count: f.Count,
			URL: "/?" + url.Values{"site": {f.Value}, "speaker": {name}, "exact": {"1"}}.Encode()})
	}
	ex := p.clone()
	ex.path = "/quotes.csv"
	ex.Filters["speaker"] = name
	ex.Exact = true
	v.Export = newExportLink(ex, "/quotes.csv", res.Total)
	if res.Total == 0 && p.Q == "" && !p.Active() {
		near, err := srv.s.SuggestNames(ctx, index.NameQuery{Field: index.FieldSpeaker, Value: name, Quotes: true})
		if err != nil {
			srv.pageFail(w, r, fmt.Errorf("speaker %q: %w", name, err))
			return
		}
		for _, f := range near {
			v.Suggestions = append(v.Suggestions, suggestedName{Value: f.Value, Count: f.Count, URL: speakerURL(f.Value)})
		}
	}
	status := http.StatusOK
	if res.Total == 0 && p.Q == "" && !p.Active() {
		status = http.StatusNotFound // nobody of that name is quoted
	}
	srv.render(w, r, status, "speaker", v)
}
