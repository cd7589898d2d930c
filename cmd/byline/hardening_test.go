package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bleveindex "github.com/byline/byline/index/bleve"
)

// Tests of issue 13's command-line holes: a missing or held index, exit
// codes of usage errors, and flag validation.

// TestReadersNeedAnIndex: search and serve on a directory with no index
// say how to make one, exit 1 and create nothing.
func TestReadersNeedAnIndex(t *testing.T) {
	for _, cmd := range [][]string{{"search", "storm"}, {"serve", "--addr", "127.0.0.1:0"}} {
		data := filepath.Join(t.TempDir(), "typo")
		var out, errOut bytes.Buffer
		code := runCLI(context.Background(), append(cmd, "--data", data), &out, &errOut)
		if code != 1 || !strings.Contains(errOut.String(), "no index at "+data+": run `byline run` or `byline demo --data "+data+"` first") {
			t.Errorf("%s: exit %d, stderr %q", cmd[0], code, errOut.String())
		}
		if _, err := os.Stat(data); !os.IsNotExist(err) {
			t.Errorf("%s created %s", cmd[0], data)
		}
	}
}

// TestReadersFailFastOnAHeldIndex: while another process writes the
// index, search and serve fail at once naming its pid, and Ctrl-C during
// the wait for the lock interrupts them.
func TestReadersFailFastOnAHeldIndex(t *testing.T) {
	data := t.TempDir()
	w, err := bleveindex.Open(filepath.Join(data, "index"), bleveindex.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close(context.Background())
	for _, cmd := range [][]string{{"search", "storm"}, {"serve", "--addr", "127.0.0.1:0"}} {
		var out, errOut bytes.Buffer
		code := runCLI(context.Background(), append(cmd, "--data", data), &out, &errOut)
		want := "is in use by another process (pid " + strconv.Itoa(os.Getpid()) + ")"
		if code != 1 || !strings.Contains(errOut.String(), want) {
			t.Errorf("%s: exit %d, stderr %q, want %q", cmd[0], code, errOut.String(), want)
		}

		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(50*time.Millisecond, cancel) // the lock wait is 1s
		errOut.Reset()
		if code := runCLI(ctx, append(cmd, "--data", data), &out, &errOut); code != 130 {
			t.Errorf("%s interrupted while waiting for the lock: exit %d (%s), want 130", cmd[0], code, errOut.String())
		}
		cancel()
	}
}

// TestSearchUnanswerableIsUsageError: an offset or dates no index can
// answer are usage errors (exit 2), not a panic inside Bleve.
func TestSearchUnanswerableIsUsageError(t *testing.T) {
	data := t.TempDir()
	ix, err := bleveindex.Open(filepath.Join(data, "index"), bleveindex.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"--from", "9223372036854775800", "storm"},
		{"--until", "0001-01-01"},
		{"--since", "9999-12-31"},
		{strings.Repeat("storm OR ", 399) + "storm"},
	} {
		var out, errOut bytes.Buffer
		if code := runCLI(context.Background(), append([]string{"search", "--data", data}, args...), &out, &errOut); code != 2 {
			t.Errorf("search %.60q: exit %d (%s), want 2", args, code, errOut.String())
		}
	}
}

// TestUsageErrorsExit2: README and help promise exit status 2 for usage
// errors; every kind of them gets it, and bad global flags are refused.
func TestUsageErrorsExit2(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.html")
	tests := []struct {
		args []string
		code int
		want string // in stderr
	}{
		{[]string{"search", "--bogus"}, 2, "unknown flag: --bogus"},
		{[]string{"search", "--limit", "abc"}, 2, "invalid argument"},
		{[]string{"extract"}, 2, "requires at least 1 arg"},
		{[]string{"bogus"}, 2, `unknown command "bogus"`},
		{[]string{"serve", "extra"}, 2, "unknown command"},
		{[]string{"worker", "bogus"}, 2, "invalid argument"},
		{[]string{"--log-level", "bogus", "extract", missing}, 2, `--log-level "bogus"`},
		{[]string{"--log-format", "xml", "extract", missing}, 2, `--log-format "xml"`},
		{[]string{"extract", "-j", "-3", missing}, 2, "must not be negative"},
		{[]string{"extract", "-j", "0", missing}, 2, "want at least 1"},
		{[]string{"tail", "--since", "-5m"}, 2, "must not be negative"},
		{[]string{"serve", "--max-searches", "0"}, 2, "at least 1"},
		// cobra's own checks of required flags and flag groups.
		{[]string{"schedule"}, 2, `required flag(s) "config" not set`},
		{[]string{"search", "--data", "x", "--es", "http://127.0.0.1:1", "q"}, 2, "[data es] were all set"},
		{[]string{"search", "--json", "--format", "csv", "q"}, 2, "none of the others can be"},
		{[]string{"serve", "--data", "x", "--es", "http://127.0.0.1:1"}, 2, "none of the others can be"},
		{[]string{"run", "--nats", "nats://127.0.0.1:1", "--nats-listen", "127.0.0.1:0"}, 2, "none of the others can be"},
		{[]string{"tail", "--since", "1h", "--all"}, 2, "none of the others can be"},
		// Not usage errors: a file that cannot be read is a failure.
		{[]string{"--log-level", "warn", "--log-format", "json", "extract", missing}, 1, "missing.html"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := runCLI(context.Background(), tt.args, &out, &errOut)
		if code != tt.code || !strings.Contains(errOut.String()+out.String(), tt.want) {
			t.Errorf("byline %s: exit %d, want %d; stderr %q, want %q in it", strings.Join(tt.args, " "), code, tt.code, errOut.String(), tt.want)
		}
	}
}
