package check

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/fileutil"
	"github.com/hueprint/hueprint/palette/measure"
	"github.com/hueprint/hueprint/palette/psych"
)

// Format is an output format of a Writer. The zero Format is Text.
type Format uint8

// The formats of hueprint check --format.
const (
	Text  Format = iota + 1 // a line per image, its problems below it, then the summary
	JSON                    // JSON lines: a measure.Report, measure.ErrorReport or {"file","skipped"} per image
	CSV                     // a header, then a row per image
	JUnit                   // JUnit XML, a test case per image, written by Finish
)

// String returns the format's name: "text", "json", "csv" or "junit".
func (f Format) String() string {
	switch f {
	case JSON:
		return "json"
	case CSV:
		return "csv"
	case JUnit:
		return "junit"
	}
	return "text"
}

// Writer writes results as they come, in one format, each flushed at once
// (but JUnit, written by Finish), so that every result computed is out even
// if a later file hangs. Texts, CSV headers and problems are in its
// language. It keeps the first write error.
type Writer struct {
	err    error
	w      *bufio.Writer
	format Format
	csv    *csv.Writer
	all    []Result // junit needs the counts before the cases
	lang   psych.Lang
}

// NewWriter returns a Writer of format to w, in lang; a CSV writer writes
// its header at once.
func NewWriter(w io.Writer, format Format, lang psych.Lang) *Writer {
	if format == 0 {
		format = Text
	}
	rw := &Writer{w: bufio.NewWriter(w), format: format, lang: lang}
	if format == CSV {
		rw.csv = csv.NewWriter(rw.w)
		rw.csv.Write(strings.Split(psych.T(lang, "check.csv"), ","))
	}
	return rw
}

// Err returns the first write error.
func (rw *Writer) Err() error { return rw.err }

// Write writes one result and flushes it.
func (rw *Writer) Write(r Result) error {
	rw.format1(r)
	if rw.csv != nil {
		rw.csv.Flush()
	}
	if err := rw.w.Flush(); err != nil && rw.err == nil {
		rw.err = err
	}
	return rw.err
}

// JSONLine returns the JSON line of r, without its newline.
func JSONLine(r Result) []byte {
	var b []byte
	if r.Skipped != "" {
		b, _ = json.Marshal(struct {
			File    string `json:"file"`
			Skipped string `json:"skipped"`
		}{r.File, r.Skipped})
	} else if r.Err != nil {
		b, _ = json.Marshal(measure.ErrorReport{File: r.File, Error: r.Err.Error()})
	} else {
		rep := r.Report
		rep.Mask = r.Mask
		b, _ = json.Marshal(rep)
	}
	return b
}

