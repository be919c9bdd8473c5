package pngrows

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"io"
	"math"
	"math/rand/v2"
	"testing"
)

// idatDecoder returns a decoder positioned as parseIDAT leaves it for
// the inflater: z split into IDAT chunks of at most chunk bytes (a
// zero-length chunk first if chunk is 0), then an IEND chunk.
func idatDecoder(z []byte, chunk int) *decoder {
	var file []byte
	first := true
	var firstLen uint32
	for i := 0; i < len(z) || first; {
		n := min(chunk, len(z)-i)
		if chunk == 0 {
			n = 0
			chunk = 1 << 30
		}
		body := z[i : i+n]
		if first {
			firstLen = uint32(n)
			file = append(file, body...)
			file = binary.BigEndian.AppendUint32(file, crc32.ChecksumIEEE(append([]byte("IDAT"), body...)))
			first = false
		} else {
			file = appendChunk(file, "IDAT", body)
		}
		i += n
	}
	file = appendChunk(file, "IEND", nil)
	d := &decoder{r: bytes.NewReader(file), crc: crc32.NewIEEE(), idatLength: firstLen}
	d.crc.Write([]byte("IDAT"))
	return d
}

// inflateAll inflates the whole zlib stream of d's IDAT chunks.
func inflateAll(d *decoder) ([]byte, error) {
	f, err := newInflater(d, 1)
	defer f.release()
	if err != nil {
		return nil, err
	}
	var out []byte
	for {
		p := f.out[f.rpos:f.wpos]
		out = append(out, p...)
		f.digest = adler32Update(f.digest, p)
		f.rpos = f.wpos
		if f.state == stDone {
			return out, f.endErr
		}
		if err := f.fill(); err != nil {
			return out, err
		}
	}
}

// stdInflate is the reference: compress/zlib.
func stdInflate(z []byte) ([]byte, error) {
	r, err := zlib.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

// checkInflate compares inflateAll with compress/zlib on z, cut in IDAT
// chunks of each size: the same bytes, or both failing. The inflater may
// also refuse bytes after the stream that compress/zlib ignores
// (errTrailing).
func checkInflate(t *testing.T, label string, z []byte, chunks ...int) {
	t.Helper()
	want, werr := stdInflate(z)
	for _, c := range chunks {
		got, err := inflateAll(idatDecoder(z, c))
		switch {
		case err == nil && werr != nil:
			t.Fatalf("%s, chunks of %d: inflated %d bytes, compress/zlib fails: %v", label, c, len(got), werr)
		case err != nil && werr == nil && err != errTrailing:
			t.Fatalf("%s, chunks of %d: %v, compress/zlib inflates %d bytes", label, c, err, len(want))
		case err == nil && !bytes.Equal(got, want):
			t.Fatalf("%s, chunks of %d: %d bytes differ from compress/zlib's %d", label, c, len(got), len(want))
		}
	}
}

// inflateInputs returns data that exercises every block type and code:
// random bytes (stored blocks at level 0, Huffman-only literals), text,
// long runs (distances 1 to 8, for the short-distance copies), PNG-like
// rows, and mixtures, from tiny to a few MB.
func inflateInputs(rng *rand.Rand) map[string][]byte {
	words := []string{"hue", "print", "palette", "colour", "contrast", "banner", " ", "\n", "#1d4ed8"}
	text := func(n int) []byte {
		var b []byte
		for len(b) < n {
			b = append(b, words[rng.IntN(len(words))]...)
		}
		return b[:n]
	}
	random := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return b
	}
	runs := func(n int) []byte {
		var b []byte
		for len(b) < n {
			period := 1 + rng.IntN(9)
			unit := random(period)
			for range 1 + rng.IntN(300) {
				b = append(b, unit...)
			}
		}
		return b[:n]
	}
	rows := func(w, h int) []byte { // unfiltered RGBA rows
		m := benchPhoto(w, h, false).(*image.RGBA)
		var b []byte
		for y := range h {
			b = append(b, ftNone)
			b = append(b, m.Pix[y*m.Stride:(y+1)*m.Stride]...)
		}
		return b
	}
	// Zipf-distributed bytes: a few frequent, many rare, for codes up to
	// 15 bits and full second-level tables.
	zipf := rand.NewZipf(rng, 1.3, 1, 255)
	skewed := make([]byte, 400000)
	for i := range skewed {
		skewed[i] = byte(zipf.Uint64())
	}
	in := map[string][]byte{
		"skewed":  skewed,
		"empty":   nil,
		"one":     {42},
		"text-10": text(10),
		"text-3k": text(3000),
		"random":  random(70000),
		"runs":    runs(200000),
		"rows":    rows(300, 200),
		"zeros":   make([]byte, 1<<20),
	}
	var mix []byte
	for len(mix) < 3<<20 {
		switch rng.IntN(3) {
		case 0:
			mix = append(mix, text(rng.IntN(50000))...)
		case 1:
			mix = append(mix, random(rng.IntN(5000))...)
		default:
			mix = append(mix, runs(rng.IntN(80000))...)
		}
	}
	in["mix-3MB"] = mix
	return in
}

