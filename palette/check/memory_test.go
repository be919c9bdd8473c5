package check

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/imagefile/imagefiletest"
	"github.com/hueprint/hueprint/palette/measure"
)

// jpegShape returns a width×height JPEG whose components have the given
// sampling factors (0x22 is 2×2), every block flat grey: SOF0 with one
// interleaved scan (or one scan per component when split), or SOF2 with
// an interleaved DC scan and a first AC scan per component made of
// end-of-band runs. adobe ≥ 0 adds an Adobe segment with that transform.
// Its decoders' allocations depend on the frame, not on the content.
func jpegShape(width, height int, sampling []byte, progressive, split bool, adobe int) []byte {
	var b bytes.Buffer
	seg := func(marker byte, data []byte) {
		b.Write([]byte{0xFF, marker})
		binary.Write(&b, binary.BigEndian, uint16(len(data)+2))
		b.Write(data)
	}
	// zeros writes bits 0-bits, padded with 1-bits to a byte.
	zeros := func(bits int) {
		b.Write(make([]byte, bits/8))
		if bits%8 != 0 {
			b.WriteByte(0xFF >> (bits % 8))
		}
	}
	b.Write([]byte{0xFF, 0xD8})
	if adobe >= 0 {
		seg(0xEE, []byte{'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, byte(adobe)})
	}
	dqt := make([]byte, 65)
	for i := 1; i < 65; i++ {
		dqt[i] = 1
	}
	seg(0xDB, dqt)
	nc := len(sampling)
	sof := []byte{8, byte(height >> 8), byte(height), byte(width >> 8), byte(width), byte(nc)}
	hmax, vmax := 1, 1
	for i, hv := range sampling {
		sof = append(sof, byte(i+1), hv, 0)
		hmax, vmax = max(hmax, int(hv>>4)), max(vmax, int(hv&15))
	}
	sofType := byte(0xC0)
	if progressive {
		sofType = 0xC2
	}
	seg(sofType, sof)
	// One code, "0", per table: DC difference 0; AC end of block (baseline)
	// or an end-of-band run of 2^14 + 14 bits (progressive).
	counts := make([]byte, 16)
	counts[0] = 1
	seg(0xC4, append(append([]byte{0x00}, counts...), 0x00))
	ac := byte(0x00)
	if progressive {
		ac = 0xE0
	}
	seg(0xC4, append(append([]byte{0x10}, counts...), ac))
	// blocks is the count of component i's blocks in a scan of its own.
	blocks := func(i int) int {
		h, v := int(sampling[i]>>4), int(sampling[i]&15)
		cw, ch := (width*h+hmax-1)/hmax, (height*v+vmax-1)/vmax
		return ((cw + 7) / 8) * ((ch + 7) / 8)
	}
	perBlock := 2 // DC and end of block
	if progressive {
		perBlock = 1
	}
	se := byte(63) // the DC scan's last term: the whole block when sequential
	if progressive {
		se = 0
	}
	if nc == 1 || split {
		for i := range nc {
			seg(0xDA, []byte{1, byte(i + 1), 0x00, 0, se, 0})
			zeros(perBlock * blocks(i))
		}
	} else {
		sos := []byte{byte(nc)}
		mcu := 0
		for i, hv := range sampling {
			sos = append(sos, byte(i+1), 0x00)
			mcu += int(hv>>4) * int(hv&15)
		}
		seg(0xDA, append(sos, 0, se, 0))
		mx, my := (width+8*hmax-1)/(8*hmax), (height+8*vmax-1)/(8*vmax)
		zeros(perBlock * mcu * mx * my)
	}
	if progressive {
		for i := range nc {
			seg(0xDA, []byte{1, byte(i + 1), 0x00, 1, 63, 0})
			var bits []byte
			for left := blocks(i); left > 0; left -= 32767 {
				run := min(left, 32767)
				// "0", then 14 bits: a run of 2^14 + those bits blocks.
				v := uint32(max(run, 1<<14) - 1<<14)
				bits = binary.BigEndian.AppendUint16(bits, uint16(v<<1|1)) // 0 + 14 bits + 1 pad
			}
			b.Write(bits)
		}
	}
	b.Write([]byte{0xFF, 0xD9})
	return b.Bytes()
}

func encodeJPEG(t *testing.T, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// allocated is the bytes the heap allocated while f ran.
func allocated(f func()) int64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return int64(after.TotalAlloc - before.TotalAlloc)
}

// TestFastNeed: the memory check admits for measure.Decode of a JPEG file
// (measure.DecodeMemory, less the file it reads whole) is never below what
// the decode really allocates (runtime.MemStats.TotalAlloc, less what
// io.ReadAll's growing buffer allocates to read the file and what
// ReadHeader allocates to read it again: a copy of the bytes before the
// frame header, 7 MB of XMP in one of Debian's wallpapers), and at most 10 % + 1 MiB over it, for baseline and
// progressive JPEGs of every chroma sampling, at full size and scaled down;
// for the files measure.Decode hands to image/jpeg (CMYK, RGB, sequential
// scans of one component each) it is image/jpeg's estimate, Header.Memory,
// which covers that decode. A progressive file is admitted at about 2/3 of
// image/jpeg's figure.
func TestFastNeed(t *testing.T) {
	grey := image.NewGray(image.Rect(0, 0, 1200, 900))
	ycc := image.NewYCbCr(image.Rect(0, 0, 1200, 900), image.YCbCrSubsampleRatio420)
	for i := range grey.Pix {
		grey.Pix[i] = byte(i * 7)
	}
	for i := range ycc.Y {
		ycc.Y[i] = byte(i * 13)
	}
	cases := []struct {
		name  string
		data  []byte
		scale int
		strip bool // decoded by the strip decoder
	}{
		{"baseline 4:2:0 (image/jpeg's encoder)", encodeJPEG(t, ycc), 1, true},
		{"baseline grey (image/jpeg's encoder)", encodeJPEG(t, grey), 1, true},
		{"baseline 4:4:4", jpegShape(1201, 899, []byte{0x11, 0x11, 0x11}, false, false, -1), 1, true},
		{"baseline 4:2:2", jpegShape(1201, 899, []byte{0x21, 0x11, 0x11}, false, false, -1), 1, true},
		{"baseline 4:2:0", jpegShape(1201, 899, []byte{0x22, 0x11, 0x11}, false, false, -1), 1, true},
		{"baseline 4:1:1", jpegShape(1201, 899, []byte{0x41, 0x11, 0x11}, false, false, -1), 1, true},
		{"progressive grey", jpegShape(1201, 899, []byte{0x11}, true, false, -1), 1, true},
		{"progressive 4:4:4", jpegShape(1201, 899, []byte{0x11, 0x11, 0x11}, true, false, -1), 1, true},
		{"progressive 4:2:2", jpegShape(1201, 899, []byte{0x21, 0x11, 0x11}, true, false, -1), 1, true},
		{"progressive 4:2:0", jpegShape(1201, 899, []byte{0x22, 0x11, 0x11}, true, false, -1), 1, true},
		{"progressive 4:2:0 at 1/2", jpegShape(1201, 899, []byte{0x22, 0x11, 0x11}, true, false, -1), 2, true},
		{"progressive 4:2:2 at 1/8", jpegShape(1201, 899, []byte{0x21, 0x11, 0x11}, true, false, -1), 8, true},
		{"baseline 4:2:0 at 1/4", jpegShape(1201, 899, []byte{0x22, 0x11, 0x11}, false, false, -1), 4, true},
		{"progressive CMYK", imagefiletest.ProgressiveJPEG(1201, 899, 4, 2), 1, false},
		{"progressive RGB (Adobe transform 0)", jpegShape(1201, 899, []byte{0x11, 0x11, 0x11}, true, false, 0), 1, false},
		{"baseline, a scan per component", jpegShape(1201, 899, []byte{0x11, 0x11, 0x11}, false, true, -1), 1, false},
	}
	// The JPEG photographs of HUEPRINT_CORPUS too, when it is set.
	if dir := os.Getenv("HUEPRINT_CORPUS"); dir != "" {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.jpg"))
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			cases = append(cases, struct {
				name  string
				data  []byte
				scale int
				strip bool
			}{p, data, 1, true})
		}
	}
	for _, c := range cases {
		h, err := imagefile.ReadHeader(bytes.NewReader(c.data), imagefile.Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		n := int64(len(c.data))
		need := measure.DecodeMemory(h, n, measure.ReadOptions{Resolution: resolution(c.scale)}) - n
		if _, ok := h.StripMemory(c.scale); ok != c.strip {
			t.Errorf("%s: StripMemory ok = %v, want %v", c.name, ok, c.strip)
		}
		if !c.strip && need != h.Memory {
			t.Errorf("%s: admitted %d bytes, want image/jpeg's estimate %d", c.name, need, h.Memory)
		}
		// The file is read into a buffer of its size (the bytes.Reader
		// tells it), counted in need apart; the reader's buffer and reading
		// the header again are transient.
		read := allocated(func() {
			sinkReader = bufio.NewReaderSize(bytes.NewReader(c.data), 64<<10)
			sinkBytes = make([]byte, len(c.data))
			imagefile.ReadHeader(bytes.NewReader(c.data), imagefile.Options{})
		})
		var img image.Image
		used := allocated(func() {
			img, _, err = measure.Decode(bytes.NewReader(c.data), measure.ReadOptions{Resolution: resolution(c.scale)})
		}) - read
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if want := image.Pt((h.Width+c.scale-1)/c.scale, (h.Height+c.scale-1)/c.scale); img.Bounds().Size() != want {
			t.Fatalf("%s: decoded %v, want %v", c.name, img.Bounds().Size(), want)
		}
		if need < used || c.strip && need > used+used/10+1<<20 {
			t.Errorf("%s: admitted %d bytes, the decode allocated %d", c.name, need, used)
		}
		t.Logf("%-40s admitted %9d, allocated %9d, image/jpeg's estimate %9d", c.name, need, used, h.Memory)
	}
}

// sinkReader and sinkBytes keep TestFastNeed's allocations of what Decode
// reads from being optimised away.
var (
	sinkReader *bufio.Reader
	sinkBytes  []byte
)

// resolution is the measure.Resolution of scale 1, 2, 4 or 8.
func resolution(scale int) measure.Resolution {
	for _, r := range []measure.Resolution{measure.ResolutionFull, measure.ResolutionHalf, measure.ResolutionQuarter, measure.ResolutionEighth} {
		if r.Scale() == scale {
			return r
		}
	}
	panic("no resolution of scale " + string(rune('0'+scale)))
}
