package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// errHelp reports that --help was asked for and printed; the command exits 0.
var errHelp = errors.New("help requested")

// usageError is a bad command line: the caller exits with exitUsage.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// flagSet is a flag.FlagSet with the text printed by --help.
type flagSet struct {
	*flag.FlagSet
	synopsis string
	summary  string
}

func newFlagSet(name, synopsis, summary string) *flagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return &flagSet{FlagSet: fs, synopsis: synopsis, summary: summary}
}

func (fs *flagSet) printUsage(w io.Writer) {
	fmt.Fprintf(w, "Usage: kabar %s %s\n\n%s\n", fs.Name(), fs.synopsis, fs.summary)
	var b strings.Builder
	fs.SetOutput(&b)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	if b.Len() > 0 {
		fmt.Fprintf(w, "\nFlags:\n%s", b.String())
	}
}

// parse reads flags and arguments in any order ("kabar extract a.html
// --out x.jsonl" works as well as the flags-first form) and returns the
// positional arguments. "--" ends the flags.
func parse(fs *flagSet, e *env, args []string) ([]string, error) {
	var rest []string
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fs.printUsage(e.stdout)
			return nil, errHelp
		}
		if err != nil {
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// rulesFlag is --rules: "all" (kabar's site rules, then the user's
// --site-config files, then the bundled ftr-site-config snapshot, on top of
// generic extraction; the default), "kabar" (kabar's rules and the user's
// files, the snapshot off) or "none" (generic extraction only). siteDir is
// --site-config.
type rulesFlag struct {
	mode    string
	siteDir *string
}

func (r *rulesFlag) String() string {
	if r == nil || r.mode == "" {
		return "all"
	}
	return r.mode
}

func (r *rulesFlag) Set(s string) error {
	switch s {
	case "all", "kabar", "none":
		r.mode = s
		return nil
	}
	return fmt.Errorf("--rules must be all, kabar or none, not %q", s)
}

// pipeline is the extraction the flags ask for; it reads the
// --site-config folder.
func (r *rulesFlag) pipeline() (pipeline, error) {
	dir := ""
	if r.siteDir != nil {
		dir = *r.siteDir
	}
	return newPipeline(r.String(), dir)
}

// addRulesFlag defines --rules and --site-config on fs.
func addRulesFlag(fs *flagSet) *rulesFlag {
	r := &rulesFlag{}
	fs.Var(r, "rules", "site rules to use: all (kabar's, --site-config's, then the bundled ftr-site-config snapshot), kabar (snapshot off), or none for generic extraction only")
	r.siteDir = fs.String("site-config", "", "a `DIR` of ftr-site-config files (example.com.txt) that take precedence over the bundled ones")
	return r
}