func compress(t testing.TB, data []byte, level int) []byte {
	var b bytes.Buffer
	w, err := zlib.NewWriterLevel(&b, level)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(data)
	w.Close()
	return b.Bytes()
}

// shortLevels are the compression levels of the -short runs (CI's race
// run, where these single-goroutine tests are 15 times slower): one of
// each kind of block. The full runs try every level.
var shortLevels = []int{flate.HuffmanOnly, flate.NoCompression, 1, 6, 9}

func TestInflateMatchesZlib(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	levels := []int{flate.HuffmanOnly, flate.NoCompression, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	size := math.MaxInt
	if testing.Short() {
		levels, size = shortLevels, 100000
	}
	for name, data := range inflateInputs(rng) {
		data = data[:min(len(data), size)]
		for _, level := range levels {
			z := compress(t, data, level)
			chunks := []int{0, 7, 8192, 1 << 30}
			if len(z) < 20000 {
				chunks = append(chunks, 1)
			}
			checkInflate(t, fmt.Sprintf("%s, level %d", name, level), z, chunks...)
		}
	}
}

func TestInflateDamaged(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	// The -short runs damage shorter streams, fewer times.
	size, changes := 60000, 100
	if testing.Short() {
		size, changes = 8000, 20
	}
	for name, data := range inflateInputs(rng) {
		if len(data) > size {
			data = data[:size]
		}
		for _, level := range shortLevels {
			z := compress(t, data, level)
			label := fmt.Sprintf("%s, level %d", name, level)
			// Truncated at every offset of short streams; of long ones,
			// at 60 offsets and in the last 40 bytes.
			for cut := range len(z) {
				if len(z) > 1000 && cut < len(z)-40 && rng.IntN(len(z)/60) != 0 {
					continue
				}
				checkInflate(t, fmt.Sprintf("%s, cut at %d", label, cut), z[:cut], 1<<30, 3)
			}
			// Bits flipped, bytes replaced.
			for range changes {
				d := bytes.Clone(z)
				i := rng.IntN(len(d))
				if rng.IntN(2) == 0 {
					d[i] ^= 1 << rng.IntN(8)
				} else {
					d[i] = byte(rng.Uint32())
				}
				checkInflate(t, fmt.Sprintf("%s, byte %d changed", label, i), d, 1<<30, 5)
			}
			// Bytes after the stream.
			checkInflate(t, label+", trailing byte", append(bytes.Clone(z), 0), 1<<30)
		}
	}
}

// bitWriter writes DEFLATE bits, least significant first.
type bitWriter struct {
	out  []byte
	bits uint64
	n    uint
}

func (w *bitWriter) put(v uint64, n uint) *bitWriter {
	w.bits |= v << w.n
	w.n += n
	for w.n >= 8 {
		w.out = append(w.out, byte(w.bits))
		w.bits >>= 8
		w.n -= 8
	}
	return w
}

// code writes a Huffman code of n bits, most significant bit first.
func (w *bitWriter) code(c uint64, n uint) *bitWriter {
	for i := int(n) - 1; i >= 0; i-- {
		w.put(c>>uint(i)&1, 1)
	}
	return w
}

// zlibOf wraps DEFLATE data in a zlib header and the Adler-32 of want.
func (w *bitWriter) zlibOf(want []byte) []byte {
	if w.n > 0 {
		w.put(0, 8-w.n)
	}
	z := append([]byte{0x78, 0x9c}, w.out...)
	return binary.BigEndian.AppendUint32(z, adler32Update(1, want))
}

// TestInflateAdversarial writes streams by hand that break each rule of
// RFC 1951 that compress/flate checks, and a few valid corner cases.
func TestInflateAdversarial(t *testing.T) {
	// Fixed code: literal 'a' is 0x30+0x61 in 8 bits; end of block is 7
	// zero bits; length 3 (257) is 0000001; distance d-1 in 5 bits.
	lit := func(w *bitWriter, b byte) { w.code(0x30+uint64(b), 8) }
	eob := func(w *bitWriter) { w.code(0, 7) }
	fixed := func(final uint64) *bitWriter { return new(bitWriter).put(final, 1).put(1, 2) }
	cases := map[string]struct {
		z  []byte
		ok bool
	}{}
	{ // a valid fixed block: "aaaa" as a, then length 3 distance 1
		w := fixed(1)
		lit(w, 'a')
		w.code(1, 7).code(0, 5)
		eob(w)
		cases["fixed match"] = struct {
			z  []byte
			ok bool
		}{w.zlibOf([]byte("aaaa")), true}
	}
	{ // distance before the start
		w := fixed(1)
		lit(w, 'a')
		w.code(1, 7).code(1, 5) // distance 2
		eob(w)
		cases["distance too far"] = struct {
			z  []byte
			ok bool
		}{w.zlibOf([]byte("aaaa")), false}
	}
	{ // distance codes 30 and 31 do not exist
		for _, dc := range []uint64{30, 31} {
			w := fixed(1)
			for range 40000 {
				lit(w, 'a')
			}
			w.code(1, 7).code(dc, 5)
			eob(w)
			cases[fmt.Sprintf("distance code %d", dc)] = struct {
				z  []byte
				ok bool
			}{w.zlibOf(nil), false}
		}
	}
	{ // literal/length codes 286 and 287 (11000110, 11000111) do not exist
		for _, lc := range []uint64{0xc6, 0xc7} {
			w := fixed(1)
			lit(w, 'a')
			w.code(lc, 8).code(0, 5)
			eob(w)
			cases[fmt.Sprintf("length code %x", lc)] = struct {
				z  []byte
				ok bool
			}{w.zlibOf(nil), false}
		}
	}
	{ // block type 3
		w := new(bitWriter).put(1, 1).put(3, 2)
		cases["block type 3"] = struct {
			z  []byte
			ok bool
		}{w.zlibOf(nil), false}
	}
	{ // stored blocks: a good one after a non-final fixed block, a bad NLEN
		w := fixed(0)
		lit(w, 'x')
		eob(w)
		w.put(1, 1).put(0, 2)
		w.put(0, 8-w.n)
		w.put(3, 16).put(0xfffc, 16)
		w.put('a', 8).put('b', 8).put('c', 8)
		cases["stored"] = struct {
			z  []byte
			ok bool
		}{w.zlibOf([]byte("xabc")), true}
		w = new(bitWriter).put(1, 1).put(0, 2)
		w.put(0, 5)
		w.put(3, 16).put(0xfffd, 16)
		w.put('a', 8).put('b', 8).put('c', 8)
		cases["stored NLEN"] = struct {
			z  []byte
			ok bool
		}{w.zlibOf([]byte("abc")), false}
	}
	// Dynamic blocks: a code length code of 19 codes... lengths as given,
	// then code lengths with it.
	dynamic := func(nlit, ndist int, clens [19]uint8, body func(w *bitWriter)) *bitWriter {
		w := new(bitWriter).put(1, 1).put(2, 2)
		w.put(uint64(nlit-257), 5).put(uint64(ndist-1), 5).put(19-4, 4)
		for _, s := range codeOrder {
			w.put(uint64(clens[s]), 3)
		}
		body(w)
		return w
	}
	// A code length code with every symbol 0..15 of length 4 and 16, 17,
	// 18 absent is complete: symbol s is code s in 4 bits.
	var c16 [19]uint8
	for i := range 16 {
		c16[i] = 4
	}
	lens := func(w *bitWriter, ls ...uint64) {
		for _, l := range ls {
			w.code(l, 4)
		}
	}
	repeat := func(n int, l uint64) []uint64 {
		r := make([]uint64, n)
		for i := range r {
			r[i] = l
		}
		return r
	}
	{ // literal/length code: 256 symbols... of length 8 are complete alone:
		// 0..255 length 8 and nothing else leaves no end of block: use
		// 0..254 length 8, 256 and 257 length 9: complete.
		body := func(distLens []uint64) func(*bitWriter) {
			return func(w *bitWriter) {
				lens(w, repeat(255, 8)...)
				lens(w, 0, 9, 9)
				lens(w, distLens...)
			}
		}
		// Over-subscribed distance code: three codes of length 1.
		cases["over-subscribed"] = struct {
			z  []byte
			ok bool
		}{dynamic(258, 3, c16, body([]uint64{1, 1, 1})).zlibOf(nil), false}
		// Incomplete distance code: two of length 2.
		cases["incomplete"] = struct {
			z  []byte
			ok bool
		}{dynamic(258, 2, c16, body([]uint64{2, 2})).zlibOf(nil), false}
		// One distance code of length 1 is allowed; then end of block
		// (256 is the 255th code of 9 bits after the 8-bit ones...).
		w := dynamic(258, 1, c16, body([]uint64{1}))
		// Codes: 0..254 are 8 bits 00000000..11111110; 256 and 257 are
		// 9 bits 111111110 and 111111111.
		w.code(0x1fe, 9)
		cases["single distance code"] = struct {
			z  []byte
			ok bool
		}{w.zlibOf(nil), true}
		// Its missing code used: length 3 (257), distance code 1.
		w = dynamic(258, 1, c16, body([]uint64{1}))
		w.code(0, 8).code(0x1ff, 9).code(1, 1).code(0x1fe, 9)
		cases["missing distance code"] = struct {
			z  []byte
			ok bool
		}{w.zlibOf([]byte{0, 0, 0, 0}), false}
		// The same with distance code 0: valid.
		w = dynamic(258, 1, c16, body([]uint64{1}))
		w.code(0, 8).code(0x1ff, 9).code(0, 1).code(0x1fe, 9)
		cases["present distance code"] = struct {
			z  []byte
			ok bool
		}{w.zlibOf([]byte{0, 0, 0, 0}), true}
		// No distance codes at all: only literals allowed.
		w = dynamic(258, 1, c16, body([]uint64{0}))
		w.code(7, 8).code(0x1fe, 9)
		cases["empty distance code, literals"] = struct {
			z  []byte
			ok bool
		}{w.zlibOf([]byte{7}), true}
		w = dynamic(258, 1, c16, body([]uint64{0}))
		w.code(7, 8).code(0x1ff, 9).code(0, 1).code(0x1fe, 9)
		cases["empty distance code, used"] = struct {
			z  []byte
			ok bool
		}{w.zlibOf([]byte{7, 7, 7, 7}), false}
		// Too many literal/length or distance codes.
		cases["287 literal/length codes"] = struct {
			z  []byte
			ok bool
		}{dynamic(287, 1, c16, func(w *bitWriter) {}).zlibOf(nil), false}
		cases["31 distance codes"] = struct {
			z  []byte
			ok bool
		}{dynamic(258, 31, c16, func(w *bitWriter) {}).zlibOf(nil), false}
	}
	{ // Repeat codes: 16 first, and repeats past the end.
		var c [19]uint8
		for i := range 15 {
			c[i] = 4
		}
		c[16], c[18] = 4, 4 // 15 codes of 4 bits plus two: over-subscribed
		cases["over-subscribed code length code"] = struct {
			z  []byte
			ok bool
		}{dynamic(258, 1, c, func(w *bitWriter) {}).zlibOf(nil), false}
		var c2 [19]uint8
		c2[0], c2[8], c2[16], c2[18] = 2, 2, 2, 2 // complete: 4 codes of 2 bits
		// Symbols in order 0, 8, 16, 18 are codes 00, 01, 10, 11.
		cases["repeat first"] = struct {
			z  []byte
			ok bool
		}{dynamic(258, 1, c2, func(w *bitWriter) { w.code(2, 2).put(0, 2) }).zlibOf(nil), false}
		cases["repeat past the end"] = struct {
			z  []byte
			ok bool
		}{dynamic(258, 1, c2, func(w *bitWriter) {
			w.code(3, 2).put(127, 7) // 138 zeros
			w.code(3, 2).put(127, 7) // 138 more
			w.code(3, 2).put(0, 7)   // 11 more: 287 > 259
		}).zlibOf(nil), false}
	}
	for name, c := range cases {
		want, werr := stdInflate(c.z)
		if (werr == nil) != c.ok {
			t.Fatalf("%s: compress/zlib: %v (%d bytes), the case is wrong", name, werr, len(want))
		}
		checkInflate(t, name, c.z, 1<<30, 1, 2)
	}
}

func FuzzInflate(f *testing.F) {
	rng := rand.New(rand.NewPCG(10, 11))
	for name, data := range inflateInputs(rng) {
		if len(data) > 5000 {
			data = data[:5000]
		}
		for _, level := range []int{flate.HuffmanOnly, flate.NoCompression, 1, 9} {
			if name == "text-3k" || name == "runs" || name == "one" || level == 9 {
				f.Add(compress(f, data, level), uint16(1000))
			}
		}
	}
	f.Add([]byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}, uint16(1)) // empty, fixed block
	f.Fuzz(func(t *testing.T, z []byte, chunk uint16) {
		checkInflate(t, "fuzz", z, int(chunk)+1)
	})
}

