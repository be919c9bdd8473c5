package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hueprint/hueprint/palette/check"
	"github.com/hueprint/hueprint/palette/check/report"
	"github.com/hueprint/hueprint/palette/fileutil"
	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/measure"
)

const checkUsage = `Usage: hueprint check --palette FILE [flags] PATH...

Measure brand images against a palette: the share of the pixels that each
role covers (primary, secondary, accent, neutral), how much is off-palette
and how much is photographic, and whether the image follows the palette's
rule (60/30/10 ±5 points with at most 10 % off-palette unless the palette
file says otherwise).

Two bases, always named: primary, secondary and accent are shares of the
brand colours (primary + secondary + accent), the basis on which the rule
judges the 60-30-10 split; neutral, off and photo are shares of the image.
When the brand colours cover less than 5 % of the image (outside its
photographs) the check says there is too little brand colour for a
verdict instead of quoting the split of a few pixels.

PATHs are image files, folders (searched recursively for .png .jpg .jpeg
.gif .webp .bmp .tif .tiff) or - to read paths from stdin, one per line.
Results come in input order whatever --jobs. An unreadable file (corrupt,
truncated, not an image, over --max-pixels) gets its own error and the run
goes on. Only regular files are read: a FIFO or a device is an error result;
links to files are followed. --max-memory bounds the images decoded at once
(an image needing more than all of it is an error result), --timeout the
time to decode one. The --mask and --report folders are never read as input.
Image files check cannot measure (SVG, AVIF, HEIC, PSD, PDF…) are listed as
skipped with the reason, and fail the run unless --skip-unsupported. No
image found at all is an error (exit 2).

A pixel belongs to the nearest palette colour within --color-tolerance
(OKLab distance); a pixel between two palette colours is their blend, split
between them, only where both are around it (an anti-aliased edge, a
gradient), else it is off-palette: a flat block of an in-between colour is
off-palette. Photographic areas (many colours, texture) are their own
share, left out of the rule unless --photos include. Shares measure area,
not visual weight.

--tolerance and --max-off are in points (percent): 5, 5% or 5pt. A bare
number under 1 (0.05) is refused: write 5 or 5%.

--shard I/N checks only the files whose path hashes to I modulo N, so that
N machines or containers split a library between them; their JSON lines
concatenate into the whole result, with no file twice and none missing:
  Kubernetes Indexed Job:  hueprint check --shard "$JOB_COMPLETION_INDEX/8" …
  GNU parallel, 4 hosts:   parallel -S h1,h2,h3,h4 --jobs 1 hueprint check \
                             --shard {} --palette brand.json --format json \
                             /mnt/assets ::: 0/4 1/4 2/4 3/4 > all.jsonl

Exit code: 0 every image passes, 1 some failed the rule (or were skipped
as unsupported, unless --skip-unsupported), 2 some could not be read (the
others are still reported) or no image was found.

Formats:
  text   one line per image, its problems below it, then a summary
  json   one object per line: {"file","width","height","shares":{"primary",
         "secondary","accent","neutral","off","photo"} (of the image),
         "brand" (of the image),"brand_shares":{"primary","secondary",
         "accent"} (of the brand colours; null with too little brand colour),
         "photo_area","pass","problems":[…],"colors":[…],"off_colors":[…],
         "scale" (2, 4 or 8: measured scaled down, --resolution; else absent)};
         {"file","error"} for unreadable files, {"file","skipped"} for
         unsupported ones
  csv    a header and one row per image, the same numbers as the JSON
  junit  JUnit XML, one test case per image, for CI dashboards

Examples:
  $ hueprint check --palette brand.json ./banners
  $ find assets -name '*.png' | hueprint check --palette brand.json --format json -
  $ hueprint check --palette brand.json --mask masks/ --format junit ./ads > report.xml
`

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fset := newFlagSet("check", checkUsage, stdout)
	format := formatVar(fset, "output `format`: text, json, csv or junit", formatText, formatJSON, formatCSV, formatJUnit)
	in := addPaletteFlags(fset, "the palette `FILE` to check against (required)")
	jobs := fset.Int("jobs", runtime.NumCPU(), "images checked in parallel")
	tolerance := &pointsFlag{max: 100}
	fset.Var(tolerance, "tolerance", "allowed distance from each role's target, in `points` (5 or 5%); default from the palette file")
	maxOff := &pointsFlag{max: 100}
	fset.Var(maxOff, "max-off", "largest off-palette share allowed, in `percent` (10 or 10%); default from the palette file")
	photos := measure.PhotosExclude
	fset.TextVar(&photos, "photos", measure.PhotosExclude, "photographic areas: `exclude` them from the rule (their own share) or include them")
	skipUnsupported := fset.Bool("skip-unsupported", false, "do not fail the run for image files check cannot read (SVG, AVIF…); they are still listed")
	colorTol := fset.Float64("color-tolerance", measure.DefaultTolerance, "OKLab distance within which a pixel counts as a palette colour")
	maxPixels := fset.Int64("max-pixels", imagefile.DefaultMaxPixels, "refuse images with more pixels than this")
	maskDir := fset.String("mask", "", "write a PNG per image to `DIR` greying on-palette pixels and showing off-palette ones")
	reportDir := fset.String("report", "", "write an HTML report to `DIR` (index.html, thumbnails; masks with --mask)")
	langp := langFlag(fset, "the results and the report")
	tightMemory := fset.Bool("tight-memory", false, "keep Go's heap near the memory admitted for the images being checked (--max-memory's accounting) instead of letting it grow to twice what is live: lower peak memory, for a few % more CPU")
	fullDecode := fset.Bool("full-decode", false, "decode every image in full with the standard decoders before measuring it (slower; for comparison with the default, which decodes JPEG and PNG with decoders of its own to the same pixels)")
	var resolution measure.Resolution
	fset.TextVar(&resolution, "resolution", measure.ResolutionFull, "decode JPEG images at `full` size or at 1/2, 1/4 or 1/8 of it in the DCT domain before measuring: faster, but an estimate (shares can move by tens of points on photographs); a scaled result's JSON line has \"scale\"")
	shardFlag := fset.String("shard", "", "check only shard `I/N` of the inputs (0 ≤ I < N), chosen by a stable hash of each path")
	lim := addLimitFlags(fset)
	if code, done := parseFlags(fset, args, stderr); done {
		return code
	}
	lang := *langp
	if err := lim.check(fset, *jobs); err != nil {
		return usageError(stderr, "check", err.Error())
	}
	if in.file == "" {
		return usageError(stderr, "check", "--palette FILE is required")
	}
	if fset.NArg() == 0 {
		return usageError(stderr, "check", "no image given: want files, folders or - for a list on stdin")
	}
	if *jobs < 1 {
		return usageError(stderr, "check", fmt.Sprintf("--jobs %d: want at least 1", *jobs))
	}
	if *maxPixels < 1 {
		return usageError(stderr, "check", fmt.Sprintf("--max-pixels %d: want at least 1", *maxPixels))
	}
	p, err := in.read(stdin)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	rule := p.RuleOrDefault()
	if tolerance.set {
		rule.Tolerance = tolerance.value
	}
	if maxOff.set {
		rule.MaxOff = maxOff.value
	}
	if err := rule.Validate(); err != nil {
		return usageError(stderr, "check", err.Error())
	}
	m, err := measure.New(p, measure.Options{Tolerance: *colorTol, Photos: photos})
	if err != nil {
		return usageError(stderr, "check", err.Error())
	}
	if in.file == "-" && slices.Contains(fset.Args(), "-") {
		return usageError(stderr, "check", "stdin cannot hold both the palette and the list of images")
	}
	opt := check.Options{Measurer: m, Rule: rule, Lang: lang, MaxPixels: *maxPixels, Jobs: *jobs, Budget: lim.budget,
		Timeout: lim.timeout, FullDecode: *fullDecode, Resolution: resolution, BudgetName: "--max-memory", TimeoutName: "--timeout", MaskDir: *maskDir,
		Outputs: &check.Outputs{}, List: stdin}
	var rw *report.Writer
	if *reportDir != "" {
		if rw, err = report.New(*reportDir, lang, p, rule); err != nil {
			return fail(stderr, "--report: %v", err)
		}
		defer rw.Abandon()
		if err := rw.Protect(&opt, "--report"); err != nil {
			return fail(stderr, "--report: %v", err)
		}
		opt.Thumb = rw.Thumb
	}
	if opt.MaskDir != "" {
		if err := os.MkdirAll(opt.MaskDir, 0o755); err != nil {
			return fail(stderr, "--mask: %v", err)
		}
		if err := opt.Outputs.Add("--mask", opt.MaskDir); err != nil {
			return fail(stderr, "--mask: %v", err)
		}
	}
	restore := setMemoryLimit(lim.budget.Total())
	defer restore()
	opt.SetMemoryLimit = *tightMemory
	opt.CollectGarbage = true // a command: the heap is the images'
	if *shardFlag != "" {
		if opt.Shard, err = check.ParseShard(*shardFlag); err != nil {
			return usageError(stderr, "check", fmt.Sprintf("--shard %q: want I/N with 0 ≤ I < N, e.g. 0/4 (Kubernetes: $JOB_COMPLETION_INDEX/N)", *shardFlag))
		}
	}
	return checkAll(fset.Args(), stdout, stderr, opt, rw, *skipUnsupported, *format)
}

