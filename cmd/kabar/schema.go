package main

import (
	"context"
	"fmt"

	kabar "github.com/kabar-news/kabar"
)

func runSchema(_ context.Context, e *env, args []string) error {
	fs := newFlagSet("schema", "",
		"Prints the JSON Schema (draft 2020-12) of one exported record (schema v1), as shipped\n"+
			"with this binary: validate an export line by line against it.")
	rest, err := parse(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	if _, err := e.stdout.Write(kabar.JSONSchema); err != nil {
		return fmt.Errorf("write schema: %w", err)
	}
	return nil
}
