package report

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hueprint/hueprint/palette/check"
	"github.com/hueprint/hueprint/palette/fileutil"
)

// The report is written to a fresh folder beside --report DIR and renamed
// to DIR once complete: two runs never mix their thumbnails, and a run
// killed half-way leaves the previous report whole (and a DIR.tmp-* folder
// to delete). DIR itself must be missing, empty, or a previous report.

// freshReportDir checks that dir can be replaced and makes the folder the
// report is written to, with its thumbs/ folder.
func freshReportDir(dir string) (string, error) {
	dir = filepath.Clean(dir)
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
			return "", fmt.Errorf("%s exists and is not a hueprint report (no index.html): choose a new folder", fileutil.SafeText(dir))
		}
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return "", err
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(parent, filepath.Base(dir)+".tmp-")
	if err != nil {
		return "", err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return "", err
	}
	if err := os.Mkdir(filepath.Join(tmp, "thumbs"), 0o755); err != nil {
		return "", err
	}
	return tmp, nil
}

// Protect registers the report's folders in outs under label, and, when
// the run's masks go to a folder inside the report, sends them to the same
// place in the fresh folder: it sets o.MaskDir to that place and
// o.MaskShown to the folder as named.
func (rw *Writer) Protect(o *check.Options, label string) error {
	if o.Outputs == nil {
		o.Outputs = &check.Outputs{}
	}
	if err := o.Outputs.Add(label, rw.dir); err != nil {
		return err
	}
	if _, err := os.Stat(rw.final); err == nil {
		if err := o.Outputs.Add(label, rw.final); err != nil {
			return err
		}
	}
	if o.MaskDir == "" {
		return nil
	}
	finalAbs, err1 := filepath.Abs(rw.final)
	maskAbs, err2 := filepath.Abs(o.MaskDir)
	if err1 != nil || err2 != nil {
		return nil
	}
	rel, err := filepath.Rel(finalAbs, maskAbs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil
	}
	inside := filepath.Join(rw.dir, rel)
	if err := os.MkdirAll(inside, 0o755); err != nil {
		return err
	}
	o.MaskShown = o.MaskDir
	o.MaskDir = inside
	return nil
}

// publish renames the complete report into place, replacing a previous one.
func (rw *Writer) publish() error {
	old := ""
	if _, err := os.Stat(rw.final); err == nil {
		o, err := os.MkdirTemp(filepath.Dir(rw.final), filepath.Base(rw.final)+".old-")
		if err != nil {
			return err
		}
		os.Remove(o)
		if err := os.Rename(rw.final, o); err != nil {
			return fmt.Errorf("moving the previous report aside: %w", err)
		}
		old = o
	}
	if err := os.Rename(rw.dir, rw.final); err != nil {
		if old != "" {
			os.Rename(old, rw.final)
		}
		return fmt.Errorf("renaming the report into place: %w", err)
	}
	rw.dir = rw.final
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// Abandon removes the fresh folder of a report that was not published;
// after Finish it does nothing.
func (rw *Writer) Abandon() {
	if rw.dir != rw.final {
		os.RemoveAll(rw.dir)
	}
}
