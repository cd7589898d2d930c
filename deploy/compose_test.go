package deploy

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	yamlv3 "gopkg.in/yaml.v3"
)

// composeFile is the part of the compose file the test reads.
type composeFile struct {
	Services map[string]composeService `yaml:"services"`
	Volumes  map[string]any            `yaml:"volumes"`
}

type composeService struct {
	Image       string            `yaml:"image"`
	Build       map[string]string `yaml:"build"`
	Command     any               `yaml:"command"`
	Environment map[string]string `yaml:"environment"`
	Volumes     []string          `yaml:"volumes"`
	DependsOn   map[string]struct {
		Condition string `yaml:"condition"`
	} `yaml:"depends_on"`
	Deploy struct {
		Replicas any `yaml:"replicas"`
	} `yaml:"deploy"`
	ReadOnly        bool   `yaml:"read_only"`
	Restart         string `yaml:"restart"`
	StopGracePeriod string `yaml:"stop_grace_period"`
}

func loadCompose(t *testing.T) composeFile {
	t.Helper()
	raw, err := os.ReadFile("docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var c composeFile
	if err := yamlv3.Unmarshal(raw, &c); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	return c
}

// args returns a service's command as a list.
func (s composeService) args() []string {
	switch v := s.Command.(type) {
	case []any:
		out := make([]string, len(v))
		for i, a := range v {
			out[i], _ = a.(string)
		}
		return out
	case string:
		return strings.Fields(v)
	}
	return nil
}

func TestComposeServices(t *testing.T) {
	c := loadCompose(t)
	want := []string{"nats-1", "nats-2", "nats-3", "setup", "es01", "kibana", "kibana-setup",
		"extract-worker", "index-worker", "search", "scheduler"}
	for _, name := range want {
		if _, ok := c.Services[name]; !ok {
			t.Errorf("no service %q", name)
		}
	}
	// NATS: a JetStream cluster, each node routing to the two others and
	// keeping its store on its own volume.
	for _, n := range []string{"nats-1", "nats-2", "nats-3"} {
		s := c.Services[n]
		args := s.args()
		for _, flag := range []string{"--jetstream", "--cluster_name", "--routes", "--store_dir"} {
			if !slices.Contains(args, flag) {
				t.Errorf("%s: no %s", n, flag)
			}
		}
		if i := slices.Index(args, "--routes"); i >= 0 && i+1 < len(args) {
			for _, other := range []string{"nats-1", "nats-2", "nats-3"} {
				if other != n && !strings.Contains(args[i+1], other+":6222") {
					t.Errorf("%s: routes %q miss %s", n, args[i+1], other)
				}
			}
		}
		if len(s.Volumes) == 0 || !strings.HasSuffix(s.Volumes[0], ":/data") {
			t.Errorf("%s: no data volume: %v", n, s.Volumes)
		}
	}
	es := c.Services["es01"]
	if es.Environment["xpack.security.enabled"] != "true" || !strings.Contains(es.Environment["ELASTIC_PASSWORD"], "ELASTIC_PASSWORD") {
		t.Errorf("es01: security must be on with ELASTIC_PASSWORD from .env: %v", es.Environment)
	}
	if !strings.Contains(c.Services["setup"].Command.(string), "elasticsearch-certutil") {
		t.Error("setup does not create certificates with elasticsearch-certutil")
	}
	ks := c.Services["kibana-setup"]
	if !strings.Contains(strings.Join(ks.args(), " "), "/api/saved_objects/_import") {
		t.Error("kibana-setup does not import saved objects")
	}
	if !slices.Contains(ks.Volumes, "./kibana/byline.ndjson:/byline.ndjson:ro") {
		t.Errorf("kibana-setup volumes %v lack kibana/byline.ndjson", ks.Volumes)
	} else if _, err := os.Stat("kibana/byline.ndjson"); err != nil {
		t.Errorf("kibana saved objects: %v", err)
	}
	for _, name := range []string{"extract-worker", "index-worker"} {
		if c.Services[name].Deploy.Replicas == nil {
			t.Errorf("%s: no deploy.replicas", name)
		}
	}
	for name, s := range c.Services {
		if s.Image != "byline:latest" {
			continue
		}
		if !s.ReadOnly || s.Build["dockerfile"] != "deploy/Dockerfile" {
			t.Errorf("%s: byline services run read-only from deploy/Dockerfile", name)
		}
		args := s.args()
		if len(args) == 0 {
			t.Errorf("%s: no command", name)
			continue
		}
		if args[0] != "serve" && !slices.Contains(args, "--nats") {
			t.Errorf("%s: %v has no --nats", name, args)
		}
	}
	wantCmd := map[string][]string{
		"extract-worker": {"worker", "extract"},
		"index-worker":   {"worker", "index"},
		"search":         {"serve"},
		"scheduler":      {"schedule"},
	}
	for name, prefix := range wantCmd {
		if args := c.Services[name].args(); len(args) < len(prefix) || !slices.Equal(args[:len(prefix)], prefix) {
			t.Errorf("%s: command %v, want %v ...", name, args, prefix)
		}
	}
}

// TestComposeConfig runs `docker-compose config` when the tool is there
// (Debian's docker-compose package; .ci/run installs it).
func TestComposeConfig(t *testing.T) {
	bin, err := exec.LookPath("docker-compose")
	if err != nil {
		if os.Getenv("BYLINE_REQUIRE_COMPOSE") != "" {
			t.Fatal("docker-compose not installed and BYLINE_REQUIRE_COMPOSE is set")
		}
		t.Skip("docker-compose not installed (apt-get install docker-compose)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-f", "docker-compose.yml", "config", "-q")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("docker-compose config: %v\n%s", err, out.String())
	}
}
