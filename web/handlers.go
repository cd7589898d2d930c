package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
)

// apiError is the JSON body of every error the API returns.
type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// classify maps an error to an HTTP status and a message safe to show.
// Internal errors get a generic message; the details go to the log.
func classify(err error) (status int, msg string) {
	switch {
	case errors.Is(err, errBadRequest):
		return http.StatusBadRequest, strings.TrimPrefix(err.Error(), errBadRequest.Error()+": ")
	case errors.Is(err, index.ErrBadQuery):
		msg := err.Error()
		if i := strings.Index(msg, index.ErrBadQuery.Error()); i >= 0 {
			msg = "cannot read the query" + strings.TrimPrefix(msg[i:], index.ErrBadQuery.Error())
		}
		return http.StatusBadRequest, msg
	case errors.Is(err, index.ErrNotFound):
		return http.StatusNotFound, "no article has this id"
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, "the search took too long; try a narrower query"
	case errors.Is(err, index.ErrUnavailable):
		return http.StatusServiceUnavailable, "the search index is unavailable; try again shortly"
	default:
		return http.StatusInternalServerError, "internal error"
	}
}

// logFailure logs err unless it is the client's doing.
func (srv *server) logFailure(r *http.Request, status int, err error) {
	switch {
	case errors.Is(err, context.Canceled) && r.Context().Err() != nil:
		srv.log.Debug("web: client went away", "path", r.URL.Path)
	case status == http.StatusServiceUnavailable || status == http.StatusGatewayTimeout:
		// The index is down (readiness already says so) or a search ran
		// past its deadline: expected under load or an outage, not a bug.
		srv.log.Warn("web: request failed", "path", r.URL.Path, "query", r.URL.RawQuery, "status", status, "err", err)
	case status >= 500:
		srv.log.Error("web: request failed", "path", r.URL.Path, "query", r.URL.RawQuery, "status", status, "err", err)
	default:
		srv.log.Debug("web: bad request", "path", r.URL.Path, "status", status, "err", err)
	}
}

// writeJSON writes v as JSON with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":"internal error: cannot encode the response","status":500}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// retryOutage tells a client when to try again after a 503 for an index
// that does not answer, as the 503 of a full search gate does.
func retryOutage(w http.ResponseWriter, status int) {
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", strconv.Itoa(retryAfter))
	}
}

func (srv *server) apiFail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := classify(err)
	srv.logFailure(r, status, err)
	retryOutage(w, status)
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, status, apiError{Error: msg, Status: status})
}

// apiPage returns from and limit for the JSON API: page counts pages of
// limit hits, as on the site (parseParams refuses page with from).
func apiPage(p params) (from, limit int) {
	limit = p.Limit
	if limit == 0 {
		limit = DefaultPageSize
	}
	return p.From + (p.Page-1)*limit, limit // page <= MaxWindow, limit <= MaxLimit: no overflow
}

func (srv *server) handleAPISearch(w http.ResponseWriter, r *http.Request) {
	p, err := parseParams(r, "/api/search")
	if err != nil {
		srv.apiFail(w, r, err)
		return
	}
	q, err := p.query(apiPage(p))
	if err != nil {
		srv.apiFail(w, r, err)
		return
	}
	ctx, cancel := srv.searchContext(r)
	defer cancel()
	res, err := srv.s.Search(ctx, q)
	if err != nil {
		srv.apiFail(w, r, fmt.Errorf("search %q: %w", q.Text, err))
		return
	}
	if res.Hits == nil {
		res.Hits = []index.Hit{}
	}
	writeJSON(w, http.StatusOK, res)
}

func (srv *server) handleAPIQuotes(w http.ResponseWriter, r *http.Request) {
	p, err := parseParams(r, "/api/quotes")
	if err != nil {
		srv.apiFail(w, r, err)
		return
	}
	q, err := p.query(apiPage(p))
	if err != nil {
		srv.apiFail(w, r, err)
		return
	}
	ctx, cancel := srv.searchContext(r)
	defer cancel()
	res, err := srv.s.SearchQuotes(ctx, q)
	if err != nil {
		srv.apiFail(w, r, fmt.Errorf("search quotes %q: %w", q.Text, err))
		return
	}
	if res.Hits == nil {
		res.Hits = []index.QuoteHit{}
	}
	writeJSON(w, http.StatusOK, res)
}

// validID reports whether id can be an article id: article.IDFor makes
// lowercase hex, but other id schemes are tolerated as long as they are
// short and printable.
func validID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	for _, c := range id {
		if c <= ' ' || c == 0x7f || c == '/' {
			return false
		}
	}
	return true
}

