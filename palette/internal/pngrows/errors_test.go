package pngrows

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// editIDAT returns data with the concatenated IDAT payload replaced by
// edit's result, in one IDAT chunk with a valid CRC.
func editIDAT(data []byte, edit func([]byte) []byte) []byte {
	out := append([]byte(nil), data[:8]...)
	var payload []byte
	done := false
	for p := data[8:]; len(p) >= 12; {
		n := int(binary.BigEndian.Uint32(p))
		typ := string(p[4:8])
		chunk := p[:12+n]
		p = p[12+n:]
		if typ != "IDAT" {
			out = append(out, chunk...)
			continue
		}
		payload = append(payload, chunk[8:8+n]...)
		if len(p) >= 8 && string(p[4:8]) == "IDAT" || done {
			continue
		}
		done = true
		body := edit(payload)
		out = binary.BigEndian.AppendUint32(out, uint32(len(body)))
		out = append(out, "IDAT"...)
		out = append(out, body...)
		out = binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(append([]byte("IDAT"), body...)))
	}
	return out
}

var flateCorrupt = regexp.MustCompile(`(?:^|: )flate: corrupt input before offset [0-9]+$`)

// damagedStream reports whether err is one of the errors of a zlib stream
// that is damaged or cut short, image/png's or Decode's: corrupt deflate
// data, a bad Adler-32 or IDAT chunk CRC, data after the stream, or IDAT
// chunks or a file that end before the stream does.
func damagedStream(err error) bool {
	msg := err.Error()
	return flateCorrupt.MatchString(msg) ||
		strings.HasPrefix(msg, corruptError("").Error()) ||
		strings.HasSuffix(msg, zlib.ErrChecksum.Error()) ||
		err == FormatError("invalid checksum") ||
		err == errTrailing || err == io.ErrUnexpectedEOF ||
		msg == FormatError("not enough pixel data").Error()
}

// sameError reports whether Decode's err (not nil) matches image/png's
// werr: word for word, except when either is a damagedStream error.
// Decode inflates up to about 64 KB ahead of the rows it emits, and reads
// its input a few bytes ahead: on a damaged stream it may notice the
// damage before image/png reaches a row that it finds bad (a bad filter
// type), or the other way round. Both still fail. The one error allowed
// where image/png succeeds is errTrailing.
func sameError(err, werr error) bool {
	if werr == nil {
		return err == errTrailing
	}
	return err.Error() == werr.Error() || damagedStream(err) || damagedStream(werr)
}

// TestErrorsMatchImagePNG damages valid files in the ways that reach the
// zlib layer (bad header, preset dictionary, corrupt deflate data, bad
// Adler-32, short or long streams) and at the file level (truncation),
// and wants image/png's error (sameError).
func TestErrorsMatchImagePNG(t *testing.T) {
	inputs := testImages(t)
	var names []string
	for n := range inputs {
		names = append(names, n)
	}
	sort.Strings(names)
	cases := map[string]func([]byte) []byte{
		"bad zlib header": func(z []byte) []byte { z = slices.Clone(z); z[0] = 0x79; return z },
		"preset dictionary": func(z []byte) []byte {
			z = slices.Clone(z)
			z[1] |= 0x20
			z[1] += uint8(31 - (uint16(z[0])<<8|uint16(z[1]))%31)
			return slices.Insert(z, 2, 0, 0, 0, 9)
		},
		"bad adler32":       func(z []byte) []byte { z = slices.Clone(z); z[len(z)-1] ^= 1; return z },
		"no adler32":        func(z []byte) []byte { return z[:len(z)-4] },
		"half adler32":      func(z []byte) []byte { return z[:len(z)-2] },
		"short stream":      func(z []byte) []byte { return z[:len(z)/2] },
		"trailing bytes":    func(z []byte) []byte { return append(slices.Clone(z), 1, 2, 3) },
		"corrupt deflate 3": func(z []byte) []byte { z = slices.Clone(z); z[2] ^= 0xc0; return z },
		"corrupt deflate":   func(z []byte) []byte { z = slices.Clone(z); z[len(z)/2] ^= 0x5a; return z },
		"empty":             func(z []byte) []byte { return nil },
		"header only":       func(z []byte) []byte { return z[:2] },
	}
	var kinds []string
	for k := range cases {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, name := range names {
		data := inputs[name]
		var variants [][2]string
		for _, k := range kinds {
			variants = append(variants, [2]string{k, string(editIDAT(data, cases[k]))})
		}
		for _, cut := range []int{9, 20, 40, len(data) / 2, len(data) - 13, len(data) - 1} {
			variants = append(variants, [2]string{"truncated", string(data[:cut])})
		}
		for _, v := range variants {
			in := []byte(v[1])
			_, werr := png.Decode(bytes.NewReader(in))
			_, err := Decode(bytes.NewReader(in), func(image.Image) {})
			if err == nil && werr != nil || err != nil && !sameError(err, werr) {
				t.Errorf("%s, %s: error %v, image/png %v", name, v[0], err, werr)
			}
		}
	}
}
