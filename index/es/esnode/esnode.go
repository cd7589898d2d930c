// Package esnode starts a real Elasticsearch 8 cluster on 127.0.0.1 for
// tests and benchmarks: the launcher in deploy/es-node (one JVM per node,
// built with `make es-node`), driven through its control protocol on
// standard input and output. A test can stop a node and bring it back.
//
// Tests that need Elasticsearch use URL (a node someone started, e.g.
// `make test-es`, named by BYLINE_ES_URL) or Launch (a cluster of their
// own). Both skip with a message when Elasticsearch is not at hand, and
// fail instead when BYLINE_REQUIRE_ES=1, as CI sets.
package esnode

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Environment variables read here.
const (
	// EnvURL names a running node (comma-separated URLs); see URL.
	EnvURL = "BYLINE_ES_URL"
	// EnvRequire, when "1", turns every skip into a failure.
	EnvRequire = "BYLINE_REQUIRE_ES"
	// EnvDir points at deploy/es-node when the tests do not run inside
	// this repository.
	EnvDir = "BYLINE_ES_NODE_DIR"
)

// Options configure a cluster started by Start.
type Options struct {
	// Nodes is the number of nodes, one JVM each. Default 1.
	Nodes int
	// Heap of each node's JVM, e.g. "512m". Default 512m.
	Heap string
	// WriteQueue is thread_pool.write.queue_size; 0 keeps ES's default.
	// A tiny queue makes bulk requests meet 429s.
	WriteQueue int
	// Data is the data folder (one subfolder per node). Required.
	Data string
	// Dir is the launcher's folder (deploy/es-node); default: found from
	// BYLINE_ES_NODE_DIR or by walking up from the working directory to
	// the repository root.
	Dir string
	// Log receives the nodes' logs. Default: Data/es.log.
	Log io.Writer
}

// Cluster is a running local cluster.
type Cluster struct {
	// Version is the Elasticsearch version the nodes run.
	Version string
	// URLs are the nodes' HTTP addresses, in node order.
	URLs []string
	// PIDs are the nodes' JVM process ids as started (a restarted node
	// gets a new one), for reading their CPU time in /proc.
	PIDs []int

	cmd    *exec.Cmd
	stdin  io.WriteCloser
	lines  chan string
	done   chan error
	logf   *os.File
	mu     sync.Mutex // one control command at a time
	closed bool
}

// ready is the launcher's ES_READY line.
type ready struct {
	Version string   `json:"version"`
	URLs    []string `json:"urls"`
	Nodes   []struct {
		PID int `json:"pid"`
	} `json:"nodes"`
}

// Start runs the launcher and waits until every node is up and the cluster
// is green.
func Start(ctx context.Context, o Options) (*Cluster, error) {
	if o.Data == "" {
		return nil, errors.New("esnode: Options.Data is required")
	}
	if o.Nodes <= 0 {
		o.Nodes = 1
	}
	if o.Heap == "" {
		o.Heap = "512m"
	}
	dir := o.Dir
	if dir == "" {
		var err error
		if dir, err = FindDir(); err != nil {
			return nil, err
		}
	}
	cp, err := Classpath(dir)
	if err != nil {
		return nil, err
	}
	java, err := Java()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(o.Data, 0o750); err != nil {
		return nil, fmt.Errorf("esnode: %w", err)
	}
	c := &Cluster{lines: make(chan string, 16), done: make(chan error, 1)}
	logw := o.Log
	if logw == nil {
		if c.logf, err = os.Create(filepath.Join(o.Data, "es.log")); err != nil {
			return nil, fmt.Errorf("esnode: %w", err)
		}
		logw = c.logf
	}
	args := []string{"-Xmx64m", "-cp", cp, "com.github.byline.esnode.Main",
		"--data", o.Data, "--nodes", strconv.Itoa(o.Nodes), "--heap", o.Heap,
		"--http-port", "0", "--transport-port", "0", "--wait-status", "green"}
	if o.WriteQueue > 0 {
		args = append(args, "--write-queue", strconv.Itoa(o.WriteQueue))
	}
	c.cmd = exec.Command(java, args...)
	c.cmd.Stderr = logw
	if c.stdin, err = c.cmd.StdinPipe(); err != nil {
		return nil, fmt.Errorf("esnode: %w", err)
	}
	stdout, err := c.cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("esnode: %w", err)
	}
	if err := c.cmd.Start(); err != nil {
		return nil, fmt.Errorf("esnode: start %s: %w", java, err)
	}
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			c.lines <- sc.Text()
		}
		close(c.lines)
	}()
	go func() { c.done <- c.cmd.Wait() }()

	line, err := c.await(ctx, "ES_READY ", 5*time.Minute)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("esnode: cluster did not start (log: %s): %w", c.logName(), err)
	}
	var r ready
	if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "ES_READY ")), &r); err != nil || len(r.URLs) != o.Nodes {
		c.Close()
		return nil, fmt.Errorf("esnode: bad ready line %q: %v", line, err)
	}
	c.Version, c.URLs = r.Version, r.URLs
	for _, n := range r.Nodes {
		c.PIDs = append(c.PIDs, n.PID)
	}
	return c, nil
}

