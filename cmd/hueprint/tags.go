package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/hueprint/hueprint/palette/psych"
)

const tagsUsage = `Usage: hueprint tags [--lang en|fr] [--format text|json]

List the colour-psychology knowledge base: every tag (meanings, sectors,
styles, colour words) with its colour families and the other words that
stand for it, and every family with its meanings and its OKLCH region. Tags
are accepted in English or French, accents, hyphens and spaces optional.
--format json adds the brief vocabulary with the reason of each group.

Examples:
  $ hueprint tags
  $ hueprint tags --lang fr --format json
`

type tagJSON struct {
	Tag      string   `json:"tag"`
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`
	Families []string `json:"families"`
	Styles   []string `json:"styles,omitempty"`
	Aliases  []string `json:"aliases,omitempty"`
	Why      string   `json:"why,omitempty"`
}

type familyJSON struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Meanings []string `json:"meanings"`
	HueMin   *float64 `json:"hue_min"`
	HueMax   *float64 `json:"hue_max"`
	L        float64  `json:"l"`
	C        float64  `json:"c"`
}

// wordsJSON is one group of the brief vocabulary: words that stand for a tag
// and why.
type wordsJSON struct {
	Tag string   `json:"tag"`
	EN  []string `json:"en"`
	FR  []string `json:"fr"`
	Why string   `json:"why"`
}

func runTags(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("tags", tagsUsage, stdout)
	format := newFormatFlag(formatText, formatJSON)
	fs.Var(format, "format", "output `format`: text or json")
	langp := langFlag(fs, "the list")
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	lang := *langp
	if fs.NArg() > 0 {
		return usageError(stderr, "tags", fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if format.value == formatJSON {
		var doc struct {
			Lang     string       `json:"lang"`
			Tags     []tagJSON    `json:"tags"`
			Families []familyJSON `json:"families"`
			Styles   []string     `json:"styles"`
			Words    []wordsJSON  `json:"words"`
		}
		doc.Lang = lang.String()
		for _, t := range psych.Tags() {
			tj := tagJSON{Tag: t.Name.In(lang), ID: t.ID, Kind: t.Kind.String(), Families: t.Families, Styles: t.Styles, Aliases: t.Aliases, Why: t.Why.In(lang)}
			if tj.Families == nil {
				tj.Families = []string{}
			}
			doc.Tags = append(doc.Tags, tj)
		}
		for _, f := range psych.Families() {
			fj := familyJSON{ID: f.ID, Name: f.Name.In(lang), L: f.L, C: f.C}
			if !f.Achromatic() {
				fj.HueMin, fj.HueMax = &f.HueMin, &f.HueMax
			}
			for _, m := range f.Meanings {
				fj.Meanings = append(fj.Meanings, m.In(lang))
			}
			doc.Families = append(doc.Families, fj)
		}
		for _, s := range psych.Styles() {
			doc.Styles = append(doc.Styles, s.Name.In(lang))
		}
		for _, g := range psych.Words() {
			doc.Words = append(doc.Words, wordsJSON{Tag: g.Tag, EN: g.EN, FR: g.FR, Why: g.Why.In(lang)})
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		_ = enc.Encode(doc)
		return exitOK
	}
	heads := map[psych.Kind]string{psych.Meaning: "tags.meanings", psych.Sector: "tags.sectors", psych.Style: "tags.styles", psych.Color: "tags.colors"}
	famName := func(id string) string {
		f, _ := psych.FamilyByID(id)
		return f.Name.In(lang)
	}
	styleName := func(id string) string {
		if s, ok := psych.StyleByID(id); ok {
			return s.Name.In(lang)
		}
		return id
	}
	var kind psych.Kind
	ts := psych.Tags()
	sort.SliceStable(ts, func(i, j int) bool {
		if ts[i].Kind != ts[j].Kind {
			return ts[i].Kind < ts[j].Kind
		}
		return psych.Normalize(ts[i].Name.In(lang)) < psych.Normalize(ts[j].Name.In(lang))
	})
	for _, t := range ts {
		if t.Kind != kind {
			kind = t.Kind
			fmt.Fprintln(out, psych.Typeset(lang, psych.T(lang, heads[kind])+" :"))
		}
		var fams, sts []string
		for _, f := range t.Families {
			fams = append(fams, famName(f))
		}
		for _, s := range t.Styles {
			sts = append(sts, styleName(s))
		}
		extra := strings.Join(fams, ", ")
		if len(sts) > 0 {
			if extra != "" {
				extra = psych.T(lang, "why.join", extra, psych.T(lang, "tags.style", strings.Join(sts, psych.T(lang, "tags.or"))))
			} else {
				extra = psych.T(lang, "tags.style", strings.Join(sts, psych.T(lang, "tags.or")))
			}
		}
		fmt.Fprintf(out, "  %-16s %s\n", t.Name.In(lang), extra)
		if aliases := aliasesIn(t, lang); len(aliases) > 0 {
			fmt.Fprintf(out, "  %-16s %s\n", "", psych.T(lang, "tags.also", strings.Join(aliases, ", ")))
		}
	}
	fmt.Fprintln(out, psych.Typeset(lang, psych.T(lang, "tags.families")+" :"))
	for _, f := range psych.Families() {
		var ms []string
		for _, m := range f.Meanings {
			ms = append(ms, m.In(lang))
		}
		region := psych.T(lang, "tags.region", psych.Num(lang, f.L, 2), psych.Num(lang, f.C, 3))
		if !f.Achromatic() {
			region += psych.T(lang, "tags.hue", psych.Num(lang, f.HueMin, 0), psych.Num(lang, f.HueMax, 0))
		}
		fmt.Fprintf(out, "  %-16s %s  (%s)\n", f.Name.In(lang), strings.Join(ms, ", "), region)
	}
	return exitOK
}

// aliasesIn returns the other names of t a user of lang would type: its
// aliases and brief words in lang, without the name shown.
func aliasesIn(t psych.Tag, lang psych.Lang) []string {
	seen := map[string]bool{psych.Normalize(t.Name.In(lang)): true}
	var out []string
	for _, a := range t.AliasesIn(lang) {
		if k := psych.Normalize(a); !seen[k] {
			seen[k] = true
			out = append(out, a)
		}
	}
	return out
}
