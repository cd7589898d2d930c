package deploy

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
)

// TestCommandLinesMatchCLI builds the byline binary and runs every command
// line of the compose file, the Kubernetes manifests and the Dockerfile
// with --help appended: cobra parses every flag before it prints help, so a
// misspelt or removed flag fails here instead of in a crash-looping pod.
func TestCommandLinesMatchCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the byline binary")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	bin := filepath.Join(t.TempDir(), "byline")
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command on PATH to build byline: %v", err)
	}
	build := exec.CommandContext(ctx, gobin, "build", "-o", bin, "./cmd/byline")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/byline: %v\n%s", err, out)
	}

	lines := map[string][]string{"Dockerfile CMD": {"serve", "--addr", ":8080"}}
	for name, s := range loadCompose(t).Services {
		if s.Image == "byline:latest" {
			lines["compose "+name] = s.args()
		}
	}
	for _, o := range loadManifests(t) {
		switch v := o.obj.(type) {
		case *appsv1.Deployment:
			for _, c := range v.Spec.Template.Spec.Containers {
				lines["Deployment "+o.name] = c.Args
			}
		case *batchv1.CronJob:
			for _, c := range v.Spec.JobTemplate.Spec.Template.Spec.Containers {
				lines["CronJob "+o.name] = c.Args
			}
		}
	}
	if len(lines) < 8 {
		t.Fatalf("only %d command lines found", len(lines))
	}
	// Kubernetes expands $(VAR) from the container's env; any value will do
	// for flag parsing.
	expand := strings.NewReplacer("$(NATS_URL)", "nats://127.0.0.1:4222", "$(BYLINE_ES_URL)", "https://127.0.0.1:9200")
	for name, args := range lines {
		t.Run(name, func(t *testing.T) {
			argv := make([]string, 0, len(args)+1)
			for _, a := range args {
				argv = append(argv, expand.Replace(a))
			}
			argv = append(argv, "--help")
			cmd := exec.CommandContext(ctx, bin, argv...)
			cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			if err := cmd.Run(); err != nil {
				t.Fatalf("byline %s: %v\n%s", strings.Join(argv, " "), err, out.String())
			}
			if !strings.Contains(out.String(), "Usage:") {
				t.Fatalf("byline %s printed no usage:\n%s", strings.Join(argv, " "), out.String())
			}
		})
	}
}