func (rw *Writer) format1(r Result) {
	switch rw.format {
	case JSON:
		rw.w.Write(append(JSONLine(r), '\n'))
	case CSV:
		if r.Skipped != "" {
			rw.csv.Write([]string{r.File, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", r.Skipped})
			return
		}
		if r.Err != nil {
			rw.csv.Write([]string{r.File, "", "", "", "", "", "", "", "", "", r.Err.Error(), "", "", "", "", "", ""})
			return
		}
		s := r.Measure.Shares
		f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
		var ofBrand [3]string
		if b := r.Report.BrandShares; b != nil {
			ofBrand = [3]string{f(b.Primary), f(b.Secondary), f(b.Accent)}
		}
		rw.csv.Write([]string{r.File, strconv.Itoa(r.Measure.Width), strconv.Itoa(r.Measure.Height),
			f(s.Primary), f(s.Secondary), f(s.Accent), f(s.Neutral), f(s.Off), strconv.FormatBool(r.Pass),
			strings.Join(r.Problems, "; "), "", f(s.Photo), f(s.Branded()), ofBrand[0], ofBrand[1], ofBrand[2], ""})
	case JUnit:
		rw.all = append(rw.all, r)
	default:
		if r.Skipped != "" {
			fmt.Fprintln(rw.w, psych.T(rw.lang, "check.skip", fileutil.SafeText(r.File), r.Skipped))
			return
		}
		if r.Err != nil {
			fmt.Fprintln(rw.w, psych.T(rw.lang, "check.error", fileutil.SafeText(r.File), fileutil.SafeText(r.Err.Error())))
			return
		}
		pass, fail := psych.T(rw.lang, "check.pass"), psych.T(rw.lang, "check.fail")
		w := max(len([]rune(pass)), len([]rune(fail))) + 1
		verdict := pass
		if !r.Pass {
			verdict = fail
		}
		verdict += strings.Repeat(" ", w-len([]rune(verdict)))
		fmt.Fprintln(rw.w, psych.T(rw.lang, "check.line", verdict, fileutil.SafeText(r.File), r.Measure.Width, r.Measure.Height, SharesLine(r.Measure.Shares, rw.lang)))
		for _, p := range r.Problems {
			fmt.Fprintf(rw.w, "       - %s\n", p)
		}
	}
}

type junitSuite struct {
	XMLName  xml.Name    `xml:"testsuite"`
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr,omitempty"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitMessage `xml:"failure,omitempty"`
	Error     *junitMessage `xml:"error,omitempty"`
	Skipped   *junitMessage `xml:"skipped,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitMessage struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// Finish writes what comes after the results: the summary line (text) or
// the whole document (JUnit), and flushes. It returns the first write
// error.
func (rw *Writer) Finish(sum Summary) error {
	switch rw.format {
	case CSV:
		rw.csv.Flush()
	case JUnit:
		suite := junitSuite{Name: "hueprint check", Tests: sum.Checked, Failures: sum.Failed, Errors: sum.Unreadable,
			Skipped: sum.Skipped, Time: strconv.FormatFloat(sum.Seconds, 'f', 3, 64)}
		for _, r := range rw.all {
			c := junitCase{Name: r.File, Classname: "hueprint.check", Time: strconv.FormatFloat(r.Seconds, 'f', 3, 64)}
			switch {
			case r.Skipped != "":
				c.Skipped = &junitMessage{Message: r.Skipped, Type: "unsupported"}
			case r.Err != nil:
				c.Error = &junitMessage{Message: r.Err.Error(), Type: "unreadable", Text: r.Err.Error()}
			case !r.Pass:
				c.Failure = &junitMessage{Message: r.Problems[0], Type: "rule", Text: strings.Join(r.Problems, "\n")}
			}
			if r.Err == nil && r.Skipped == "" {
				c.SystemOut = SharesLine(r.Measure.Shares, psych.English)
			}
			suite.Cases = append(suite.Cases, c)
		}
		rw.w.WriteString(xml.Header)
		enc := xml.NewEncoder(rw.w)
		enc.Indent("", "  ")
		enc.Encode(suite)
		rw.w.WriteString("\n")
	case Text:
		fmt.Fprintln(rw.w, sum.Text(rw.lang))
	}
	if err := rw.w.Flush(); err != nil && rw.err == nil {
		rw.err = err
	}
	return rw.err
}

func pct(f float64) string { return strconv.FormatFloat(f*100, 'f', 1, 64) + "%" }

// SharesLine is the line of numbers of one image in lang, the same in the
// text output, JUnit and the report: the brand roles as shares of the
// brand colours (or "too little brand colour"), then neutral, off-palette
// and photo as shares of the image.
func SharesLine(s palette.Shares, lang psych.Lang) string {
	p := pct
	if lang != psych.English {
		p = func(f float64) string { return psych.Percent(lang, f, 1) }
	}
	var b strings.Builder
	if _, enough := s.BrandOfDesign(); enough {
		b.WriteString(psych.T(lang, "check.brandline", p(s.Relative(palette.Primary)), p(s.Relative(palette.Secondary)), p(s.Relative(palette.Accent)), p(s.Branded())))
	} else {
		b.WriteString(psych.T(lang, "check.toolittle", p(s.Branded())))
	}
	b.WriteString(psych.T(lang, "check.imageline", p(s.Neutral), p(s.Off)))
	if s.Photo > 0 {
		b.WriteString(psych.T(lang, "check.photo", p(s.Photo)))
	}
	b.WriteString(psych.T(lang, "check.ofimage"))
	return b.String()
}

// unsupportedExts are image formats met in brand folders that hueprint
// cannot measure, with the reason given.
var unsupportedExts = map[string]string{
	".svg":  "SVG is vector art; export it to PNG to check it",
	".svgz": "SVG is vector art; export it to PNG to check it",
	".avif": "AVIF is not a format hueprint reads; export it to PNG or JPEG",
	".heic": "HEIC is not a format hueprint reads; export it to PNG or JPEG",
	".heif": "HEIF is not a format hueprint reads; export it to PNG or JPEG",
	".jxl":  "JPEG XL is not a format hueprint reads; export it to PNG or JPEG",
	".psd":  "PSD is a layered document; export it to PNG to check it",
	".ai":   "AI is a vector document; export it to PNG to check it",
	".eps":  "EPS is a vector document; export it to PNG to check it",
	".pdf":  "PDF is a document; export its pages to PNG to check them",
	".ico":  "ICO is not a format hueprint reads; export it to PNG",
}

// UnsupportedReason returns why a file with this name cannot be checked
// (SVG, AVIF, PSD …), or "" when its extension is not a known unsupported
// image format.
func UnsupportedReason(name string) string {
	return unsupportedExts[strings.ToLower(filepath.Ext(name))]
}

// ParseLine reads a JSON line of a JSON Writer (or of any program that
// writes the same lines, such as a Beam pipeline) back into a Result, so
// that lines from many machines can be summarised (Summary.Add) or
// reported: File, Report, Pass, Problems (in the line's English),
// Measure's size and shares, Distance from rule, Mask; or Err or Skipped.
// Colours and photo areas stay in Report.
func ParseLine(line []byte, rule palette.Rule) (Result, error) {
	var v struct {
		measure.Report
		Error   *string `json:"error"`
		Skipped *string `json:"skipped"`
	}
	if err := json.Unmarshal(line, &v); err != nil {
		return Result{}, fmt.Errorf("check: reading a JSON line: %w", err)
	}
	if v.File == "" {
		return Result{}, errors.New(`check: reading a JSON line: no "file"`)
	}
	r := Result{File: v.File}
	switch {
	case v.Skipped != nil:
		r.Skipped = *v.Skipped
		return r, nil
	case v.Error != nil:
		r.Err = errors.New(*v.Error)
		return r, nil
	}
	sh := v.Shares
	r.Report, r.Pass, r.Problems, r.Mask = v.Report, v.Pass, v.Problems, v.Mask
	r.Measure.Width, r.Measure.Height, r.Measure.PhotoArea = v.Width, v.Height, v.PhotoArea
	r.Measure.Shares = palette.Shares{Primary: sh.Primary, Secondary: sh.Secondary, Accent: sh.Accent,
		Neutral: sh.Neutral, Off: sh.Off, Photo: sh.Photo}
	r.Distance = Distance(r.Measure.Shares, rule)
	return r, nil
}
