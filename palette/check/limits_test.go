package check_test

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette/check"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64 // -1: refused
	}{
		{"512MiB", 512 << 20}, {"2G", 2 << 30}, {"1.5GB", 3 << 29}, {"16 mib", 16 << 20}, {" 4096 ", 4096}, {"1k", 1024}, {"1T", 1 << 40},
		{"", -1}, {"lots", -1}, {"0", -1}, {"-1G", -1}, {"NaN", -1}, {"5X", -1}, {".1", -1}, {"0.5B", -1}, {"9999999T", -1}, {"1e30", -1},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := check.ParseSize(tt.in)
			if tt.want < 0 {
				var ve *check.ValueError
				if !errors.As(err, &ve) || ve.Msg != "want a size such as 512MiB or 2GiB" {
					t.Errorf("ParseSize(%q) = %v, %v; want a *ValueError", tt.in, got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ParseSize(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
	_, err := check.ParseSize(strings.Repeat("é", 40) + "B")
	if err == nil || !strings.HasSuffix(err.Error(), `… (81 bytes)": want a size such as 512MiB or 2GiB`) {
		t.Errorf("a long input is not cut: %v", err)
	}
}

func TestParsePoints(t *testing.T) {
	tests := []struct {
		in   string
		want float64 // fraction; -1: refused
	}{
		{"5", 0.05}, {"5%", 0.05}, {" 10 % ", 0.10}, {"5pt", 0.05}, {"7 points", 0.07}, {"0", 0}, {"1", 0.01}, {"0.5%", 0.005},
		{"12.5", 0.125}, {"100", 1},
		{"0.05", -1}, {"0.1", -1}, {".5", -1}, // fractions are not guessed
		{"-1", -1}, {"101", -1}, {"five", -1}, {"", -1}, {"NaN", -1}, {"5%%", -1},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := check.ParsePoints(tt.in, 100)
			if tt.want < 0 {
				var ve *check.ValueError
				if !errors.As(err, &ve) || ve.Input != tt.in {
					t.Errorf("ParsePoints(%q) = %v, %v; want a *ValueError", tt.in, got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ParsePoints(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestDefaultMemory(t *testing.T) {
	m, d := check.MachineMemory(), check.DefaultMemory()
	switch {
	case m == 0 && d != 2<<30:
		t.Errorf("unknown machine memory: default %d, want 2 GiB", d)
	case m > 0 && d != max(m/2, 256<<20):
		t.Errorf("machine %d: default %d, want half, at least 256 MiB", m, d)
	}
}

// FuzzParseSize: an accepted size is positive and a bad one is a ValueError
// quoting at most 60 bytes of the input.
func FuzzParseSize(f *testing.F) {
	for _, s := range []string{"512MiB", "2G", "1.5GB", "lots", "0", "1e30", " 7 k "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := check.ParseSize(s)
		var ve *check.ValueError
		switch {
		case err == nil && n <= 0:
			t.Fatalf("%q read as %d", s, n)
		case err != nil && !errors.As(err, &ve):
			t.Fatalf("%q: %T %v", s, err, err)
		case err != nil && len(ve.Input) > 60 && !strings.HasSuffix(ve.Input, " bytes)"):
			t.Fatalf("%q quoted in full", s)
		}
	})
}

// FuzzParsePoints: an accepted value is a fraction within range, and bare
// numbers under 1 other than 0 are never accepted.
func FuzzParsePoints(f *testing.F) {
	for _, s := range []string{"5", "5%", "0.05", "10pt", "0", "100", "-1", " 7 % "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := check.ParsePoints(s, 100)
		if err != nil {
			return
		}
		if !(v >= 0 && v <= 1) {
			t.Fatalf("%q read as %v", s, v)
		}
		if n, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil && n > 0 && n < 1 {
			t.Fatalf("bare fraction %q accepted as %v", s, v)
		}
	})
}

func ExampleParseSize() {
	n, err := check.ParseSize("512MiB")
	fmt.Println(n, err)
	_, err = check.ParseSize("lots")
	fmt.Println(err)
	// Output:
	// 536870912 <nil>
	// check: "lots": want a size such as 512MiB or 2GiB
}

func ExampleParsePoints() {
	for _, s := range []string{"5", "12.5%", "0.05"} {
		v, err := check.ParsePoints(s, 100)
		fmt.Println(v, err)
	}
	// Output:
	// 0.05 <nil>
	// 0.125 <nil>
	// 0 check: "0.05": a fraction? write points: 5 or 5% (or 0.05% if you meant 0.05 %)
}

func ExampleDefaultMemory() {
	fmt.Println(check.DefaultMemory() >= 256<<20)
	// Output: true
}
