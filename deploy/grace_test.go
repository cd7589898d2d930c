package deploy

import (
	"slices"
	"strings"
	"testing"
	"time"

	appsv1 "k8s.io/api/apps/v1"

	"github.com/byline/byline/config"
)

// graceMargin is what a grace period must leave beyond byline's shutdown
// timeout: the signal's delivery, the process's exit, a slow node.
const graceMargin = 10 * time.Second

// shutdownTimeout is the stop budget of a byline container: its
// --shutdown-timeout flag, else byline.yaml's server.shutdown_timeout
// (commands that read --config), else the default.
func shutdownTimeout(t *testing.T, args []string) time.Duration {
	t.Helper()
	for i, a := range args {
		v, ok := strings.CutPrefix(a, "--shutdown-timeout=")
		if !ok && a == "--shutdown-timeout" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if ok {
			d, err := time.ParseDuration(v)
			if err != nil {
				t.Fatalf("--shutdown-timeout %q: %v", v, err)
			}
			return d
		}
	}
	if slices.Contains(args, "--config") {
		c, err := config.Load("byline.yaml")
		if err != nil {
			t.Fatalf("byline.yaml: %v", err)
		}
		return c.WithDefaults().Server.ShutdownTimeout
	}
	return config.DefaultShutdownTimeout
}

// TestGracePeriodCoversShutdown: byline stops within its shutdown timeout
// (one budget for the whole stop), so a pod's terminationGracePeriodSeconds
// must exceed it with a margin, or Kubernetes SIGKILLs a draining worker;
// likewise compose's stop_grace_period (Docker's default is 10s, the
// shutdown timeout's default).
func TestGracePeriodCoversShutdown(t *testing.T) {
	for _, o := range loadManifests(t) {
		d, ok := o.obj.(*appsv1.Deployment)
		if !ok {
			continue
		}
		spec := d.Spec.Template.Spec
		var grace time.Duration = 30 * time.Second // Kubernetes' default
		if spec.TerminationGracePeriodSeconds != nil {
			grace = time.Duration(*spec.TerminationGracePeriodSeconds) * time.Second
		}
		for _, c := range spec.Containers {
			if st := shutdownTimeout(t, c.Args); grace < st+graceMargin {
				t.Errorf("Deployment %s: terminationGracePeriodSeconds %v, want at least the shutdown timeout %v + %v",
					d.Name, grace, st, graceMargin)
			}
		}
	}
	c := loadCompose(t)
	for name, s := range c.Services {
		args := s.args()
		if s.Image != "byline:latest" || len(args) == 0 {
			continue
		}
		grace := 10 * time.Second // Docker's default
		if s.StopGracePeriod != "" {
			var err error
			if grace, err = time.ParseDuration(s.StopGracePeriod); err != nil {
				t.Fatalf("compose %s: stop_grace_period %q: %v", name, s.StopGracePeriod, err)
			}
		}
		if st := shutdownTimeout(t, args); grace < st+graceMargin {
			t.Errorf("compose %s: stop_grace_period %v, want at least the shutdown timeout %v + %v", name, grace, st, graceMargin)
		}
	}
}