// idatPayload returns the IDAT chunks' data of a PNG file: its zlib stream.
func idatPayload(data []byte) []byte {
	var z []byte
	for p := data[8:]; len(p) >= 12; {
		n := int(binary.BigEndian.Uint32(p))
		if 12+n > len(p) {
			break
		}
		if string(p[4:8]) == "IDAT" {
			z = append(z, p[8:8+n]...)
		}
		p = p[12+n:]
	}
	return z
}

// BenchmarkInflate compares the inflater with compress/zlib, the simplest
// alternative, on the zlib streams of the PNG files of benchFiles:
// decompressed bytes per second, checksums checked, output discarded.
func BenchmarkInflate(b *testing.B) {
	names, files := benchFiles(b)
	for _, n := range names {
		var streams [][]byte
		var size int64
		for _, data := range files[n] {
			z := idatPayload(data)
			out, err := stdInflate(z)
			if err != nil {
				b.Fatal(err)
			}
			streams = append(streams, z)
			size += int64(len(out))
		}
		b.Run(n+"/inflater", func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for _, z := range streams {
					if err := inflateDiscard(idatDecoder(z, 1<<30)); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
		b.Run(n+"/compress-zlib", func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for _, z := range streams {
					r, err := zlib.NewReader(bytes.NewReader(z))
					if err != nil {
						b.Fatal(err)
					}
					if _, err := io.Copy(io.Discard, r); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// inflateDiscard inflates d's stream as the rows would take it, without
// keeping the output.
func inflateDiscard(d *decoder) error {
	f, err := newInflater(d, 1)
	defer f.release()
	if err != nil {
		return err
	}
	for {
		f.digest = adler32Update(f.digest, f.out[f.rpos:f.wpos])
		f.rpos = f.wpos
		if f.state == stDone {
			return f.endErr
		}
		if err := f.fill(); err != nil {
			return err
		}
	}
}

// TestLongCodes checks that the skewed input gets codes longer than
// litBits, so that second-level tables are used, and decodes.
func TestLongCodes(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	z := compress(t, inflateInputs(rng)["skewed"], flate.HuffmanOnly)
	d := idatDecoder(z, 1<<30)
	f, err := newInflater(d, 1)
	defer f.release()
	if err != nil {
		t.Fatal(err)
	}
	if err := f.header(); err != nil || f.state != stHuff || f.lit != &f.dynLit {
		t.Fatalf("first block: %v, state %d, not dynamic", err, f.state)
	}
	subs := 0
	for _, e := range f.lit[:1<<litBits] {
		if e&flagSub != 0 {
			subs++
		}
	}
	if subs == 0 {
		t.Fatal("no second-level table")
	}
	checkInflate(t, "skewed", z, 1<<30, 5)
}

// TestInflateEveryMatch writes fixed-code blocks by hand with a match of
// every length (3 to 258) at distances from 1 to beyond 16 (the short
// distances' repeated words, the 16-byte copies that overlap their source
// under 16, copy past 32 bytes) and up to the whole window, after 32 KB of
// random literals, each match followed by a literal; the inflater must
// give what a byte-at-a-time copy gives, as compress/zlib does.
func TestInflateEveryMatch(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	lit := func(w *bitWriter, b byte) {
		switch {
		case b < 144:
			w.code(0x30+uint64(b), 8)
		default:
			w.code(0x190+uint64(b-144), 9)
		}
	}
	match := func(w *bitWriter, length, dist int) {
		i := len(lengthBase) - 1
		for int(lengthBase[i]) > length {
			i--
		}
		if sym := 257 + i; sym < 280 {
			w.code(uint64(sym-256), 7)
		} else {
			w.code(0xc0+uint64(sym-280), 8)
		}
		w.put(uint64(length-int(lengthBase[i])), uint(lengthExtra[i]))
		j := len(distBase) - 1
		for int(distBase[j]) > dist {
			j--
		}
		w.code(uint64(j), 5)
		w.put(uint64(dist-int(distBase[j])), uint(distExtra[j]))
	}
	for _, dist := range []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 16, 17, 24, 31, 32, 33, 40, 64, 100, 257, 258, 259, 1000, 32767, 32768} {
		w := new(bitWriter).put(1, 1).put(1, 2) // the last block, fixed codes
		var want []byte
		for range windowLen {
			b := byte(rng.Uint32())
			lit(w, b)
			want = append(want, b)
		}
		for length := 3; length <= 258; length++ {
			match(w, length, dist)
			for range length {
				want = append(want, want[len(want)-dist])
			}
			b := byte(rng.Uint32())
			lit(w, b)
			want = append(want, b)
		}
		w.code(0, 7) // end of block
		z := w.zlibOf(want)
		if std, err := stdInflate(z); err != nil || !bytes.Equal(std, want) {
			t.Fatalf("distance %d: the test's stream: compress/zlib: %v", dist, err)
		}
		for _, c := range []int{0, 7, 1 << 30} {
			got, err := inflateAll(idatDecoder(z, c))
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("distance %d, chunks of %d: %v, same bytes %t", dist, c, err, bytes.Equal(got, want))
			}
		}
	}
}
