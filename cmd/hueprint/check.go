package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"hash/fnv"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/measure"
	"github.com/hueprint/hueprint/palette/psych"
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
  GNU parallel on hosts:   parallel -S h1,h2 --nonall … (see the README)

Exit code: 0 every image passes, 1 some failed the rule (or were skipped
as unsupported, unless --skip-unsupported), 2 some could not be read (the
others are still reported) or no image was found.

Formats:
  text   one line per image, its problems below it, then a summary
  json   one object per line: {"file","width","height","shares":{"primary",
         "secondary","accent","neutral","off","photo"} (of the image),
         "brand" (of the image),"brand_shares":{"primary","secondary",
         "accent"} (of the brand colours; null with too little brand colour),
         "photo_area","pass","problems":[…],"colors":[…],"off_colors":[…]};
         {"file","error"} for unreadable files, {"file","skipped"} for
         unsupported ones
  csv    a header and one row per image, the same numbers as the JSON
  junit  JUnit XML, one test case per image, for CI dashboards

Examples:
  $ hueprint check --palette brand.json ./banners
  $ find assets -name '*.png' | hueprint check --palette brand.json --format json -
  $ hueprint check --palette brand.json --mask masks/ --format junit ./ads > report.xml
`

type checkOptions struct {
	lang          psych.Lang // language of the text, CSV headers and report
	rule          palette.Rule
	measurer      *measure.Measurer
	maxPixels     int64
	maskDir       string
	shard, shards uint64 // check only paths whose hash is shard modulo shards; shards 0: all
	report        *reportWriter
	lim           checkLimits
	// skipUnsupported: image files check cannot read do not fail the run.
	skipUnsupported bool
	fullDecode      bool // decode whole images before measuring, even when masks and reports need no pixels
}

// parseShard reads "I/N" with 0 ≤ I < N.
func parseShard(s string) (i, n uint64, err error) {
	a, b, ok := strings.Cut(s, "/")
	if ok {
		i, err = strconv.ParseUint(strings.TrimSpace(a), 10, 32)
		if err == nil {
			n, err = strconv.ParseUint(strings.TrimSpace(b), 10, 32)
		}
	}
	if !ok || err != nil || n == 0 || i >= n {
		return 0, 0, fmt.Errorf("--shard %q: want I/N with 0 ≤ I < N, e.g. 0/4 (Kubernetes: $JOB_COMPLETION_INDEX/N)", s)
	}
	return i, n, nil
}

// inShard reports whether path belongs to shard i of n: FNV-1a of the
// cleaned path, so the same file lands in the same shard whatever the order
// or the machine that lists it.
func inShard(path string, i, n uint64) bool {
	if n == 0 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(filepath.ToSlash(filepath.Clean(path))))
	return h.Sum64()%n == i
}

type checkResult struct {
	thumb    string // report thumbnail, relative to the report folder
	thumbW   int
	thumbH   int
	file     string
	res      measure.Result
	pass     bool
	rep      measure.Report // the JSON line, verdict and problems included
	problems []string
	err      error
	skipped  string // why the file was not read (unsupported format); "" when it was
	mask     string
	writeErr error // the image was measured, but its mask could not be written
	seconds  float64
}

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fset := newFlagSet("check", checkUsage, stdout)
	format := newFormatFlag(formatText, formatJSON, formatCSV, formatJUnit)
	fset.Var(format, "format", "output `format`: text, json, csv or junit")
	paletteFile := fset.String("palette", "", "the palette `FILE` to check against (required)")
	paletteVariant := fset.Int("variant", 1, "which palette of a file of several (one per line, from palette --variants) to read, from 1")
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
	fullDecode := fset.Bool("full-decode", false, "decode every image in full with the standard decoders before measuring it (slower; for comparison with the default, which decodes JPEG and PNG with decoders of its own to the same pixels)")
	shardFlag := fset.String("shard", "", "check only shard `I/N` of the inputs (0 ≤ I < N), chosen by a stable hash of each path")
	lim := addLimitFlags(fset)
	if code, done := parseFlags(fset, args, stderr); done {
		return code
	}
	lang := *langp
	if err := lim.check(fset, *jobs); err != nil {
		return usageError(stderr, "check", err.Error())
	}
	if *paletteFile == "" {
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
	p, err := readPaletteVariant(*paletteFile, *paletteVariant, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "hueprint: %v\n", err)
		return exitUsage
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
	for _, a := range fset.Args() {
		if a == "-" && *paletteFile == "-" {
			return usageError(stderr, "check", "stdin cannot hold both the palette and the list of images")
		}
	}
	opt := checkOptions{lang: lang, rule: rule, measurer: m, maxPixels: *maxPixels, maskDir: *maskDir, lim: *lim, skipUnsupported: *skipUnsupported, fullDecode: *fullDecode}
	if *reportDir != "" {
		rw, err := newReportWriter(*reportDir, lang.String(), p, rule)
		if err != nil {
			fmt.Fprintf(stderr, "hueprint: --report: %v\n", err)
			return exitUsage
		}
		defer rw.abandon()
		if err := rw.protect(&opt); err != nil {
			fmt.Fprintf(stderr, "hueprint: --report: %v\n", err)
			return exitUsage
		}
		opt.report = rw
	}
	if opt.maskDir != "" {
		if err := os.MkdirAll(opt.maskDir, 0o755); err != nil {
			fmt.Fprintf(stderr, "hueprint: --mask: %v\n", err)
			return exitUsage
		}
		if err := opt.lim.outs.add("--mask", opt.maskDir); err != nil {
			fmt.Fprintf(stderr, "hueprint: --mask: %v\n", err)
			return exitUsage
		}
	}
	restore := setMemoryLimit(opt.lim.budget.Total())
	defer restore()
	if *shardFlag != "" {
		var err error
		if opt.shard, opt.shards, err = parseShard(*shardFlag); err != nil {
			return usageError(stderr, "check", err.Error())
		}
	}
	return checkAll(fset.Args(), stdin, stdout, stderr, opt, *jobs, format.value)
}

// maskShown is the mask folder as the user named it: masks inside the
// report folder are written to its temporary folder until the report is
// complete.
func (o checkOptions) maskShown() string {
	if o.lim.maskShown != "" {
		return o.lim.maskShown
	}
	return o.maskDir
}

type job struct {
	index int
	path  string
	err   error  // an input that could not even be listed
	skip  string // why check cannot read this image file; "" to check it
}

func checkOne(j job, opt checkOptions) checkResult {
	start := time.Now()
	r := checkResult{file: j.path, skipped: j.skip}
	defer func() { r.seconds = time.Since(start).Seconds() }()
	if j.skip != "" {
		return r
	}
	if j.err != nil {
		r.err = j.err
		return r
	}
	img, release, err := opt.lim.decode(j.path, opt.maxPixels, opt.maskDir != "", !opt.fullDecode)
	if err != nil {
		r.err = err
		return r
	}
	defer release()
	r.res = opt.measurer.Measure(img)
	r.rep = measure.NewReport(j.path, r.res, opt.rule)
	r.pass = r.rep.Pass
	for _, p := range r.res.Problems(opt.rule) {
		r.problems = append(r.problems, p.Text(opt.lang))
	}
	if opt.report != nil {
		name := fmt.Sprintf("thumbs/%06d.jpg", j.index)
		if r.thumbW, r.thumbH, err = writeThumb(img, filepath.Join(opt.report.dir, filepath.FromSlash(name))); err != nil {
			r.writeErr = fmt.Errorf("writing the report thumbnail: %w", err)
		} else {
			r.thumb = name
		}
	}
	if opt.maskDir != "" {
		name := maskName(j.path)
		path := filepath.Join(opt.maskDir, name)
		err := writeFileAtomic(path, func(f *os.File) error {
			return (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(f, opt.measurer.Mask(img))
		})
		if err != nil {
			r.writeErr = fmt.Errorf("writing mask %s: %w", safeText(path), err)
			return r
		}
		r.mask = filepath.Join(opt.maskShown(), name)
	}
	return r
}

// maskName turns an input path into a flat file name that no other path
// gives: "%", "/", "\\", ":" and control bytes are percent-encoded, and so
// is a leading ".", so that a/b/c.jpg → a%2Fb%2Fc.jpg.mask.png while
// a__b/c.jpg, ../c.jpg and /c.jpg each keep a name of their own. A name over
// 200 bytes is cut and ends in a 64-bit FNV-1a hash of the whole.
func maskName(path string) string {
	p := filepath.ToSlash(filepath.Clean(path))
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '%' || c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f || c == '.' && i == 0 {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	name := b.String()
	if len(name) > 200 {
		h := fnv.New64a()
		h.Write([]byte(name))
		cut := 180
		for cut > 0 && !utf8.RuneStart(name[cut]) {
			cut--
		}
		name = fmt.Sprintf("%s~%016x", name[:cut], h.Sum64())
	}
	return name + ".mask.png"
}

func checkAll(args []string, stdin io.Reader, stdout, stderr io.Writer, opt checkOptions, workers int, format outputFormat) int {
	start := time.Now()
	prog := newProgress(stderr)
	// tokens bound the images in flight, so that a slow image early in the
	// list holds back at most this many results in memory.
	tokens := make(chan struct{}, workers*8)
	jobs := make(chan job)
	results := make(chan struct {
		i int
		r checkResult
	}, workers)
	go listInputs(args, stdin, jobs, tokens, prog, opt.shard, opt.shards, &opt.lim.outs)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				results <- struct {
					i int
					r checkResult
				}{j.index, checkOne(j, opt)}
			}
		})
	}
	go func() { wg.Wait(); close(results) }()

	w := newResultWriter(stdout, format, opt.lang)
	var sum summary
	pending := map[int]checkResult{}
	next := 0
	writeErrs := 0
	for res := range results {
		pending[res.i] = res.r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-tokens
			sum.add(r)
			prog.done()
			w.write(r)
			if r.writeErr != nil {
				writeErrs++
				fmt.Fprintf(stderr, "hueprint: %s: %v\n", safeText(r.file), r.writeErr)
			}
			if opt.report != nil {
				opt.report.add(next-1, r)
			}
		}
	}
	prog.finish()
	sum.seconds = time.Since(start).Seconds()
	w.finish(sum)
	if w.err != nil {
		fmt.Fprintf(stderr, "hueprint: writing the results: %v\n", w.err)
		return exitUsage
	}
	if opt.report != nil {
		if err := opt.report.finish(sum); err != nil {
			fmt.Fprintf(stderr, "hueprint: --report: %v\n", err)
			return exitUsage
		}
	}
	if format != formatText {
		fmt.Fprintf(stderr, "hueprint: %s\n", sum.text(opt.lang))
	}
	if opt.report != nil {
		fmt.Fprintf(stderr, "hueprint: report written to %s\n", opt.report.page())
	}
	if sum.checked == 0 {
		fmt.Fprintf(stderr, "hueprint: check: no image found in %s\n", strings.Join(quoteAll(args), ", "))
		fmt.Fprintf(stderr, "hueprint: hint: check reads %s files; folders are searched recursively\n", strings.Join(imagefile.Extensions, " "))
		return exitUsage
	}
	if sum.skipped > 0 && sum.skipped == sum.checked {
		fmt.Fprintf(stderr, "hueprint: check: no image check can read: %d skipped\n", sum.skipped)
		if opt.skipUnsupported {
			return exitUsage
		}
	}
	switch {
	case sum.unreadable > 0:
		return exitUsage
	case writeErrs > 0:
		fmt.Fprintf(stderr, "hueprint: %d masks or thumbnails could not be written\n", writeErrs)
		return exitUsage
	case sum.failed > 0, sum.skipped > 0 && !opt.skipUnsupported:
		return exitFail
	}
	return exitOK
}

type summary struct {
	checked, passed, failed, unreadable, skipped int
	seconds                                      float64
}

func (s *summary) add(r checkResult) {
	s.checked++
	switch {
	case r.skipped != "":
		s.skipped++
	case r.err != nil:
		s.unreadable++
	case r.pass:
		s.passed++
	default:
		s.failed++
	}
}

func (s summary) String() string { return s.text(psych.English) }

// text is the summary in lang.
func (s summary) text(lang psych.Lang) string {
	skipped := ""
	if s.skipped > 0 {
		skipped = psych.T(lang, "check.skipped", s.skipped)
	}
	return psych.T(lang, "check.summary", s.checked, psych.Plural(lang, "n.checked", s.checked), s.passed, psych.Plural(lang, "n.passed", s.passed),
		s.failed, psych.Plural(lang, "n.failed", s.failed), s.unreadable, psych.Plural(lang, "n.unreadable", s.unreadable), skipped,
		psych.Num(lang, s.seconds, 2), rateText(s.checked-s.skipped, s.seconds, lang))
}

func quoteAll(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = strconv.Quote(a)
	}
	return out
}

// resultWriter writes results as they come, in one format.
type resultWriter struct {
	err    error // the first write error
	w      *bufio.Writer
	format outputFormat
	csv    *csv.Writer
	all    []checkResult // junit needs the counts before the cases
	lang   psych.Lang
}

func newResultWriter(w io.Writer, format outputFormat, lang psych.Lang) *resultWriter {
	rw := &resultWriter{w: bufio.NewWriter(w), format: format, lang: lang}
	if format == formatCSV {
		rw.csv = csv.NewWriter(rw.w)
		rw.csv.Write(strings.Split(psych.T(lang, "check.csv"), ","))
	}
	return rw
}

type sharesJSON = measure.ReportShares

func pct(f float64) string { return strconv.FormatFloat(f*100, 'f', 1, 64) + "%" }

// write writes one result and flushes it (but for JUnit, written at the
// end), so that every result computed is out, even if a later file hangs.
func (rw *resultWriter) write(r checkResult) {
	rw.format1(r)
	if rw.csv != nil {
		rw.csv.Flush()
	}
	if err := rw.w.Flush(); err != nil && rw.err == nil {
		rw.err = err
	}
}

func (rw *resultWriter) format1(r checkResult) {
	switch rw.format {
	case formatJSON:
		var b []byte
		if r.skipped != "" {
			b, _ = json.Marshal(struct {
				File    string `json:"file"`
				Skipped string `json:"skipped"`
			}{r.file, r.skipped})
		} else if r.err != nil {
			b, _ = json.Marshal(measure.ErrorReport{File: r.file, Error: r.err.Error()})
		} else {
			rep := r.rep
			rep.Mask = r.mask
			b, _ = json.Marshal(rep)
		}
		rw.w.Write(append(b, '\n'))
	case formatCSV:
		if r.skipped != "" {
			rw.csv.Write([]string{r.file, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", r.skipped})
			return
		}
		if r.err != nil {
			rw.csv.Write([]string{r.file, "", "", "", "", "", "", "", "", "", r.err.Error(), "", "", "", "", "", ""})
			return
		}
		s := r.res.Shares
		f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
		var ofBrand [3]string
		if b := r.rep.BrandShares; b != nil {
			ofBrand = [3]string{f(b.Primary), f(b.Secondary), f(b.Accent)}
		}
		rw.csv.Write([]string{r.file, strconv.Itoa(r.res.Width), strconv.Itoa(r.res.Height),
			f(s.Primary), f(s.Secondary), f(s.Accent), f(s.Neutral), f(s.Off), strconv.FormatBool(r.pass),
			strings.Join(r.problems, "; "), "", f(s.Photo), f(s.Branded()), ofBrand[0], ofBrand[1], ofBrand[2], ""})
	case formatJUnit:
		rw.all = append(rw.all, r)
	default:
		if r.skipped != "" {
			fmt.Fprintln(rw.w, psych.T(rw.lang, "check.skip", safeText(r.file), r.skipped))
			return
		}
		if r.err != nil {
			fmt.Fprintln(rw.w, psych.T(rw.lang, "check.error", safeText(r.file), safeText(r.err.Error())))
			return
		}
		pass, fail := psych.T(rw.lang, "check.pass"), psych.T(rw.lang, "check.fail")
		w := max(len([]rune(pass)), len([]rune(fail))) + 1
		verdict := pass
		if !r.pass {
			verdict = fail
		}
		verdict += strings.Repeat(" ", w-len([]rune(verdict)))
		fmt.Fprintln(rw.w, psych.T(rw.lang, "check.line", verdict, safeText(r.file), r.res.Width, r.res.Height, sharesLine(r.res.Shares, rw.lang)))
		for _, p := range r.problems {
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

func (rw *resultWriter) finish(sum summary) {
	defer func() {
		if err := rw.w.Flush(); err != nil && rw.err == nil {
			rw.err = err
		}
	}()
	switch rw.format {
	case formatCSV:
		rw.csv.Flush()
	case formatJUnit:
		suite := junitSuite{Name: "hueprint check", Tests: sum.checked, Failures: sum.failed, Errors: sum.unreadable,
			Skipped: sum.skipped, Time: strconv.FormatFloat(sum.seconds, 'f', 3, 64)}
		for _, r := range rw.all {
			c := junitCase{Name: r.file, Classname: "hueprint.check", Time: strconv.FormatFloat(r.seconds, 'f', 3, 64)}
			switch {
			case r.skipped != "":
				c.Skipped = &junitMessage{Message: r.skipped, Type: "unsupported"}
			case r.err != nil:
				c.Error = &junitMessage{Message: r.err.Error(), Type: "unreadable", Text: r.err.Error()}
			case !r.pass:
				c.Failure = &junitMessage{Message: r.problems[0], Type: "rule", Text: strings.Join(r.problems, "\n")}
			}
			if r.err == nil && r.skipped == "" {
				c.SystemOut = sharesLine(r.res.Shares, psych.English)
			}
			suite.Cases = append(suite.Cases, c)
		}
		rw.w.WriteString(xml.Header)
		enc := xml.NewEncoder(rw.w)
		enc.Indent("", "  ")
		enc.Encode(suite)
		rw.w.WriteString("\n")
	case formatText:
		fmt.Fprintln(rw.w, sum.text(rw.lang))
	}
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
	return &progress{w: stderr, on: useColor(stderr)}
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
