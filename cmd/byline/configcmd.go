package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/byline/byline/config"
)

func init() { register(newConfigCmd) }

func newConfigCmd(g *globalOptions) *cobra.Command {
	root := &cobra.Command{
		Use:   "config",
		Short: "Check a configuration file",
		// "config chek FILE" must fail, not print the help and exit 0:
		// a CI step with the typo would always pass.
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return usageError(errors.New("config: give a subcommand: byline config check FILE"))
		},
	}
	var envList bool
	check := &cobra.Command{
		Use:   "check FILE",
		Short: "Validate a config file and print the effective configuration (secrets masked)",
		Long: `Read FILE strictly (unknown keys are errors, with their line), apply the
BYLINE_* environment variables over it, fill the defaults, validate, and print
the effective configuration as YAML with secrets masked (the Elasticsearch
password and API key, passwords and tokens in URLs). The crawl section is printed as the
resolved jobs (without one in FILE, the job BYLINE_CRAWL_SEEDS, _SITEMAPS or
_FEEDS describe). server.addr is printed only when set: its default depends
on the command (byline run 127.0.0.1:8080, byline worker none).

Order, lowest to highest: defaults, FILE, environment, the flags of the
command that runs it. --env lists the variables read.

Exit status: 0 when the configuration is valid, 2 when it is not.`,
		Example: `  byline config check byline.yaml
  BYLINE_NATS_URL=nats://nats:4222 byline config check byline.yaml
  byline config check --env`,
		Args: func(cmd *cobra.Command, args []string) error {
			if envList {
				return cobra.NoArgs(cmd, args)
			}
			return cobra.ExactArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if envList {
				fmt.Fprintln(g.Stdout, strings.Join(config.EnvNames(), "\n"))
				return nil
			}
			c, err := loadConfig(args[0], nil)
			if err != nil {
				return usageError(err)
			}
			// The jobs byline run would crawl: the file's, or without a
			// crawl section the one the BYLINE_CRAWL_* variables describe.
			if o := c.Crawl; c.HasJobs() || len(o.Seeds)+len(o.Sitemaps)+len(o.Feeds) > 0 {
				jobs, err := c.Jobs()
				if err != nil {
					return usageError(err)
				}
				c.Crawl.Jobs = jobs
			}
			out, err := c.Masked().YAML()
			if err != nil {
				return err
			}
			fmt.Fprintf(g.Stdout, "# %s: valid; effective configuration (defaults < file < BYLINE_* environment)\n", args[0])
			_, err = g.Stdout.Write(out)
			return err
		},
	}
	check.Flags().BoolVar(&envList, "env", false, "list the BYLINE_* environment variables instead")
	root.AddCommand(check)
	return root
}
