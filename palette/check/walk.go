package check

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/hueprint/hueprint/palette/fileutil"
	"github.com/hueprint/hueprint/palette/imagefile"
)

// Outputs are the folders a run writes into (masks, a report): walks skip
// them, and an input inside one is an error result, so that a run never
// measures its own output nor writes over an input. The zero value holds
// none. Outputs apply to the operating system's files only, not to
// Options.FS.
type Outputs struct {
	dirs []outputDir
}

type outputDir struct {
	label string // "--mask"
	path  string // as given
	real  string // absolute, symbolic links resolved
	info  os.FileInfo
}

// Add records an output folder, which must exist. label names it in the
// errors of inputs found inside it ("inside the LABEL folder PATH, which
// check writes to: not checked").
func (o *Outputs) Add(label, path string) error {
	real, err := realPath(path)
	if err != nil {
		return err
	}
	info, err := os.Stat(real)
	if err != nil {
		return err
	}
	o.dirs = append(o.dirs, outputDir{label: label, path: path, real: real, info: info})
	return nil
}

func realPath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return filepath.EvalSymlinks(abs)
}

// isOutput returns the output folder that info is, if any.
func (o *Outputs) isOutput(info os.FileInfo) *outputDir {
	if o == nil {
		return nil
	}
	for i := range o.dirs {
		if os.SameFile(info, o.dirs[i].info) {
			return &o.dirs[i]
		}
	}
	return nil
}

// inside returns the output folder that holds path (or is path), if any.
func (o *Outputs) inside(path string) *outputDir {
	if o == nil || len(o.dirs) == 0 {
		return nil
	}
	real, err := realPath(path)
	if err != nil {
		// A dangling link or a missing file: judge by its folder.
		dir, err2 := realPath(filepath.Dir(path))
		if err2 != nil {
			return nil
		}
		real = filepath.Join(dir, filepath.Base(path))
	}
	for i := range o.dirs {
		rel, err := filepath.Rel(o.dirs[i].real, real)
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return &o.dirs[i]
		}
	}
	return nil
}

func (d *outputDir) err() error {
	return fmt.Errorf("inside the %s folder %s, which check writes to: not checked", d.label, fileutil.SafeText(d.path))
}

// ErrNotRegular is the error (wrapped) of inputs that are not regular
// files: FIFOs, sockets, devices.
var ErrNotRegular = errors.New("not a regular file")

// fileKind names what a non-regular file is, for errors.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a folder"
	}
	return "not a regular file"
}

// statInput follows symbolic links to what they name and says plainly why
// it cannot: a loop, or a link to nothing.
func statInput(path string) (os.FileInfo, error) {
	info, err := os.Stat(path)
	if err == nil {
		return info, nil
	}
	if errors.Is(err, syscall.ELOOP) {
		return nil, errors.New("symbolic link loop")
	}
	if l, lerr := os.Lstat(path); lerr == nil && l.Mode()&fs.ModeSymlink != 0 && errors.Is(err, fs.ErrNotExist) {
		target, _ := os.Readlink(path)
		return nil, fmt.Errorf("symbolic link to %s, which does not exist", fileutil.SafeText(target))
	}
	return nil, err
}

// openRegular opens path for reading only if it is a regular file. It
// opens without blocking (a FIFO swapped in after the walk cannot hang the
// run) and checks the file it got.
func openRegular(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%s: %w", fileKind(info.Mode()), ErrNotRegular)
	}
	return f, nil
}

// open opens an input: from Options.FS when set, else from the operating
// system, a regular file only.
func (e *Engine) open(path string) (io.ReadCloser, error) {
	if e.opt.FS == nil {
		return openRegular(path)
	}
	f, err := e.opt.FS.Open(path)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%s: %w", fileKind(info.Mode()), ErrNotRegular)
	}
	return f, nil
}

// stat and walk read Options.FS when set, else the operating system.
func (e *Engine) stat(path string) (fs.FileInfo, error) {
	if e.opt.FS == nil {
		return statInput(path)
	}
	return fs.Stat(e.opt.FS, path)
}

