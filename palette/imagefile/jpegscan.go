package imagefile

import (
	"errors"
	"fmt"

	"github.com/hueprint/hueprint/palette/internal/jpeg"
)

// DefaultMaxScans is the scan limit of a JPEG when Options.MaxScans is 0.
// Encoders write far fewer: libjpeg's progressive script writes 10 scans for
// colour and 6 for grey (jcparam.c, jpeg_simple_progression), mozjpeg's
// optimised scripts about 20, a baseline file one per component at most.
// Each scan of a progressive JPEG costs the decoder a pass over every
// coefficient of the image, so a file that repeats a tiny scan thousands of
// times is a CPU bomb: libjpeg-turbo guards against it the same way (djpeg
// -maxscans, TJPARAM_SCANLIMIT).
const DefaultMaxScans = 100

// ErrTooManyScans is wrapped by Decode when a JPEG has more scans than
// allowed.
var ErrTooManyScans = errors.New("too many JPEG scans")

// jpegScanner follows the marker structure of a JPEG stream byte by byte
// (ITU-T T.81 § B.1.1): marker segments with a length are skipped, entropy-
// coded data after a start of scan is searched for the next marker (an FF
// not followed by 00 or a restart marker). It counts start-of-scan markers
// and records the frame header and Adobe transform for the memory estimate.
// It never allocates per byte, so a pre-scan costs only the reading.
type jpegScanner struct {
	state     int
	skip      int // bytes of a segment left to skip
	marker    byte
	lenHi     bool // the first length byte was read
	length    int
	seg       []byte // the segment being kept (SOFn, APP14), at most 64 KiB
	keep      bool
	scans     int
	maxScans  int
	frame     []byte // the SOFn segment
	frameType byte   // 0xC0 … 0xCF
	adobe     int    // the Adobe APP14 transform, -1 without one
	sos       bool   // a start of scan was read after the frame header
	eoi       bool   // the end-of-image marker was read
	oddScan   bool   // a scan the strip decoder refuses (stripMemory)
	err       error
}

const (
	jsStart     = iota // expecting FF D8
	jsStart2           // expecting D8
	jsMarker           // expecting FF
	jsCode             // expecting a marker code (or fill FF)
	jsLength           // reading a segment length
	jsSegment          // skipping or keeping a segment
	jsEntropy          // in entropy-coded data
	jsEntropyFF        // after an FF in entropy-coded data
	jsDone             // after EOI
)

func newJPEGScanner(maxScans int) *jpegScanner {
	return &jpegScanner{maxScans: maxScans, adobe: -1}
}

// Write feeds bytes to the scanner; it returns an error wrapping
// ErrTooManyScans once the stream holds more scans than allowed.
func (s *jpegScanner) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	for i := 0; i < len(p); i++ {
		b := p[i]
		switch s.state {
		case jsStart:
			s.state = jsStart2
			if b != 0xFF {
				s.state = jsDone // not a JPEG: the decoder says so
			}
		case jsStart2:
			s.state = jsMarker
		case jsMarker:
			if b == 0xFF {
				s.state = jsCode
			}
			// Anything else between segments is garbage the decoder skips
			// or refuses; keep looking for a marker.
		case jsCode:
			s.code(b)
		case jsLength:
			if !s.lenHi {
				s.length, s.lenHi = int(b)<<8, true
				continue
			}
			s.length |= int(b)
			s.lenHi = false
			if s.length < 2 {
				s.state = jsDone // malformed: the decoder refuses it
				continue
			}
			s.skip = s.length - 2
			s.keep = s.marker >= 0xC0 && s.marker <= 0xCF && s.marker != 0xC4 && s.marker != 0xC8 && s.marker != 0xCC && s.frame == nil ||
				s.marker == 0xEE || s.marker == 0xDA
			s.seg = s.seg[:0]
			s.state = jsSegment
			if s.skip == 0 {
				s.endSegment()
			}
		case jsSegment:
			n := min(s.skip, len(p)-i)
			if s.keep {
				s.seg = append(s.seg, p[i:i+n]...)
			}
			s.skip -= n
			i += n - 1
			if s.skip == 0 {
				s.endSegment()
			}
		case jsEntropy:
			// Jump to the next FF.
			j := i
			for j < len(p) && p[j] != 0xFF {
				j++
			}
			i = j
			if j < len(p) {
				s.state = jsEntropyFF
			}
		case jsEntropyFF:
			switch {
			case b == 0x00, b >= 0xD0 && b <= 0xD7:
				s.state = jsEntropy // stuffed byte or restart marker
			case b == 0xFF:
				// fill byte
			default:
				s.code(b)
			}
		case jsDone:
			return len(p), nil
		}
		if s.err != nil {
			return i, s.err
		}
	}
	return len(p), nil
}

