package check

import (
	"fmt"
	"hash/fnv"
	"path/filepath"
	"strconv"
	"strings"
)

// Shard is one part of a stable partition of the inputs: shard I of N holds
// the paths whose FNV-1a hash (of the cleaned, slash-separated path) is I
// modulo N, so that the same file lands in the same shard whatever the
// order or the machine that lists it, and N shards together hold every
// file once. The zero Shard holds every path.
type Shard struct {
	I, N uint64
}

// ParseShard reads "I/N" with 0 ≤ I < N.
func ParseShard(s string) (Shard, error) {
	var i, n uint64
	a, b, ok := strings.Cut(s, "/")
	var err error
	if ok {
		i, err = strconv.ParseUint(strings.TrimSpace(a), 10, 32)
		if err == nil {
			n, err = strconv.ParseUint(strings.TrimSpace(b), 10, 32)
		}
	}
	if !ok || err != nil || n == 0 || i >= n {
		return Shard{}, fmt.Errorf("check: shard %q: want I/N with 0 ≤ I < N, e.g. 0/4", s)
	}
	return Shard{I: i, N: n}, nil
}

// String returns "I/N", or "" for the zero Shard.
func (s Shard) String() string {
	if s.N == 0 {
		return ""
	}
	return fmt.Sprintf("%d/%d", s.I, s.N)
}

// Contains reports whether path belongs to the shard.
func (s Shard) Contains(path string) bool {
	if s.N == 0 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(filepath.ToSlash(filepath.Clean(path))))
	return h.Sum64()%s.N == s.I
}
