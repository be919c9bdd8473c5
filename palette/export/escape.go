package export

import (
	"encoding/json"
	"fmt"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Every text a palette carries (its name, colour names, reasons) reaches the
// generated files through one of the encoders below, chosen for the syntax it
// lands in. None of them can end the construct they are in: a comment stays
// a comment, a string stays a string, an XML text node stays text.

// commentText makes s safe inside a comment of CSS (/* */), SCSS (// and
// /* */) and JavaScript (// and /* */), and inside a line of a GPL file:
//   - every line terminator of those languages (LF, CR, FF, VT, NEL and
//     ECMAScript's U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR,
//     ECMA-262 § 12.3) and every other control character becomes a space, so
//     a // comment cannot end early;
//   - bidirectional controls (U+202A–U+202E, U+2066–U+2069) become spaces, so
//     a comment cannot visually hide code that follows it (CVE-2021-42574);
//   - "*/" becomes "* /", so a block comment cannot end early, and "/*"
//     becomes "/ *", so that openers and closers stay balanced for tools
//     that count them;
//   - "</" and "<!--" become "< /" and "< !--", so the text cannot close a
//     <script> or <style> element the file is pasted into (HTML § 4.12.1.3);
//   - invalid UTF-8 and U+FFFD become "?": Dart Sass refuses a file
//     holding U+FFFD ("Invalid UTF-8"), taking it for a decoding failure.
func commentText(s string) string {
	s = strings.ToValidUTF8(s, "?")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case isBreaking(r):
			r = ' '
		case r == '\uFFFD':
			r = '?'
		}
		b.WriteRune(r)
	}
	s = b.String()
	for strings.Contains(s, "*/") || strings.Contains(s, "/*") {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "*/", "* /"), "/*", "/ *")
	}
	s = strings.ReplaceAll(s, "</", "< /")
	s = strings.ReplaceAll(s, "<!--", "< !--")
	return s
}

// isBreaking reports whether r is a control character, a Unicode line or
// paragraph separator or a bidirectional control.
func isBreaking(r rune) bool {
	switch {
	case unicode.IsControl(r), r == '\u2028', r == '\u2029':
		return true
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// oneLine is commentText's control-free text with runs of white space
// collapsed into one space and no space at either end: a name on one line of
// a GPL file or in an ASE swatch name.
func oneLine(s string) string { return strings.Join(strings.Fields(commentText(s)), " ") }

// jsString returns s as a JavaScript string literal: JSON's string syntax,
// which since ES2019 is a subset of ECMAScript's (U+2028 and U+2029 are
// escaped anyway), with <, > and & escaped as \u003c … so that "</script>"
// cannot close a script element.
func jsString(s string) string {
	b, _ := json.Marshal(strings.ToValidUTF8(s, "\uFFFD"))
	return string(b)
}

// xmlText escapes s for XML 1.0 character data and attribute values: &, <,
// >, ' and " as entities, and every character XML 1.0 does not allow
// (§ 2.2 Char: controls but tab, LF and CR; U+FFFE, U+FFFF; invalid UTF-8)
// replaced by U+FFFD. Tab, LF and CR are written as character references so
// that attribute normalisation keeps them.
func xmlText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune('\uFFFD')
		case r == '\t' || r == '\n' || r == '\r':
			fmt.Fprintf(&b, "&#x%X;", r)
		case r < 0x20, r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
			b.WriteRune('\uFFFD')
		default:
			b.WriteString(html.EscapeString(string(r)))
		}
	}
	return b.String()
}

// validPrefix reports whether s can start CSS custom property, Sass variable
// and JavaScript key names as is: an ASCII letter, then ASCII letters,
// digits, "-" and "_".
func validPrefix(s string) bool {
	if s == "" || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	for _, r := range s {
		if !(r == '-' || r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
