// Package fileutil holds the small file helpers that hueprint's packages
// (palette/check, palette/check/report) and its command share, and that a
// design tool writing files next to its users' needs too:
//
//   - WriteAtomic writes through a temporary file in the same folder and
//     renames it into place, so that a reader never sees half a file and a
//     failed write (a full disk, a closed pipe) leaves the previous file
//     whole; devices and FIFOs (/dev/stdout) are written directly.
//   - SafeText quotes a file name holding control or invisible characters
//     before it goes into a message, so that a name cannot drive the
//     terminal or forge a line of output.
//   - ReadLimited reads a file with a size limit; SameFile tells whether an
//     output would overwrite an input.
//
// It knows nothing of colours or palettes; it sits under palette/ only
// because the project's top level holds palette, contrast, cmd and
// examples.
package fileutil