func (s *jpegScanner) code(b byte) {
	switch {
	case b == 0xFF:
		s.state = jsCode // fill
	case b == 0xD9:
		s.eoi = true
		s.state = jsDone
	case b == 0x01, b >= 0xD0 && b <= 0xD8:
		s.state = jsMarker // no length
	default:
		s.marker = b
		if b == 0xDA {
			s.scans++
			if s.scans > s.maxScans {
				s.err = fmt.Errorf("imagefile: jpeg: more than %d scans, more than any encoder writes: %w", s.maxScans, ErrTooManyScans)
			}
		}
		s.state = jsLength
	}
}

func (s *jpegScanner) endSegment() {
	switch {
	case s.marker == 0xDA && s.keep:
		s.scanHeader()
	case s.marker == 0xEE && s.keep:
		// "Adobe" + version(2) + flags0(2) + flags1(2) + transform(1).
		if len(s.seg) >= 12 && string(s.seg[:5]) == "Adobe" {
			s.adobe = int(s.seg[11])
		}
	case s.keep:
		s.frame = append([]byte(nil), s.seg...)
		s.frameType = s.marker
	}
	s.keep = false
	if s.marker == 0xDA {
		s.state = jsEntropy
	} else {
		s.state = jsMarker
	}
}

// jpegMemory estimates the bytes image/jpeg allocates to decode a frame
// (image/jpeg reader.go and scan.go): one byte per sample of each component
// at its sampling, MCU-padded; for a progressive frame 256 bytes per 8×8
// block of coefficients of every component (the int32 blocks it keeps until
// the last scan); for a 4-component frame the black plane and the CMYK image
// it builds (4 bytes per pixel), and for an RGB frame (Adobe transform 0) the
// RGBA image it converts to. ok is false when the frame header was not seen.
func (s *jpegScanner) jpegMemory() (n int64, ok bool) {
	f := s.frame
	if len(f) < 6 {
		return 0, false
	}
	h, w := int64(f[1])<<8|int64(f[2]), int64(f[3])<<8|int64(f[4])
	nc := int(f[5])
	if nc < 1 || len(f) < 6+3*nc {
		return 0, false
	}
	hmax, vmax := int64(1), int64(1)
	for i := range nc {
		hv := f[6+3*i+1]
		hmax, vmax = max(hmax, int64(hv>>4)), max(vmax, int64(hv&15))
	}
	mcuW, mcuH := 8*hmax, 8*vmax
	mx, my := (w+mcuW-1)/mcuW, (h+mcuH-1)/mcuH
	progressive := s.frameType == 0xC2 || s.frameType == 0xC6 || s.frameType == 0xCA || s.frameType == 0xCE
	for i := range nc {
		hv := f[6+3*i+1]
		hi, vi := max(int64(hv>>4), 1), max(int64(hv&15), 1)
		samples := mx * my * hi * vi * 64 // this component's samples
		n += samples
		if progressive {
			n += samples * 4
		}
	}
	pixels := mx * mcuW * my * mcuH
	switch {
	case nc == 4:
		n += pixels * 4
	case nc == 3 && s.adobe == 0:
		n += pixels * 4
	}
	return n, true
}

