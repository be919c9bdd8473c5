package check

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// MaxJobs is the most images worth checking in parallel: more workers than
// this only queue on the memory budget and the cores.
const MaxJobs = 256

// DefaultTimeout is a sensible Options.Timeout: far more than any image
// within the default pixel limit takes (a 50-megapixel JPEG decodes and
// measures in about 2 s on one core), far less than forever.
const DefaultTimeout = 2 * time.Minute

// MachineMemory returns the memory this process may use, in bytes: the
// smaller of the machine's (MemTotal in /proc/meminfo) and its cgroup v2
// limit (/sys/fs/cgroup/memory.max), or 0 when neither is known (other
// systems than Linux).
func MachineMemory() int64 {
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

// DefaultMemory is a sensible size for Options.Budget, in bytes: half of
// MachineMemory, at least 256 MiB; 2 GiB when the machine's is unknown.
func DefaultMemory() int64 {
	m := MachineMemory()
	if m == 0 {
		return 2 << 30
	}
	return max(m/2, 256<<20)
}

// ValueError is the error of ParseSize and ParsePoints: the input, cut to
// 60 bytes when longer, and what is wrong with it.
type ValueError struct {
	Input string // the input as given, cut on a rune boundary with its length when longer than 60 bytes
	Msg   string // "want a size such as 512MiB or 2GiB"
}

func (e *ValueError) Error() string { return fmt.Sprintf("check: %q: %s", e.Input, e.Msg) }

// clip cuts an input quoted in a message to 60 bytes, on a rune boundary,
// saying how long it was.
func clip(s string) string {
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

// sizeUnits are ParseSize's units, powers of 1024.
var sizeUnits = map[string]float64{"": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20,
	"g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30, "t": 1 << 40, "tb": 1 << 40, "tib": 1 << 40}

// ParseSize reads a memory size in bytes: a number, or a number with a
// unit k, M, G or T, powers of 1024 with or without "iB" or "B", any case:
// "512MiB", "2G", "1.5GB". Sizes are at least 1 byte and under 4 EiB. A
// bad size is a *ValueError.
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	num := strings.TrimRightFunc(t, unicode.IsLetter)
	mult := sizeUnits[strings.ToLower(strings.TrimSpace(t[len(num):]))]
	v, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	if err != nil || mult == 0 || math.IsNaN(v) || v*mult < 1 || v*mult > math.MaxInt64/2 {
		return 0, &ValueError{Input: clip(s), Msg: "want a size such as 512MiB or 2GiB"}
	}
	return int64(v * mult), nil
}

// ParsePoints reads a share given in points (percent), "5", "5%", "5pt"
// or "5 points", from 0 to max points, and returns it as a fraction 0–1,
// as palette.Rule holds it. A bare number under 1 other than 0 is refused
// rather than guessed: 0.05 could be 5 % written as a fraction or a
// twentieth of a point. A bad value is a *ValueError.
func ParsePoints(s string, max float64) (float64, error) {
	num, suffixed := strings.TrimSpace(s), false
	for _, suf := range []string{"%", "pt", "points", "point"} {
		if strings.HasSuffix(num, suf) {
			num, suffixed = strings.TrimSpace(strings.TrimSuffix(num, suf)), true
			break
		}
	}
	v, err := strconv.ParseFloat(num, 64)
	switch {
	case err != nil || v != v:
		return 0, &ValueError{Input: s, Msg: "want points (percent) such as 5 or 5%"}
	case v < 0 || v > max:
		return 0, &ValueError{Input: s, Msg: fmt.Sprintf("want between 0 and %g points", max)}
	case !suffixed && v > 0 && v < 1:
		return 0, &ValueError{Input: s, Msg: fmt.Sprintf("a fraction? write points: %g or %g%% (or %s%% if you meant %s %%)", v*100, v*100, num, num)}
	}
	return v / 100, nil
}
