package fileutil

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// SafeText returns s as is when it holds only printable characters, else
// quoted with Go escapes (\n, \x1b, \u202e …), so that a file name cannot
// move the cursor, colour the terminal or forge a line of output.
func SafeText(s string) string {
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsPrint(r) && r != ' ' {
			return strconv.Quote(s)
		}
	}
	return s
}

// WriteAtomic writes data through a temporary file in the same folder
// and renames it into place, so that a reader never sees half a file and a
// failed write leaves nothing behind. A symbolic link is followed: its
// target is replaced, the link stays. A path that names a device, a FIFO
// or a socket (/dev/stdout, /dev/full, a shell's process substitution) is
// written directly, since there is no file to replace and renaming over it
// would destroy it.
func WriteAtomic(path string, write func(f *os.File) error) (err error) {
	if fi, serr := os.Stat(path); serr == nil {
		switch {
		case fi.IsDir():
			return fmt.Errorf("%s is a directory, want a file", path)
		case !fi.Mode().IsRegular():
			f, err := os.OpenFile(path, os.O_WRONLY, 0)
			if err != nil {
				return err
			}
			if err := write(f); err != nil {
				f.Close()
				return err
			}
			return f.Close()
		}
	}
	path = followLinks(path)
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		if fi, serr := os.Stat(dir); serr != nil || !fi.IsDir() {
			return fmt.Errorf("the folder %s does not exist", filepath.Clean(dir))
		}
		return fmt.Errorf("cannot create a file in %s: %w", filepath.Clean(dir), errors.Unwrap(err))
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = write(f); err != nil {
		return err
	}
	if err = f.Chmod(0o644); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("renaming into place: %w", err)
	}
	return nil
}

// followLinks returns the file path names after following symbolic links,
// also when the last link points at a file not made yet; path itself when
// it is not a link or the links loop.
func followLinks(path string) string {
	p := path
	for range 40 {
		fi, err := os.Lstat(p)
		if err != nil || fi.Mode()&os.ModeSymlink == 0 {
			return p
		}
		target, err := os.Readlink(p)
		if err != nil {
			return path
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(p), target)
		}
		p = target
	}
	return path
}

// ReadLimited reads the file at path, refusing one larger than limit bytes
// with an error naming the path and the limit, so that a font, a logo or
// a list given on the command line cannot exhaust memory.
func ReadLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, limit)
	}
	return b, nil
}

// SameFile reports whether paths a and b name the same file (after links),
// or, when either does not exist yet, the same cleaned path: a program
// checks it before writing an output over one of its inputs.
func SameFile(a, b string) bool {
	ia, err1 := os.Stat(a)
	ib, err2 := os.Stat(b)
	if err1 != nil || err2 != nil {
		return filepath.Clean(a) == filepath.Clean(b)
	}
	return os.SameFile(ia, ib)
}
