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
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/measure"
	"github.com/hueprint/hueprint/palette/psych"
)

const checkUsage = `Usage: hueprint check --palette FILE [flags] PATH...

Measure brand images against a palette: the share of the pixels that each
role covers (primary, secondary, accent, neutral) and how much is
off-palette, and whether the image follows the palette's rule (60/30/10 ±5
points with at most 10 % off-palette unless the palette file says
otherwise). Primary, secondary and accent are compared with their targets
after neutral and off-palette pixels are removed from the denominator.

PATHs are image files, folders (searched recursively for .png .jpg .jpeg
.gif .webp .bmp .tif .tiff) or - to read paths from stdin, one per line.
Results come in input order whatever --jobs. An unreadable file (corrupt,
truncated, not an image, over --max-pixels) gets its own error and the run
goes on.

A pixel belongs to the nearest palette colour within --color-tolerance
(OKLab distance); the anti-aliased blend of two palette colours is split
between them; anything else is off-palette. Shares measure area, not visual
weight.

--shard I/N checks only the files whose path hashes to I modulo N, so that
N machines or containers split a library between them; their JSON lines
concatenate into the whole result, with no file twice and none missing:
  Kubernetes Indexed Job:  hueprint check --shard "$JOB_COMPLETION_INDEX/8" …
  GNU parallel on hosts:   parallel -S h1,h2 --nonall … (see the README)

Exit code: 0 every image passes, 1 some failed the rule, 2 some could not be
read (the others are still reported).

Formats:
  text   one line per image, its problems below it, then a summary
  json   one object per line: {"file","width","height","shares":{"primary",
         "secondary","accent","neutral","off"},"pass","problems":[…],
         "colors":[…],"off_colors":[…]}; {"file","error"} for unreadable files
  csv    a header and one row per image
  junit  JUnit XML, one test case per image, for CI dashboards

Examples:
  $ hueprint check --palette brand.json ./banners
  $ find assets -name '*.png' | hueprint check --palette brand.json --format json -
  $ hueprint check --palette brand.json --mask masks/ --format junit ./ads > report.xml
`

type checkOptions struct {
	rule          palette.Rule
	measurer      *measure.Measurer
	maxPixels     int64
	maskDir       string
	shard, shards uint64 // check only paths whose hash is shard modulo shards; shards 0: all
	report        *reportWriter
	fullDecode    bool // decode whole images before measuring, even when masks and reports need no pixels
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
	mask     string
	seconds  float64
}

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fset := newFlagSet("check", checkUsage, stdout)
	format := newFormatFlag(formatText, formatJSON, formatCSV, formatJUnit)
	fset.Var(format, "format", "output `format`: text, json, csv or junit")
	paletteFile := fset.String("palette", "", "the palette `FILE` to check against (required)")
	jobs := fset.Int("jobs", runtime.NumCPU(), "images checked in parallel")
	tolerance := fset.Float64("tolerance", -1, "allowed distance from each role's target, as a fraction (0.05) or in points (5); default from the palette file")
	maxOff := fset.Float64("max-off", -1, "largest off-palette share allowed, as a fraction (0.1) or a percentage (10); default from the palette file")
	colorTol := fset.Float64("color-tolerance", measure.DefaultTolerance, "OKLab distance within which a pixel counts as a palette colour")
	maxPixels := fset.Int64("max-pixels", imagefile.DefaultMaxPixels, "refuse images with more pixels than this")
	maskDir := fset.String("mask", "", "write a PNG per image to `DIR` greying on-palette pixels and showing off-palette ones")
	reportDir := fset.String("report", "", "write an HTML report to `DIR` (index.html, thumbnails; masks with --mask)")
	var lang psych.Lang
	fset.TextVar(&lang, "lang", psych.English, "`LANG`uage of the report: en or fr")
	fullDecode := fset.Bool("full-decode", false, "decode every image in full with the standard decoders before measuring it (the slower path JPEGs took before measuring while decoding; for comparison)")
	shardFlag := fset.String("shard", "", "check only shard `I/N` of the inputs (0 ≤ I < N), chosen by a stable hash of each path")
	if code, done := parseFlags(fset, args, stderr); done {
		return code
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
	p, err := readPalette(*paletteFile, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "hueprint: %v\n", err)
		return exitUsage
	}
	rule := p.RuleOrDefault()
	if *tolerance >= 0 {
		rule.Tolerance = fraction(*tolerance)
	}
	if *maxOff >= 0 {
		rule.MaxOff = fraction(*maxOff)
	}
	if err := rule.Validate(); err != nil {
		return usageError(stderr, "check", err.Error())
	}
	m, err := measure.New(p, measure.Options{Tolerance: *colorTol})
	if err != nil {
		return usageError(stderr, "check", err.Error())
	}
	if *maskDir != "" {
		if err := os.MkdirAll(*maskDir, 0o755); err != nil {
			fmt.Fprintf(stderr, "hueprint: --mask: %v\n", err)
			return exitUsage
		}
	}
	for _, a := range fset.Args() {
		if a == "-" && *paletteFile == "-" {
			return usageError(stderr, "check", "stdin cannot hold both the palette and the list of images")
		}
	}
	opt := checkOptions{rule: rule, measurer: m, maxPixels: *maxPixels, maskDir: *maskDir, fullDecode: *fullDecode}
	if *reportDir != "" {
		rw, err := newReportWriter(*reportDir, lang.String(), p, rule)
		if err != nil {
			fmt.Fprintf(stderr, "hueprint: --report: %v\n", err)
			return exitUsage
		}
		opt.report = rw
	}
	if *shardFlag != "" {
		var err error
		if opt.shard, opt.shards, err = parseShard(*shardFlag); err != nil {
			return usageError(stderr, "check", err.Error())
		}
	}
	return checkAll(fset.Args(), stdin, stdout, stderr, opt, *jobs, format.value)
}

