package pngrows

import (
	"compress/zlib"
	"encoding/binary"
	"io"
	"math/bits"
	"sync"
)

// The zlib stream (RFC 1950) of the IDAT chunks, and the DEFLATE data
// (RFC 1951) inside it, are decoded here rather than by compress/flate
// behind an io.Reader, for speed: on PNG files inflating was half of the
// decoding time. The design is zlib's inflate_fast and libdeflate's
// decompressor, written anew for this package:
//
//   - Input is read a chunk at a time into a buffer, and bits are taken
//     from a 64-bit buffer refilled with one 8-byte load (libdeflate's
//     branch-free refill: after it at least 56 bits are ready, enough for
//     a length code, its extra bits, a distance code and its extra bits,
//     15+5+15+13 = 48 bits, so a whole match needs a single refill).
//   - Huffman codes are decoded with one table lookup (litBits or
//     distBits bits), a second level for the few longer codes; a table
//     entry holds the symbol's meaning (literal byte, or base length or
//     distance and count of extra bits) as well as its code length, so
//     decoding has no per-bit loop.
//   - Output goes to one buffer, the 32 KB window followed by the rows not
//     yet handed out: matches copy within it 16 bytes at a time, and rows
//     are handed out as slices of it, with no io.Reader copies between.
//
// This fast path runs only while at least 8 input bytes are buffered and
// the output has room for the longest match; near the end of an IDAT
// chunk, block headers and the end of the stream, the slow path decodes
// a symbol at a time and reads input a byte at a time, exactly as far as
// the stream needs (as compress/flate does), so no byte after the stream
// or in a later chunk is read before it is needed.
//
// Malformed data is an error, never a panic: over-subscribed and
// incomplete codes (but for compress/flate's one exception, a single code
// of length 1), lengths and distances of symbols that do not exist, a
// distance past the start of the output, repeat codes past the end of the
// code lengths, a stored block whose length check fails, a block of type
// 3, the Adler-32 checksum, and any byte after it in the IDAT chunk.
// inflate_test.go holds it to compress/zlib's output and verdicts: every
// block type and compression level, IDAT chunks of 1 byte to all in one,
// streams cut at every offset or with bytes changed, hand-made streams
// that break each rule, and FuzzInflate.

const (
	litBits   = 11 // bits of the first-level literal/length table
	distBits  = 8  // bits of the first-level distance table
	codeBits  = 7  // bits of the code-length code table (no second level)
	maxCode   = 15 // longest code of RFC 1951
	windowLen = 1 << 15

	// fastOut is the output room the fast path keeps free: the longest
	// match (258 bytes), plus the 16-byte copies' overrun (15) and a
	// literal.
	fastOut = 258 + 16
	// inBufLen is the input buffer's size; IDAT chunks longer than this
	// are read in pieces.
	inBufLen = 32 << 10

	// Table sizes, powers of two so that a masked index needs no bounds
	// check: the first level, and room for the second-level tables. A
	// second-level table of s bits holds the codes of a complete subtree,
	// at least s+1 of them, so the 286 literal/length codes need at most
	// 286/5 tables of 16 entries past an 11-bit first level (915), and the
	// 30 distance codes at most 30/8 tables of 128 past 8 bits (384).
	litTableLen  = 4096
	distTableLen = 1024
)

type (
	litTable  [litTableLen]uint32
	distTable [distTableLen]uint32
)

// A table entry is value<<16 | flags | extra<<8 | length: length is the
// code's length in bits; for a length or distance symbol, extra is the
// count of extra bits and value the base; for a literal, value is the
// byte; for flagSub, extra is the second-level table's bits and value its
// offset in the table.
const (
	flagLit = 1 << 15 // a literal byte
	flagSub = 1 << 14 // a pointer to a second-level table
	flagEnd = 1 << 13 // the end of the block
	flagBad = 1 << 12 // no such code, or a symbol that does not exist
)

// Base lengths and distances and their extra bits, RFC 1951 section 3.2.5.
var (
	lengthBase  = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase    = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra   = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	// codeOrder is the order of the code length code's lengths (3.2.7).
	codeOrder = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}
)

