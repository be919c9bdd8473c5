package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/hueprint/hueprint/palette/psych"
)

const tagsUsage = `Usage: hueprint tags [--lang en|fr] [--format text|json]

List the colour-psychology knowledge base: every tag (meanings, sectors,
styles) with its colour families, and every family with its meanings and its
OKLCH region. Tags are accepted in English or French, without accents too.

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

func runTags(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("tags", tagsUsage, stdout)
	format := newFormatFlag(formatText, formatJSON)
	fs.Var(format, "format", "output `format`: text or json")
	var lang psych.Lang
	fs.TextVar(&lang, "lang", psych.English, "`LANG`uage: en or fr")
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
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
		}
		doc.Lang = lang.String()
		for _, t := range psych.Tags() {
			tj := tagJSON{Tag: t.Name.In(lang), ID: t.ID, Kind: t.Kind.String(), Families: t.Families, Styles: t.Styles, Aliases: t.Aliases}
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
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		_ = enc.Encode(doc)
		return exitOK
	}
	heads := map[psych.Kind]psych.Text{
		psych.Meaning: {EN: "Meanings", FR: "Significations"},
		psych.Sector:  {EN: "Sectors", FR: "Secteurs"},
		psych.Style:   {EN: "Styles and audiences", FR: "Styles et publics"},
	}
	famName := func(id string) string {
		f, _ := psych.FamilyByID(id)
		return f.Name.In(lang)
	}
	var kind psych.Kind
	for _, t := range psych.Tags() {
		if t.Kind != kind {
			kind = t.Kind
			fmt.Fprintf(out, "%s:\n", heads[kind].In(lang))
		}
		var fams []string
		for _, f := range t.Families {
			fams = append(fams, famName(f))
		}
		extra := strings.Join(fams, ", ")
		if len(t.Styles) > 0 {
			if extra != "" {
				extra += "; "
			}
			extra += "style " + strings.Join(t.Styles, " or ")
		}
		fmt.Fprintf(out, "  %-16s %s\n", t.Name.In(lang), extra)
	}
	fmt.Fprintf(out, "%s:\n", map[bool]string{false: "Colour families", true: "Familles de couleurs"}[lang == psych.French])
	for _, f := range psych.Families() {
		var ms []string
		for _, m := range f.Meanings {
			ms = append(ms, m.In(lang))
		}
		region := fmt.Sprintf("OKLCH L %.2f C %.3f", f.L, f.C)
		if !f.Achromatic() {
			region += fmt.Sprintf(" H %g–%g°", f.HueMin, f.HueMax)
		}
		fmt.Fprintf(out, "  %-16s %s  (%s)\n", f.Name.In(lang), strings.Join(ms, ", "), region)
	}
	return exitOK
}
