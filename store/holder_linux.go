package store

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// lockHolder names the process holding the flock on path, from
// /proc/locks ("pid 1234, kabar crawl"), or returns "" when it cannot tell.
// It is only for the error message, so every failure is silent.
func lockHolder(path string) string {
	fi, err := os.Stat(path)
	if err != nil {
		return ""
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	dev := uint64(st.Dev)
	major := (dev>>8)&0xfff | (dev>>32)&^uint64(0xfff)
	minor := dev&0xff | (dev>>12)&^uint64(0xff)
	want := fmt.Sprintf("%02x:%02x:%d", major, minor, st.Ino)

	f, err := os.Open("/proc/locks")
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// "1: FLOCK  ADVISORY  WRITE 2345 fd:01:123456 0 EOF"; waiters
		// are marked "->" and are not holders.
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || fields[1] != "FLOCK" || fields[5] != want {
			continue
		}
		pid, err := strconv.Atoi(fields[4])
		if err != nil {
			return ""
		}
		name := fmt.Sprintf("pid %d", pid)
		if cmd, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid)); err == nil {
			args := strings.Split(string(bytes.TrimRight(cmd, "\x00")), "\x00")
			if len(args) > 2 {
				args = args[:2]
			}
			if i := strings.LastIndexByte(args[0], '/'); i >= 0 {
				args[0] = args[0][i+1:]
			}
			if s := strings.Join(args, " "); s != "" {
				name += ", " + s
			}
		}
		return name
	}
	return ""
}
