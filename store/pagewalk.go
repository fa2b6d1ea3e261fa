package store

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// This file reads bbolt's page format (go.etcd.io/bbolt/internal/common,
// bbolt v1.x) through ReadAt, not the memory map, so that a damaged page
// becomes an error instead of a memory fault. Check runs it before bbolt's
// own checker, which runs on a goroutine where a fault cannot be recovered.

const (
	pageHeaderSize = 16 // id u64, flags u16, count u16, overflow u32
	elementSize    = 16 // branch: pos u32, ksize u32, pgid u64; leaf: flags, pos, ksize, vsize u32
	inBucketSize   = 16 // root pgid u64, sequence u64
	branchPageFlag = 0x01
	leafPageFlag   = 0x02
	bucketLeafFlag = 0x01
	boltMagic      = 0xED0CDAED
	metaOffset     = pageHeaderSize
	metaSumLen     = 56 // magic, version, pageSize, flags, root, freelist, pgid, txid
)

var ne = binary.NativeEndian

// pageWalker checks that every page reachable from the root of one meta
// page is a branch or leaf page whose elements lie inside it.
type pageWalker struct {
	f        io.ReaderAt
	pageSize int64
	hwm      uint64 // pages at or above it are not allocated
	seen     map[uint64]bool
}

// walkPages checks the structure of the bbolt file at path as of the meta
// page with transaction id txid (the caller's read transaction, whose pages
// bbolt does not reuse while it is open). It reports walked false when no
// meta page has that txid: the file moved on, and there is nothing safe to
// compare.
func walkPages(path string, txid uint64) (walked bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	var hdr [pageHeaderSize + metaSumLen + 8]byte
	if _, err := f.ReadAt(hdr[:], 0); err != nil {
		return false, fmt.Errorf("read meta page 0: %w", err)
	}
	pageSize := int64(ne.Uint32(hdr[metaOffset+8:]))
	if pageSize < 512 || pageSize > 1<<24 {
		return false, fmt.Errorf("meta page 0: page size %d", pageSize)
	}
	for i := range int64(2) {
		m := hdr[:]
		if i == 1 {
			if _, err := f.ReadAt(m, pageSize); err != nil {
				return false, fmt.Errorf("read meta page 1: %w", err)
			}
		}
		meta := m[metaOffset:]
		h := fnv.New64a()
		h.Write(meta[:metaSumLen])
		if ne.Uint32(meta) != boltMagic || h.Sum64() != ne.Uint64(meta[metaSumLen:]) {
			continue
		}
		if ne.Uint64(meta[48:]) != txid {
			continue
		}
		w := &pageWalker{f: f, pageSize: pageSize, hwm: ne.Uint64(meta[40:]), seen: map[uint64]bool{}}
		return true, w.page(ne.Uint64(meta[16:]), "root")
	}
	return false, nil
}

// page reads page id and checks it and its subtree.
func (w *pageWalker) page(id uint64, where string) error {
	if id < 2 || id >= w.hwm {
		return fmt.Errorf("%s: page %d outside the file's %d pages", where, id, w.hwm)
	}
	if w.seen[id] {
		return fmt.Errorf("%s: page %d reached twice", where, id)
	}
	w.seen[id] = true
	var h [pageHeaderSize]byte
	if _, err := w.f.ReadAt(h[:], int64(id)*w.pageSize); err != nil {
		return fmt.Errorf("%s: read page %d: %w", where, id, err)
	}
	overflow := uint64(ne.Uint32(h[12:]))
	if ne.Uint64(h[:]) != id || id+overflow >= w.hwm {
		return fmt.Errorf("%s: page %d has a bad header", where, id)
	}
	buf := make([]byte, int64(overflow+1)*w.pageSize)
	if _, err := w.f.ReadAt(buf, int64(id)*w.pageSize); err != nil {
		return fmt.Errorf("%s: read page %d: %w", where, id, err)
	}
	return w.elements(buf, id, where)
}

// elements checks the elements of the page in buf (a page of the file, or
// an inline bucket's page inside a value) and walks what they point at.
func (w *pageWalker) elements(buf []byte, id uint64, where string) error {
	if len(buf) < pageHeaderSize {
		return fmt.Errorf("%s: page %d too short", where, id)
	}
	flags, count := ne.Uint16(buf[8:]), int(ne.Uint16(buf[10:]))
	if flags != branchPageFlag && flags != leafPageFlag {
		return fmt.Errorf("%s: page %d is neither branch nor leaf (flags %#x)", where, id, flags)
	}
	if pageHeaderSize+count*elementSize > len(buf) {
		return fmt.Errorf("%s: page %d: %d elements do not fit", where, id, count)
	}
	for i := range count {
		at := pageHeaderSize + i*elementSize
		e := buf[at : at+elementSize]
		if flags == branchPageFlag {
			pos, ksize := uint64(ne.Uint32(e)), uint64(ne.Uint32(e[4:]))
			if uint64(at)+pos+ksize > uint64(len(buf)) {
				return fmt.Errorf("%s: page %d element %d: key outside the page", where, id, i)
			}
			if err := w.page(ne.Uint64(e[8:]), where); err != nil {
				return err
			}
			continue
		}
		eflags, pos := ne.Uint32(e), uint64(ne.Uint32(e[4:]))
		ksize, vsize := uint64(ne.Uint32(e[8:])), uint64(ne.Uint32(e[12:]))
		end := uint64(at) + pos + ksize + vsize
		if end > uint64(len(buf)) {
			return fmt.Errorf("%s: page %d element %d: key or value outside the page", where, id, i)
		}
		if eflags&bucketLeafFlag == 0 {
			continue
		}
		k := buf[uint64(at)+pos : uint64(at)+pos+ksize]
		v := buf[uint64(at)+pos+ksize : end]
		sub := where + "/" + string(k)
		if len(v) < inBucketSize {
			return fmt.Errorf("%s: bucket header too short", sub)
		}
		if root := ne.Uint64(v); root != 0 {
			if err := w.page(root, sub); err != nil {
				return err
			}
		} else if err := w.elements(v[inBucketSize:], 0, sub); err != nil {
			return err
		}
	}
	return nil
}
