package main

// check's flags of limits and units: memory, time, jobs, and shares in
// points. The parsing is palette/check's (ParseSize, ParsePoints); the
// wording of the errors, which name the flags, is here.

import (
	"errors"
	"fmt"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/hueprint/hueprint/palette/check"
	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/spf13/pflag"
)

// pointsFlag is a share given in points (percent): "5", "5%", "5pt"; see
// check.ParsePoints.
type pointsFlag struct {
	set   bool
	value float64 // fraction 0–1
	max   float64 // largest accepted, in points
}

func (f *pointsFlag) String() string {
	if !f.set {
		return ""
	}
	return strconv.FormatFloat(f.value*100, 'g', -1, 64)
}

func (f *pointsFlag) Type() string { return "points" }

func (f *pointsFlag) Set(s string) error {
	v, err := check.ParsePoints(s, f.max)
	if err != nil {
		return valueError(err)
	}
	f.value, f.set = v, true
	return nil
}

// valueError words a check.ValueError for a flag: `"abc": want …`.
func valueError(err error) error {
	var ve *check.ValueError
	if errors.As(err, &ve) {
		return fmt.Errorf("%q: %s", ve.Input, ve.Msg)
	}
	return err
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

// checkLimits are check's bounds on time, memory and outputs.
type checkLimits struct {
	timeout time.Duration
	memFlag string
	budget  *imagefile.Budget
}

func addLimitFlags(fs *pflag.FlagSet) *checkLimits {
	l := &checkLimits{}
	fs.DurationVar(&l.timeout, "timeout", check.DefaultTimeout, "stop decoding an image after `DURATION` and report it as an error (0: never)")
	fs.StringVar(&l.memFlag, "max-memory", "", "memory `SIZE` that images decoded in parallel share, e.g. 2GiB; an image needing more is refused (default: half of this machine's memory, here "+imagefile.Bytes(check.DefaultMemory()).String()+")")
	return l
}

// check validates the limit flags and --jobs, and sizes the budget:
// --max-memory, or the machine's default.
func (l *checkLimits) check(fs *pflag.FlagSet, jobs int) error {
	if jobs > check.MaxJobs {
		return fmt.Errorf("--jobs %d: want at most %d", jobs, check.MaxJobs)
	}
	if l.timeout < 0 {
		return fmt.Errorf("--timeout %v: want a duration from 0 up, e.g. 30s", l.timeout)
	}
	if err := checkFloats(fs, "tolerance", "max-off", "color-tolerance"); err != nil {
		return err
	}
	n := check.DefaultMemory()
	if l.memFlag != "" {
		var err error
		if n, err = check.ParseSize(l.memFlag); err != nil {
			return fmt.Errorf("--max-memory %w", valueError(err))
		}
	}
	if n < 16<<20 {
		return fmt.Errorf("--max-memory %s: want at least 16 MiB", imagefile.Bytes(n))
	}
	l.budget = imagefile.NewBudget(n)
	return nil
}
