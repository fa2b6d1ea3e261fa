// Package store keeps kabar's corpus in one bbolt file: the article records,
// the raw pages behind them, the URL index, failed fetches, crawl runs and
// export cursors. It also writes the exports (JSON Lines, CSV, Parquet; gzip
// or zstd by file name; incremental by cursor), because an export is a walk
// over the store's indexes and nothing else.
//
// # Bucket layout (store schema 1)
//
// Every bucket sits at the root of the bbolt file. Keys and values are bytes;
// "JSON" means encoding/json of the named Go type, "|" means concatenation.
//
//	meta      "schema"  -> decimal store schema version ("1")
//	articles  id        -> the record as exported: JSON of kabar.Article,
//	                       encoded with SetEscapeHTML(false), no newline
//	seen      id        -> JSON of Seen: first_seen, last_seen, versions,
//	                       the change sequence and the record's days key
//	raw       id        -> 4-byte big-endian length n | n bytes of JSON page
//	                       header (final URL, status, selected HTTP headers,
//	                       fetch time) | zstd of the page body (gzip in
//	                       files written before zstd; told apart by magic
//	                       number, so both read the same)
//	urls      URL       -> id, for the canonical URL and every URL the page
//	                       was fetched under (fetched and final URL)
//	days      ts | id   -> domain | 0x00 | lang | 0x00 | local day
//	changes   seq       -> days key of the record changed at seq
//	failures  URL       -> JSON of Failure
//	runs      seq       -> JSON of Run
//	cursors   name      -> JSON of Cursor (export --since-last)
//
// In days, ts is published_at in UTC written with fixed width
// ("2006-01-02T15:04:05.000000000Z", 30 bytes), so keys sort by publication
// instant and a date range is one cursor seek plus a scan that stops at the
// first key past the range. Records without a publication time use the ts
// "~" repeated 30 times and so sort after every dated record. The value
// carries the fields that filters and Stats need (domain, lang, and the
// publication day in the page's own offset), so neither has to decode a
// record. seq keys in changes and runs are 8-byte big-endian bucket sequences.
// A days key thus still starts with the YYYY-MM-DD of published_at (in UTC);
// the time of day after it makes the order within a day chronological and a
// --since with a time exact.
//
// # Invariants
//
//   - Every id in articles has exactly one entry in seen, one key in days and
//     one key in changes; Put maintains the four in one transaction, so a
//     crash leaves either all of a record's writes or none of them.
//   - A record's change sequence grows every time its content is created or
//     updated; an unchanged re-put only moves last_seen. An export that
//     resumes from a cursor therefore sees every new or changed record, and
//     an unchanged one never again.
//   - A failure stays in failures after the URL later succeeds, marked
//     resolved, so it is counted once and never as an open failure.
//
// Open refuses, with one line naming the file, a missing folder, a file that
// is not bbolt, a bbolt file of another program, a newer schema, and a file
// another process holds (naming that process on Linux). A file of an older
// schema is migrated in one transaction (see migrations). Check verifies a
// file page by page and index by index; a damaged page met during normal use
// becomes an error, not a crash.
//
// Writes from concurrent callers are group-committed: those that arrive
// while a transaction commits share the next one, so a crawl with parallel
// workers pays about one fsync per commit, not per record, and a lone writer
// never waits for a timer. PutMany writes a slice in one transaction for
// sequential bulk loaders such as re-extraction.
package store
