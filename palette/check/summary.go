package check

import (
	"math"
	"sort"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
)

// MaxWorst is how many images Summary.Worst keeps.
const MaxWorst = 10

// Summary counts the results of a run. Summaries of shards (or of Beam
// bundles) Merge into the summary of the whole, whatever the order; its
// fields are exported so that it serialises as is.
type Summary struct {
	Checked    int // every input, skipped and unreadable included
	Passed     int
	Failed     int
	Unreadable int
	Skipped    int // unsupported formats
	// Seconds is the wall time of the run; Merge keeps the longer, as
	// shards run side by side.
	Seconds float64
	// Shares sums the shares of the measured (passed and failed) images;
	// MeanShares divides it.
	Shares palette.Shares
	// Worst are the images farthest from the rule, farthest first (ties by
	// file name), at most MaxWorst.
	Worst []Far
}

// Far is an image and its distance from the rule, in points.
type Far struct {
	File     string  `json:"file"`
	Distance float64 `json:"distance"`
}

// Add counts one result.
func (s *Summary) Add(r Result) {
	s.Checked++
	switch {
	case r.Skipped != "":
		s.Skipped++
		return
	case r.Err != nil:
		s.Unreadable++
		return
	case r.Pass:
		s.Passed++
	default:
		s.Failed++
	}
	sh := r.Measure.Shares
	s.Shares.Primary += sh.Primary
	s.Shares.Secondary += sh.Secondary
	s.Shares.Accent += sh.Accent
	s.Shares.Neutral += sh.Neutral
	s.Shares.Off += sh.Off
	s.Shares.Photo += sh.Photo
	s.Worst = keepWorst(append(s.Worst, Far{File: r.File, Distance: r.Distance}))
}

// Merge adds the counts of o to s.
func (s *Summary) Merge(o Summary) {
	s.Checked += o.Checked
	s.Passed += o.Passed
	s.Failed += o.Failed
	s.Unreadable += o.Unreadable
	s.Skipped += o.Skipped
	s.Seconds = math.Max(s.Seconds, o.Seconds)
	s.Shares.Primary += o.Shares.Primary
	s.Shares.Secondary += o.Shares.Secondary
	s.Shares.Accent += o.Shares.Accent
	s.Shares.Neutral += o.Shares.Neutral
	s.Shares.Off += o.Shares.Off
	s.Shares.Photo += o.Shares.Photo
	s.Worst = keepWorst(append(append([]Far(nil), s.Worst...), o.Worst...))
}

// MeanShares returns the mean shares of the measured images (fractions of
// each image), zero when none was measured.
func (s Summary) MeanShares() palette.Shares {
	n := float64(s.Passed + s.Failed)
	if n == 0 {
		return palette.Shares{}
	}
	t := s.Shares
	return palette.Shares{Primary: t.Primary / n, Secondary: t.Secondary / n, Accent: t.Accent / n,
		Neutral: t.Neutral / n, Off: t.Off / n, Photo: t.Photo / n}
}

func keepWorst(w []Far) []Far {
	sort.Slice(w, func(i, j int) bool {
		if w[i].Distance != w[j].Distance {
			return w[i].Distance > w[j].Distance
		}
		return w[i].File < w[j].File
	})
	if len(w) > MaxWorst {
		w = w[:MaxWorst]
	}
	return w
}

// Distance is how far shares are from the rule, in points: the largest
// gap between a brand role's share of the brand colours and its target,
// or of the off-palette share over the rule's MaxOff.
func Distance(s palette.Shares, rule palette.Rule) float64 {
	d := 100 * math.Max(0, s.Off-rule.MaxOff)
	for _, role := range []palette.Role{palette.Primary, palette.Secondary, palette.Accent} {
		d = math.Max(d, 100*math.Abs(s.Relative(role)-rule.Target(role)))
	}
	return d
}

// String is the summary line in English.
func (s Summary) String() string { return s.Text(psych.English) }

// Text is the summary line in lang: the counts, the time and the rate.
func (s Summary) Text(lang psych.Lang) string {
	skipped := ""
	if s.Skipped > 0 {
		skipped = psych.T(lang, "check.skipped", s.Skipped)
	}
	return psych.T(lang, "check.summary", s.Checked, psych.Plural(lang, "n.checked", s.Checked), s.Passed, psych.Plural(lang, "n.passed", s.Passed),
		s.Failed, psych.Plural(lang, "n.failed", s.Failed), s.Unreadable, psych.Plural(lang, "n.unreadable", s.Unreadable), skipped,
		psych.Num(lang, s.Seconds, 2), rateText(s.Checked-s.Skipped, s.Seconds, lang))
}

// rateText is the speed of a run, for the summary line: only when the run
// lasted long enough for the figure to mean something.
func rateText(images int, seconds float64, lang psych.Lang) string {
	if seconds < 0.5 || images < 2 {
		return ""
	}
	rate := float64(images) / seconds
	prec := 0
	if rate < 10 {
		prec = 1
	}
	return psych.T(lang, "check.rate", psych.Num(lang, rate, prec))
}
