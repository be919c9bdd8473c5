package palette

import (
	"math"
	"sort"
	"sync"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/lucasb-eyer/go-colorful"
	"golang.org/x/image/colornames"
)

type namedLab struct {
	name string
	hex  string
	lab  colorspace.Lab
}

// cssNames is the 148 CSS Color 4 named colours in alphabetical order, with
// their CIELAB values. Synonyms (aqua/cyan, gray/grey …) are kept: the first
// in alphabetical order wins a tie.
var cssNames = sync.OnceValue(func() []namedLab {
	names := append([]string{"rebeccapurple"}, colornames.Names...)
	sort.Strings(names)
	out := make([]namedLab, 0, len(names))
	for _, n := range names {
		c, _ := namedColor(n)
		out = append(out, namedLab{name: n, hex: Hex(c), lab: colorspace.ToLab(c)})
	}
	return out
})

// ColorNames returns the CSS named colours hueprint accepts, sorted.
func ColorNames() []string {
	ns := cssNames()
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.name
	}
	return out
}

// NearestName returns the CSS colour name nearest to c by CIEDE2000, with its
// distance (0 when c is exactly that colour after 8-bit rounding).
func NearestName(c colorful.Color) (name string, deltaE float64) {
	h := Hex(c)
	lab := colorspace.ToLab(Quantize(c))
	deltaE = math.Inf(1)
	for _, n := range cssNames() {
		if n.hex == h {
			return n.name, 0
		}
		if d := colorspace.DeltaE2000(lab, n.lab); d < deltaE {
			name, deltaE = n.name, d
		}
	}
	return name, deltaE
}
