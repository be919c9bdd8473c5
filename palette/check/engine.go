package check

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"image"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/fileutil"
	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/measure"
	"github.com/hueprint/hueprint/palette/psych"
)

// Options configure an Engine. The zero value of every field but Measurer
// means its default.
type Options struct {
	// Measurer measures each image against the palette (required).
	Measurer *measure.Measurer
	// Rule judges the shares; zero: palette.DefaultRule().
	Rule palette.Rule
	// Lang is the language of Result.Problems.
	Lang psych.Lang
	// MaxPixels refuses larger images; 0: imagefile.DefaultMaxPixels.
	MaxPixels int64
	// Jobs is the number of images checked in parallel; 0: runtime.NumCPU().
	Jobs int
	// Budget bounds the memory of the images decoded at once: an image
	// waits for its share, and one needing more than all of it is an error
	// result. nil: a budget of 2 GiB.
	Budget *imagefile.Budget
	// Timeout bounds the decoding of one image; 0: no limit.
	Timeout time.Duration
	// FullDecode decodes every image with the standard library's decoders
	// (image/jpeg, image/png). By default JPEG and PNG files are decoded
	// by measure.Decode's own, faster decoders, to the same image with the
	// same errors; the comparison is what FullDecode is for.
	FullDecode bool
	// Resolution measures JPEG images scaled down by 2, 4 or 8 (see
	// measure.Resolution: faster, and an estimate), and their masks and
	// thumbnails at that size. The zero value, ResolutionFull, measures
	// every image in full, and so does FullDecode. A scaled result says
	// so: Report.Scale, with Width and Height the file's.
	Resolution measure.Resolution
	// BudgetName and TimeoutName name the caller's settings of Budget and
	// Timeout in the errors of the images they stop ("--max-memory" and
	// "--timeout" for hueprint check); empty: "memory budget", "timeout".
	BudgetName, TimeoutName string

	// MaskDir, if set, receives a PNG mask per image (see MaskName), written
	// atomically. Result.Mask is its path under MaskShown, or MaskDir when
	// MaskShown is empty.
	MaskDir, MaskShown string
	// Thumb, if set, is called by the workers with each decoded image and
	// its input index (a report writes its thumbnail); its name and size go
	// into the Result, an error into Result.WriteErr.
	Thumb func(index int, img image.Image) (name string, width, height int, err error)

	// SetMemoryLimit, if set, has Run keep the Go runtime's soft memory
	// limit (runtime/debug.SetMemoryLimit) at the memory the process used
	// when it began, plus what Budget has admitted for the images being
	// checked, plus 48 MiB, and restore the previous limit when it returns;
	// the limit never rises above the previous one. The collector then
	// frees an image's buffers before the next image's allocations would
	// double the heap, as the default pacing lets it, and a large image
	// raises the limit with its admission, so the collector never runs
	// short of room for it. Peak memory drops by about a quarter with one
	// worker, for about 8 % more CPU (more collections, pages returned to
	// the system and faulted in again); see the README's check/Speed. The
	// limit is the process's: set this only when the process does little
	// else meanwhile (a command).
	SetMemoryLimit bool

	// CollectGarbage, if set, has each worker run the garbage collector
	// (runtime.GC) before a decode when the heap holds more than 16 MiB
	// allocated since the last cycle: the buffers of the images already
	// checked are then free memory the decode reuses, where the
	// collector's pacing often lets the heap grow to twice a large image
	// first. Peak memory is up to a third lower (check --jobs 1 on the
	// Debian wallpapers: JPEG 251 -> 214 MB, PNG 208 -> 162 MB) for about
	// 1 % more CPU in the collector. A forced cycle marks the whole
	// process's heap and ignores GOGC (except off): set this in a command
	// that does little else, not in a server with a large live heap.
	CollectGarbage bool

	// Outputs are folders the run writes to, never read as input.
	Outputs *Outputs
	// Shard restricts the run to the inputs of one shard; zero: all.
	Shard Shard
	// List is read, one path per line, for each input "-".
	List io.Reader
	// FS, if set, supplies the inputs instead of the operating system: paths
	// are fs.FS paths ("a/b.png"), and Outputs do not apply.
	FS fs.FS
	// Found, if set, is called once per input as it is listed, before it is
	// checked (a progress bar counts the total with it).
	Found func()
}

// An Engine checks images against a palette's rule. It is safe for
// concurrent use; each Run is independent.
type Engine struct {
	opt Options
}

