// Package warc reads and writes WARC files (ISO 28500, WARC 1.0 and 1.1),
// the archive format of Common Crawl's CC-NEWS and of every web-archiving
// tool. It wraps github.com/nlnwa/gowarc/v3 so that the rest of kabar sees
// plain Go values: a Reader yields one Record at a time with its place in
// the file, Record.HTTPResponse decodes a response record's HTTP message
// (chunked transfer coding, gzip, deflate, zstd and brotli content codings) into a
// Response, and a RotatingWriter archives request/response exchanges into
// gzipped files that roll over at a size limit.
//
// Reading is streaming: the Reader holds one record's block at a time (in
// memory up to a small bound, in a temporary file beyond it), so memory does
// not grow with the file. Offsets are byte positions in the file as stored
// (the compressed file for .warc.gz, each record its own gzip member), so a
// reader can be reopened at any record's Offset or End to resume.
package warc