func (e *Engine) walk(root string, fn fs.WalkDirFunc) error {
	if e.opt.FS == nil {
		return filepath.WalkDir(root, fn)
	}
	return fs.WalkDir(e.opt.FS, root, fn)
}

// listInputs sends every image path in input order: files as given, folders
// walked recursively in lexical order (image extensions only, following
// symbolic links to files, skipping the output folders), "-" read from
// Options.List. Inputs that cannot be checked are sent with their error:
// missing files, FIFOs and other non-regular files, link loops, files inside
// an output folder. It stops when done is closed.
func (e *Engine) listInputs(args []string, jobs chan<- job, tokens chan struct{}, done <-chan struct{}) {
	defer close(jobs)
	outs := e.opt.Outputs
	if e.opt.FS != nil {
		outs = nil
	}
	i := 0
	stopped := false
	put := func(j job) {
		if stopped || !e.opt.Shard.Contains(j.path) {
			return
		}
		select {
		case tokens <- struct{}{}:
		case <-done:
			stopped = true
			return
		}
		if e.opt.Found != nil {
			e.opt.Found()
		}
		j.index = i
		select {
		case jobs <- j:
			i++
		case <-done:
			stopped = true
		}
	}
	send := func(path string, err error) { put(job{path: path, err: err}) }
	// skip sends a file whose extension is an image format check cannot
	// read (SVG, AVIF …), marked as skipped with the reason.
	skip := func(path, reason string) { put(job{path: path, skip: reason}) }
	file := func(path string, info os.FileInfo) {
		switch {
		case !info.Mode().IsRegular():
			send(path, fmt.Errorf("%s: %w", fileKind(info.Mode()), ErrNotRegular))
		case outs.inside(path) != nil:
			send(path, outs.inside(path).err())
		case UnsupportedReason(path) != "":
			skip(path, UnsupportedReason(path))
		default:
			send(path, nil)
		}
	}
	visit := func(path string) {
		if stopped {
			return
		}
		info, err := e.stat(path)
		if err != nil {
			send(path, err)
			return
		}
		if !info.IsDir() {
			file(path, info)
			return
		}
		if d := outs.inside(path); d != nil {
			send(path, d.err())
			return
		}
		err = e.walk(path, func(p string, d fs.DirEntry, err error) error {
			if stopped {
				return fs.SkipAll
			}
			if err != nil {
				send(p, err)
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if info, err := d.Info(); err == nil && outs.isOutput(info) != nil {
					return fs.SkipDir
				}
				return nil
			}
			if !imagefile.HasImageExt(p) && UnsupportedReason(p) == "" {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// Follow links to files; links to folders are not followed
				// (a walk through them could loop).
				info, err := e.stat(p)
				switch {
				case err != nil:
					send(p, err)
				case !info.IsDir():
					file(p, info)
				}
				return nil
			}
			info, err := d.Info()
			if err != nil {
				send(p, err)
				return nil
			}
			file(p, info)
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
		list := e.opt.List
		if list == nil {
			list = strings.NewReader("")
		}
		readList(list, visit, func(err error) { send("-", err) })
	}
}

// readList calls visit for each non-blank line of r; a line longer than
// 64 KiB (no path is) is reported and skipped, and the list goes on.
func readList(r io.Reader, visit func(string), fail func(error)) {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			size := len(line)
			for errors.Is(err, bufio.ErrBufferFull) {
				line, err = br.ReadSlice('\n')
				size += len(line)
			}
			fail(fmt.Errorf("reading the list of paths: line %d is %d bytes long, longer than any path", n, size))
			if err != nil {
				return
			}
			continue
		}
		if l := strings.TrimSpace(string(line)); l != "" {
			visit(l)
		}
		if err != nil {
			if err != io.EOF {
				fail(fmt.Errorf("reading the list of paths: %w", err))
			}
			return
		}
	}
}
