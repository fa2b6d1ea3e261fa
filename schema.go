package kabar

import _ "embed"

// JSONSchema is the JSON Schema (draft 2020-12) of one exported record,
// schema.json in the repository, embedded so that `kabar schema` prints
// exactly what the tests validate exports against. It states the record's
// invariants as well as its shape: no unknown fields, no empty strings or
// lists (absent values are omitted), RFC 3339 times.
//
//go:embed schema.json
var JSONSchema []byte
