package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/spf13/pflag"
)

// maxJobs caps --jobs: more workers than this only queue on the memory
// budget and the cores.
const maxJobs = 256

// machineMemory returns the memory this process may use: the smaller of the
// machine's (MemTotal in /proc/meminfo) and its cgroup v2 limit
// (/sys/fs/cgroup/memory.max), or 0 when neither is known.
func machineMemory() int64 {
	var total int64
	if f, err := os.Open("/proc/meminfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
				kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
				if err == nil {
					total = kb << 10
				}
				break
			}
		}
		f.Close()
	}
	if b, err := os.ReadFile("/sys/fs/cgroup/memory.max"); err == nil {
		if n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err == nil && n > 0 && (total == 0 || n < total) {
			total = n
		}
	}
	return total
}

// defaultMaxMemory is the default of --max-memory: half the memory of the
// machine (or container), at least 256 MiB; 2 GiB when it is unknown.
func defaultMaxMemory() int64 {
	m := machineMemory()
	if m == 0 {
		return 2 << 30
	}
	return max(m/2, 256<<20)
}

// parseBytes reads a size: a number of bytes, or a number with a unit k, M,
// G, T (powers of 1024, with or without "iB"/"B"): "512MiB", "2G", "1.5GB".
func parseBytes(s string) (int64, error) {
	t := strings.TrimSpace(s)
	num := strings.TrimRightFunc(t, unicode.IsLetter)
	unit := strings.ToLower(strings.TrimSpace(t[len(num):]))
	num = strings.TrimSpace(num)
	mult := map[string]float64{"": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20,
		"g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30, "t": 1 << 40, "tb": 1 << 40, "tib": 1 << 40}[unit]
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || mult == 0 || math.IsNaN(v) || v <= 0 || v*mult > math.MaxInt64/2 {
		return 0, fmt.Errorf("%q: want a size such as 512MiB or 2GiB", clipInput(s))
	}
	return int64(v * mult), nil
}

// checkFloats refuses NaN, infinite and negative values of the named float
// flags when they were given.
func checkFloats(fs *pflag.FlagSet, names ...string) error {
	for _, n := range names {
		if f := fs.Lookup(n); f == nil || !f.Changed || f.Value.Type() != "float64" {
			continue // unset, or a flag of its own type that checks itself
		}
		v, err := fs.GetFloat64(n)
		if err != nil {
			return err
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			return fmt.Errorf("--%s %v: want a number from 0 up", n, v)
		}
	}
	return nil
}

// setMemoryLimit makes the garbage collector keep the heap near what the
// budget admits (live images plus a margin), instead of letting it grow to
// twice the live memory, unless GOMEMLIMIT says otherwise. It returns the
// function that restores the previous limit.
func setMemoryLimit(budget int64) (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	old := debug.SetMemoryLimit(budget + 64<<20)
	return func() { debug.SetMemoryLimit(old) }
}

// clipInput cuts an input quoted in a message to 60 bytes, on a rune
// boundary, saying how long it was.
func clipInput(s string) string {
	const n = 60
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return fmt.Sprintf("%s… (%d bytes)", s[:i], len(s))
}

// budgetFor sizes the memory budget of a run: --max-memory, or the
// machine's default.
func budgetFor(flag string) (*imagefile.Budget, error) {
	if flag == "" {
		return imagefile.NewBudget(defaultMaxMemory()), nil
	}
	n, err := parseBytes(flag)
	if err != nil {
		return nil, fmt.Errorf("--max-memory %w", err)
	}
	if n < 16<<20 {
		return nil, fmt.Errorf("--max-memory %s: want at least 16 MiB", imagefile.Bytes(n))
	}
	return imagefile.NewBudget(n), nil
}

// checkLimits are check's bounds on time, memory and outputs.
type checkLimits struct {
	timeout time.Duration
	memFlag string
	budget  *imagefile.Budget
}

// defaultTimeout is --timeout's default: far more than any image within
// the pixel limit takes (a 50-megapixel JPEG decodes and measures in about
// 2 s on one core), far less than forever.
const defaultTimeout = 2 * time.Minute

func addLimitFlags(fs *pflag.FlagSet) *checkLimits {
	l := &checkLimits{}
	fs.DurationVar(&l.timeout, "timeout", defaultTimeout, "stop decoding an image after `DURATION` and report it as an error (0: never)")
	fs.StringVar(&l.memFlag, "max-memory", "", "memory `SIZE` that images decoded in parallel share, e.g. 2GiB; an image needing more is refused (default: half of this machine's memory, here "+imagefile.Bytes(defaultMaxMemory()).String()+")")
	return l
}

// check validates the limit flags and --jobs, and sizes the budget.
func (l *checkLimits) check(fs *pflag.FlagSet, jobs int) error {
	if jobs > maxJobs {
		return fmt.Errorf("--jobs %d: want at most %d", jobs, maxJobs)
	}
	if l.timeout < 0 {
		return fmt.Errorf("--timeout %v: want a duration from 0 up, e.g. 30s", l.timeout)
	}
	if err := checkFloats(fs, "tolerance", "max-off", "color-tolerance"); err != nil {
		return err
	}
	var err error
	l.budget, err = budgetFor(l.memFlag)
	return err
}