// checkFormats maps --format to the engine's formats.
var checkFormats = map[outputFormat]check.Format{formatText: check.Text, formatJSON: check.JSON, formatCSV: check.CSV, formatJUnit: check.JUnit}

// checkAll runs the engine with the progress bar, writes the results and
// the report, and decides the exit code.
func checkAll(args []string, stdout, stderr io.Writer, opt check.Options, rw *report.Writer, skipUnsupported bool, format outputFormat) int {
	prog := newProgress(stderr)
	opt.Found = prog.found
	e, err := check.New(opt)
	if err != nil {
		return usageError(stderr, "check", err.Error())
	}
	w := check.NewWriter(stdout, checkFormats[format], opt.Lang)
	writeErrs := 0
	sum, _ := e.Run(context.Background(), args, func(r check.Result) {
		prog.done()
		w.Write(r)
		if r.WriteErr != nil {
			writeErrs++
			fmt.Fprintf(stderr, "hueprint: %s: %v\n", fileutil.SafeText(r.File), r.WriteErr)
		}
		if rw != nil {
			rw.Add(r)
		}
	})
	prog.finish()
	if err := w.Finish(sum); err != nil {
		return failOutput(stdout, stderr, fmt.Errorf("writing the results: %w", err))
	}
	if rw != nil {
		if err := rw.Finish(sum); err != nil {
			return fail(stderr, "--report: %v", err)
		}
	}
	if format != formatText {
		fmt.Fprintf(stderr, "hueprint: %s\n", sum.Text(opt.Lang))
	}
	if rw != nil {
		fmt.Fprintf(stderr, "hueprint: report written to %s\n", rw.Page())
	}
	if sum.Checked == 0 {
		fmt.Fprintf(stderr, "hueprint: check: no image found in %s\n", strings.Join(quoteAll(args), ", "))
		fmt.Fprintf(stderr, "hueprint: hint: check reads %s files; folders are searched recursively\n", strings.Join(imagefile.Extensions(), " "))
		return exitUsage
	}
	if sum.Skipped > 0 && sum.Skipped == sum.Checked {
		fmt.Fprintf(stderr, "hueprint: check: no image check can read: %d skipped\n", sum.Skipped)
		if skipUnsupported {
			return exitUsage
		}
	}
	switch {
	case sum.Unreadable > 0:
		return exitUsage
	case writeErrs > 0:
		fmt.Fprintf(stderr, "hueprint: %d masks or thumbnails could not be written\n", writeErrs)
		return exitUsage
	case sum.Failed > 0, sum.Skipped > 0 && !skipUnsupported:
		return exitFail
	}
	return exitOK
}

func quoteAll(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = strconv.Quote(a)
	}
	return out
}

// progress shows a one-line counter on stderr when it is a terminal.
type progress struct {
	mu           sync.Mutex
	w            io.Writer
	on           bool
	total, count int
	last         time.Time
}

func newProgress(stderr io.Writer) *progress {
	return &progress{w: stderr, on: showProgress(stderr)}
}

func (p *progress) found() {
	if !p.on {
		return
	}
	p.mu.Lock()
	p.total++
	p.mu.Unlock()
}

func (p *progress) done() {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.count++
	if time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	const width = 30
	fill := 0
	if p.total > 0 {
		fill = width * p.count / p.total
	}
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d", strings.Repeat("#", fill), strings.Repeat(" ", width-fill), p.count, p.total)
}

func (p *progress) finish() {
	if p.on {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
