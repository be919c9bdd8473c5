package studio_test

import (
	"fmt"
	"net/url"

	"github.com/hueprint/hueprint/cmd/hueprint/internal/studio"
)

func ExampleParseState() {
	q, _ := url.ParseQuery("tags=trust,tech&base=%231D4ED8&accent=orange&lang=fr&seed=7")
	s, err := studio.ParseState(q)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Encode())
	fmt.Println(s.CLIArgs())
	_, err = studio.ParseState(url.Values{"harmony": {"jazzy"}})
	fmt.Println(err)
	// Output:
	// tags=trust%2Ctech&base=1d4ed8&accent=ffa500&seed=7&lang=fr
	// [palette --tags trust,tech --base #1d4ed8 --lock accent=#ffa500 --seed 7 --lang fr]
	// studio: harmony="jazzy": want auto, analogous, complementary, split, triadic or monochrome
}
