package psych

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// englishWords are words that appear in hueprint's English output and are
// not French: one of them in French output means a string escaped the
// catalogue. Words both languages share (accent, action, orange, style,
// palette, images, score …) are not listed.
var englishWords = []string{
	"the", "and", "of", "with", "for", "your", "at", "most", "off", "under", "over", "its", "is", "are", "on", "to",
	"primary", "secondary", "neutral", "neutrals", "harmony", "analogous", "complementary", "triadic", "split",
	"balanced", "vivid", "muted", "earthy", "deep", "pale", "light", "dark", "text", "rule", "tags", "also",
	"covers", "target", "allowed", "mostly", "legibility", "colour", "colours", "color", "colors", "problem", "problems",
	"found", "checked", "passed", "failed", "unreadable", "pass", "fail", "error", "charcoal", "brown", "blue", "red",
	"yellow", "green", "black", "white", "grey", "gray", "gold", "silver", "navy", "burgundy", "pink", "purple",
	"meanings", "sectors", "families", "words", "trust", "energy", "growth", "warmth", "freshness", "calm", "brand",
	"variant", "seconds", "thumbnail", "previous", "next", "show", "all", "sort", "name", "summary", "report",
	"deficiencies", "protanopia", "deuteranopia", "tritanopia", "achromatopsia", "stands", "out", "change", "use",
	"instead", "locked", "hard", "apart", "exempt", "requirements", "controls", "fails", "large", "card", "from",
	"other", "brings", "contrast", "stealing", "show", "calls", "sparingly", "backgrounds", "kept", "exactly", "given",
	"professionalism", "serenity", "security", "luxury", "timelessness", "minimalism",
}

var englishSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range englishWords {
		m[w] = true
	}
	return m
}()

var (
	decimalPoint = regexp.MustCompile(`\d\.\d`)
	dottedNumber = regexp.MustCompile(`\d+\.\d+\.\d+`)                 // WCAG success criteria (1.4.3), versions
	quotedCode   = regexp.MustCompile(`«[\s\x{00a0}]*hueprint [^»]*»`) // a command line quoted for the user to type
)

// FrenchLint reports what in s, meant to be French, is not: English words
// of hueprint's vocabulary and figures with a decimal point ("4.5:1")
// instead of a decimal comma. Dotted numbers of three parts (WCAG success
// criterion 1.4.3) and command lines quoted in guillemets (« hueprint tags »)
// are allowed. It returns the offending words and figures,
// sorted, without repeats; none for clean French. hueprint's tests run it on
// the French output of every command.
func FrenchLint(s string) []string {
	found := map[string]bool{}
	s = quotedCode.ReplaceAllString(s, "")
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if englishSet[strings.ToLower(w)] {
			found[w] = true
		}
	}
	for _, m := range decimalPoint.FindAllString(dottedNumber.ReplaceAllString(s, ""), -1) {
		found[m] = true
	}
	out := make([]string, 0, len(found))
	for w := range found {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}
