//go:build unix

package store

// mapPresize: see mapSize.
const mapPresize = true