// New returns an Engine, or an error when o has no Measurer or a rule
// that does not validate.
func New(o Options) (*Engine, error) {
	if o.Measurer == nil {
		return nil, errors.New("check: Options.Measurer is required")
	}
	if o.Rule == (palette.Rule{}) {
		o.Rule = palette.DefaultRule()
	}
	if err := o.Rule.Validate(); err != nil {
		return nil, fmt.Errorf("check: %w", err)
	}
	if o.MaxPixels <= 0 {
		o.MaxPixels = imagefile.DefaultMaxPixels
	}
	if o.Jobs <= 0 {
		o.Jobs = runtime.NumCPU()
	}
	if o.Budget == nil {
		o.Budget = imagefile.NewBudget(2 << 30)
	}
	if o.BudgetName == "" {
		o.BudgetName = "memory budget"
	}
	if o.TimeoutName == "" {
		o.TimeoutName = "timeout"
	}
	return &Engine{opt: o}, nil
}

// Rule returns the rule the engine judges by.
func (e *Engine) Rule() palette.Rule { return e.opt.Rule }

// Result is the check of one input.
type Result struct {
	Index    int            // position in input order, from 0
	File     string         // the path as listed
	Measure  measure.Result // the measurement (zero for errors and skips)
	Report   measure.Report // the JSON line: verdict and problems in English
	Pass     bool           // the image follows the rule
	Problems []string       // why not, in Options.Lang
	// Distance is how far the image is from the rule, in points (see
	// Distance); 0 for errors and skips.
	Distance float64
	Err      error  // the input could not be read or measured
	Skipped  string // why the file was not read (unsupported format); "" when it was
	Mask     string // the mask written, if any
	WriteErr error  // the image was measured, but its mask or thumbnail could not be written
	Seconds  float64
	Thumb    string // Options.Thumb's name
	ThumbW   int
	ThumbH   int
}

type job struct {
	index int
	path  string
	err   error  // an input that could not even be listed
	skip  string // why check cannot read this image file; "" to check it
}

// Run checks the inputs (files, folders searched recursively for image
// files, "-" for Options.List) with Options.Jobs workers and calls each
// with every result in input order, on the caller's goroutine, as soon as
// it and all before it are done. At most 8 × Jobs results are held back
// while an earlier image is slow. When ctx is cancelled, Run stops listing
// and checking, delivers no further result and returns ctx's error with
// the summary so far.
func (e *Engine) Run(ctx context.Context, inputs []string, each func(Result)) (Summary, error) {
	start := time.Now()
	workers := e.opt.Jobs
	if e.opt.SetMemoryLimit {
		beginHeapLimit()
		defer endHeapLimit()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// tokens bound the images in flight, so that a slow image early in the
	// list holds back at most this many results in memory.
	tokens := make(chan struct{}, workers*8)
	jobs := make(chan job)
	results := make(chan Result, workers)
	go e.listInputs(inputs, jobs, tokens, ctx.Done())
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				if ctx.Err() != nil {
					results <- Result{Index: j.index, File: j.path, Err: ctx.Err()}
					continue
				}
				results <- e.checkOne(ctx, j)
			}
		})
	}
	go func() { wg.Wait(); close(results) }()

	var sum Summary
	pending := map[int]Result{}
	next := 0
	for r := range results {
		pending[r.Index] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-tokens
			if ctx.Err() != nil {
				continue
			}
			sum.Add(r)
			if each != nil {
				each(r)
			}
		}
	}
	sum.Seconds = time.Since(start).Seconds()
	return sum, context.Cause(ctx)
}

