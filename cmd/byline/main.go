// Command byline is the one binary of the Byline news pipeline: extract,
// eval, crawl, schedule, run, worker, tail, search, serve and demo.
//
// Each subcommand lives in its own file and registers itself with
// register(); main only builds the root command and maps errors to exit
// codes.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/byline/byline/crawler"
	"github.com/byline/byline/pipeline"
)

// exitLocked is the exit status of a crawl whose job's data file another
// process holds: a run of the same job still going (cron or a CronJob
// started the next one early). Distinct from 1 so monitoring can tell an
// overlap, which fixes itself, from a broken job.
const exitLocked = 3

// exitNATSUnavailable is the exit status of a command that ends on its own
// (crawl --nats, run --once --nats, tail, status) when NATS could not be
// reached, or its JetStream did not answer, within natsWait: an outage
// that may fix itself, which a CronJob's retry can wait out, apart from a
// broken job (1).
const exitNATSUnavailable = 4

// globalOptions are the flags every subcommand accepts.
type globalOptions struct {
	LogLevel  string
	LogFormat string
	Stdout    io.Writer
	Stderr    io.Writer
	// Log is the logger of this command line, built from the flags
	// before the command runs. Commands log through it, never through
	// slog.Default: two command lines in one process (the tests run a
	// worker beside another) each keep their own.
	Log *slog.Logger
}

// processWide is set by main: the process runs this one command line, so
// its logger may become slog's default. Tests run several command lines
// in one process and leave it unset.
var processWide bool

// commands holds the constructors registered by each subcommand's file.
var commands []func(*globalOptions) *cobra.Command

// register adds a subcommand constructor; call it from an init func.
func register(f func(*globalOptions) *cobra.Command) { commands = append(commands, f) }

// exitError carries a specific exit status out of a command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// errSilentFailure signals a non-zero exit whose reasons were already printed.
var errSilentFailure = errors.New("failures were reported above")

func newRootCmd(g *globalOptions) *cobra.Command {
	root := &cobra.Command{
		Use:           "byline",
		Short:         "Byline: crawl news sites, extract structured articles, index and search them",
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFlags(g, cmd); err != nil {
				return usageError(err)
			}
			// cobra checks required flags and flag groups (--data with
			// --es, --json with --format, ...) only after this hook and
			// returns plain errors, which would exit 1; check them here
			// so they exit 2 like every other usage error.
			if err := cmd.ValidateRequiredFlags(); err != nil {
				return usageError(err)
			}
			if err := cmd.ValidateFlagGroups(); err != nil {
				return usageError(err)
			}
			g.Log = newLogger(g)
			if processWide {
				// Libraries that log without a logger of ours (a
				// fallback to slog.Default) follow the flags too.
				slog.SetDefault(g.Log)
			}
			return nil
		},
	}
	root.PersistentFlags().StringVar(&g.LogLevel, "log-level", "info", "log level: debug, info, warn, error")
	root.PersistentFlags().StringVar(&g.LogFormat, "log-format", "text", "log format: text or json")
	for _, f := range commands {
		root.AddCommand(f(g))
	}
	// Usage errors exit 2, as README and help promise: bad flags and bad
	// arguments of every command (unknown commands: see runCLI).
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError(err) })
	var wrapArgs func(*cobra.Command)
	wrapArgs = func(c *cobra.Command) {
		if check := c.Args; check != nil {
			c.Args = func(cmd *cobra.Command, args []string) error {
				if err := check(cmd, args); err != nil {
					return usageError(err)
				}
				return nil
			}
		}
		for _, sub := range c.Commands() {
			wrapArgs(sub)
		}
	}
	wrapArgs(root)
	return root
}

// checkFlags refuses what no command accepts: an unknown --log-level or
// --log-format, and a negative number or duration in any flag.
func checkFlags(g *globalOptions, cmd *cobra.Command) error {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(g.LogLevel)); err != nil {
		return fmt.Errorf("--log-level %q: want debug, info, warn or error", g.LogLevel)
	}
	if g.LogFormat != "text" && g.LogFormat != "json" {
		return fmt.Errorf("--log-format %q: want text or json", g.LogFormat)
	}
	var err error
	cmd.Flags().Visit(func(f *pflag.Flag) {
		switch f.Value.Type() {
		case "int", "int64", "duration":
			if err == nil && strings.HasPrefix(f.Value.String(), "-") {
				err = fmt.Errorf("--%s %s: must not be negative", f.Name, f.Value)
			}
		}
	})
	return err
}

func newLogger(g *globalOptions) *slog.Logger {
	var lvl slog.Level
	_ = lvl.UnmarshalText([]byte(g.LogLevel)) // checked by checkFlags
	opts := &slog.HandlerOptions{Level: lvl}
	if g.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(g.Stderr, opts))
	}
	return slog.New(slog.NewTextHandler(g.Stderr, opts))
}

// runCLI runs the command line and returns the process exit status.
func runCLI(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	g := &globalOptions{Stdout: stdout, Stderr: stderr}
	root := newRootCmd(g)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	var ee *exitError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "byline: interrupted")
		return 130
	case errors.Is(err, pipeline.ErrBusUnavailable):
		fmt.Fprintln(stderr, "byline:", err)
		return exitNATSUnavailable
	case strings.HasPrefix(err.Error(), "unknown command "):
		// cobra's error for "byline bogus" has no type of its own.
		fmt.Fprintln(stderr, "byline:", err)
		return 2
	case errors.As(err, &ee):
		if !errors.Is(ee.err, errSilentFailure) {
			fmt.Fprintln(stderr, "byline:", ee.err)
		}
		return ee.code
	case errors.Is(err, errSilentFailure):
		return 1
	case errors.Is(err, crawler.ErrLocked):
		fmt.Fprintln(stderr, "byline:", err, "(another run of this job is still going)")
		return exitLocked
	default:
		fmt.Fprintln(stderr, "byline:", err)
		return 1
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	processWide = true
	code := runCLI(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
