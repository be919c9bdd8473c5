package report

import (
	"bufio"
	"fmt"
	"html/template"
	"image"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/check"
	"github.com/hueprint/hueprint/palette/fileutil"
	"github.com/hueprint/hueprint/palette/psych"
)

type reportText struct {
	Title, Palette, Rule, Summary, Checked, Passed, Failed, Unreadable, Seconds string
	Filter, All, FailedOnly, UnreadableOnly, Sort, ByName, ByOff, ByDistance    string
	Pass, Fail, Error, Off, Mask, Distribution, DistributionNote, Shares        string
	Target, NoProblem, Primary, Secondary, Accent, Neutral, OffPalette, Images  string
	Points, Role, Hex, Name, Image, Thumbnail                                   string
	Pages, Previous, Next, Page                                                 string
	ByProblems, ByInput                                                         string
	Colon                                                                       string // ": " or, in French, " : "
	Photo, OfBrand, OfImage, TooLittle, Skipped                                 string
}

// reportTextsFor returns the report's words in lang, from the catalogue.
func reportTextsFor(lang psych.Lang) reportText {
	t := func(k string) string {
		one, many, ok := strings.Cut(psych.T(lang, "report."+k), "|")
		if ok {
			return many // plural by default; finish sets the form for each count
		}
		return one
	}
	return reportText{Title: t("Title"), Palette: t("Palette"), Rule: t("Rule"), Summary: t("Summary"), Checked: t("Checked"), Passed: t("Passed"), Failed: t("Failed"), Unreadable: t("Unreadable"), Seconds: t("Seconds"), Filter: t("Filter"), All: t("All"), FailedOnly: t("FailedOnly"), UnreadableOnly: t("UnreadableOnly"), Sort: t("Sort"), ByName: t("ByName"), ByOff: t("ByOff"), ByDistance: t("ByDistance"), Pass: t("Pass"), Fail: t("Fail"), Error: t("Error"), Off: t("Off"), Mask: t("Mask"), Distribution: t("Distribution"), DistributionNote: t("DistributionNote"), Shares: t("Shares"), Target: t("Target"), NoProblem: t("NoProblem"), Primary: t("Primary"), Secondary: t("Secondary"), Accent: t("Accent"), Neutral: t("Neutral"), OffPalette: t("OffPalette"), Images: t("Images"), Points: t("Points"), Role: t("Role"), Hex: t("Hex"), Name: t("Name"), Image: t("Image"), Thumbnail: t("Thumbnail"), Pages: t("Pages"), Previous: t("Previous"), Next: t("Next"), Page: t("Page"), Colon: t("Colon"), ByProblems: t("ByProblems"), ByInput: t("ByInput"),
		Photo: t("Photo"), OfBrand: t("OfBrand"), OfImage: t("OfImage"), TooLittle: t("TooLittle"), Skipped: t("Skipped")}
}

type reportSwatch struct {
	Label, Hex, Name, Text string
}

type reportSeg struct {
	Class, Color  string
	Width, Offset float64 // percent of the bar
	Label         string
}

type reportCard struct {
	Index       int
	File, Base  string
	Status      string // pass, fail, error
	Error       string
	Thumb       string
	ThumbW      int
	ThumbH      int
	Mask        string
	Size        string
	Segs        []reportSeg
	Off         []reportSwatch
	Problems    []string
	OffShare    float64
	Distance    float64
	SharesText  string
	TargetMarks []float64
}

type reportData struct {
	T                                   reportText
	Lang                                string
	Name                                string
	Swatches                            []reportSwatch
	RuleText                            string
	Checked, Passed, Failed, Unreadable int
	Seconds                             string
	Cards                               []reportCard
	FirstCards                          []reportCard // rendered in the list for readers without JavaScript
	Bars                                []reportBar
	ChartMax                            int
}

type reportBar struct {
	Label string
	Count int
	W     float64 // the bar's length, percent of the longest
	Class string  // "", "far" (20 points or more from the rule) or "unread"
}

// Writer collects a run's results and writes the report at the end;
// thumbnails are written by the run's workers as they go (Thumb). It is
// not safe for concurrent use, but for Thumb.
type Writer struct {
	dir   string // the fresh folder the report is written to (see dir.go)
	final string // the folder it is renamed to once complete
	lang  psych.Lang
	p     *palette.Palette
	rule  palette.Rule
	cards []reportCard
}

