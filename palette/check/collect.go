package check

import (
	"runtime"
	"runtime/metrics"
	"sync/atomic"
)

// collectAbove is the garbage a worker lets the heap hold when it starts
// a decode: about one small image's buffers.
const collectAbove = 16 << 20

// collecting is set while a worker's forced collection runs: the others
// skip theirs rather than wait for it and start another full cycle.
var collecting atomic.Bool

// collectGarbage runs the garbage collector, before a decode, when the
// heap holds more than collectAbove bytes allocated since the last
// collection (the previous images' buffers, garbage once checked), unless
// the collector is off (GOGC=off) or another worker is already collecting.
// Run calls it only with Options.CollectGarbage: a forced cycle marks the
// whole process's heap, which costs a server with a large live heap far
// more than it saves.
//
// Why: the collector's default pacing starts a cycle when the heap reaches
// twice what the last cycle found live. Left to itself it mostly starts
// one inside a decode that is filling its buffers, finds them live, and
// lets the heap grow to twice a large image before the next; the images
// after it fill that room with buffers of their own while the first one's
// are still there, and peak memory is up to twice the largest image's
// need (or more, with scratch and file bytes beside it). Collected before
// the decode, the previous images' buffers are free memory again, which
// the decode reuses instead of growing the heap. Check --jobs 1, best of
// two, on the Debian wallpapers: peak RSS JPEG 251 -> 214 MB, PNG 208 ->
// 162 MB, WebP 114 -> 104 MB; the cycles cost little (the images' pixels
// hold no pointers, so marking is cheap): about 10 more, 1 % more GC CPU.
func collectGarbage() {
	s := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/gc/gogc:percent"},
	}
	metrics.Read(s)
	for _, v := range s {
		if v.Value.Kind() != metrics.KindUint64 {
			return
		}
	}
	// GOGC=off reads as a negative percentage stored in a uint64.
	if int64(s[2].Value.Uint64()) < 0 {
		return
	}
	live, heap := s[0].Value.Uint64(), s[1].Value.Uint64()
	if heap <= live+collectAbove || !collecting.CompareAndSwap(false, true) {
		return
	}
	defer collecting.Store(false)
	runtime.GC()
}
