package check

import (
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// heapLimit keeps the Go runtime's soft memory limit at the memory the
// process used when the first Run with Options.SetMemoryLimit began, plus
// the bytes the budgets of such Runs have admitted, plus limitHeadroom.
//
// Why: the garbage collector's default pacing (GOGC=100) lets the heap
// grow to twice the live heap before collecting, so the buffers of an
// image just checked are still resident when the next image allocates
// its own, and peak memory is up to twice what is in use. A limit that
// follows what is admitted collects that garbage first, and rises with a
// large image's admission so that the collector never runs short of room
// for it: a fixed limit below a large image's needs would have the
// collector run without end.
var heapLimit struct {
	sync.Mutex
	runs     int   // Runs under way that set the limit
	admitted int64 // bytes their budgets have admitted
	base     int64 // the runtime's memory when the first of them began
	prev     int64 // the limit before it, restored when the last ends
}

// limitHeadroom is the room above base + admitted: the allocations of a
// check that no budget counts (measurement tables and rows, encoders,
// results held for ordering), so that the collector runs about once per
// image and not once per row.
const limitHeadroom = 48 << 20

// runtimeMemory is the memory the runtime's limit is compared with: all
// it has mapped but what it has given back to the system.
func runtimeMemory() int64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 || s[1].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64() - s[1].Value.Uint64())
}

// beginHeapLimit starts following the admitted memory; endHeapLimit
// stops, and the last Run to stop restores the previous limit.
func beginHeapLimit() {
	heapLimit.Lock()
	defer heapLimit.Unlock()
	if heapLimit.runs == 0 {
		heapLimit.base = runtimeMemory()
		heapLimit.prev = debug.SetMemoryLimit(-1)
		heapLimit.admitted = 0
	}
	heapLimit.runs++
	setHeapLimit()
}

func endHeapLimit() {
	heapLimit.Lock()
	defer heapLimit.Unlock()
	heapLimit.runs--
	if heapLimit.runs == 0 {
		debug.SetMemoryLimit(heapLimit.prev)
	}
}

// admitHeap adds n bytes (negative: gives them back) to the memory the
// limit follows.
func admitHeap(n int64) {
	heapLimit.Lock()
	defer heapLimit.Unlock()
	heapLimit.admitted += n
	setHeapLimit()
}

// setHeapLimit sets the limit; it never raises it above the one the Runs
// found (GOMEMLIMIT, or the caller's own).
func setHeapLimit() {
	l := heapLimit.base + heapLimit.admitted + limitHeadroom
	if l < 0 || l > heapLimit.prev {
		l = heapLimit.prev
	}
	debug.SetMemoryLimit(l)
}
