//go:build !unix

package pngrows

import "time"

func processCPU() (time.Duration, bool) { return 0, false }
