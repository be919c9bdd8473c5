package render

import (
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
)

// TestLoadFontErrors: an empty font is an error, not the Go fonts; a font
// with a corrupt glyph is refused when loaded, naming the glyph.
func TestLoadFontErrors(t *testing.T) {
	corrupt := corruptGlyf(t)
	for _, tt := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", []byte{}, "render: font: empty file"},
		{"not a font", []byte("not a font"), "render: font:"},
		{"truncated", goregular.TTF[:len(goregular.TTF)/2], "render: font:"},
		{"corrupt glyphs", corrupt, "render: font: glyph for"},
	} {
		_, err := loadFonts(tt.data)
		if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
	if f, err := loadFonts(nil); err != nil || f.custom {
		t.Errorf("nil: %v, want the Go fonts", err)
	}
	if _, err := loadFonts(gomono.TTF); err != nil {
		t.Errorf("Go Mono: %v", err)
	}
}

// corruptGlyf returns Go Regular with the outline data of its glyphs
// overwritten: the tables parse, the glyphs do not.
func corruptGlyf(t *testing.T) []byte {
	data := append([]byte(nil), goregular.TTF...)
	n := int(data[4])<<8 | int(data[5])
	for i := range n {
		rec := data[12+16*i:]
		if string(rec[:4]) == "glyf" {
			off := int(rec[8])<<24 | int(rec[9])<<16 | int(rec[10])<<8 | int(rec[11])
			length := int(rec[12])<<24 | int(rec[13])<<16 | int(rec[14])<<8 | int(rec[15])
			for j := off; j < off+length; j++ {
				data[j] = 0xff
			}
			return data
		}
	}
	t.Fatal("no glyf table")
	return nil
}

// FuzzLoadFont: a font the loader accepts lays out text without error or
// panic at the sizes banners use.
func FuzzLoadFont(f *testing.F) {
	f.Add(goregular.TTF)
	f.Add(goregular.TTF[:4096])
	f.Fuzz(func(t *testing.T, data []byte) {
		fs, err := loadFonts(data)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error %q", err)
			}
			return
		}
		for _, px := range []float64{12, 64} {
			fc := face(fs.regular, px)
			if b, _ := font.BoundString(fc, glyphSample); b.Max.X < b.Min.X {
				t.Fatalf("bad bounds %v", b)
			}
		}
	})
}
