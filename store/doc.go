// Package store keeps kabar's corpus in one bbolt file: the article records,
// the raw pages behind them, the URL index, failed fetches, crawl runs and
// export cursors. It also writes the exports (JSON Lines, CSV, Parquet; gzip
// or zstd by file name; incremental by cursor), because an export is a walk
// over the store's indexes and nothing else.
//
// # Bucket layout (store schema 4)
//
// Every bucket sits at the root of the bbolt file. Keys and values are bytes;
// "JSON" means encoding/json of the named Go type, "|" means concatenation.
//
//	meta      "schema"  -> decimal store schema version ("4")
//	articles  id        -> the record as exported: JSON of kabar.Article,
//	                       encoded with SetEscapeHTML(false), no newline;
//	                       a group's founder without its cluster, which
//	                       readers fill from members (see Duplicates)
//	seen      id        -> JSON of Seen: first_seen, last_seen, versions,
//	                       the change sequence and the record's days key
//	raw       id        -> 4-byte big-endian length n | n bytes of JSON page
//	                       header (final URL, status, selected HTTP headers,
//	                       fetch time) | zstd of the page body (gzip in
//	                       files written before zstd; told apart by magic
//	                       number, so both read the same). An article split
//	                       over pages adds to the header its body's size
//	                       and its parts' headers with theirs, and each
//	                       part's body follows as a zstd frame of its own
//	urls      URL       -> id, for the canonical URL and every URL the page
//	                       was fetched under (fetched and final URL)
//	days      ts | id   -> domain | 0x00 | lang | 0x00 | local day
//	changes   seq       -> days key of the record changed at seq
//	failures  URL       -> JSON of Failure
//	runs      seq       -> JSON of Run
//	cursors   name      -> JSON of Cursor (export --since-last)
//	dedup     seq       -> one record's duplicate-index keys and id (see Duplicates)
//	members   cluster   -> ts | id of the group's latest published member
//	members   cluster 0x00 id -> what grouping reads of each member
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
// schema is migrated in one transaction (see migrations). A writer also
// locks PATH-writer (a small file beside the store) for its life and holds
// the store file itself exclusively only while it commits, so a reader
// opened WithShared (kabar serve) may read between its commits; see
// share_unix.go. Check verifies a
// file page by page and index by index; a damaged page met during normal use
// becomes an error, not a crash.
//
// Writes from concurrent callers are group-committed: those that arrive
// while a transaction commits share the next one, so a crawl with parallel
// workers pays about one fsync per commit, not per record, and a lone writer
// never waits for a timer. PutMany writes a slice in one transaction for
// sequential bulk loaders such as re-extraction.
//
// # Duplicates
//
// Put finds the story a record tells among those stored (package dedup
// decides; WithoutDedup turns it off) inside its write transaction, so
// concurrent and batched puts see each other. The index holds, per record
// of at least dedup.MinShingles shingles, its three simhash bands (which
// also find exact copies: the same text has the same simhash) and its lead
// anchors. On disk it is an append-only log (the dedup bucket, one entry
// per record, written in the record's transaction and at the B+tree's
// right edge); a writer holds it in memory as a hash table, loaded from the
// log when its first put needs it (see dedupindex.go for the cost in time
// and memory). A lookup reads only the entries under the record's own
// keys, at most maxPostings per band and dedup.MaxCarriers per anchor, so
// its cost is the same at ten records and at ten million. A candidate is
// confirmed by shingle containment against its stored text.
//
// Groups do not depend on the order records arrive in: a group is a
// connected component of the "same story" relation (dedup.Related), and a
// put unites every group and lone record it is the same story as, not just
// the first. Its fields are dedup.Assign's: the founder is the earliest
// published member, its id the cluster of all and the duplicate_of of
// every other member (or a copy links to the member whose site it names).
// A founder's record does not carry its cluster: a record is a founder
// exactly when members holds a group entry under its id (the bare
// cluster key, which sorts just before the group's members, so that a
// group's state is one leaf), and every reader (Get, Each, the
// exports, Check) fills the cluster from there, so a copy joining a group
// does not rewrite the founder's record (it only gives it a new change
// sequence, so that an incremental export carries it again with its
// cluster). When a put changes a group's founder (an earlier published
// copy arrives, or two groups are united), the members whose fields
// change are rewritten in the same transaction, with a new change
// sequence; that costs O(members) per founder change, and groups are a
// story's copies. A
// re-put with another text (reextract) leaves its group, which splits
// into what is still connected. The same records stored in any order, or
// spread over several stores and merged by id with PutMany (or re-derived
// with dedup.Groups), get the same fields, as long as no key is crowded
// past its cap (see dedup.MaxCarriers).
//
// An export with Filter.Dedup keeps one record per group in constant
// memory: a record is a copy when it carries a duplicate_of and its
// members entry agrees (a record written with detection off may carry
// fields it was given), and a group's latest member is named by its group
// entry. No index of copies is kept (schemas 2 and 3 kept one, dups, and
// the group entries in a clusters bucket of their own; migration 4 folds
// them, and a read-only opener reads such a store as it is).
//
// # Exports
//
// Every export walks the days index (or, with a cursor, the changes index)
// a chunk of records at a time, so memory stays flat whatever the size of
// the store, and the order is deterministic: by published_at instant,
// records without one last, ties by id; with a cursor, by change. A file
// is written to a temporary file beside it, synced and renamed, so it
// appears complete or not at all; a ".gz" or ".zst" suffix compresses it.
// An existing device or FIFO (/dev/null, a named pipe) is written in place,
// never renamed over. An export cursor (ExportSince) moves only after the
// file is synced and renamed: a failed export leaves it, and the next run
// writes the same records again, so a consumer may see a record twice but
// never misses one. A process killed mid-export leaves its temporary file
// (".NAME.tmp-*") beside NAME, and the cursor where it was.
//
// JSON Lines is the record as stored: one kabar.Article per line, exactly
// the bytes Put wrote, but for a founder, whose cluster is spliced in
// where encoding the record with it would put it. Its schema is
// kabar.JSONSchema.
//
// CSV (RFC 4180, header row) has one row per record and these columns, in
// order: id, url, canonical_url, site, domain, lang, title, description,
// authors, editors, contributors, published_at, modified_at,
// dateline_place, dateline_source, section, tags, text, quotes, sources,
// images, related, word_count, content_hash, simhash, duplicate_of,
// cluster, fetched_at,
// source_file, extraction_version, extraction_method,
// extraction_confidence, extraction_warnings, error. Flattening:
//
//   - lists of strings (authors, editors, tags, sources,
//     extraction_warnings) are joined with " | " (space, bar, space);
//   - lists of objects (contributors, quotes, images, related) are the same
//     JSON arrays as in JSON Lines, in one cell;
//   - the dateline and extraction objects become their fields' columns;
//   - times are RFC 3339 with the page's own offset;
//   - absent values, a zero word_count included, are empty cells; text
//     keeps its newlines inside its quoted cell.
//
// Parquet (one file, zstd-compressed columns, a row group per 5,000
// records, key/value metadata "kabar.schema_version") has the message
// kabar_article, one column per record field, named as in JSON:
//
//	required binary id (STRING)
//	optional binary url, canonical_url, site, domain, lang, title,
//	                description, section, text, content_hash, simhash,
//	                duplicate_of, cluster,
//	                source_file, error (STRING)
//	optional group authors, editors, tags, sources (LIST) of required STRING
//	optional group contributors (LIST) of {required name, role (STRING)}
//	optional group quotes (LIST) of {required text; optional speaker, cue
//	                (STRING); optional paragraph (INT32)}
//	optional group images (LIST) of {required url; optional caption, credit}
//	optional group related (LIST) of {required url; optional title}
//	optional int64 published_at, modified_at, fetched_at
//	                (TIMESTAMP(MICROS, isAdjustedToUTC))
//	optional int32 published_at_offset, modified_at_offset (seconds east
//	                of UTC: the page's own offset, which an instant loses)
//	optional group dateline {optional place, source (STRING)}
//	optional int64 word_count
//	optional group extraction {optional version, method (STRING);
//	                required double confidence;
//	                optional group warnings (LIST) of required STRING}
//
// Lists use the standard three-level LIST layout (group, repeated group
// "list", field "element"), which pyarrow, pandas, DuckDB, Polars, Spark and
// Hugging Face datasets read as lists; an absent list is null, never an
// empty list. Times keep microseconds (fetched_at loses its nanoseconds).
package store
