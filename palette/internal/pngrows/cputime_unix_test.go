//go:build unix

package pngrows

import (
	"syscall"
	"time"
)

// processCPU returns the user and system CPU time of the process so far:
// on a shared machine a steadier figure than wall time.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
