package render

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/opentype"
)

func boldFont(t testing.TB) *opentype.Font {
	t.Helper()
	f, err := opentype.Parse(gobold.TTF)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestWrapBalanced(t *testing.T) {
	f := boldFont(t)
	tests := []struct {
		name     string
		text     string
		px       float64
		maxW     int
		maxLines int
		want     []string
	}{
		{name: "one line when it fits", text: "Hartley & Vance", px: 40, maxW: 600, maxLines: 2, want: []string{"Hartley & Vance"}},
		{name: "no line ends on &", text: "Hartley & Vance", px: 40, maxW: 250, maxLines: 2, want: []string{"Hartley", "& Vance"}},
		{name: "balanced, not first-fit", text: "Du pain au levain cuit chaque matin depuis 1952", px: 20, maxW: 420, maxLines: 3,
			want: []string{"Du pain au levain cuit", "chaque matin depuis 1952"}},
		// First-fit would leave "teams" alone on the last line.
		{name: "no one-word last line", text: "Clear dashboards for growing teams", px: 20, maxW: 330, maxLines: 3,
			want: []string{"Clear dashboards", "for growing teams"}},
		{name: "breaks after a hyphen, keeping it", text: "Well-being", px: 40, maxW: 150, maxLines: 2, want: []string{"Well-", "being"}},
		{name: "a number keeps its unit", text: "Livrés partout en 48 h", px: 20, maxW: 200, maxLines: 2, want: []string{"Livrés partout", "en 48 h"}},
		{name: "no-break space holds", text: "Prix\u00a0: 12\u00a0€ seulement", px: 20, maxW: 150, maxLines: 2, want: []string{"Prix\u00a0:", "12\u00a0€ seulement"}},
		{name: "dashes drawn as such", text: "Pain — depuis 1952", px: 20, maxW: 600, maxLines: 1, want: []string{"Pain — depuis 1952"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, ok := wrapBalanced(f, tt.text, tt.px, tt.maxW, tt.maxLines, true)
			if !ok {
				t.Fatalf("does not fit: %q", b.lines)
			}
			if strings.Join(b.lines, "|") != strings.Join(tt.want, "|") {
				t.Errorf("lines %q, want %q", b.lines, tt.want)
			}
			for i, w := range b.widths {
				if w > tt.maxW {
					t.Errorf("line %d is %d px wide, more than %d", i, w, tt.maxW)
				}
			}
		})
	}
	if _, ok := wrapBalanced(f, "Supercalifragilisticexpialidocious", 40, 200, 3, true); ok {
		t.Error("a word wider than the line fits")
	}
}

func TestCoverage(t *testing.T) {
	f := boldFont(t)
	tests := []struct {
		text, want string
		missing    []rune
	}{
		{text: "Café Rosé — 48 h", want: "Café Rosé — 48 h"},
		{text: "Saint\u2010Malo", want: "Saint-Malo"}, // the Go fonts draw hyphens as U+002D
		{text: "Launch 🚀 day", want: "Launch day", missing: []rune{0x1F680}},
		{text: "❤️ Merci ❤️", want: "Merci", missing: []rune{0x2764}}, // U+FE0F, the emoji selector, is ignorable
		{text: "中文 ok", want: "ok", missing: []rune{'中', '文'}},
		{text: "Prix\u202f: 12\u00a0€", want: "Prix\u00a0: 12\u00a0€"}, // narrow no-break space drawn as U+00A0
		// Decomposed accents (macOS file names, some keyboards): a letter
		// and a combining mark the font lacks, drawn composed (NFC).
		{text: "Cafe\u0301 Ame\u0301lie", want: "Café Amélie"},
		{text: "Noe\u0308l, c\u0327a", want: "Noël, ça"},
		{text: "q\u0307 ok", want: "q ok", missing: []rune{0x307}}, // no composed form: still reported
		// No-break spaces at the ends draw nothing: a tagline of only one is empty.
		{text: "\u00a0", want: ""},
		{text: "\u00a0Acme\u202f", want: "Acme"},
		{text: "\u200b\u00a0\u200d", want: ""},
	}
	for _, tt := range tests {
		got, missing := coverage(f, RoleTitle, tt.text)
		if got != tt.want || len(missing) != len(tt.missing) {
			t.Errorf("coverage(%q) = %q, %v; want %q, %U", tt.text, got, missing, tt.want, tt.missing)
			continue
		}
		for i, m := range missing {
			if m.Rune != tt.missing[i] || m.Role != RoleTitle {
				t.Errorf("coverage(%q) missing[%d] = %v, want %U", tt.text, i, m, tt.missing[i])
			}
		}
	}
}

func TestInitials(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Hartley & Vance", "HV"},
		{"Acme", "A"},
		{"boulangerie de la gare", "BG"},
		{"Maison Oriel Paris", "MP"},
		{"&", "&"},
		{"été 2026", "É2"},
	}
	for _, tt := range tests {
		if got := initials(tt.title); got != tt.want {
			t.Errorf("initials(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// FuzzWrapBalanced checks that balanced wrapping keeps every word, in
// order, and respects the width when it says the text fits.
func FuzzWrapBalanced(f *testing.F) {
	for _, s := range []string{"Hartley & Vance", "Well-being for all", "Pain — depuis 1952", "a-b-c-d", "--", "x — y – z"} {
		f.Add(s, 300)
	}
	fnt := boldFont(f)
	f.Fuzz(func(t *testing.T, text string, maxW int) {
		if !utf8.ValidString(text) || len(text) > 200 || maxW < 1 || maxW > 5000 {
			return
		}
		b, ok := wrapBalanced(fnt, text, 20, maxW, 3, true)
		if !ok {
			return
		}
		if got, want := strings.Join(strings.Fields(strings.Join(b.lines, "")), ""), strings.Join(strings.Fields(text), ""); got != want {
			t.Fatalf("lines %q lose or reorder characters of %q", b.lines, text)
		}
		for _, w := range b.widths {
			if w > maxW {
				t.Fatalf("line of %d px in %d", w, maxW)
			}
		}
	})
}
