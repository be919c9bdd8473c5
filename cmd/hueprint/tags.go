package main

import (
	"encoding/json"
	"io"

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

func runTags(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("tags", tagsUsage, stdout)
	format := formatVar(fs, "output `format`: text or json", formatText, formatJSON)
	langp := langFlag(fs, "the list")
	if code, done := parseFlagsOnly(fs, args, stderr, ""); done {
		return code
	}
	kb := psych.Knowledge(*langp)
	if *format == formatJSON {
		return emit(stdout, stderr, func(w io.Writer) error {
			b, err := json.MarshalIndent(kb, "", "  ")
			if err != nil {
				return err
			}
			_, err = w.Write(append(b, '\n'))
			return err
		})
	}
	return emit(stdout, stderr, kb.WriteText)
}