// Symbol meanings, without code lengths: litSyms for the 288 literal/length
// symbols (286 and 287 do not exist), distSyms for the 32 distance symbols
// (30 and 31 do not exist), codeSyms for the 19 code length symbols.
var litSyms, distSyms, codeSyms = func() (lit [288]uint32, dist [32]uint32, code [19]uint32) {
	for i := range 256 {
		lit[i] = uint32(i)<<16 | flagLit
	}
	lit[256] = flagEnd
	for i := range 29 {
		lit[257+i] = uint32(lengthBase[i])<<16 | uint32(lengthExtra[i])<<8
	}
	lit[286], lit[287] = flagBad, flagBad
	for i := range 30 {
		dist[i] = uint32(distBase[i])<<16 | uint32(distExtra[i])<<8
	}
	dist[30], dist[31] = flagBad, flagBad
	for i := range 19 {
		code[i] = uint32(i) << 16
	}
	return
}()

// fixedLit and fixedDist are the tables of the fixed Huffman codes (3.2.6).
var fixedLit, fixedDist = func() (*litTable, *distTable) {
	var lens [288]uint8
	for i := range lens {
		switch {
		case i < 144:
			lens[i] = 8
		case i < 256:
			lens[i] = 9
		case i < 280:
			lens[i] = 7
		default:
			lens[i] = 8
		}
	}
	var b tableBuilder
	lit, dist := new(litTable), new(distTable)
	ok1 := b.build(lit[:], lens[:], litSyms[:], litBits)
	for i := range 32 {
		lens[i] = 5
	}
	ok2 := b.build(dist[:], lens[:32], distSyms[:], distBits)
	if !ok1 || !ok2 {
		panic("pngrows: fixed Huffman codes")
	}
	return lit, dist
}()

// tableBuilder holds the scratch space of build.
type tableBuilder struct {
	codes  [288]uint16 // bit-reversed code of each symbol
	subLen [1 << litBits]uint8
	subs   []uint16 // first-level indices with a second-level table
}

// build writes in dst the decoding table of the canonical Huffman code
// with code lengths lens (RFC 1951 section 3.2.2), whose symbols mean
// syms: the first level of tableBits bits, then the second-level tables.
// It reports false for an over-subscribed or incomplete code, as
// compress/flate does: an incomplete code is accepted only if it is a
// single code of length 1, and a code with no lengths at all is accepted
// (a table of bad entries) and fails when used.
func (b *tableBuilder) build(dst []uint32, lens []uint8, syms []uint32, tableBits uint) bool {
	var count [maxCode + 1]int
	for _, l := range lens {
		count[l]++
	}
	count[0] = 0
	left, maxLen := 1, 0
	for l := 1; l <= maxCode; l++ {
		left = left<<1 - count[l]
		if left < 0 {
			return false // over-subscribed
		}
		if count[l] > 0 {
			maxLen = l
		}
	}
	if left != 0 && maxLen != 0 && !(maxLen == 1 && count[1] == 1) {
		return false // incomplete
	}
	size := 1 << tableBits
	for i := range dst[:size] {
		dst[i] = flagBad
	}
	if maxLen == 0 {
		return true
	}
	// First codes of each length (3.2.2, step 2), then the codes, and the
	// second-level tables' sizes: for each first-level index, the longest
	// code beginning with it.
	var next [maxCode + 2]int
	code := 0
	for l := 1; l <= maxCode; l++ {
		code = (code + count[l-1]) << 1
		next[l] = code
	}
	mask := uint16(size - 1)
	b.subs = b.subs[:0]
	for sym, l := range lens {
		if l == 0 {
			continue
		}
		rev := bits.Reverse16(uint16(next[l])) >> (16 - l)
		next[l]++
		b.codes[sym] = rev
		if uint(l) <= tableBits {
			e := syms[sym] | uint32(l)
			for i := int(rev); i < size; i += 1 << l {
				dst[i] = e
			}
			continue
		}
		p := rev & mask
		if b.subLen[p] == 0 {
			b.subs = append(b.subs, p)
		}
		b.subLen[p] = max(b.subLen[p], l-uint8(tableBits))
	}
	end := size
	for _, p := range b.subs {
		sl := b.subLen[p]
		if end+1<<sl > len(dst) {
			return false // cannot happen (see litTableLen)
		}
		dst[p] = uint32(end)<<16 | flagSub | uint32(sl)<<8 | uint32(tableBits)
		for i := range dst[end : end+1<<sl] {
			dst[end+i] = flagBad
		}
		end += 1 << sl
	}
	for sym, l := range lens {
		if uint(l) <= tableBits {
			continue
		}
		rev := b.codes[sym]
		p := rev & mask
		base := int(dst[p] >> 16)
		e := syms[sym] | uint32(l)
		for i := int(rev >> tableBits); i < 1<<b.subLen[p]; i += 1 << (uint(l) - tableBits) {
			dst[base+i] = e
		}
	}
	for _, p := range b.subs {
		b.subLen[p] = 0
	}
	return true
}

