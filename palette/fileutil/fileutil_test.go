package fileutil_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette/fileutil"
)

func TestSafeText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "plain", in: "ads/banner 1.png", want: "ads/banner 1.png"},
		{name: "accents", in: "été/café.png", want: "été/café.png"},
		{name: "newline forges a line", in: "a.png\nok b.png", want: `"a.png\nok b.png"`},
		{name: "escape colours the terminal", in: "\x1b[31mred.png", want: `"\x1b[31mred.png"`},
		{name: "right-to-left override", in: "gnp.\u202eexe", want: `"gnp.\u202eexe"`},
		{name: "invalid UTF-8", in: "a\xffb", want: `"a\xffb"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fileutil.SafeText(tt.in); got != tt.want {
				t.Errorf("SafeText(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func write(s string) func(*os.File) error {
	return func(f *os.File) error { _, err := f.WriteString(s); return err }
}

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "old.txt")
	os.WriteFile(old, []byte("old"), 0o600)
	target := filepath.Join(dir, "target.txt")
	os.WriteFile(target, []byte("before"), 0o644)
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink("target.txt", link); err != nil {
		t.Skip(err)
	}
	dangling := filepath.Join(dir, "dangling.txt")
	os.Symlink("made-later.txt", dangling)
	boom := errors.New("disk full")
	tests := []struct {
		name    string
		path    string
		write   func(*os.File) error
		wantErr string
		file    string // the file to read afterwards
		want    string // its content
	}{
		{name: "new file", path: filepath.Join(dir, "new.txt"), write: write("new"), file: filepath.Join(dir, "new.txt"), want: "new"},
		{name: "replace", path: old, write: write("replaced"), file: old, want: "replaced"},
		{name: "failed write keeps the old file", path: old, write: func(f *os.File) error { f.WriteString("half"); return boom },
			wantErr: "disk full", file: old, want: "replaced"},
		{name: "link: its target replaced", path: link, write: write("via link"), file: target, want: "via link"},
		{name: "dangling link: its target made", path: dangling, write: write("later"), file: filepath.Join(dir, "made-later.txt"), want: "later"},
		{name: "folder refused", path: dir, write: write("x"), wantErr: "is a directory, want a file"},
		{name: "missing folder", path: filepath.Join(dir, "nope", "a.txt"), write: write("x"), wantErr: "the folder " + filepath.Join(dir, "nope") + " does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := fileutil.WriteAtomic(tt.path, tt.write)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("err = %v, want %q", err, tt.wantErr)
			}
			if tt.file != "" {
				if b, err := os.ReadFile(tt.file); err != nil || string(b) != tt.want {
					t.Errorf("%s holds %q (%v), want %q", tt.file, b, err, tt.want)
				}
			}
			if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
				t.Errorf("the link was replaced: %v", err)
			}
			tmps, _ := filepath.Glob(filepath.Join(dir, ".*.tmp*"))
			if len(tmps) > 0 {
				t.Errorf("temporary files left: %v", tmps)
			}
		})
	}
	if fi, err := os.Stat(old); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("mode after replace: %v %v, want 0644", fi.Mode(), err)
	}
}

// TestWriteAtomicDevice: a device is written directly, never renamed over.
func TestWriteAtomicDevice(t *testing.T) {
	if _, err := os.Stat(os.DevNull); err != nil {
		t.Skip(err)
	}
	if err := fileutil.WriteAtomic(os.DevNull, write("gone")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode().IsRegular() {
		t.Fatalf("%s became a regular file", os.DevNull)
	}
}

func TestReadLimited(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	os.WriteFile(path, []byte("12345"), 0o644)
	tests := []struct {
		name    string
		limit   int64
		wantErr string
	}{
		{name: "under", limit: 6},
		{name: "at the limit", limit: 5},
		{name: "over", limit: 4, wantErr: path + ": larger than 4 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := fileutil.ReadLimited(path, tt.limit)
			switch {
			case tt.wantErr != "" && (err == nil || err.Error() != tt.wantErr):
				t.Errorf("err = %v, want %q", err, tt.wantErr)
			case tt.wantErr == "" && (err != nil || string(b) != "12345"):
				t.Errorf("got %q, %v", b, err)
			}
		})
	}
	if _, err := fileutil.ReadLimited(path+".missing", 10); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestSameFile(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.png")
	os.WriteFile(a, nil, 0o644)
	os.Symlink("a.png", filepath.Join(dir, "l.png"))
	tests := []struct {
		name string
		x, y string
		want bool
	}{
		{name: "same path", x: a, y: a, want: true},
		{name: "through a link", x: a, y: filepath.Join(dir, "l.png"), want: true},
		{name: "unclean spelling of a new file", x: filepath.Join(dir, "n.png"), y: dir + "/./n.png", want: true},
		{name: "different", x: a, y: filepath.Join(dir, "b.png"), want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fileutil.SameFile(tt.x, tt.y); got != tt.want {
				t.Errorf("SameFile(%s, %s) = %v, want %v", tt.x, tt.y, got, tt.want)
			}
		})
	}
}

func ExampleWriteAtomic() {
	path := filepath.Join(os.TempDir(), "hueprint-example.css")
	err := fileutil.WriteAtomic(path, func(f *os.File) error {
		_, err := fmt.Fprintln(f, ":root { --primary: #1d4ed8; }")
		return err
	})
	b, _ := os.ReadFile(path)
	os.Remove(path)
	fmt.Print(string(b), err)
	// Output:
	// :root { --primary: #1d4ed8; }
	// <nil>
}

func ExampleSafeText() {
	fmt.Println(fileutil.SafeText("banners/été.png"))
	fmt.Println(fileutil.SafeText("evil\x1b[2J.png"))
	// Output:
	// banners/été.png
	// "evil\x1b[2J.png"
}

func ExampleReadLimited() {
	_, err := fileutil.ReadLimited("/no/such/font.ttf", 32<<20)
	fmt.Println(errors.Is(err, os.ErrNotExist))
	// Output: true
}

func ExampleSameFile() {
	fmt.Println(fileutil.SameFile("out/card.png", "out/../out/card.png"))
	// Output: true
}
