package web

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/index"
)

// slowSearcher answers every search after a pause.
type slowSearcher struct {
	index.Searcher
	pause time.Duration
}

func (s slowSearcher) Search(ctx context.Context, q index.Query) (*index.Results, error) {
	select {
	case <-time.After(s.pause):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return s.Searcher.Search(ctx, q)
}

// TestSlowAnswersOutliveTheServersWriteTimeout: a CSV export may take
// DefaultExportTimeout and a page its request timeout, longer than the
// write timeout of the server Byline runs the site on
// (pipeline.NewHTTPServer: 60 s); the answer was cut off at that timeout.
// Here the server's write timeout is shorter than one search.
func TestSlowAnswersOutliveTheServersWriteTimeout(t *testing.T) {
	s := slowSearcher{Searcher: loadFixtures(t), pause: 300 * time.Millisecond}
	srv := httptest.NewUnstartedServer(New(s, WithRequestTimeout(time.Minute)))
	srv.Config.WriteTimeout = 100 * time.Millisecond
	srv.Start()
	defer srv.Close()
	for _, path := range []string{"/search.csv?site=Harbor+Times", "/api/search?q=rates"} {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Errorf("%s: %v (the answer was cut off)", path, err)
			continue
		}
		body, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil || res.StatusCode != http.StatusOK || !strings.Contains(string(body), "Harbor Times") && !strings.Contains(string(body), "rates") {
			t.Errorf("%s: %d, %v:\n%.300s", path, res.StatusCode, err, body)
		}
	}
}