// Decoding states between calls of fill.
const (
	stHeader = iota // at a block header
	stStored        // in a stored block
	stHuff          // in a Huffman-coded block
	stDone          // after the Adler-32 checksum
)

// corruptError reports DEFLATE or zlib data that is not well-formed.
func corruptError(what string) error {
	return FormatError("corrupt zlib data: " + what)
}

var (
	// errTooMuch is image/png's error for data past the image's rows.
	errTooMuch = FormatError("too much pixel data")
	// errTrailing reports bytes after the zlib stream in its last IDAT
	// chunk. image/png accepts them if it read them with the stream (in
	// the 4096 bytes its bufio.Reader reads ahead) and refuses them
	// otherwise; Decode refuses them always, and package measure decodes
	// the file with image/png then.
	errTrailing = FormatError("data after the zlib stream")
)

// inflater decodes the zlib stream of a PNG file's IDAT chunks.
type inflater struct {
	d *decoder // the IDAT chunks: d.r, d.crc, d.idatLength

	buf  []byte // input buffer; in is its filled part
	in   []byte
	pos  int    // next byte of in to load in bitb
	bitb uint64 // bits not yet used, the next one lowest; bits above nb are 0 or the stream's next bits
	nb   uint

	out        []byte // window and pending rows
	wpos, rpos int    // out[:wpos] is decoded; out[rpos:wpos] not handed out
	digest     uint32 // Adler-32 of the bytes handed out
	endErr     error  // a bad checksum, reported when the rows are read

	state      int
	final      bool      // the current block is the last
	storedLeft int       // bytes left in the stored block
	lit        *litTable // the current block's tables
	dist       *distTable
	dynLit     litTable // a dynamic block's tables
	dynDist    distTable
	codeTab    [1 << codeBits]uint32
	lens       [286 + 30]uint8
	tb         tableBuilder
}

var inflaters sync.Pool // of *inflater

// newInflater reads the zlib header from d's IDAT chunks, for rows of
// rowLen bytes. Hand it back with release.
func newInflater(d *decoder, rowLen int) (*inflater, error) {
	f, _ := inflaters.Get().(*inflater)
	if f == nil {
		f = &inflater{buf: make([]byte, inBufLen)}
	}
	f.d = d
	f.in, f.pos, f.bitb, f.nb = f.buf[:0], 0, 0, 0
	f.wpos, f.rpos, f.digest = 0, 0, 1
	f.state, f.final, f.endErr = stHeader, false, nil
	// The window, room for a row and for the fast path, and more so that
	// decoding runs in long stretches.
	if n := windowLen + max(rowLen, 64<<10) + 2*fastOut; cap(f.out) < n {
		f.out = make([]byte, n)
	} else {
		f.out = f.out[:n]
	}
	if err := f.need(16); err != nil {
		return f, err
	}
	h := uint16(f.bitb)<<8 | uint16(f.bitb>>8)&0xff // big-endian
	cmf := byte(f.bitb)
	f.drop(16)
	const (
		deflate   = 8
		maxWindow = 7
	)
	if cmf&0x0f != deflate || cmf>>4 > maxWindow || h%31 != 0 {
		return f, zlib.ErrHeader
	}
	if h&0x20 != 0 {
		// A preset dictionary: compress/zlib, given none, compares the
		// stream's dictionary checksum with that of no bytes.
		if err := f.need(32); err != nil {
			return f, err
		}
		if bits.ReverseBytes32(uint32(f.bitb)) != 1 {
			return f, zlib.ErrDictionary
		}
		f.drop(32)
	}
	return f, nil
}

