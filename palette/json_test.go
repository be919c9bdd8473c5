package palette_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/hueprint/hueprint/palette"
)

// TestPaletteJSON: json.Marshal of a palette is its palette file, and reads
// back into the same palette through json.Unmarshal, alone or inside a
// tool's own JSON.
func TestPaletteJSON(t *testing.T) {
	files := []string{
		`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b"}`,
		`{"version":1,"name":"Acme <Café> & co","primary":{"hex":"#1d4ed8","name":"Acme blue","why":"brand colour"},"secondary":["#bfdbfe","#334155"],"accent":"#f59e0b","neutral":["#111827","#f9fafb"],"rule":{"primary":0.7,"secondary":0.2,"accent":0.1,"tolerance":0.08,"max_off":0.15},"tags":["trust","tech"]}`,
	}
	for _, file := range files {
		p, err := palette.Unmarshal([]byte(file))
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		compact, _ := palette.MarshalCompact(p)
		var want bytes.Buffer // the palette file, with json.Marshal's escapes of <, > and &
		json.HTMLEscape(&want, bytes.TrimSpace(compact))
		if !bytes.Equal(b, want.Bytes()) {
			t.Errorf("json.Marshal\n%s\nwant the palette file\n%s", b, want.Bytes())
		}
		var back palette.Palette
		if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(&back, p) {
			t.Errorf("%s reads back as %+v, %v", b, back, err)
		}
		// Inside a tool's own document, by value and by pointer.
		type doc struct {
			Brand  palette.Palette  `json:"brand"`
			Second *palette.Palette `json:"second"`
			None   *palette.Palette `json:"none"`
		}
		d, err := json.Marshal(doc{Brand: *p, Second: p})
		if err != nil {
			t.Fatal(err)
		}
		var got doc
		if err := json.Unmarshal(d, &got); err != nil || !reflect.DeepEqual(&got.Brand, p) || !reflect.DeepEqual(got.Second, p) || got.None != nil {
			t.Errorf("%s reads back as %+v, %v", d, got, err)
		}
	}
}

func TestPaletteJSONErrors(t *testing.T) {
	if _, err := json.Marshal(palette.Palette{}); err == nil {
		t.Error("json.Marshal of the zero Palette: no error")
	}
	var p palette.Palette
	err := json.Unmarshal([]byte(`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"nope"}`), &p)
	var fe *palette.FileError
	if !errors.As(err, &fe) || fe.Field != "accent" {
		t.Errorf("bad accent: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b","colour":"x"}`), &p); err == nil {
		t.Error("unknown field: no error")
	}
}

func FuzzPaletteJSON(f *testing.F) {
	f.Add([]byte(`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b"}`))
	f.Add([]byte(`{"version":1,"name":"x","primary":{"hex":"#123456","why":"y"},"secondary":["red","blue"],"accent":"oklch(70% 0.1 50)","rule":{"primary":0.5,"secondary":0.3,"accent":0.2}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p palette.Palette
		if json.Unmarshal(data, &p) != nil {
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("%q reads but does not marshal: %v", data, err)
		}
		var back palette.Palette
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s does not read back: %v", b, err)
		}
		b2, _ := json.Marshal(back)
		if !bytes.Equal(b, b2) {
			t.Fatalf("not stable:\n%s\n%s", b, b2)
		}
	})
}

// A palette embeds in a tool's own JSON as its palette file.
func ExamplePalette_MarshalJSON() {
	p, err := palette.Unmarshal([]byte(`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b","tags":["trust"]}`))
	if err != nil {
		panic(err)
	}
	b, _ := json.Marshal(struct {
		Project string           `json:"project"`
		Brand   *palette.Palette `json:"brand"`
	}{"spring launch", p})
	fmt.Println(string(b))
	// Output:
	// {"project":"spring launch","brand":{"version":1,"primary":"#1d4ed8","secondary":["#bfdbfe"],"accent":"#f59e0b","tags":["trust"]}}
}