// fraction reads 0.05 as a fraction and 5 as percentage points.
func fraction(v float64) float64 {
	if v > 1 {
		return v / 100
	}
	return v
}

type job struct {
	index int
	path  string
	err   error // an input that could not even be listed
}

// listInputs sends every image path in input order: files as given, folders
// walked recursively in lexical order (image extensions only), "-" read
// from stdin.
func listInputs(args []string, stdin io.Reader, jobs chan<- job, tokens chan struct{}, found *progress, shard, shards uint64) {
	defer close(jobs)
	i := 0
	send := func(path string, err error) {
		if !inShard(path, shard, shards) {
			return
		}
		tokens <- struct{}{}
		found.found()
		jobs <- job{index: i, path: path, err: err}
		i++
	}
	visit := func(path string) {
		info, err := os.Stat(path)
		if err != nil {
			send(path, err)
			return
		}
		if !info.IsDir() {
			send(path, nil)
			return
		}
		err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				send(p, err)
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && imagefile.HasImageExt(p) {
				send(p, nil)
			}
			return nil
		})
		if err != nil {
			send(path, err)
		}
	}
	for _, a := range args {
		if a != "-" {
			visit(a)
			continue
		}
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		for sc.Scan() {
			if line := strings.TrimSpace(sc.Text()); line != "" {
				visit(line)
			}
		}
		if err := sc.Err(); err != nil {
			send("-", fmt.Errorf("reading the list of paths: %w", err))
		}
	}
}

func checkOne(j job, opt checkOptions) checkResult {
	start := time.Now()
	r := checkResult{file: j.path}
	defer func() { r.seconds = time.Since(start).Seconds() }()
	if j.err != nil {
		r.err = j.err
		return r
	}
	f, err := os.Open(j.path)
	if err != nil {
		r.err = err
		return r
	}
	if opt.report == nil && opt.maskDir == "" {
		// Only the shares are needed: JPEGs are measured while decoding.
		r.res, _, err = opt.measurer.MeasureReader(bufio.NewReaderSize(f, 64*1024), measure.ReadOptions{MaxPixels: opt.maxPixels, FullDecode: opt.fullDecode})
		f.Close()
		if err != nil {
			r.err = err
			return r
		}
		r.rep = measure.NewReport(j.path, r.res, opt.rule)
		r.problems, r.pass = r.rep.Problems, r.rep.Pass
		return r
	}
	img, _, err := imagefile.Decode(bufio.NewReaderSize(f, 64*1024), imagefile.Options{MaxPixels: opt.maxPixels})
	f.Close()
	if err != nil {
		r.err = err
		return r
	}
	r.res = opt.measurer.Measure(img)
	r.rep = measure.NewReport(j.path, r.res, opt.rule)
	r.problems, r.pass = r.rep.Problems, r.rep.Pass
	if opt.report != nil {
		name := fmt.Sprintf("thumbs/%06d.jpg", j.index)
		if r.thumbW, r.thumbH, err = writeThumb(img, filepath.Join(opt.report.dir, filepath.FromSlash(name))); err != nil {
			r.err = fmt.Errorf("writing thumbnail: %w", err)
			return r
		}
		r.thumb = name
	}
	if opt.maskDir != "" {
		name := maskName(j.path)
		path := filepath.Join(opt.maskDir, name)
		err := writeFileAtomic(path, func(f *os.File) error {
			return (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(f, opt.measurer.Mask(img))
		})
		if err != nil {
			r.err = fmt.Errorf("writing mask: %w", err)
			return r
		}
		r.mask = path
	}
	return r
}

// maskName turns an input path into a flat file name: a/b/c.jpg → a__b__c.jpg.mask.png.
func maskName(path string) string {
	p := filepath.ToSlash(filepath.Clean(path))
	p = strings.TrimPrefix(p, "/")
	p = strings.ReplaceAll(p, "../", "")
	return strings.ReplaceAll(p, "/", "__") + ".mask.png"
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
	go listInputs(args, stdin, jobs, tokens, prog, opt.shard, opt.shards)
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

	w := newResultWriter(stdout, format)
	var sum summary
	pending := map[int]checkResult{}
	next := 0
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
			if opt.report != nil {
				opt.report.add(next-1, r)
			}
		}
	}
	prog.finish()
	sum.seconds = time.Since(start).Seconds()
	w.finish(sum)
	if opt.report != nil {
		if err := opt.report.finish(sum); err != nil {
			fmt.Fprintf(stderr, "hueprint: --report: %v\n", err)
			return exitUsage
		}
	}
	if format != formatText {
		fmt.Fprintf(stderr, "hueprint: %s\n", sum)
	}
	switch {
	case sum.unreadable > 0:
		return exitUsage
	case sum.failed > 0:
		return exitFail
	}
	return exitOK
}