func (c *Cluster) logName() string {
	if c.logf != nil {
		return c.logf.Name()
	}
	return "the configured writer"
}

// await returns the next output line that starts with prefix (an
// ES_ERROR or ES_EXITED line, or the launcher's exit, is an error).
func (c *Cluster) await(ctx context.Context, prefix string, timeout time.Duration) (string, error) {
	t := time.NewTimer(timeout)
	defer t.Stop()
	for {
		select {
		case line, ok := <-c.lines:
			if !ok {
				return "", errors.New("the launcher exited")
			}
			switch {
			case strings.HasPrefix(line, prefix):
				return line, nil
			case strings.HasPrefix(line, "ES_ERROR "), strings.HasPrefix(line, "ES_EXITED "):
				return "", errors.New(line)
			}
		case <-t.C:
			return "", fmt.Errorf("no %q line after %s", strings.TrimSpace(prefix), timeout)
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
}

// command sends one control command and waits for its answer.
func (c *Cluster) command(ctx context.Context, cmd, answer string) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return "", errors.New("esnode: cluster closed")
	}
	if _, err := io.WriteString(c.stdin, cmd+"\n"); err != nil {
		return "", fmt.Errorf("esnode: %s: %w", cmd, err)
	}
	line, err := c.await(ctx, answer, 5*time.Minute)
	if err != nil {
		return "", fmt.Errorf("esnode: %s: %w", cmd, err)
	}
	return line, nil
}

// Stop stops node i gracefully (SIGTERM) and waits until it has exited.
func (c *Cluster) Stop(ctx context.Context, i int) error {
	_, err := c.command(ctx, fmt.Sprintf("stop %d", i), fmt.Sprintf("ES_STOPPED %d", i))
	return err
}

// Kill kills node i (SIGKILL), as a crash would.
func (c *Cluster) Kill(ctx context.Context, i int) error {
	_, err := c.command(ctx, fmt.Sprintf("kill %d", i), fmt.Sprintf("ES_STOPPED %d", i))
	return err
}

// Restart starts node i again on its data folder and ports and waits until
// its HTTP port answers.
func (c *Cluster) Restart(ctx context.Context, i int) error {
	_, err := c.command(ctx, fmt.Sprintf("start %d", i), fmt.Sprintf("ES_STARTED %d ", i))
	return err
}

// Close stops every node and the launcher.
func (c *Cluster) Close() error {
	c.mu.Lock()
	already := c.closed
	c.closed = true
	c.mu.Unlock()
	if already {
		return nil
	}
	_, _ = io.WriteString(c.stdin, "quit\n")
	_ = c.stdin.Close()
	var err error
	select {
	case err = <-c.done:
	case <-time.After(2 * time.Minute):
		_ = c.cmd.Process.Kill()
		err = <-c.done
	}
	if c.logf != nil {
		_ = c.logf.Close()
	}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return nil // quit and SIGKILL both end it with a status
	}
	return err
}

// FindDir locates deploy/es-node: BYLINE_ES_NODE_DIR, else the folder of
// that name under the repository root above the working directory.
func FindDir() (string, error) {
	if d := os.Getenv(EnvDir); d != "" {
		return d, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			p := filepath.Join(d, "deploy", "es-node")
			if _, err := os.Stat(filepath.Join(p, "pom.xml")); err != nil {
				return "", fmt.Errorf("esnode: %s not found under the module root %s", "deploy/es-node", d)
			}
			return p, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("esnode: no go.mod above %s; set %s", wd, EnvDir)
		}
	}
}

// Classpath returns the launcher's class path, or an error saying how to
// build it.
func Classpath(dir string) (string, error) {
	jar := filepath.Join(dir, "target", "es-node.jar")
	lib := filepath.Join(dir, "target", "lib")
	if _, err := os.Stat(jar); err != nil {
		return "", fmt.Errorf("esnode: %s is not built (make es-node, or mvn -q package in %s)", jar, dir)
	}
	if _, err := os.Stat(lib); err != nil {
		return "", fmt.Errorf("esnode: %s is missing (make es-node)", lib)
	}
	return jar + string(os.PathListSeparator) + filepath.Join(lib, "*"), nil
}

