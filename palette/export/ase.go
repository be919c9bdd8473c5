package export

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"unicode/utf16"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/lucasb-eyer/go-colorful"
)

// Adobe Swatch Exchange: "ASEF", version 1.0, a block count, then blocks of
// a 16-bit type (0xC001 group start, 0xC002 group end, 0x0001 colour) and a
// 32-bit length, all big-endian. A block's name is a 16-bit count of UTF-16
// code units, including the final zero, and the code units. A colour is its
// four-byte model ("RGB ", "CMYK", "LAB ", "Gray"), float32 components and a
// 16-bit type: 0 global, 1 spot, 2 normal.
const (
	aseGroupStart = 0xC001
	aseGroupEnd   = 0xC002
	aseColor      = 0x0001
	aseGlobal     = 0
	// aseMaxName is the most UTF-16 code units a name can hold with its
	// final zero in the 16-bit count; longer names are cut.
	aseMaxName = 0xFFFE
)

// ASE writes an Adobe Swatch Exchange file: a group named after the palette
// holding its colours as global RGB swatches named "role: name".
func ASE(w io.Writer, p *palette.Palette, o Options) error {
	if err := o.check(p); err != nil {
		return err
	}
	type sw struct {
		name string
		c    colorful.Color
	}
	var sws []sw
	for _, c := range p.Colors() {
		sws = append(sws, sw{entryName(c), c.Color})
		if o.Ramps {
			for _, s := range Ramp(c.Color) {
				sws = append(sws, sw{fmt.Sprintf("%s %d", Slug(c), s.Step), s.Color})
			}
		}
	}
	bw := bufio.NewWriter(w)
	be := binary.BigEndian
	put := func(v any) { _ = binary.Write(bw, be, v) }
	bw.WriteString("ASEF")
	put(uint16(1))
	put(uint16(0))
	put(uint32(len(sws) + 2))
	nameBytes := func(s string) []byte {
		u := utf16.Encode([]rune(oneLine(s)))
		if len(u) > aseMaxName {
			u = u[:aseMaxName]
			if last := u[len(u)-1]; last >= 0xD800 && last < 0xDC00 {
				u = u[:len(u)-1] // do not split a pair
			}
		}
		b := make([]byte, 2+2*len(u)+2)
		be.PutUint16(b, uint16(len(u)+1))
		for i, x := range u {
			be.PutUint16(b[2+2*i:], x)
		}
		return b
	}
	gn := nameBytes(title(p))
	put(uint16(aseGroupStart))
	put(uint32(len(gn)))
	bw.Write(gn)
	for _, s := range sws {
		n := nameBytes(s.name)
		r, g, b := palette.RGB255(s.c)
		put(uint16(aseColor))
		put(uint32(len(n) + 4 + 12 + 2))
		bw.Write(n)
		bw.WriteString("RGB ")
		put([3]float32{float32(r) / 255, float32(g) / 255, float32(b) / 255})
		put(uint16(aseGlobal))
	}
	put(uint16(aseGroupEnd))
	put(uint32(0))
	return bw.Flush()
}

