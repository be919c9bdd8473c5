package measure

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"testing/iotest"
)

// TestReadWholeSameAsReadAll: whatever the hint says (right, short, long,
// unknown, over the limit), readWhole returns the bytes and the error of
// io.ReadAll(io.LimitReader(r, limit+1)).
func TestReadWholeSameAsReadAll(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789abcdef"), 1000)
	const limit = 10000
	for _, n := range []int{0, 1, 100, limit, limit + 1, len(data)} {
		for _, hint := range []int64{-1, 0, int64(n) - 1, int64(n), int64(n) + 1, limit, limit + 1} {
			want, wantErr := io.ReadAll(io.LimitReader(bytes.NewReader(data[:n]), limit+1))
			got, err := readWhole(bytes.NewReader(data[:n]), hint, limit)
			if !bytes.Equal(got, want) || err != wantErr {
				t.Errorf("%d bytes, hint %d: %d bytes, %v; want %d, %v", n, hint, len(got), err, len(want), wantErr)
			}
		}
	}
	// A read error is returned, as io.ReadAll returns it.
	_, err := readWhole(iotest.TimeoutReader(bytes.NewReader(data)), int64(len(data)), int64(len(data)))
	if err != iotest.ErrTimeout {
		t.Errorf("timeout reader: %v, want %v", err, iotest.ErrTimeout)
	}
}

// TestSizeHint: a file tells the bytes left after its offset, a
// bytes.Reader its unread bytes, other readers nothing.
// lastReadErr returns its data and err together from the read that
// reaches the end of the data, as io.Reader allows, and io.EOF after
// that: a caller that drops err with the last bytes never sees it again.
type lastReadErr struct {
	data []byte
	err  error
}

func (r *lastReadErr) Read(p []byte) (int, error) {
	if r.data == nil {
		return 0, io.EOF
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	if len(r.data) == 0 {
		r.data = nil
		return n, r.err
	}
	return n, nil
}

// TestReadWholeErrorWithLastBytes: an error that comes with the last bytes
// is returned, whether the hint is right, short or unknown.
func TestReadWholeErrorWithLastBytes(t *testing.T) {
	data := bytes.Repeat([]byte("abc"), 300)
	boom := errors.New("device error")
	for _, hint := range []int64{-1, int64(len(data)) - 1, int64(len(data)), int64(len(data)) + 1} {
		_, err := readWhole(&lastReadErr{data: data, err: boom}, hint, 1<<20)
		if err != boom {
			t.Errorf("hint %d: error %v, want %v", hint, err, boom)
		}
		got, err := readWhole(&lastReadErr{data: data, err: io.EOF}, hint, 1<<20)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("hint %d, EOF with the last bytes: %d bytes, %v; want %d, nil", hint, len(got), err, len(data))
		}
	}
}

func TestSizeHint(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, make([]byte, 1234), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := sizeHint(f); got != 1234 {
		t.Errorf("file: %d, want 1234", got)
	}
	if _, err := f.Seek(1000, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	if got := sizeHint(f); got != 234 {
		t.Errorf("file at 1000: %d, want 234", got)
	}
	br := bytes.NewReader(make([]byte, 50))
	br.Read(make([]byte, 20))
	if got := sizeHint(br); got != 30 {
		t.Errorf("bytes.Reader: %d, want 30", got)
	}
	if got := sizeHint(io.MultiReader(br)); got != -1 {
		t.Errorf("io.MultiReader: %d, want -1", got)
	}
}
