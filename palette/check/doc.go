// Package check is the batch checker behind "hueprint check": it lists
// inputs (files, folders searched recursively, lists of paths), keeps one
// shard of them, checks them in parallel within a memory budget and a
// timeout per image, and hands each Result back in input order. A Summary
// counts them and merges with the summaries of other shards; a Writer
// prints them as text, JSON lines, CSV or JUnit XML, in the caller's
// language (palette/psych).
//
// Measurement is palette/measure's; the rule is palette.Rule. Shares are
// fractions 0–1; distances from the rule are in points (percent). The
// package draws no progress bar, decides no exit code and names no
// command-line flag: its caller does. Its sibling palette/check/report
// writes the HTML report of a run.
//
// Only regular files are read: a FIFO or a device is an error result,
// symbolic links to files are followed, links to folders are not walked,
// and the folders of Options.Outputs are never read. Options.FS replaces
// the operating system's files (tests, Beam, archives).
//
// With Options.CollectGarbage, a worker runs the garbage collector
// (runtime.GC, process-wide) before a decode when the heap holds more
// than 16 MiB allocated since the last cycle: the buffers of images
// already checked are then free memory the decode reuses, where the
// collector's own pacing would often let the heap grow to twice a large
// image first (peak memory up to a third lower, for about 1 % more CPU in
// the collector; a command sets it, a server should not).
// Options.SetMemoryLimit has Run pace the garbage collector by the memory
// the budget admits (runtime/debug.SetMemoryLimit, restored after): lower
// peak memory for more CPU; it is the process's limit, so a command sets
// it, a server should not.
//
// # Security Considerations
//
// Images are untrusted input: each is decoded by palette/imagefile within
// Options.MaxPixels, after its header, when its estimated memory fits the
// budget (an image needing more than all of it is refused; a JPEG that
// measure.Decode's strip decoder reads is admitted at that decoder's
// memory, imagefile.Header.StripMemory, its file included), and within
// Options.Timeout.
package check
