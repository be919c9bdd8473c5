package check

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

func forcedCycles() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/forced:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

var sink []byte

// TestCollectGarbage: collectGarbage forces a cycle when more than
// collectAbove bytes were allocated since the last one, and not when the
// collector is off (GOGC=off).
func TestCollectGarbage(t *testing.T) {
	garbage := func() {
		for range 8 {
			sink = make([]byte, collectAbove/2)
		}
		sink = nil
	}
	// No cycle of the pacer's own while the garbage is made.
	defer debug.SetGCPercent(debug.SetGCPercent(1 << 20))
	runtime.GC()
	before := forcedCycles()
	garbage()
	collectGarbage()
	if forcedCycles() == before {
		t.Errorf("%d MiB of garbage: no forced cycle", 4*collectAbove>>20)
	}

	debug.SetGCPercent(-1)
	before = forcedCycles()
	garbage()
	collectGarbage()
	if n := forcedCycles() - before; n != 0 {
		t.Errorf("GOGC=off: %d forced cycles, want 0", n)
	}
}