// New prepares a report of palette p and rule, in lang, to be published in
// dir when Finish succeeds. dir must be missing, empty or a previous
// report; the report is written to a fresh folder beside it meanwhile
// (Dir), which Abandon removes if Finish is never reached.
func New(dir string, lang psych.Lang, p *palette.Palette, rule palette.Rule) (*Writer, error) {
	// Clean: "rep/" must name the folder rep, not something inside it, when
	// the previous report is moved aside and the new one renamed in.
	dir = filepath.Clean(dir)
	tmp, err := freshReportDir(dir)
	if err != nil {
		return nil, err
	}
	return &Writer{dir: tmp, final: dir, lang: lang, p: p, rule: rule}, nil
}

// language returns the report's language.
func (rw *Writer) language() psych.Lang { return rw.lang }

// Dir returns the folder the report is being written to: a fresh folder
// until Finish, the report's folder after.
func (rw *Writer) Dir() string { return rw.dir }

// Thumb writes the thumbnail of the image of input index; it is
// check.Options.Thumb's signature, safe for concurrent use.
func (rw *Writer) Thumb(index int, img image.Image) (name string, w, h int, err error) {
	name = fmt.Sprintf("thumbs/%06d.jpg", index)
	if w, h, err = WriteThumb(img, filepath.Join(rw.dir, filepath.FromSlash(name))); err != nil {
		return "", 0, 0, err
	}
	return name, w, h, nil
}

// Add adds the card of a result, in the order results come.
func (rw *Writer) Add(r check.Result) {
	i := r.Index
	t := reportTextsFor(rw.language())
	l := rw.language()
	c := reportCard{Index: i, File: r.File, Base: filepath.Base(r.File), Thumb: r.Thumb, ThumbW: r.ThumbW, ThumbH: r.ThumbH}
	if r.Mask != "" {
		if rel, err := filepath.Rel(rw.final, r.Mask); err == nil {
			c.Mask = filepath.ToSlash(rel)
		}
	}
	switch {
	case r.Skipped != "":
		c.Status, c.Error, c.Distance, c.OffShare = "error", t.Skipped+t.Colon+r.Skipped, 101, 2
		rw.cards = append(rw.cards, c)
		return
	case r.Err != nil:
		c.Status, c.Error, c.Distance, c.OffShare = "error", r.Err.Error(), 101, 2
		rw.cards = append(rw.cards, c)
		return
	case r.Pass:
		c.Status = "pass"
	default:
		c.Status = "fail"
	}
	s := r.Measure.Shares
	c.Size = fmt.Sprintf("%d × %d", r.Measure.Width, r.Measure.Height)
	c.Problems = r.Problems
	c.OffShare = s.Off
	c.Distance = check.Distance(s, rw.rule)
	offset := 0.0
	for _, seg := range []struct {
		class, label string
		share        float64
		color        string
	}{
		{"primary", t.Primary, s.Primary, rw.p.Primary.Hex()},
		{"secondary", t.Secondary, s.Secondary, rw.p.Secondary[0].Hex()},
		{"accent", t.Accent, s.Accent, rw.p.Accent.Hex()},
		{"neutral", t.Neutral, s.Neutral, "#9ca3af"},
		{"off", t.OffPalette, s.Off, "#b91c1c"},
		{"photo", t.Photo, s.Photo, "#8b5cf6"},
	} {
		c.Segs = append(c.Segs, reportSeg{Class: seg.class, Color: seg.color, Width: 100 * seg.share, Offset: offset,
			Label: seg.label + " " + psych.Percent(l, seg.share, 1)})
		offset += 100 * seg.share
	}
	// The targets, as marks on the bar of brand colours (neutral and off
	// removed from the denominator, as the rule counts).
	c.TargetMarks = []float64{100 * rw.rule.Primary, 100 * (rw.rule.Primary + rw.rule.Secondary)}
	// One basis per line, named: the rule's roles of the brand colours,
	// the rest of the image (the same numbers as the text and JSON).
	c.Segs[len(c.Segs)-1].Label += " (" + t.OfImage + ")"
	if _, enough := s.BrandOfDesign(); enough {
		c.SharesText = fmt.Sprintf("%s %s · %s %s · %s %s %s (%s %.0f/%.0f/%.0f)", t.Primary, psych.Percent(l, s.Relative(palette.Primary), 1),
			t.Secondary, psych.Percent(l, s.Relative(palette.Secondary), 1), t.Accent, psych.Percent(l, s.Relative(palette.Accent), 1), t.OfBrand, t.Target,
			100*rw.rule.Primary, 100*rw.rule.Secondary, 100*rw.rule.Accent)
	} else {
		c.SharesText = fmt.Sprintf("%s (%s %s)", t.TooLittle, psych.Percent(l, s.Branded(), 1), t.OfImage)
	}
	for _, o := range r.Measure.Off {
		col, _ := palette.ParseColor(o.Hex)
		c.Off = append(c.Off, reportSwatch{Hex: o.Hex, Name: psych.Percent(l, o.Share, 1), Text: palette.Hex(contrast.BestText(col))})
	}
	rw.cards = append(rw.cards, c)
}

