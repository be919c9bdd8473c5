// Package report writes the HTML report of a palette/check run: DIR/index.html,
// DIR/thumbs/ and, when the run writes masks inside DIR, its masks. The page
// works offline from the file system: no network, no framework, a little
// plain JavaScript for filtering, sorting and paging. Its texts are in the
// run's language (palette/psych); its colours of text meet WCAG AA.
//
// The report is written to a fresh folder beside DIR and renamed to DIR once
// complete: two runs never mix their thumbnails, and a run killed half-way
// leaves the previous report whole (and a DIR.tmp-* folder to delete).
//
//	rw, _ := report.New(dir, psych.English, p, rule)
//	defer rw.Abandon()
//	opt.Thumb = rw.Thumb
//	rw.Protect(&opt, "report")
//	sum, _ := engine.Run(ctx, inputs, rw.Add)
//	rw.Finish(sum)
package report
