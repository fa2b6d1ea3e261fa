//go:build !unix

package store

// mapPresize: see mapSize (on Windows, bbolt grows the file to the size
// of its map).
const mapPresize = false
