package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/hueprint/hueprint/cmd/hueprint/internal/studio"
	"github.com/hueprint/hueprint/palette/imagefile"
)

const studioUsage = `Usage: hueprint studio [--addr 127.0.0.1:8080] [--open]

Serve the studio: a local web page with the palette builder (tags with
suggestions, style, harmony, locks, variants; the space bar regenerates the
unlocked colours), live previews (palette card, banners, contrast grid,
colour-vision simulation), every export format and a ZIP of every banner,
and image checks and extraction by dropping files. The URL holds the whole
state: a link reproduces the palette.

Nothing leaves the machine: the page and its assets are in the binary,
uploaded images stay in memory. The server answers only requests whose
Host is its own address and refuses cross-origin writes. It listens on
loopback unless --addr names another address, which it warns about.
Ctrl-C stops it.

Examples:
  $ hueprint studio
  $ hueprint studio --addr 127.0.0.1:0 --open
`

func runStudio(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("studio", studioUsage, stdout)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (port 0: any free port)")
	open := fs.Bool("open", false, "open the page in the default browser")
	maxPixels := fs.Int64("max-pixels", imagefile.DefaultMaxPixels, "refuse uploaded images with more pixels than this")
	if code, done := parseFlagsOnly(fs, args, stderr, ""); done {
		return code
	}
	if *maxPixels < 1 {
		return usageError(stderr, "studio", fmt.Sprintf("--max-pixels %d: want at least 1", *maxPixels))
	}
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		return usageError(stderr, "studio", fmt.Sprintf("--addr %q: want HOST:PORT, e.g. 127.0.0.1:8080", *addr))
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fmt.Fprintf(stderr, "hueprint: warning: --addr %s is not loopback: other machines on the network can use the studio\n", *addr)
	}
	// Catch Ctrl-C before anything is served, so that it always stops the
	// server cleanly.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "hueprint: --addr: %v\n", err)
		fmt.Fprintln(stderr, "hueprint: hint: --addr 127.0.0.1:0 picks a free port")
		return exitUsage
	}
	bound := ln.Addr().String()
	h, err := studio.New(studio.Options{Addr: bound, MaxPixels: *maxPixels})
	if err != nil {
		ln.Close()
		return fail(stderr, "%v", err)
	}
	url := "http://" + bound + "/"
	fmt.Fprintf(stdout, "hueprint studio: %s\n", url)
	if f, ok := stdout.(interface{ Sync() error }); ok {
		f.Sync()
	}
	if outputErr(stdout) != nil {
		ln.Close() // nobody can learn the address: do not serve; run reports the error
		return exitUsage
	}
	if *open {
		if err := studio.OpenBrowser(url); err != nil {
			fmt.Fprintf(stderr, "hueprint: --open: %v\n", err)
		}
	}
	if err := studio.Serve(ctx, ln, h); err != nil {
		return fail(stderr, "studio: %v", err)
	}
	fmt.Fprintln(stderr, "hueprint: studio stopped")
	return exitOK
}
