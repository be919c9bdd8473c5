package render

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"image"
	"image/png"
	"io"
	"strings"
	"unicode/utf8"
)

// PNGText is one textual chunk of a PNG file: a keyword such as
// "Description", "Comment", "Software" or "Title" (the predefined keywords
// of the PNG specification, 3rd edition, section 11.3.3.2) and its text.
type PNGText struct {
	Keyword string
	Text    string
}

// maxPNGText bounds the text chunks ReadPNGText accepts, so that a hostile
// file cannot make it allocate more than this per chunk.
const maxPNGText = 1 << 20

var pngSignature = []byte("\x89PNG\r\n\x1a\n")

// EncodePNG writes img as a PNG (image/png, default compression) with the
// text chunks right after the header, in the order given. A text that
// Latin-1 can spell goes in a tEXt chunk, any other in an uncompressed iTXt
// chunk (UTF-8), as the PNG specification requires (section 11.3.3). A
// keyword must be 1 to 79 printable Latin-1 characters, without leading,
// trailing or consecutive spaces; a text must not contain NUL.
func EncodePNG(w io.Writer, img image.Image, text ...PNGText) error {
	var chunks [][]byte
	for _, t := range text {
		c, err := textChunk(t)
		if err != nil {
			return err
		}
		chunks = append(chunks, c)
	}
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.DefaultCompression}).Encode(&buf, img); err != nil {
		return err
	}
	b := buf.Bytes()
	// The signature, then IHDR: length, type, 13 bytes of data, CRC.
	head := len(pngSignature) + 8 + 13 + 4
	if _, err := w.Write(b[:head]); err != nil {
		return err
	}
	for _, c := range chunks {
		if _, err := w.Write(c); err != nil {
			return err
		}
	}
	_, err := w.Write(b[head:])
	return err
}

// latin1 returns s in ISO 8859-1, or false when s has a rune outside it.
func latin1(s string) ([]byte, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xff {
			return nil, false
		}
		out = append(out, byte(r))
	}
	return out, true
}

func validKeyword(k string) ([]byte, error) {
	b, ok := latin1(k)
	bad := func(why string) error {
		return fmt.Errorf("render: PNG text keyword %q: %s", k, why)
	}
	switch {
	case !ok || !utf8.ValidString(k):
		return nil, bad("want Latin-1 characters")
	case len(b) == 0 || len(b) > 79:
		return nil, bad("want 1 to 79 characters, e.g. \"Description\"")
	case b[0] == ' ' || b[len(b)-1] == ' ' || strings.Contains(k, "  "):
		return nil, bad("want no leading, trailing or double spaces")
	}
	for _, c := range b {
		if c < 32 || (c > 126 && c < 161) {
			return nil, bad("want printable characters")
		}
	}
	return b, nil
}

func textChunk(t PNGText) ([]byte, error) {
	key, err := validKeyword(t.Keyword)
	if err != nil {
		return nil, err
	}
	if strings.IndexByte(t.Text, 0) >= 0 || !utf8.ValidString(t.Text) {
		return nil, fmt.Errorf("render: PNG text %q: want valid UTF-8 without NUL", t.Keyword)
	}
	var typ string
	data := append(key, 0)
	if l1, ok := latin1(t.Text); ok {
		typ = "tEXt"
		data = append(data, l1...)
	} else {
		// Compression flag 0, method 0, no language tag, no translated keyword.
		typ = "iTXt"
		data = append(data, 0, 0, 0, 0)
		data = append(data, t.Text...)
	}
	if len(data) > maxPNGText {
		return nil, fmt.Errorf("render: PNG text %q: longer than %d bytes", t.Keyword, maxPNGText)
	}
	return chunk(typ, data), nil
}

func chunk(typ string, data []byte) []byte {
	out := make([]byte, 8, 12+len(data))
	binary.BigEndian.PutUint32(out, uint32(len(data)))
	copy(out[4:], typ)
	out = append(out, data...)
	crc := crc32.NewIEEE()
	crc.Write(out[4:])
	return binary.BigEndian.AppendUint32(out, crc.Sum32())
}

// ReadPNGText returns the tEXt chunks and the uncompressed iTXt chunks of a
// PNG stream, in file order, with their text in UTF-8; compressed (zTXt,
// compressed iTXt) chunks are skipped. It reads up to IEND and checks the
// CRC of every text chunk; it never decodes pixels.
func ReadPNGText(r io.Reader) ([]PNGText, error) {
	sig := make([]byte, len(pngSignature))
	if _, err := io.ReadFull(r, sig); err != nil || !bytes.Equal(sig, pngSignature) {
		return nil, errors.New("render: not a PNG file")
	}
	var out []PNGText
	var hdr [8]byte
	for {
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			return out, fmt.Errorf("render: PNG chunk header: %w", err)
		}
		n := binary.BigEndian.Uint32(hdr[:4])
		typ := string(hdr[4:8])
		if n > 1<<31-1 {
			return out, fmt.Errorf("render: PNG chunk %q: length %d over 2^31-1", typ, n)
		}
		if typ != "tEXt" && typ != "iTXt" {
			if _, err := io.CopyN(io.Discard, r, int64(n)+4); err != nil {
				return out, fmt.Errorf("render: PNG chunk %q: %w", typ, err)
			}
			if typ == "IEND" {
				return out, nil
			}
			continue
		}
		if n > maxPNGText {
			return out, fmt.Errorf("render: PNG chunk %q: %d bytes, over the %d bytes read", typ, n, maxPNGText)
		}
		data := make([]byte, n+4)
		if _, err := io.ReadFull(r, data); err != nil {
			return out, fmt.Errorf("render: PNG chunk %q: %w", typ, err)
		}
		crc := crc32.NewIEEE()
		crc.Write(hdr[4:8])
		crc.Write(data[:n])
		if crc.Sum32() != binary.BigEndian.Uint32(data[n:]) {
			return out, fmt.Errorf("render: PNG chunk %q: bad CRC", typ)
		}
		t, ok, err := parseTextChunk(typ, data[:n])
		if err != nil {
			return out, err
		}
		if ok {
			out = append(out, t)
		}
	}
}

func parseTextChunk(typ string, data []byte) (PNGText, bool, error) {
	key, rest, found := bytes.Cut(data, []byte{0})
	if !found || len(key) == 0 || len(key) > 79 {
		return PNGText{}, false, fmt.Errorf("render: PNG chunk %q: bad keyword", typ)
	}
	keyword := fromLatin1(key)
	if typ == "tEXt" {
		return PNGText{Keyword: keyword, Text: fromLatin1(rest)}, true, nil
	}
	// iTXt: compression flag, method, language tag NUL, translated keyword NUL, text.
	if len(rest) < 2 {
		return PNGText{}, false, fmt.Errorf("render: PNG chunk %q: truncated", typ)
	}
	compressed := rest[0] != 0
	_, rest, ok1 := bytes.Cut(rest[2:], []byte{0})
	_, text, ok2 := bytes.Cut(rest, []byte{0})
	if !ok1 || !ok2 {
		return PNGText{}, false, fmt.Errorf("render: PNG chunk %q: truncated", typ)
	}
	if compressed {
		return PNGText{}, false, nil
	}
	if !utf8.Valid(text) {
		return PNGText{}, false, fmt.Errorf("render: PNG chunk %q: text is not UTF-8", typ)
	}
	return PNGText{Keyword: keyword, Text: string(text)}, true, nil
}

func fromLatin1(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}
