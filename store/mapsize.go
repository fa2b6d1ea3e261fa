package store

import (
	"errors"
	"os"
	"strconv"
	"syscall"
)

// The writer's memory map of the file.
//
// bbolt reads pages through a map of the file that it remaps whenever the
// file outgrows it: doubling up to 1 GB, then 1 GB at a time. A remap
// drops every page of the old map, so each page the writer reads after it
// (the random leaves a put reads in the records, seen, urls and days
// trees) is a page fault again, until it has been touched once more: a
// 100k-record load spent a quarter of its B+tree page reads' time
// (Page.FastCheck) in those faults. And where the remaps fall depends on
// the file's size, so two stores of a few percent different size (as a
// store with duplicate detection and one without) remap at different
// points of the same load and pay for it in different windows (the 100k
// load's last tenth: 1.25x with detection on against 1.14x over the
// whole load; see docs/BENCHMARKS.md).
//
// So a writer maps, from the start, far more than the file holds:
// mapSize bytes of address space, never memory (pages are only mapped
// when read, and a MAP_SHARED map of a file costs no memory of its own),
// which is what etcd does with bbolt (10 GB). A store that outgrows it is
// remapped as before. Readers keep bbolt's default.
//
// Only where that is safe: on unix (on Windows bbolt grows the file to the
// map's size) and with 64-bit addresses.

// minMapSize is the least a writer maps: 16 GB, about three million
// records of this benchmark's size.
const minMapSize = 16 << 30

// mapSize is the map a writer opens the file at path with: 0 (bbolt's
// default) where presizing is not safe (mapPresize), else the larger of
// minMapSize and twice the file's size, so that a store keeps growing
// without remaps for as long again as it took to fill.
func mapSize(path string) int {
	if !mapPresize || strconv.IntSize < 64 {
		return 0
	}
	size := int64(minMapSize)
	if fi, err := os.Stat(path); err == nil && 2*fi.Size() > size {
		size = 2 * fi.Size()
	}
	return int(size)
}

// isMapError says whether err is the kernel refusing a map of that size
// (a limit on address space, ulimit -v): Open then tries again with
// bbolt's default map.
func isMapError(err error) bool {
	return errors.Is(err, syscall.ENOMEM) || errors.Is(err, syscall.EINVAL)
}

// growStep is how much the file grows by when a commit needs more room,
// given its current size: bbolt grows a file in steps of AllocSize (16
// MB) once its map is larger than that, which with a presized map would
// make every small store 16 MB; the step is the file's own size instead
// (at least 32 KB, at most 16 MB), so that a small file doubles as bbolt
// grows it by default.
func growStep(size int64) int {
	const lo, hi = 32 << 10, 16 << 20
	return int(min(max(size, lo), hi))
}
