package palette_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
)

func ExampleLineError_MarshalJSON() {
	_, _, err := palette.ParsePair("#ggg white")
	b, _ := json.Marshal(&palette.LineError{Line: 2, Input: "#ggg white", Err: err})
	fmt.Println(string(b))
	// Output:
	// {"line":2,"input":"#ggg white","error":"palette: bad color \"#ggg\": want #rgb, #rrggbb, a CSS color name or rgb()/hsl()/oklch()/oklab(), e.g. \"#1d4ed8\""}
}

func ExampleParsePair() {
	fg, bg, err := palette.ParsePair("rgb(0 0 0), oklch(100% 0 0)")
	fmt.Println(palette.Hex(fg), palette.Hex(bg), err)
	_, _, err = palette.ParsePair("red")
	fmt.Println(err)
	// Output:
	// #000000 #ffffff <nil>
	// want two colours "FG BG", got 1 fields
}

func ExampleSplitColors() {
	fmt.Printf("%q\n", palette.SplitColors("hsl(0, 100%, 50%), navy #fff"))
	// Output:
	// ["hsl(0, 100%, 50%)" "navy" "#fff"]
}

func ExampleWriteContrastText() {
	r := contrast.NewReport(palette.MustParseColor("#777"), palette.MustParseColor("white"), contrast.AA)
	s, _ := contrast.NearestPassing(r.Foreground, r.Background, r.Level)
	r.Suggestion = &s
	palette.WriteContrastText(os.Stdout, r, nil, palette.TextOptions{Lang: psych.English})
	// Output:
	// #777777 on #ffffff: 4.48:1, fails AA
	//   aa         fail  needs 4.5:1
	//   aa-large   pass  needs 3:1
	//   aaa        fail  needs 7:1
	//   aaa-large  fail  needs 4.5:1
	//   non-text   pass  needs 3:1
	//   APCA Lc    71.1 (advisory)
	//   suggestion #767676 reaches aa at 4.54:1 (same hue and chroma, darker)
}

func ExampleANSISwatch() {
	fmt.Println(strconv.Quote(palette.ANSISwatch(palette.MustParseColor("tomato"))))
	fmt.Println(strconv.Quote(palette.ANSISample(palette.MustParseColor("white"), palette.MustParseColor("navy"), "Aa")))
	// Output:
	// "\x1b[48;2;255;99;71m    \x1b[0m "
	// "\x1b[38;2;255;255;255m\x1b[48;2;0;0;128m Aa \x1b[0m "
}

func ExampleFindingKind_MarshalText() {
	rep, err := palette.Audit(gridPalette(), palette.AuditOptions{Level: contrast.AAA})
	if err != nil {
		panic(err)
	}
	seen := map[palette.FindingKind]bool{}
	for _, f := range rep.Findings {
		seen[f.Kind] = true
	}
	for _, k := range []palette.FindingKind{palette.FindingLegibility, palette.FindingCVD, palette.FindingAccent} {
		b, _ := k.MarshalText()
		fmt.Println(string(b), seen[k])
	}
	var k palette.FindingKind
	fmt.Println(k.UnmarshalText([]byte("contrast")))
	// Output:
	// legibility true
	// cvd false
	// accent false
	// palette: unknown finding kind "contrast": want legibility, cvd or accent
}