// release hands f back to the pool.
func (f *inflater) release() {
	f.d = nil
	inflaters.Put(f)
}

// row returns the next n bytes of decompressed data, valid until the
// next call.
func (f *inflater) row(n int) ([]byte, error) {
	for f.wpos-f.rpos < n {
		if f.state == stDone {
			if f.endErr != nil {
				return nil, f.endErr
			}
			return nil, FormatError("not enough pixel data")
		}
		if err := f.fill(); err != nil {
			return nil, err
		}
	}
	p := f.out[f.rpos : f.rpos+n]
	f.rpos += n
	f.digest = adler32Update(f.digest, p)
	return p, nil
}

// finish decodes the rest of the stream, which must hold no more data.
func (f *inflater) finish() error {
	for {
		if f.wpos != f.rpos {
			return errTooMuch
		}
		if f.state == stDone {
			if f.endErr != nil {
				// As image/png, which finds it reading past the rows.
				return FormatError(f.endErr.Error())
			}
			return nil
		}
		if err := f.fill(); err != nil {
			return err
		}
	}
}

// fill decodes more data into out, up to its end (the window slides
// first if out is nearly full), or to the end of the stream.
func (f *inflater) fill() error {
	if len(f.out)-f.wpos < 2*fastOut {
		// Keep the window and the bytes not handed out.
		start := min(f.rpos, f.wpos-windowLen)
		n := copy(f.out, f.out[start:f.wpos])
		f.wpos, f.rpos = n, f.rpos-start
	}
	for len(f.out)-f.wpos >= fastOut {
		switch f.state {
		case stHeader:
			if f.final {
				return f.end()
			}
			if err := f.header(); err != nil {
				return err
			}
		case stStored:
			if err := f.stored(); err != nil {
				return err
			}
		case stHuff:
			if len(f.in)-f.pos < 16 {
				if err := f.topUp(); err != nil {
					return err
				}
			}
			if len(f.in)-f.pos >= 8 {
				if err := f.fast(); err != nil {
					return err
				}
				if f.state != stHuff || len(f.out)-f.wpos < fastOut {
					continue
				}
			}
			if err := f.slowSymbol(); err != nil {
				return err
			}
		case stDone:
			return nil
		}
	}
	return nil
}

// topUp moves the unread input to the front of buf and reads more of the
// current IDAT chunk after it (never of the next chunk).
func (f *inflater) topUp() error {
	d := f.d
	if d.idatLength == 0 {
		return nil
	}
	n := copy(f.buf, f.in[f.pos:])
	if int(d.idatLength) < 0 {
		return UnsupportedError("IDAT chunk length overflow")
	}
	m := min(len(f.buf)-n, int(d.idatLength))
	if _, err := io.ReadFull(d.r, f.buf[n:n+m]); err != nil {
		return err
	}
	d.crc.Write(f.buf[n : n+m])
	d.idatLength -= uint32(m)
	f.in, f.pos = f.buf[:n+m], 0
	return nil
}

// pull loads one more byte in the bit buffer, from the next IDAT chunk
// if this one is used up.
func (f *inflater) pull() error {
	for f.pos == len(f.in) {
		d := f.d
		for d.idatLength == 0 {
			// As decoder.Read: check the chunk's CRC and go on to the
			// next chunk, which must be an IDAT chunk.
			if err := d.verifyChecksum(); err != nil {
				return err
			}
			if _, err := io.ReadFull(d.r, d.tmp[:8]); err != nil {
				return err
			}
			d.idatLength = binary.BigEndian.Uint32(d.tmp[:4])
			if string(d.tmp[4:8]) != "IDAT" {
				return FormatError("not enough pixel data")
			}
			d.crc.Reset()
			d.crc.Write(d.tmp[4:8])
		}
		if err := f.topUp(); err != nil {
			return err
		}
	}
	f.bitb |= uint64(f.in[f.pos]) << f.nb
	f.pos++
	f.nb += 8
	return nil
}