// ReadASE reads an Adobe Swatch Exchange file. RGB, Gray, CMYK (converted
// naively, without a profile) and LAB (D50) swatches are understood; groups
// are flattened. Ramp steps written by ASE are skipped.
func ReadASE(r io.Reader) (*palette.Palette, error) {
	data, err := io.ReadAll(io.LimitReader(r, palette.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("ase: %w", err)
	}
	if len(data) > palette.MaxFileSize {
		return nil, fmt.Errorf("ase: file larger than %d bytes", palette.MaxFileSize)
	}
	if len(data) < 12 || string(data[:4]) != "ASEF" {
		return nil, errors.New("ase: not an Adobe Swatch Exchange file (no ASEF signature)")
	}
	be := binary.BigEndian
	if major := be.Uint16(data[4:]); major != 1 {
		return nil, fmt.Errorf("ase: version %d is not supported, want 1", major)
	}
	count := be.Uint32(data[8:])
	pos := 12
	var named []namedColor
	groupName := ""
	for i := uint32(0); i < count; i++ {
		if pos+6 > len(data) {
			return nil, fmt.Errorf("ase: block %d: truncated", i)
		}
		typ, n := be.Uint16(data[pos:]), int(be.Uint32(data[pos+2:]))
		pos += 6
		if n < 0 || n > len(data)-pos {
			return nil, fmt.Errorf("ase: block %d: length %d past the end of the file", i, n)
		}
		block := data[pos : pos+n]
		pos += n
		switch typ {
		case aseGroupEnd:
			continue
		case aseGroupStart, aseColor:
		default:
			return nil, fmt.Errorf("ase: block %d: unknown type 0x%04x", i, typ)
		}
		name, rest, err := aseName(block)
		if err != nil {
			return nil, fmt.Errorf("ase: block %d: %w", i, err)
		}
		if typ == aseGroupStart {
			if groupName == "" {
				groupName = name
			}
			continue
		}
		c, err := aseColorValue(rest)
		if err != nil {
			return nil, fmt.Errorf("ase: block %d (%q): %w", i, clip(name), err)
		}
		if isRampStep(name) {
			continue
		}
		named = append(named, namedColor{color: c, name: name})
		if len(named) > palette.MaxColors {
			return nil, fmt.Errorf("ase: block %d: more than %d colours", i, palette.MaxColors)
		}
	}
	return assignRoles(named, groupName, "ase")
}

func aseName(b []byte) (string, []byte, error) {
	if len(b) < 2 {
		return "", nil, errors.New("truncated name")
	}
	n := int(binary.BigEndian.Uint16(b))
	if 2+2*n > len(b) {
		return "", nil, errors.New("name longer than its block")
	}
	u := make([]uint16, 0, n)
	for i := range n {
		u = append(u, binary.BigEndian.Uint16(b[2+2*i:]))
	}
	for len(u) > 0 && u[len(u)-1] == 0 {
		u = u[:len(u)-1]
	}
	return string(utf16.Decode(u)), b[2+2*n:], nil
}

func aseColorValue(b []byte) (colorful.Color, error) {
	if len(b) < 4 {
		return colorful.Color{}, errors.New("truncated colour")
	}
	model := string(b[:4])
	var comps int
	switch model {
	case "RGB ", "LAB ":
		comps = 3
	case "CMYK":
		comps = 4
	case "Gray":
		comps = 1
	default:
		return colorful.Color{}, fmt.Errorf("unknown colour model %q", model)
	}
	if len(b) < 4+4*comps {
		return colorful.Color{}, errors.New("truncated colour values")
	}
	v := make([]float64, comps)
	for i := range v {
		f := float64(math.Float32frombits(binary.BigEndian.Uint32(b[4+4*i:])))
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return colorful.Color{}, errors.New("colour value is not a number")
		}
		v[i] = f
	}
	clamp := func(x float64) float64 { return math.Max(0, math.Min(1, x)) }
	switch model {
	case "RGB ":
		return colorful.Color{R: clamp(v[0]), G: clamp(v[1]), B: clamp(v[2])}, nil
	case "Gray":
		return colorful.Color{R: clamp(v[0]), G: clamp(v[0]), B: clamp(v[0])}, nil
	case "CMYK":
		k := clamp(v[3])
		return colorful.Color{R: (1 - clamp(v[0])) * (1 - k), G: (1 - clamp(v[1])) * (1 - k), B: (1 - clamp(v[2])) * (1 - k)}, nil
	}
	// LAB: ASE stores L as 0–1 and a, b as CIELAB values, relative to D50.
	c := colorful.LabWhiteRef(v[0], v[1]/100, v[2]/100, colorful.D50)
	return colorspace.Clip(c), nil
}
