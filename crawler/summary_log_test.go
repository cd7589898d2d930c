package crawler

import (
	"log/slog"
	"reflect"
	"strings"
	"testing"
)

// TestLogAttrsComplete: the "crawl finished" log line carries every
// counter of a run. It is the record of a byline crawl run by a CronJob,
// whose pod no Prometheus scrapes in time; requests, retries and
// discovered URLs were in the printed summary only.
func TestLogAttrsComplete(t *testing.T) {
	keys := map[string]bool{}
	attrs := Summary{}.LogAttrs()
	for i := 0; i < len(attrs); i++ {
		switch a := attrs[i].(type) {
		case string:
			keys[a] = true
			i++ // its value
		case slog.Attr:
			keys[a.Key] = true
		}
	}
	want := []string{"stopped", "duration", "blocked", "errors", "errors_by_kind", "blocked_by_host", "unreachable", "dropped", "dropped_by_cap"}
	st := reflect.TypeFor[Stats]()
	for i := range st.NumField() {
		if tag := strings.Split(st.Field(i).Tag.Get("json"), ",")[0]; tag != "in_flight" {
			want = append(want, tag)
		}
	}
	for _, k := range want {
		if !keys[k] {
			t.Errorf("the crawl finished line lacks %q", k)
		}
	}
}