type summary struct {
	checked, passed, failed, unreadable int
	seconds                             float64
}

func (s *summary) add(r checkResult) {
	s.checked++
	switch {
	case r.err != nil:
		s.unreadable++
	case r.pass:
		s.passed++
	default:
		s.failed++
	}
}

func (s summary) String() string {
	rate := ""
	if s.seconds > 0 {
		rate = fmt.Sprintf(", %.0f images/s", float64(s.checked)/s.seconds)
	}
	return fmt.Sprintf("checked %d: %d passed, %d failed, %d unreadable in %.2f s%s",
		s.checked, s.passed, s.failed, s.unreadable, s.seconds, rate)
}

// resultWriter writes results as they come, in one format.
type resultWriter struct {
	w      *bufio.Writer
	format outputFormat
	csv    *csv.Writer
	all    []checkResult // junit needs the counts before the cases
}

func newResultWriter(w io.Writer, format outputFormat) *resultWriter {
	rw := &resultWriter{w: bufio.NewWriter(w), format: format}
	if format == formatCSV {
		rw.csv = csv.NewWriter(rw.w)
		rw.csv.Write([]string{"file", "width", "height", "primary", "secondary", "accent", "neutral", "off", "pass", "problems", "error"})
	}
	return rw
}

type sharesJSON = measure.ReportShares

func pct(f float64) string { return strconv.FormatFloat(f*100, 'f', 1, 64) + "%" }

func (rw *resultWriter) write(r checkResult) {
	switch rw.format {
	case formatJSON:
		var b []byte
		if r.err != nil {
			b, _ = json.Marshal(measure.ErrorReport{File: r.file, Error: r.err.Error()})
		} else {
			rep := r.rep
			rep.Mask = r.mask
			b, _ = json.Marshal(rep)
		}
		rw.w.Write(append(b, '\n'))
	case formatCSV:
		if r.err != nil {
			rw.csv.Write([]string{r.file, "", "", "", "", "", "", "", "", "", r.err.Error()})
			return
		}
		s := r.res.Shares
		f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
		rw.csv.Write([]string{r.file, strconv.Itoa(r.res.Width), strconv.Itoa(r.res.Height),
			f(s.Primary), f(s.Secondary), f(s.Accent), f(s.Neutral), f(s.Off), strconv.FormatBool(r.pass),
			strings.Join(r.problems, "; "), ""})
	case formatJUnit:
		rw.all = append(rw.all, r)
	default:
		if r.err != nil {
			fmt.Fprintf(rw.w, "ERROR %s: %v\n", r.file, r.err)
			return
		}
		s := r.res.Shares
		verdict := "PASS "
		if !r.pass {
			verdict = "FAIL "
		}
		fmt.Fprintf(rw.w, "%s %s  %dx%d  primary %s  secondary %s  accent %s  neutral %s  off %s\n",
			verdict, r.file, r.res.Width, r.res.Height, pct(s.Primary), pct(s.Secondary), pct(s.Accent), pct(s.Neutral), pct(s.Off))
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
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitMessage `xml:"failure,omitempty"`
	Error     *junitMessage `xml:"error,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitMessage struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

func (rw *resultWriter) finish(sum summary) {
	defer rw.w.Flush()
	switch rw.format {
	case formatCSV:
		rw.csv.Flush()
	case formatJUnit:
		suite := junitSuite{Name: "hueprint check", Tests: sum.checked, Failures: sum.failed, Errors: sum.unreadable,
			Time: strconv.FormatFloat(sum.seconds, 'f', 3, 64)}
		for _, r := range rw.all {
			c := junitCase{Name: r.file, Classname: "hueprint.check", Time: strconv.FormatFloat(r.seconds, 'f', 3, 64)}
			switch {
			case r.err != nil:
				c.Error = &junitMessage{Message: r.err.Error(), Type: "unreadable", Text: r.err.Error()}
			case !r.pass:
				c.Failure = &junitMessage{Message: r.problems[0], Type: "rule", Text: strings.Join(r.problems, "\n")}
			}
			if r.err == nil {
				s := r.res.Shares
				c.SystemOut = fmt.Sprintf("primary %s, secondary %s, accent %s, neutral %s, off %s",
					pct(s.Primary), pct(s.Secondary), pct(s.Accent), pct(s.Neutral), pct(s.Off))
			}
			suite.Cases = append(suite.Cases, c)
		}
		rw.w.WriteString(xml.Header)
		enc := xml.NewEncoder(rw.w)
		enc.Indent("", "  ")
		enc.Encode(suite)
		rw.w.WriteString("\n")
	case formatText:
		fmt.Fprintf(rw.w, "%s\n", sum)
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
