package imagefile_test

import "runtime/metrics"

// runtimeMem reads the cumulative bytes allocated on the heap.
type runtimeMem struct{ total uint64 }

func (m *runtimeMem) read() {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	m.total = s[0].Value.Uint64()
}