// checkOne checks one input: decode within the limits, measure, judge,
// and write its thumbnail and mask.
func (e *Engine) checkOne(ctx context.Context, j job) Result {
	opt := &e.opt
	start := time.Now()
	r := Result{Index: j.index, File: j.path, Skipped: j.skip}
	defer func() { r.Seconds = time.Since(start).Seconds() }()
	if j.skip != "" {
		return r
	}
	if j.err != nil {
		r.Err = j.err
		return r
	}
	img, size, release, err := e.decode(ctx, j.path, opt.MaskDir != "")
	if err != nil {
		r.Err = err
		return r
	}
	defer release()
	r.Measure = opt.Measurer.Measure(img)
	scale := measure.ScaleOf(img, size.X, size.Y)
	if scale > 1 {
		// The file's size, measured at 1/scale: Report.Scale says so.
		r.Measure.Width, r.Measure.Height = size.X, size.Y
	}
	r.Report = measure.NewReport(j.path, r.Measure, opt.Rule)
	if scale > 1 {
		r.Report.Scale = scale
	}
	r.Pass = r.Report.Pass
	r.Distance = Distance(r.Measure.Shares, opt.Rule)
	for _, p := range r.Measure.Problems(opt.Rule) {
		r.Problems = append(r.Problems, p.Text(opt.Lang))
	}
	if opt.Thumb != nil {
		if name, w, h, err := opt.Thumb(j.index, img); err != nil {
			r.WriteErr = fmt.Errorf("writing the report thumbnail: %w", err)
		} else {
			r.Thumb, r.ThumbW, r.ThumbH = name, w, h
		}
	}
	if opt.MaskDir != "" {
		name := MaskName(j.path)
		path := filepath.Join(opt.MaskDir, name)
		err := fileutil.WriteAtomic(path, func(f *os.File) error {
			return writeMaskPNG(f, opt.Measurer.Mask(img))
		})
		if err != nil {
			r.WriteErr = fmt.Errorf("writing mask %s: %w", fileutil.SafeText(path), err)
			return r
		}
		shown := opt.MaskShown
		if shown == "" {
			shown = opt.MaskDir
		}
		r.Mask = filepath.Join(shown, name)
	}
	return r
}

// decode opens path (a regular file only), reads its header, waits for the
// memory its decode and measurement need within the budget, and decodes it
// within the timeout. size is the file's width and height (the image may be
// scaled down: Options.Resolution). release gives the memory back once the
// caller is done with the image.
func (e *Engine) decode(ctx context.Context, path string, mask bool) (img image.Image, size image.Point, release func(), err error) {
	budget := e.opt.Budget
	f, err := e.open(path)
	if err != nil {
		return nil, size, nil, err
	}
	defer f.Close()
	h, err := imagefile.ReadHeader(f, imagefile.Options{MaxPixels: e.opt.MaxPixels, MaxMemory: budget.Total()})
	if err != nil {
		return nil, size, nil, err
	}
	size = image.Pt(h.Width, h.Height)
	need := h.Memory
	seeker, fast := f.(io.Seeker)
	fast = fast && !e.opt.FullDecode
	if fast {
		n, err := seeker.Seek(0, io.SeekEnd)
		if err != nil {
			return nil, size, nil, err
		}
		need = measure.DecodeMemory(h, n, measure.ReadOptions{Resolution: e.opt.Resolution})
		if _, err := seeker.Seek(0, io.SeekStart); err != nil {
			return nil, size, nil, err
		}
	}
	if mask {
		// Mask converts to NRGBA and builds an NRGBA image of the same size.
		need += 8 * int64(h.Width) * int64(h.Height)
	}
	if err := budget.Acquire(ctx, need); err != nil {
		return nil, size, nil, fmt.Errorf("%w (%s %s)", err, e.opt.BudgetName, imagefile.Bytes(budget.Total()))
	}
	if e.opt.SetMemoryLimit {
		admitHeap(need)
	}
	if e.opt.CollectGarbage {
		collectGarbage()
	}
	giveBack := func() {
		budget.Release(need)
		if e.opt.SetMemoryLimit {
			admitHeap(-need)
		}
	}
	cancel := context.CancelFunc(func() {})
	if e.opt.Timeout > 0 {
		ctx, cancel = context.WithTimeoutCause(ctx, e.opt.Timeout, fmt.Errorf("gave up after %v (%s)", e.opt.Timeout, e.opt.TimeoutName))
	}
	defer cancel()
	if fast {
		img, _, err = measure.Decode(f, measure.ReadOptions{MaxPixels: e.opt.MaxPixels, MaxMemory: budget.Total(), Context: ctx, Resolution: e.opt.Resolution})
	} else {
		img, err = h.Decode(ctx)
	}
	if err != nil {
		giveBack()
		return nil, size, nil, err
	}
	return img, size, func() {
		giveBack()
		if need > budget.Total()/4 {
			// A large image is garbage now: collect it and give its pages
			// back before the next one is admitted in its place, so that the
			// process's resident memory follows the budget.
			img = nil
			debug.FreeOSMemory()
		}
	}, nil
}

// MaskName turns an input path into the flat file name of its mask, which
// no other path gives: "%", "/", "\\", ":" and control bytes are
// percent-encoded, and so is a leading ".", so that a/b/c.jpg →
// a%2Fb%2Fc.jpg.mask.png while a__b/c.jpg, ../c.jpg and /c.jpg each keep a
// name of their own. A name over 200 bytes is cut and ends in a 64-bit
// FNV-1a hash of the whole.
func MaskName(path string) string {
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
