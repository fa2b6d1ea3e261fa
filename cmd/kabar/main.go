// Command kabar turns news websites into a clean research corpus.
//
// It only wires the packages together: crawler → extract → normalize →
// store → export. Each subcommand lives in its own file.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/store"
)

// Exit statuses. They follow the shell's conventions so that cron jobs and
// scripts can tell a bad command line from a failed run.
const (
	exitOK          = 0
	exitFailure     = 1   // the run failed, or some input could not be read
	exitUsage       = 2   // bad flags or arguments
	exitFetchErrors = 3   // a crawl finished, but some pages failed
	exitStoreInUse  = 4   // another kabar process holds the store
	exitInterrupted = 130 // stopped by SIGINT or SIGTERM
)

// command is one subcommand: its name, a one-line summary for `kabar help`,
// and its entry point, which parses its own flags.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env carries the process's outputs, so that tests can run commands in
// process and read what they print.
type env struct {
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
}

var commands = []command{
	{"crawl", "crawl news sites and store their articles", runCrawl},
	{"ingest", "store the articles in WARC files (CC-NEWS, archived crawls)", runIngest},
	{"worker", "ingest WARC files taken from a NATS work queue into this worker's store", runWorker},
	{"queue", "show the progress of a NATS work queue (queue status)", runQueue},
	{"extract", "extract saved pages (files or a manifest) to JSON Lines, no store", runExtract},
	{"export", "write stored articles as JSON Lines, CSV or Parquet", runExport},
	{"reextract", "re-run extraction over stored raw pages and update changed records", runReextract},
	{"schema", "print the JSON Schema of an exported record", runSchema},
	{"stats", "show what the store holds", runStats},
	{"serve", "browse, search and check the store in a local web page", runServe},
	{"demo", "crawl the bundled demo site on loopback and export it", runDemo},
	{"eval", "score extraction quality on benchmark sets", runEval},
	{"rules", "tell which site rule applies to a URL; 'rules check DIR' runs site-config tests", runRules},
	{"version", "print kabar's version", runVersion},
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		// The first signal asks for a clean stop: pages in flight finish,
		// the store is flushed and closed. The second stops at once; bbolt
		// commits are atomic, so nothing stored is lost either way.
		<-sigs
		fmt.Fprintln(os.Stderr, "kabar: stopping (signal again to stop at once)")
		cancel()
		<-sigs
		fmt.Fprintln(os.Stderr, "kabar: stopped at once")
		os.Exit(exitInterrupted)
	}()
	code := run(ctx, &env{stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:])
	cancel()
	os.Exit(code)
}

// run executes one command line and returns the exit status. It never
// panics on bad input: every error becomes one line on stderr.
func run(ctx context.Context, e *env, args []string) int {
	if e.log == nil {
		e.log = slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil:
			return exitOK
		case errors.Is(err, errHelp):
			return exitOK
		case errors.As(err, new(usageError)):
			fmt.Fprintf(e.stderr, "kabar %s: %v\n", c.name, err)
			fmt.Fprintf(e.stderr, "run 'kabar %s --help' for usage\n", c.name)
			return exitUsage
		case errors.Is(err, errCoverage):
			return exitFetchErrors // the sites were named on stderr
		case errors.Is(err, errFetchFailures):
			fmt.Fprintf(e.stderr, "kabar %s: %v\n", c.name, err)
			return exitFetchErrors
		case errors.Is(err, store.ErrInUse):
			fmt.Fprintf(e.stderr, "kabar %s: %v\n", c.name, err)
			return exitStoreInUse
		case errors.Is(err, context.Canceled) || ctx.Err() != nil:
			fmt.Fprintf(e.stderr, "kabar %s: interrupted\n", c.name)
			return exitInterrupted
		default:
			fmt.Fprintf(e.stderr, "kabar %s: %v\n", c.name, err)
			return exitFailure
		}
	}
	fmt.Fprintf(e.stderr, "kabar: unknown command %q\n", args[0])
	usage(e.stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "kabar %s turns news websites into a clean research corpus.\n\nUsage: kabar COMMAND [flags] [args]\n\nCommands:\n", kabar.Version)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun 'kabar COMMAND --help' for a command's flags.\n")
}

func runVersion(_ context.Context, e *env, args []string) error {
	fs := newFlagSet("version", "", "print kabar's version")
	if _, err := parse(fs, e, args); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "kabar %s\n", kabar.Version)
	return nil
}
