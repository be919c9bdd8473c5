package measure

import (
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
)

// Report is the verdict on one image as "hueprint check --format json"
// writes it, one JSON object per line; pipelines that check images
// elsewhere (such as the Apache Beam example) write the same lines.
//
// Two bases, named by their fields: Shares are fractions of the whole image
// (its opaque pixels); BrandShares are fractions of the brand colours
// (primary + secondary + accent), the basis on which the rule judges the
// 60-30-10 split. Brand links them: the brand colours' share of the image.
type Report struct {
	File        string             `json:"file"`
	Width       int                `json:"width"`
	Height      int                `json:"height"`
	Shares      ReportShares       `json:"shares"`
	Brand       float64            `json:"brand"`        // brand colours, fraction of the image
	BrandShares *ReportBrandShares `json:"brand_shares"` // nil (null) without enough brand colour for a verdict
	PhotoArea   float64            `json:"photo_area"`   // photographic areas, fraction of the image, whatever --photos
	Pass        bool               `json:"pass"`
	Problems    []string           `json:"problems"`
	Colors      []ReportColor      `json:"colors"`
	Off         []ReportOff        `json:"off_colors"`
	Mask        string             `json:"mask,omitempty"`
	// Scale is set (2, 4 or 8) when the image was measured decoded at
	// 1/Scale of its width and height (check's automatic resolution, see
	// measure.Resolution); Width and Height stay the file's. Omitted at
	// full resolution.
	Scale int `json:"scale,omitempty"`
}

// ReportShares are the shares of a Report: fractions of the image's opaque
// pixels that sum to 1. Photo is the photographic area set apart from the
// roles (0 when photos are measured with the rest).
type ReportShares struct {
	Primary   float64 `json:"primary"`
	Secondary float64 `json:"secondary"`
	Accent    float64 `json:"accent"`
	Neutral   float64 `json:"neutral"`
	Off       float64 `json:"off"`
	Photo     float64 `json:"photo"`
}

// ReportBrandShares are the rule roles as fractions of the brand colours
// (primary + secondary + accent = 1): what the rule compares with its
// targets.
type ReportBrandShares struct {
	Primary   float64 `json:"primary"`
	Secondary float64 `json:"secondary"`
	Accent    float64 `json:"accent"`
}

// ReportColor is one palette colour's share in a Report.
type ReportColor struct {
	Role  string  `json:"role"`
	Index int     `json:"index"`
	Hex   string  `json:"hex"`
	Share float64 `json:"share"`
}

// ReportOff is one off-palette cluster in a Report.
type ReportOff struct {
	Hex   string  `json:"hex"`
	Share float64 `json:"share"`
}

// ErrorReport is the line of an image that could not be read.
type ErrorReport struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

// NewReport builds the Report of a measurement checked against rule.
func NewReport(file string, r Result, rule palette.Rule) Report {
	s := r.Shares
	rep := Report{File: file, Width: r.Width, Height: r.Height,
		Shares: ReportShares{Primary: s.Primary, Secondary: s.Secondary, Accent: s.Accent, Neutral: s.Neutral,
			Off: s.Off, Photo: s.Photo},
		Brand: s.Branded(), PhotoArea: r.PhotoArea,
		Problems: []string{}, Colors: []ReportColor{}, Off: []ReportOff{}}
	if _, enough := s.BrandOfDesign(); enough {
		rep.BrandShares = &ReportBrandShares{Primary: s.Relative(palette.Primary),
			Secondary: s.Relative(palette.Secondary), Accent: s.Relative(palette.Accent)}
	}
	for _, p := range r.Problems(rule) {
		rep.Problems = append(rep.Problems, p.Text(psych.English))
	}
	rep.Pass = len(rep.Problems) == 0
	for _, c := range r.Colors {
		rep.Colors = append(rep.Colors, ReportColor{c.Role.String(), c.Index, c.Hex, c.Share})
	}
	for _, o := range r.Off {
		rep.Off = append(rep.Off, ReportOff(o))
	}
	return rep
}