func (srv *server) getArticle(r *http.Request) (*article.Article, error) {
	id := r.PathValue("id")
	if !validID(id) {
		return nil, fmt.Errorf("get article: %w", index.ErrNotFound)
	}
	ctx, cancel := srv.searchContext(r)
	defer cancel()
	a, err := srv.s.Get(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("get article %s: %w", id, err)
	}
	return a, nil
}

func (srv *server) handleAPIArticle(w http.ResponseWriter, r *http.Request) {
	a, err := srv.getArticle(r)
	if err != nil {
		srv.apiFail(w, r, err)
		return
	}
	a.Normalize()
	writeJSON(w, http.StatusOK, a)
}

func (srv *server) handleAPINotFound(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeJSON(w, http.StatusMethodNotAllowed, apiError{Error: "the API only reads: use GET", Status: http.StatusMethodNotAllowed})
		return
	}
	writeJSON(w, http.StatusNotFound, apiError{Error: "no such endpoint: " + r.URL.Path, Status: http.StatusNotFound})
}

func (srv *server) handleNotFound(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		srv.renderError(w, r, http.StatusMethodNotAllowed, "This site only reads: use GET.")
		return
	}
	srv.renderError(w, r, http.StatusNotFound, "There is no page at this address.")
}

func (srv *server) handleSearchPage(w http.ResponseWriter, r *http.Request) {
	p, q, ok := srv.pageQuery(w, r, "/")
	if !ok {
		return
	}
	ctx, cancel := srv.searchContext(r)
	defer cancel()
	res, err := srv.s.Search(ctx, q)
	if err != nil {
		srv.pageFail(w, r, fmt.Errorf("search %q: %w", q.Text, err))
		return
	}
	if sugg, ok := srv.suggestWhenEmpty(ctx, w, r, p, q, res.Total, false); ok {
		srv.render(w, r, http.StatusOK, "search", newSearchView(srv, p, res, sugg))
	}
}

func (srv *server) handleQuotesPage(w http.ResponseWriter, r *http.Request) {
	p, q, ok := srv.pageQuery(w, r, "/quotes")
	if !ok {
		return
	}
	ctx, cancel := srv.searchContext(r)
	defer cancel()
	res, err := srv.s.SearchQuotes(ctx, q)
	if err != nil {
		srv.pageFail(w, r, fmt.Errorf("search quotes %q: %w", q.Text, err))
		return
	}
	if sugg, ok := srv.suggestWhenEmpty(ctx, w, r, p, q, res.Total, true); ok {
		srv.render(w, r, http.StatusOK, "quotes", newQuotesView(srv, p, res, sugg))
	}
}

// pageQuery reads a results page's parameters and the query of its page
// of results (with the timeline the page draws); on a bad parameter it
// has answered the request and returns false.
func (srv *server) pageQuery(w http.ResponseWriter, r *http.Request, path string) (params, index.Query, bool) {
	p, err := parseParams(r, path)
	if err != nil {
		srv.pageFail(w, r, err)
		return p, index.Query{}, false
	}
	q, err := p.query((p.Page-1)*srv.cfg.pageSize, srv.cfg.pageSize)
	if err != nil {
		srv.pageFail(w, r, err)
		return p, q, false
	}
	q.Timeline = true
	return p, q, true
}

// suggestWhenEmpty proposes other searches when a results page found
// nothing; when that fails it has answered the request and returns false.
func (srv *server) suggestWhenEmpty(ctx context.Context, w http.ResponseWriter, r *http.Request, p params, q index.Query, total uint64, quotes bool) ([]suggestionView, bool) {
	if total > 0 {
		return nil, true
	}
	sugg, err := srv.suggest(ctx, p, q, quotes)
	if err != nil {
		srv.pageFail(w, r, err)
		return nil, false
	}
	return sugg, true
}

func (srv *server) handleArticlePage(w http.ResponseWriter, r *http.Request) {
	a, err := srv.getArticle(r)
	if err != nil {
		srv.pageFail(w, r, err)
		return
	}
	srv.render(w, r, http.StatusOK, "article", newArticleView(srv, a))
}

func (srv *server) pageFail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := classify(err)
	srv.logFailure(r, status, err)
	retryOutage(w, status)
	if status == http.StatusNotFound {
		msg = "There is no article with this id. It may have been removed from the index."
	}
	srv.renderError(w, r, status, msg)
}
