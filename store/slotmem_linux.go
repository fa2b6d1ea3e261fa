package store

import (
	"syscall"
	"unsafe"
)

// allocSlots returns n empty slots. A large table (the duplicate index of
// a store of some ten thousand records or more) is mapped outside the Go
// heap and asked for transparent huge pages: its probes land at random
// places of tens or hundreds of megabytes, which with 4 KB pages costs a
// TLB miss per probe and, when the table doubles, a page fault per 4 KB
// of the new table (measured: 0.1 s to fault in 24 MB on the benchmark
// machine). Slots hold no pointers, so the collector need not see them.
// mem is the mapping to release with freeSlots (nil for a table on the Go
// heap); a mapping that fails falls back to the heap.
func allocSlots(n int) (slots []slot, mem []byte) {
	size := n * int(unsafe.Sizeof(slot{}))
	if size < 4<<20 {
		return make([]slot, n), nil
	}
	mem, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return make([]slot, n), nil
	}
	_ = syscall.Madvise(mem, syscall.MADV_HUGEPAGE) // a hint: without it, 4 KB pages
	return unsafe.Slice((*slot)(unsafe.Pointer(&mem[0])), n), mem
}

// freeSlots releases a table allocSlots mapped; no slot of it may be used
// after.
func freeSlots(mem []byte) {
	if mem != nil {
		_ = syscall.Munmap(mem)
	}
}
