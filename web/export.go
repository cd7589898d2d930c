package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/byline/byline/index/export"
)

// DefaultExportTimeout bounds a CSV download: it pages through up to
// export.MaxRows hits.
const DefaultExportTimeout = 2 * time.Minute

// handleExport serves /search.csv and /quotes.csv: every hit of the same
// search as the page, up to export.MaxRows, as CSV with a header row,
// streamed page by page. An error before the first row is an ordinary
// error answer; an error later cuts the connection, so a client never
// mistakes a partial file for a whole one.
func (srv *server) handleExport(quotes bool) http.HandlerFunc {
	name, path := "articles", "/search.csv"
	if quotes {
		name, path = "quotes", "/quotes.csv"
	}
	return func(w http.ResponseWriter, r *http.Request) {
		p, err := parseParams(r, path)
		if err != nil {
			srv.apiFail(w, r, err)
			return
		}
		q, err := p.query(0, export.MaxRows)
		if err != nil {
			srv.apiFail(w, r, err)
			return
		}
		q.Facets = false
		ctx, cancel := context.WithTimeout(r.Context(), DefaultExportTimeout)
		defer cancel()
		lw := &lazyWriter{w: w, start: func() {
			h := w.Header()
			h.Set("Content-Type", "text/csv; charset=utf-8")
			h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="byline-%s-%s.csv"`, name, time.Now().UTC().Format("20060102-150405")))
			h.Set("Cache-Control", "no-store")
			h.Set("X-Byline-Export-Cap", strconv.Itoa(export.MaxRows))
			w.WriteHeader(http.StatusOK)
		}}
		ew, err := export.NewWriter(lw, export.CSV, quotes)
		if err != nil {
			srv.apiFail(w, r, err)
			return
		}
		rc := http.NewResponseController(w)
		_ = rc.SetWriteDeadline(time.Now().Add(DefaultExportTimeout + writeSlack)) // longer than the server's write timeout
		total, err := export.Run(ctx, srv.s, q, export.MaxRows, ew, func() error {
			if err := rc.Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
				return fmt.Errorf("flush: %w", err)
			}
			return nil
		})
		switch {
		case err != nil && !lw.started:
			srv.apiFail(w, r, fmt.Errorf("export %s %q: %w", name, q.Text, err))
		case err != nil:
			srv.logFailure(r, http.StatusInternalServerError, fmt.Errorf("export %s %q after %d rows: %w", name, q.Text, ew.Rows(), err))
			panic(http.ErrAbortHandler)
		default:
			srv.log.Debug("web: export", "what", name, "rows", ew.Rows(), "total", total)
		}
	}
}

// lazyWriter sends the response header on the first write, so an export
// that fails before any row can still answer with an error status.
type lazyWriter struct {
	w       http.ResponseWriter
	start   func()
	started bool
}

func (l *lazyWriter) Write(b []byte) (int, error) {
	if !l.started {
		l.started = true
		l.start()
	}
	return l.w.Write(b)
}
