// Command beam checks a brand's image library against a palette on Apache
// Beam: the same measurement and the same JSON lines as "hueprint check
// --format json", on the runners a team already has (the direct runner here
// and in tests; Dataflow, Flink or Spark unchanged; see README.md).
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"reflect"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/measure"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*checkFn)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*summaryFn)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*summaryAcc)(nil)).Elem())
}

// checkFn measures one image per element. The palette travels inside the
// function, as its file's bytes: workers need no access to the file.
type checkFn struct {
	Palette   []byte // the palette file, any format hueprint reads
	Name      string // its file name, which says the format
	MaxPixels int64

	p    *palette.Palette
	rule palette.Rule
	m    *measure.Measurer
}

func (f *checkFn) Setup() error {
	p, err := export.Read(strings.NewReader(string(f.Palette)), f.Name)
	if err != nil {
		return err
	}
	m, err := measure.New(p, measure.Options{})
	if err != nil {
		return err
	}
	f.p, f.rule, f.m = p, p.RuleOrDefault(), m
	return nil
}

// ProcessElement reads the image through Beam's filesystems (local paths,
// gs://, s3:// … as registered) and emits its JSON line.
func (f *checkFn) ProcessElement(ctx context.Context, path string, emit func(string)) {
	path = strings.TrimSpace(path)
	if path == "" {
		return
	}
	var b []byte
	rep, err := f.check(ctx, path)
	if err != nil {
		b, _ = json.Marshal(measure.ErrorReport{File: path, Error: err.Error()})
	} else {
		b, _ = json.Marshal(rep)
	}
	emit(string(b))
}

func (f *checkFn) check(ctx context.Context, path string) (measure.Report, error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return measure.Report{}, err
	}
	defer fs.Close()
	rc, err := fs.OpenRead(ctx, path)
	if err != nil {
		return measure.Report{}, err
	}
	defer rc.Close()
	img, _, err := imagefile.Decode(bufio.NewReaderSize(rc, 64<<10), imagefile.Options{MaxPixels: f.MaxPixels})
	if err != nil {
		return measure.Report{}, err
	}
	return measure.NewReport(path, f.m.Measure(img), f.rule), nil
}

// summaryAcc accumulates the batch summary.
type summaryAcc struct {
	Checked, Passed, Failed, Unreadable int
	Sums                                measure.ReportShares
	Worst                               []worst
}

type worst struct {
	File     string  `json:"file"`
	Distance float64 `json:"distance"` // largest gap to a target or the off-palette limit, in points
}

// summaryFn combines the JSON lines into counts per verdict, mean role
// shares and the ten images farthest from the rule.
type summaryFn struct {
	Rule palette.Rule
}

func (s *summaryFn) CreateAccumulator() summaryAcc { return summaryAcc{} }

func (s *summaryFn) AddInput(a summaryAcc, line string) summaryAcc {
	a.Checked++
	var rep struct {
		measure.Report
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(line), &rep); err != nil || rep.Error != "" {
		a.Unreadable++
		return a
	}
	if rep.Pass {
		a.Passed++
	} else {
		a.Failed++
	}
	sh := rep.Shares
	a.Sums.Primary += sh.Primary
	a.Sums.Secondary += sh.Secondary
	a.Sums.Accent += sh.Accent
	a.Sums.Neutral += sh.Neutral
	a.Sums.Off += sh.Off
	ps := palette.Shares{Primary: sh.Primary, Secondary: sh.Secondary, Accent: sh.Accent, Neutral: sh.Neutral, Off: sh.Off}
	d := 100 * math.Max(0, sh.Off-s.Rule.MaxOff)
	for _, r := range []palette.Role{palette.Primary, palette.Secondary, palette.Accent} {
		d = math.Max(d, 100*math.Abs(ps.Relative(r)-s.Rule.Target(r)))
	}
	a.Worst = keepWorst(append(a.Worst, worst{File: rep.File, Distance: d}))
	return a
}

func keepWorst(w []worst) []worst {
	sort.Slice(w, func(i, j int) bool {
		if w[i].Distance != w[j].Distance {
			return w[i].Distance > w[j].Distance
		}
		return w[i].File < w[j].File
	})
	if len(w) > 10 {
		w = w[:10]
	}
	return w
}

func (s *summaryFn) MergeAccumulators(a, b summaryAcc) summaryAcc {
	a.Checked += b.Checked
	a.Passed += b.Passed
	a.Failed += b.Failed
	a.Unreadable += b.Unreadable
	a.Sums.Primary += b.Sums.Primary
	a.Sums.Secondary += b.Sums.Secondary
	a.Sums.Accent += b.Sums.Accent
	a.Sums.Neutral += b.Sums.Neutral
	a.Sums.Off += b.Sums.Off
	a.Worst = keepWorst(append(a.Worst, b.Worst...))
	return a
}

func (s *summaryFn) ExtractOutput(a summaryAcc) string {
	measured := float64(a.Passed + a.Failed)
	mean := measure.ReportShares{}
	if measured > 0 {
		mean = measure.ReportShares{Primary: a.Sums.Primary / measured, Secondary: a.Sums.Secondary / measured,
			Accent: a.Sums.Accent / measured, Neutral: a.Sums.Neutral / measured, Off: a.Sums.Off / measured}
	}
	if a.Worst == nil {
		a.Worst = []worst{}
	}
	b, _ := json.Marshal(struct {
		Checked    int                  `json:"checked"`
		Passed     int                  `json:"passed"`
		Failed     int                  `json:"failed"`
		Unreadable int                  `json:"unreadable"`
		MeanShares measure.ReportShares `json:"mean_shares"`
		Worst      []worst              `json:"worst"`
	}{a.Checked, a.Passed, a.Failed, a.Unreadable, mean, a.Worst})
	return string(b)
}

// buildPipeline reads image paths from the input files (a glob is fine),
// checks each image and writes the JSON lines to output+".jsonl" and the
// summary to output+"-summary.json".
func buildPipeline(s beam.Scope, input string, pal []byte, palName, output string, maxPixels int64) error {
	p, err := export.Read(strings.NewReader(string(pal)), palName)
	if err != nil {
		return fmt.Errorf("palette %s: %w", palName, err)
	}
	paths := textio.Read(s, input)
	lines := beam.ParDo(s, &checkFn{Palette: pal, Name: palName, MaxPixels: maxPixels}, paths)
	textio.Write(s, output+".jsonl", lines)
	summary := beam.Combine(s, &summaryFn{Rule: p.RuleOrDefault()}, lines)
	textio.Write(s, output+"-summary.json", summary)
	return nil
}

// readAll reads a file through Beam's filesystems.
func readAll(ctx context.Context, path string) ([]byte, error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	rc, err := fs.OpenRead(ctx, path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(io.LimitReader(rc, palette.MaxFileSize))
}