// need makes sure n <= 32 bits are in the bit buffer.
func (f *inflater) need(n uint) error {
	for f.nb < n {
		if err := f.pull(); err != nil {
			return err
		}
	}
	return nil
}

// drop discards n bits of the bit buffer.
func (f *inflater) drop(n uint) {
	f.bitb >>= n
	f.nb -= n
}

// take returns the next n bits.
func (f *inflater) take(n uint) (uint32, error) {
	if err := f.need(n); err != nil {
		return 0, err
	}
	v := uint32(f.bitb & (1<<n - 1))
	f.drop(n)
	return v, nil
}

// symbol decodes one code of table t, reading input a byte at a time
// only as it needs: a lookup with missing bits taken as zeros finds a
// code no longer than the bits present only if it is the right one.
func (f *inflater) symbol(t []uint32, tableBits uint) (uint32, error) {
	for {
		e := t[f.bitb&(1<<tableBits-1)]
		if e&flagSub != 0 {
			e = t[e>>16+uint32(f.bitb>>tableBits)&(1<<(e>>8&0xf)-1)]
		}
		n := uint(e & 0xff)
		if n != 0 && n <= f.nb {
			if e&flagBad != 0 {
				return 0, corruptError("invalid symbol")
			}
			f.drop(n)
			return e, nil
		}
		if f.nb >= maxCode {
			return 0, corruptError("invalid code")
		}
		if err := f.pull(); err != nil {
			return 0, err
		}
	}
}

// header reads a block header and, for a dynamic block, its codes.
func (f *inflater) header() error {
	h, err := f.take(3)
	if err != nil {
		return err
	}
	f.final = h&1 != 0
	switch h >> 1 {
	case 0:
		// Stored: skip to a byte boundary (the slow path holds fewer than
		// 8 bits after each read), then LEN and NLEN.
		f.drop(f.nb)
		f.bitb = 0
		v, err := f.take(32)
		if err != nil {
			return err
		}
		if uint16(v) != ^uint16(v>>16) {
			return corruptError("stored block length")
		}
		f.storedLeft = int(uint16(v))
		f.state = stStored
	case 1:
		f.lit, f.dist = fixedLit, fixedDist
		f.state = stHuff
	case 2:
		if err := f.dynamic(); err != nil {
			return err
		}
		f.state = stHuff
	default:
		return corruptError("block type 3")
	}
	return nil
}

// dynamic reads the code lengths of a dynamic block (3.2.7) and builds
// its tables, with compress/flate's checks.
func (f *inflater) dynamic() error {
	v, err := f.take(14)
	if err != nil {
		return err
	}
	nlit, ndist, nclen := int(v&31)+257, int(v>>5&31)+1, int(v>>10&15)+4
	if nlit > 286 || ndist > 30 {
		return corruptError("too many codes")
	}
	var clens [19]uint8
	for i := range nclen {
		l, err := f.take(3)
		if err != nil {
			return err
		}
		clens[codeOrder[i]] = uint8(l)
	}
	if !f.tb.build(f.codeTab[:], clens[:], codeSyms[:], codeBits) {
		return corruptError("invalid code length code")
	}
	lens := f.lens[:nlit+ndist]
	for i := 0; i < len(lens); {
		e, err := f.symbol(f.codeTab[:], codeBits)
		if err != nil {
			return err
		}
		sym := e >> 16
		if sym < 16 {
			lens[i] = uint8(sym)
			i++
			continue
		}
		var rep uint32
		var l uint8
		switch sym {
		case 16:
			if i == 0 {
				return corruptError("repeat with no length")
			}
			l = lens[i-1]
			rep, err = f.take(2)
			rep += 3
		case 17:
			rep, err = f.take(3)
			rep += 3
		default:
			rep, err = f.take(7)
			rep += 11
		}
		if err != nil {
			return err
		}
		if i+int(rep) > len(lens) {
			return corruptError("code lengths overflow")
		}
		for range rep {
			lens[i] = l
			i++
		}
	}
	if !f.tb.build(f.dynLit[:], lens[:nlit], litSyms[:], litBits) {
		return corruptError("invalid literal/length code")
	}
	if !f.tb.build(f.dynDist[:], lens[nlit:], distSyms[:], distBits) {
		return corruptError("invalid distance code")
	}
	f.lit, f.dist = &f.dynLit, &f.dynDist
	return nil
}

