package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/internal/syncbuf"
)

// TestScheduleMetrics: byline schedule --metrics-addr serves the crawl
// metrics byline run has (per job), byline_pages_published_total when it
// publishes to NATS, /healthz, and a /readyz that follows NATS. The crawl
// metrics existed only under byline run, so the long-running scheduler of
// the compose deployment could not be watched at all.
func TestScheduleMetrics(t *testing.T) {
	for _, tc := range []struct {
		name string
		nats bool
		want []string // metrics that must be > 0
	}{
		{"files", false, []string{`byline_crawl_pages_total{job="news",kind="fetched"}`, `byline_crawl_pages_total{job="news",kind="new"}`}},
		{"nats", true, []string{`byline_crawl_pages_total{job="news",kind="fetched"}`, `byline_pages_published_total`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			site := newNewsSite(t, 3, -1)
			dir := t.TempDir()
			cfg := filepath.Join(dir, "byline.yaml")
			if err := os.WriteFile(cfg, []byte("crawl:\n  jobs:\n    - name: news\n      seeds: [\""+site.url("/")+"\"]\n"+
				"      allow_private: true\n      schedule: '@yearly'\n      data_dir: "+dir+"\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			// Port 0: the command binds a free port itself and logs it
			// (at info), where a port picked here could be taken before
			// the command binds it.
			args := []string{"schedule", "--config", cfg, "--run-now", "--metrics-addr", "127.0.0.1:0", "--log-level", "info"}
			stopNATS := func() {}
			if tc.nats {
				srv := listeningBus(ctx, t)
				args = append(args, "--nats", srv.ClientURL())
				stopNATS = srv.Shutdown
			}
			var out, errb syncbuf.Buffer
			exited := make(chan int, 1)
			go func() { exited <- runCLI(ctx, args, &out, &errb) }()
			base := "http://" + loggedAddr(t, exited, &errb, "serving /metrics, /healthz and /readyz")
			waitUntil(t, 30*time.Second, exited, &errb, "the crawl metrics", func() bool {
				_, body := httpGet(base + "/metrics")
				for _, m := range tc.want {
					if metricValue(body, m) <= 0 {
						return false
					}
				}
				return true
			})
			for _, p := range []string{"/healthz", "/readyz"} {
				if code, body := httpGet(base + p); code != 200 {
					t.Errorf("%s = %d %q, want 200", p, code, body)
				}
			}
			if tc.nats {
				stopNATS()
				waitUntil(t, 30*time.Second, exited, &errb, "/readyz to fail without NATS", func() bool {
					code, body := httpGet(base + "/readyz")
					return code == 503 && strings.Contains(body, "nats: ")
				})
				if code, _ := httpGet(base + "/healthz"); code != 200 {
					t.Errorf("/healthz = %d without NATS, want 200: liveness does not follow NATS", code)
				}
			}
			cancel()
			if code := <-exited; code != 0 && code != 130 {
				t.Errorf("byline schedule: exit %d\n%s", code, errb.String())
			}
		})
	}
}

// httpGet returns the status and body of url (0 when it does not answer).
func httpGet(url string) (int, string) {
	resp, err := probeClient.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// metricValue is the value of the series named exactly by series (name
// and labels as exposed) in a text exposition, or -1 if absent.
func metricValue(exposition, series string) float64 {
	re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`)
	m := re.FindStringSubmatch(exposition)
	if m == nil {
		return -1
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return -1
	}
	return v
}
