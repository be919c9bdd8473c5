package palette_test

import (
	"fmt"

	"github.com/hueprint/hueprint/palette"
)

// BrandOfDesign tells whether the brand colours cover enough of the image's
// designed part (photographs removed) for a 60-30-10 verdict.
func ExampleShares_BrandOfDesign() {
	banner := palette.Shares{Primary: 0.12, Secondary: 0.06, Accent: 0.02, Neutral: 0.3, Photo: 0.5}
	share, enough := banner.BrandOfDesign()
	fmt.Printf("brand colours %.0f %% of the design, verdict possible: %v\n", share*100, enough)

	almostNone := palette.Shares{Accent: 0.01, Neutral: 0.99}
	for _, p := range palette.DefaultRule().Check(almostNone, "") {
		fmt.Println(p)
	}
	// Output:
	// brand colours 40 % of the design, verdict possible: true
	// too little brand colour for a 60-30-10 verdict: primary, secondary and accent cover 1.0 % of the image (at least 5 % needed)
}