// relativeBar rescales a card's brand segments to the rule's denominator.
func (c *reportCard) relativeSegs() []reportSeg {
	total := 0.0
	for _, s := range c.Segs[:3] {
		total += s.Width
	}
	var out []reportSeg
	off := 0.0
	for _, s := range c.Segs[:3] {
		w := 0.0
		if total > 0 {
			w = 100 * s.Width / total
		}
		out = append(out, reportSeg{Class: s.Class, Color: s.Color, Width: w, Offset: off, Label: s.Label})
		off += w
	}
	return out
}

// Finish writes index.html with the summary and publishes the report:
// renames it into place, replacing a previous one.
func (rw *Writer) Finish(sum check.Summary) error {
	t := reportTextsFor(rw.language())
	d := reportData{T: t, Lang: rw.lang.String(), Name: rw.p.Name, Checked: sum.Checked, Passed: sum.Passed, Failed: sum.Failed,
		Unreadable: sum.Unreadable, Seconds: psych.Num(rw.language(), sum.Seconds, 2),
		RuleText: rw.rule.Text(rw.language())}
	if d.Name == "" {
		d.Name = t.Palette
	}
	l := rw.language()
	d.T.Checked = psych.Plural(l, "report.Checked", sum.Checked)
	d.T.Passed = psych.Plural(l, "report.Passed", sum.Passed)
	d.T.Failed = psych.Plural(l, "report.Failed", sum.Failed)
	d.T.Unreadable = psych.Plural(l, "report.Unreadable", sum.Unreadable)
	for _, c := range rw.p.Colors() {
		d.Swatches = append(d.Swatches, reportSwatch{Label: c.LabelIn(rw.language()), Hex: c.Hex(), Name: c.Name,
			Text: palette.Hex(contrast.BestText(c.Color))})
	}
	// Problems first: failures, then unreadable files, then passes, each in
	// input order. The page's script sorts the same way by default.
	rank := map[string]int{"fail": 0, "error": 1, "pass": 2}
	sort.SliceStable(rw.cards, func(i, j int) bool {
		a, b := rw.cards[i], rw.cards[j]
		if rank[a.Status] != rank[b.Status] {
			return rank[a.Status] < rank[b.Status]
		}
		return a.Index < b.Index
	})
	for i := range rw.cards {
		if rw.cards[i].Status != "error" {
			rw.cards[i].Segs = append(rw.cards[i].relativeSegs(), rw.cards[i].Segs[3:]...)
		}
	}
	d.Cards = rw.cards
	d.FirstCards = rw.cards[:min(len(rw.cards), reportPage)]
	// Distribution: images by distance from the rule.
	bins := []struct {
		label  string
		lo, hi float64
	}{{"0–5", 0, 5}, {"5–10", 5, 10}, {"10–20", 10, 20}, {"20–40", 20, 40}, {"40+", 40, 101}, {t.Unreadable, 101, 1e9}}
	for _, b := range bins {
		n := 0
		for _, c := range rw.cards {
			if c.Distance >= b.lo && c.Distance < b.hi || (b.lo == 0 && c.Distance == 0) {
				n++
			}
		}
		class := ""
		switch {
		case b.lo >= 101:
			class = "unread"
		case b.lo >= 20:
			class = "far"
		}
		d.Bars = append(d.Bars, reportBar{Label: b.label, Count: n, Class: class})
		d.ChartMax = max(d.ChartMax, n)
	}
	for i := range d.Bars {
		if d.ChartMax > 0 {
			d.Bars[i].W = 100 * float64(d.Bars[i].Count) / float64(d.ChartMax)
		}
	}
	err := fileutil.WriteAtomic(filepath.Join(rw.dir, "index.html"), func(f *os.File) error {
		bw := bufio.NewWriterSize(f, 1<<16)
		if err := reportTemplate.Execute(bw, d); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		return err
	}
	return rw.publish()
}

// Page is the path of the report's page, absolute when the working folder
// is known, so that it can be opened as is.
func (rw *Writer) Page() string {
	p := filepath.Join(rw.dir, "index.html")
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// reportPage is how many cards a page of the report shows.
const reportPage = 100

// cardContext gives a card's template the report (R) and the card (C).
type cardContext struct {
	R reportData
	C reportCard
}

var reportTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"dict":  func(r reportData, c reportCard) cardContext { return cardContext{r, c} },
	"pct":   func(f float64) string { return fmt.Sprintf("%.3f", f) },
	"lower": strings.ToLower,
	"sub":   func(a, b float64) float64 { return a - b },
}).Parse(reportHTML))