// stored copies stored block bytes.
func (f *inflater) stored() error {
	for f.storedLeft > 0 && len(f.out) > f.wpos {
		if f.pos == len(f.in) {
			// pull reads the next chunk if need be; the byte goes back.
			if err := f.pull(); err != nil {
				return err
			}
			f.pos--
			f.bitb, f.nb = 0, 0
		}
		n := copy(f.out[f.wpos:f.wpos+min(f.storedLeft, len(f.out)-f.wpos)], f.in[f.pos:])
		f.pos += n
		f.wpos += n
		f.storedLeft -= n
	}
	if f.storedLeft == 0 {
		f.state = stHeader
	}
	return nil
}

// slowSymbol decodes one literal, match or end of block, reading input a
// byte at a time.
func (f *inflater) slowSymbol() error {
	e, err := f.symbol(f.lit[:], litBits)
	if err != nil {
		return err
	}
	switch {
	case e&flagLit != 0:
		f.out[f.wpos] = byte(e >> 16)
		f.wpos++
		return nil
	case e&flagEnd != 0:
		f.state = stHeader
		return nil
	}
	x, err := f.take(uint(e >> 8 & 0xf))
	if err != nil {
		return err
	}
	length := int(e>>16 + x)
	e, err = f.symbol(f.dist[:], distBits)
	if err != nil {
		return err
	}
	x, err = f.take(uint(e >> 8 & 0xf))
	if err != nil {
		return err
	}
	dist := int(e>>16 + x)
	if dist > f.wpos {
		return corruptError("distance too far back")
	}
	out, w := f.out, f.wpos
	for i := range length {
		out[w+i] = out[w-dist+i]
	}
	f.wpos += length
	return nil
}

// For a match of distance d < 8: repeatMask[d] keeps the d bytes before
// it of an 8-byte load, repeatMul[d] has a 1 every d bytes, so that their
// product holds those bytes repeated over 8 bytes, the first 8 bytes of
// the match; copyStep[d] is the largest multiple of d not over 8, how far
// further on the same 8 bytes repeat.
var (
	repeatMask = [8]uint64{0, 1<<8 - 1, 1<<16 - 1, 1<<24 - 1, 1<<32 - 1, 1<<40 - 1, 1<<48 - 1, 1<<56 - 1}
	repeatMul  = [8]uint64{0, 0x0101010101010101, 0x0001000100010001, 1 | 1<<24 | 1<<48, 1 | 1<<32, 1 | 1<<40, 1 | 1<<48, 1 | 1<<56}
	copyStep   = [8]int{0, 8, 8, 6, 8, 5, 6, 7}
)

