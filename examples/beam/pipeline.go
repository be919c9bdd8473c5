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
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/check"
	"github.com/hueprint/hueprint/palette/export"
	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/measure"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*checkFn)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*summaryFn)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*check.Summary)(nil)).Elem())
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
	rep, err := f.check(ctx, path)
	emit(string(check.JSONLine(check.Result{File: path, Report: rep, Err: err})))
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

// summaryFn combines the JSON lines into counts per verdict, mean role
// shares and the ten images farthest from the rule: a check.Summary per
// bundle, merged as shards are.
type summaryFn struct {
	Rule palette.Rule
}

func (s *summaryFn) CreateAccumulator() check.Summary { return check.Summary{} }

func (s *summaryFn) AddInput(a check.Summary, line string) check.Summary {
	r, err := check.ParseLine([]byte(line), s.Rule)
	if err != nil {
		r = check.Result{Err: err}
	}
	a.Add(r)
	return a
}

func (s *summaryFn) MergeAccumulators(a, b check.Summary) check.Summary {
	a.Merge(b)
	return a
}

func (s *summaryFn) ExtractOutput(a check.Summary) string {
	m := a.MeanShares()
	worst := a.Worst
	if worst == nil {
		worst = []check.Far{}
	}
	b, _ := json.Marshal(struct {
		Checked    int                  `json:"checked"`
		Passed     int                  `json:"passed"`
		Failed     int                  `json:"failed"`
		Unreadable int                  `json:"unreadable"`
		MeanShares measure.ReportShares `json:"mean_shares"`
		Worst      []check.Far          `json:"worst"`
	}{a.Checked, a.Passed, a.Failed, a.Unreadable, measure.ReportShares{Primary: m.Primary, Secondary: m.Secondary,
		Accent: m.Accent, Neutral: m.Neutral, Off: m.Off, Photo: m.Photo}, worst})
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
