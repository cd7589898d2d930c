package esnode

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func health(t *testing.T, url string) (string, error) {
	t.Helper()
	c := http.Client{Timeout: 10 * time.Second}
	res, err := c.Get(url + "/_cluster/health")
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return string(b), err
}

// TestLiveLaunchStopRestart starts one node, stops it (its port then refuses),
// brings it back on the same port and data, and closes it.
func TestLiveLaunchStopRestart(t *testing.T) {
	c := Launch(t, Options{Heap: "256m"})
	if !strings.HasPrefix(c.Version, "8.") {
		t.Errorf("version %q, want 8.x", c.Version)
	}
	if h, err := health(t, c.URLs[0]); err != nil || !strings.Contains(h, `"status":"green"`) {
		t.Fatalf("health = %s, %v", h, err)
	}
	ctx := context.Background()
	if err := c.Stop(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := health(t, c.URLs[0]); err == nil {
		t.Error("the stopped node still answers")
	}
	if err := c.Restart(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if h, err := health(t, c.URLs[0]); err != nil || !strings.Contains(h, `"number_of_nodes":1`) {
		t.Fatalf("health after restart = %s, %v", h, err)
	}
}