// fast decodes literals and matches while at least 8 bytes of input are
// buffered and out has room for a match, refilling the bit buffer 8
// bytes at a time. It stops at the end of the block.
func (f *inflater) fast() error {
	in, pos := f.in, f.pos
	out, w := f.out, f.wpos
	bitb, nb := f.bitb, f.nb
	lit, dist := f.lit, f.dist
	inEnd, outEnd := len(in)-8, len(out)-fastOut
	var err error
	for pos <= inEnd && w <= outEnd {
		// Shift counts and table indices are masked, though in range,
		// so that the compiler needs no checks for them.
		bitb |= binary.LittleEndian.Uint64(in[pos:]) << (nb & 63)
		pos += int(63-nb) >> 3
		nb |= 56

		e := lit[bitb&(1<<litBits-1)]
		if e&flagSub != 0 {
			e = lit[(e>>16+uint32(bitb>>litBits)&(1<<(e>>8&0xf)-1))&(litTableLen-1)]
		}
		bitb >>= e & 63
		nb -= uint(e & 0xff)
		if e&flagLit != 0 {
			out[w] = byte(e >> 16)
			w++
			// A second literal from the first level needs at most
			// litBits of the 41 bits left.
			e = lit[bitb&(1<<litBits-1)]
			if e&flagLit != 0 {
				bitb >>= e & 63
				nb -= uint(e & 0xff)
				out[w] = byte(e >> 16)
				w++
			}
			continue
		}
		if e&(flagEnd|flagBad) != 0 {
			if e&flagBad != 0 {
				err = corruptError("invalid literal/length code")
				break
			}
			f.state = stHeader
			break
		}
		x := e >> 8 & 0xf
		length := int(e>>16 + uint32(bitb)&(1<<x-1))
		bitb >>= x
		nb -= uint(x)

		e = dist[bitb&(1<<distBits-1)]
		if e&flagSub != 0 {
			e = dist[(e>>16+uint32(bitb>>distBits)&(1<<(e>>8&0xf)-1))&(distTableLen-1)]
		}
		if e&flagBad != 0 {
			err = corruptError("invalid distance code")
			break
		}
		bitb >>= e & 63
		nb -= uint(e & 0xff)
		x = e >> 8 & 0xf
		d := int(e>>16 + uint32(bitb)&(1<<x-1))
		bitb >>= x
		nb -= uint(x)
		if d > w {
			err = corruptError("distance too far back")
			break
		}
		// Copy 16 bytes at a time, as two words of 8 (the second read
		// after the first is written, so a distance of 8 to 15 repeats
		// as it should), writing up to 15 bytes past the match (out has
		// room: fastOut), which later output overwrites, or with copy
		// (memmove) if the match is long and does not overlap its
		// source. For a distance under 8 the first 8 bytes are made from
		// the d before, and repeat every copyStep[d] bytes: stores only.
		// Slices with both bounds (out[i:i+16], not out[i:]) need no
		// masking of their pointer, and 16 bytes a turn fewer checks:
		// about 40 -> 12 instructions per 8 bytes.
		src := w - d
		switch {
		case d >= length && length >= 32:
			copy(out[w:w+length], out[src:w])
		case d >= 8:
			for i := 0; i < length; i += 16 {
				s, t := out[src+i:src+i+16], out[w+i:w+i+16]
				binary.LittleEndian.PutUint64(t, binary.LittleEndian.Uint64(s))
				binary.LittleEndian.PutUint64(t[8:], binary.LittleEndian.Uint64(s[8:]))
			}
		default:
			// The d bytes before the match, repeated over 8 bytes by one
			// multiplication (no carries: the copies do not overlap).
			v := binary.LittleEndian.Uint64(out[src:]) & repeatMask[d] * repeatMul[d]
			binary.LittleEndian.PutUint64(out[w:], v)
			for i := copyStep[d]; i < length; i += copyStep[d] {
				binary.LittleEndian.PutUint64(out[w+i:w+i+8], v)
			}
		}
		w += length
	}
	// Give back the whole bytes loaded but not used.
	pos -= int(nb >> 3)
	nb &= 7
	f.bitb, f.nb = bitb&(1<<nb-1), nb
	f.pos, f.wpos = pos, w
	return err
}

// end reads the Adler-32 checksum after the last block and checks it
// against the decompressed data, and that no byte follows in the chunk.
func (f *inflater) end() error {
	f.drop(f.nb % 8)
	v, err := f.take(32)
	if err != nil {
		return err
	}
	f.state = stDone
	if bits.ReverseBytes32(v) != adler32Update(f.digest, f.out[f.rpos:f.wpos]) {
		f.endErr = zlib.ErrChecksum
		return nil
	}
	if f.nb != 0 || f.pos != len(f.in) || f.d.idatLength != 0 {
		return errTrailing
	}
	return nil
}
