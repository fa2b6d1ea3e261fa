//go:build !linux

package store

// allocSlots returns n empty slots on the Go heap (see slotmem_linux.go
// for why Linux maps large tables itself).
func allocSlots(n int) (slots []slot, mem []byte) { return make([]slot, n), nil }

func freeSlots(mem []byte) {}