// scanHeader records what a start-of-scan header (T.81 § B.2.3: Ns, Ns
// component selectors and tables, Ss, Se, Ah/Al) tells of the strip
// decoder's path: a sequential scan that carries fewer components than the
// frame, a successive-approximation shift over 13, or a malformed header
// send the file to image/jpeg.
func (s *jpegScanner) scanHeader() {
	if len(s.frame) < 6 {
		return // no frame yet: the decoders refuse the file
	}
	s.sos = true
	seg := s.seg
	if len(seg) < 1 || len(seg) < 1+2*int(seg[0])+3 {
		s.oddScan = true
		return
	}
	ns, nc := int(seg[0]), int(s.frame[5])
	switch s.frameType {
	case 0xC0, 0xC1:
		s.oddScan = s.oddScan || ns != nc
	case 0xC2:
		s.oddScan = s.oddScan || seg[1+2*ns+2]&15 > 13
	}
}

// stripMemory is the memory measure.Decode needs to decode this JPEG with
// the strip decoder (palette/internal/jpeg) at 1/scale of its size: the
// decoder's buffers by its own reckoning (jpeg.MemoryEstimate: one MCU row
// of samples, and for a progressive frame 2 bytes per coefficient and 10
// per block), plus the whole image measure.Decode copies the strips into,
// one byte per sample of each component at its sampling, MCU-padded (an
// upper bound of image.NewYCbCr's and image.NewGray's planes). ok is false
// when the frame is one that decoder hands to image/jpeg (Memory is then
// the figure): not 8-bit baseline, extended or progressive Huffman, not 1
// or 3 components, RGB, CMYK, sampling it refuses, a scan it refuses, or
// a file not scanned to its end-of-image marker (a truncated file, which
// that decoder refuses, or a stream not pre-scanned).
func (s *jpegScanner) stripMemory(scale int) (n int64, ok bool) {
	f := s.frame
	if len(f) < 6 || s.frameType > 0xC2 || f[0] != 8 || !s.sos || !s.eoi || s.oddScan || s.adobe == 0 {
		return 0, false
	}
	if scale != 1 && scale != 2 && scale != 4 && scale != 8 {
		return 0, false
	}
	h, w, nc := int(f[1])<<8|int(f[2]), int(f[3])<<8|int(f[4]), int(f[5])
	if w == 0 || h == 0 || nc != 1 && nc != 3 || len(f) < 6+3*nc {
		return 0, false
	}
	if nc == 3 && f[6] == 'R' && f[9] == 'G' && f[12] == 'B' {
		return 0, false // RGB unless a JFIF segment says otherwise: image/jpeg's
	}
	hs, vs := make([]int, nc), make([]int, nc)
	for i := range nc {
		hs[i], vs[i] = int(f[7+3*i]>>4), int(f[7+3*i]&15)
		if hs[i] < 1 || hs[i] > 4 || hs[i] == 3 || vs[i] < 1 || vs[i] > 4 || vs[i] == 3 {
			return 0, false
		}
	}
	switch {
	case nc == 1:
		hs[0], vs[0] = 1, 1 // one component is never interleaved (T.81 § A.2)
	case vs[0] == 4, hs[0]%hs[1] != 0, vs[0]%vs[1] != 0, hs[2] != hs[1], vs[2] != vs[1],
		hs[0]*vs[0]+2*hs[1]*vs[1] > 10: // T.81 § B.2.3: at most 10 blocks per MCU
		return 0, false
	}
	n = jpeg.MemoryEstimate(w, h, hs, vs, s.frameType == 0xC2)
	mxx, myy := int64((w+8*hs[0]-1)/(8*hs[0])), int64((h+8*vs[0]-1)/(8*vs[0]))
	bs := int64(8 / scale)
	for i := range nc {
		n += mxx * int64(hs[i]) * bs * myy * int64(vs[i]) * bs
	}
	return n, true
}
