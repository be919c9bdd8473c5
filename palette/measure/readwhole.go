package measure

import (
	"io"
	"io/fs"
)

// sizeHint is how many bytes r has left to read when it says so (an
// *os.File, a bytes.Reader), or -1.
func sizeHint(r io.Reader) int64 {
	switch f := r.(type) {
	case interface{ Len() int }:
		return int64(f.Len())
	case interface {
		Stat() (fs.FileInfo, error)
		io.Seeker
	}:
		info, err := f.Stat()
		if err != nil || !info.Mode().IsRegular() {
			return -1
		}
		pos, err := f.Seek(0, io.SeekCurrent)
		if err != nil || pos > info.Size() {
			return -1
		}
		return info.Size() - pos
	}
	return -1
}

// readWhole reads r to its end, at most limit+1 bytes (one more than
// limit tells a longer input), as io.ReadAll(io.LimitReader(r, limit+1))
// does, but into one buffer of hint bytes when hint, the bytes r said it
// has left (-1: unknown), is right: io.ReadAll's growing copies add
// garbage of about twice the file.
func readWhole(r io.Reader, hint, limit int64) ([]byte, error) {
	lr := io.LimitReader(r, limit+1)
	if hint < 0 || hint > limit {
		return io.ReadAll(lr)
	}
	buf := make([]byte, hint)
	// A loop of its own rather than io.ReadFull, which drops an error
	// returned with the last bytes.
	for n := 0; n < len(buf); {
		m, err := lr.Read(buf[n:])
		n += m
		switch {
		case err == io.EOF:
			return buf[:n], nil // shorter than it said
		case err != nil:
			return nil, err
		}
	}
	// Longer than it said (a file still being written): the rest as
	// io.ReadAll reads it.
	rest, err := io.ReadAll(lr)
	if err != nil {
		return nil, err
	}
	if len(rest) == 0 {
		return buf, nil
	}
	return append(buf, rest...), nil
}
