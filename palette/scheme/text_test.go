package scheme_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/hueprint/hueprint/palette/scheme"
)

func TestDocumentRoundTrip(t *testing.T) {
	p := brandPalette()
	p.Primary.Color = palette.MustParseColor("#ffd1dc") // a note
	for _, pal := range []*palette.Palette{brandPalette(), p} {
		s, err := scheme.New(pal, scheme.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range []psych.Lang{psych.English, psych.French} {
			d := s.Document(lang)
			b, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			var back scheme.Document
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("%v\n%s", err, b)
			}
			if !reflect.DeepEqual(back, d) {
				t.Errorf("round trip differs:\n got %+v\nwant %+v", back, d)
			}
			if len(s.Notes) != len(d.Notes) || !strings.HasPrefix(string(b), `{"light":{"background":"#`) || !strings.HasSuffix(string(b), "]}") {
				t.Errorf("document %s: notes %d, want %d", b, len(d.Notes), len(s.Notes))
			}
		}
	}
	for _, tt := range []struct{ doc, want string }{
		{`{"light":{},"dark":{},"notes":[]}`, "scheme:"},
		{`{"notes":[]}`, `missing "light"`},
		{`{"x":1}`, "unknown field"},
	} {
		var d scheme.Document
		if err := json.Unmarshal([]byte(tt.doc), &d); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.doc, err, tt.want)
		}
	}
}

func TestSchemeWriteText(t *testing.T) {
	s, err := scheme.New(brandPalette(), scheme.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var en, fr, ansi bytes.Buffer
	s.WriteText(&en, palette.TextOptions{Lang: psych.English})
	s.WriteText(&fr, palette.TextOptions{Lang: psych.French})
	s.WriteText(&ansi, palette.TextOptions{Lang: psych.English, ANSI: true})
	if !strings.HasPrefix(en.String(), "Roles                  Light    Dark\n  background           #f1f8ff  #0c121a\n") || strings.Contains(en.String(), "FAIL") {
		t.Errorf("English text:\n%s", en.String())
	}
	if !strings.HasPrefix(fr.String(), "Rôles                  Clair    Sombre\n") || !strings.Contains(fr.String(), "on-primary sur primary") {
		t.Errorf("French text:\n%s", fr.String())
	}
	if !strings.Contains(ansi.String(), "\x1b[48;2;241;248;255m") {
		t.Errorf("ANSI text has no swatch")
	}
}

func TestAudit(t *testing.T) {
	a := scheme.Audit(brandPalette(), psych.English)
	if !a.Pass || len(a.Problems) != 0 || a.Notes == nil {
		t.Errorf("Audit(brand) = %+v, want a pass with notes []", a)
	}
	bad := brandPalette()
	bad.Secondary = nil
	if a := scheme.Audit(bad, psych.English); a.Pass || len(a.Problems) != 1 {
		t.Errorf("Audit(invalid palette) = %+v, want one problem", a)
	}
}

func ExampleScheme_Document() {
	s, err := scheme.New(brandPalette(), scheme.Options{})
	if err != nil {
		panic(err)
	}
	b, _ := json.Marshal(s.Document(psych.English))
	fmt.Printf("%.80s…\n", b)
	// Output:
	// {"light":{"background":"#f1f8ff","on-background":"#121e2b","surface":"#ffffff","…
}

// FuzzDocumentUnmarshal: an accepted document reads back equal after being
// written again.
func FuzzDocumentUnmarshal(f *testing.F) {
	s, err := scheme.New(brandPalette(), scheme.Options{})
	if err != nil {
		f.Fatal(err)
	}
	b, _ := json.Marshal(s.Document(psych.French))
	f.Add(b)
	f.Fuzz(func(t *testing.T, data []byte) {
		var d scheme.Document
		if json.Unmarshal(data, &d) != nil {
			return
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("accepted %s, cannot write it: %v", data, err)
		}
		var back scheme.Document
		if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, d) {
			t.Fatalf("round trip of %s: %v", b, err)
		}
	})
}

// TestEnumText: every value of Role, Mode and NoteKind, the zero one
// included, marshals and reads back from MarshalText and String; one past
// the last is refused.
func TestEnumText(t *testing.T) {
	type enum interface {
		fmt.Stringer
		MarshalText() ([]byte, error)
	}
	roles := []enum{scheme.Role(0)}
	for _, r := range scheme.Roles() {
		roles = append(roles, r)
	}
	tests := []struct {
		name   string
		values []enum
		past   enum
		read   func([]byte) (enum, error)
	}{
		{"Role", roles, scheme.OnWarning + 1, func(b []byte) (enum, error) { var v scheme.Role; err := v.UnmarshalText(b); return v, err }},
		{"Mode", []enum{scheme.Mode(0), scheme.Light, scheme.Dark}, scheme.Dark + 1, func(b []byte) (enum, error) { var v scheme.Mode; err := v.UnmarshalText(b); return v, err }},
		{"NoteKind", []enum{scheme.NoteKind(0), scheme.Adjusted, scheme.NeutralReplaced, scheme.UseIcons}, scheme.UseIcons + 1,
			func(b []byte) (enum, error) { var v scheme.NoteKind; err := v.UnmarshalText(b); return v, err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, v := range tt.values {
				b, err := v.MarshalText()
				if err != nil {
					t.Fatalf("%v: %v", v, err)
				}
				for _, text := range []string{string(b), v.String()} {
					if back, err := tt.read([]byte(text)); err != nil || back != v {
						t.Errorf("%v: %q reads back as %v, %v", v, text, back, err)
					}
				}
				if strings.Contains(v.String(), "(") {
					t.Errorf("String %q", v.String())
				}
			}
			if _, err := tt.past.MarshalText(); err == nil || !strings.Contains(err.Error(), "invalid") {
				t.Errorf("%v: MarshalText: %v, want an error", tt.past, err)
			}
		})
	}
	var c scheme.Colors
	if err := json.Unmarshal([]byte(`{"":"#000000"}`), &c); err == nil || !strings.Contains(err.Error(), `unknown role ""`) {
		t.Errorf("an empty role in Colors: %v", err)
	}
}
