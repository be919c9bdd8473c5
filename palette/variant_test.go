package palette_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/hueprint/hueprint/palette"
)

const twoPalettes = `{"version":1,"primary":"#1d4ed8","secondary":"#dbeafe","accent":"#f59e0b","neutral":["#111827","#f9fafb"]}
{"version":1,"primary":"#b91c1c","secondary":"#fee2e2","accent":"#facc15","neutral":["#1c1917","#fafaf9"]}
`

func ExampleSelectVariant() {
	data, n, err := palette.SelectVariant([]byte(twoPalettes), 2)
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := palette.Unmarshal(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n, p.Primary.Hex())
	_, _, err = palette.SelectVariant([]byte(twoPalettes), 3)
	fmt.Println(err)
	// Output:
	// 2 #b91c1c
	// palette: variant 3: the file holds 2 palette(s), want 1 to 2
}

func TestSelectVariant(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		n       int
		want    string // primary of the selected palette; "" for an error
		wantErr bool
	}{
		{name: "single palette", data: `{"version":1,"primary":"#123456","secondary":"#abcdef","accent":"#f59e0b"}`, n: 1, want: "#123456"},
		{name: "first of two", data: twoPalettes, n: 1, want: "#1d4ed8"},
		{name: "second of two", data: twoPalettes, n: 2, want: "#b91c1c"},
		{name: "past the end", data: twoPalettes, n: 3, wantErr: true},
		{name: "zero", data: twoPalettes, n: 0, wantErr: true},
		{name: "single, variant 2", data: `{"version":1,"primary":"#123456","secondary":"#abcdef","accent":"#f59e0b"}`, n: 2, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, _, err := palette.SelectVariant([]byte(tt.data), tt.n)
			if tt.wantErr {
				if err == nil {
					t.Errorf("no error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			p, err := palette.Unmarshal(data)
			if err != nil || p.Primary.Hex() != tt.want {
				t.Errorf("got %v, %v; want %s", p, err, tt.want)
			}
		})
	}
	// Without SelectVariant, a file of several palettes says how to read it.
	if _, err := palette.Unmarshal([]byte(twoPalettes)); err == nil || !bytes.Contains([]byte(err.Error()), []byte("--variant N")) {
		t.Errorf("Unmarshal of two palettes: %v", err)
	}
}

// FuzzSelectVariant: whatever the input, SelectVariant does not panic, and
// a selected palette is one of the values of the input.
func FuzzSelectVariant(f *testing.F) {
	f.Add([]byte(twoPalettes), 2)
	f.Add([]byte(`{"version":1}`), 1)
	f.Add([]byte(`[1,2] {"a":`), 1)
	f.Fuzz(func(t *testing.T, data []byte, n int) {
		out, count, err := palette.SelectVariant(data, n)
		if err != nil {
			if n >= 1 && n <= count {
				t.Errorf("variant %d of %d: %v", n, count, err)
			}
			return
		}
		if !bytes.Contains(data, bytes.TrimSpace(out)) {
			t.Errorf("selected %q is not part of the input", out)
		}
	})
}

func ExampleAccentStandsOut() {
	blue := palette.MustParseColor("#2a5885")
	amber := palette.MustParseColor("#ea942f")
	teal := palette.MustParseColor("#2f6f8a")
	fmt.Println(palette.AccentStandsOut(amber, blue), palette.AccentStandsOut(teal, blue))
	// Output: true false
}