// Java finds the java binary: $JAVA_HOME/bin/java, else java on PATH.
func Java() (string, error) {
	if h := os.Getenv("JAVA_HOME"); h != "" {
		p := filepath.Join(h, "bin", "java")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	p, err := exec.LookPath("java")
	if err != nil {
		return "", errors.New("esnode: no java on PATH (OpenJDK 17 or later) and no JAVA_HOME")
	}
	return p, nil
}

// skip skips t with msg, or fails it when BYLINE_REQUIRE_ES=1.
func skip(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv(EnvRequire) == "1" {
		t.Fatalf("%s, but %s=1", msg, EnvRequire)
	}
	t.Skip(msg)
}

// URL returns the address of the running Elasticsearch named by
// BYLINE_ES_URL (its first node), or skips the test.
func URL(t testing.TB) string {
	t.Helper()
	v := strings.TrimSpace(os.Getenv(EnvURL))
	if v == "" {
		skip(t, "set "+EnvURL+" to a running Elasticsearch 8 (make test-es starts one) to run this test")
	}
	first, _, _ := strings.Cut(v, ",")
	return strings.TrimRight(strings.TrimSpace(first), "/")
}

// Launch starts a cluster of the test's own (data in a temporary folder,
// stopped at the end of the test), or skips the test when the launcher is
// not built or Java is missing. It runs only where Elasticsearch tests are
// wanted: with BYLINE_ES_URL or BYLINE_REQUIRE_ES=1 set, as `make test-es`
// does, so that a plain `go test ./...` does not start JVMs.
func Launch(t testing.TB, o Options) *Cluster {
	t.Helper()
	if os.Getenv(EnvURL) == "" && os.Getenv(EnvRequire) != "1" {
		skip(t, "Elasticsearch tests run with make test-es (or set "+EnvURL+" or "+EnvRequire+"=1)")
	}
	dir := o.Dir
	if dir == "" {
		var err error
		if dir, err = FindDir(); err != nil {
			skip(t, err.Error())
		}
	}
	if _, err := Classpath(dir); err != nil {
		skip(t, err.Error())
	}
	if _, err := Java(); err != nil {
		skip(t, err.Error())
	}
	o.Dir = dir
	fresh := o.Data == ""
	base := o.Data
	if fresh {
		base = t.TempDir()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	start := time.Now()
	// The launcher picks free ports and closes them before the nodes bind
	// them: another process of a busy test run may take one in between,
	// and the node exits. Such a start is tried again, in a fresh folder
	// and on new ports, with the failed attempt's log in the test's output.
	var c *Cluster
	var err error
	for attempt := 1; attempt <= launchAttempts; attempt++ {
		o.Data = base
		if fresh {
			o.Data = filepath.Join(base, fmt.Sprintf("attempt%d", attempt))
		}
		if c, err = Start(ctx, o); err == nil {
			break
		}
		msg := fmt.Sprintf("Elasticsearch did not start (attempt %d of %d): %v", attempt, launchAttempts, err)
		if o.Log == nil {
			if lines, ok := logTail(filepath.Join(o.Data, "es.log"), 30); ok {
				msg += "\nlast lines of its log:\n" + lines
			}
		}
		t.Log(msg)
		if ctx.Err() != nil {
			break
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("started Elasticsearch %s with %d node(s) at %s in %s", c.Version, len(c.URLs), strings.Join(c.URLs, ","), time.Since(start).Round(time.Millisecond))
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Errorf("stop Elasticsearch: %v", err)
		}
		if t.Failed() && c.logf != nil {
			if lines, ok := logTail(c.logf.Name(), 40); ok {
				t.Logf("last lines of the Elasticsearch log:\n%s", lines)
			}
		}
	})
	return c
}

// launchAttempts is how often Launch tries to start a test's cluster.
const launchAttempts = 3

// logTail returns the last n lines of the log file at path, false when
// it cannot be read.
func logTail(path string, n int) (string, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", false
	}
	return tail(string(b), n), true
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// DropIndices deletes the indices whose names start with prefix+"-" and
// the index template named prefix, on the node at url: the clean-up of a
// test that wrote with that index prefix. Elasticsearch 8 refuses wildcard
// deletes (action.destructive_requires_name), so the indices are listed
// first and deleted by name.
func DropIndices(ctx context.Context, url, prefix string) error {
	c := http.Client{Timeout: 30 * time.Second}
	do := func(method, path string) ([]byte, error) {
		req, err := http.NewRequestWithContext(ctx, method, url+path, nil)
		if err != nil {
			return nil, err
		}
		res, err := c.Do(req)
		if err != nil {
			return nil, err
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		if err == nil && res.StatusCode >= 300 && res.StatusCode != http.StatusNotFound {
			err = fmt.Errorf("%s %s: %s: %s", method, path, res.Status, b)
		}
		return b, err
	}
	b, err := do(http.MethodGet, "/_cat/indices/"+prefix+"-*?format=json&h=index")
	if err != nil {
		return fmt.Errorf("esnode: list indices: %w", err)
	}
	var rows []struct {
		Index string `json:"index"`
	}
	if err := json.Unmarshal(b, &rows); err != nil {
		return fmt.Errorf("esnode: list indices: %w", err)
	}
	var errs []error
	for _, r := range rows {
		if _, err := do(http.MethodDelete, "/"+r.Index); err != nil {
			errs = append(errs, err)
		}
	}
	if _, err := do(http.MethodDelete, "/_index_template/"+prefix); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}
