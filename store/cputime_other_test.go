//go:build !unix

package store

import "time"

// cpuTime is not measured on this system; benchmarks then report zero.
func cpuTime() time.Duration { return 0 }
