package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"syscall"
	"time"

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
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(stderr, "studio", fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
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
		fmt.Fprintf(stderr, "hueprint: %v\n", err)
		return exitUsage
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
		if err := openBrowser(url); err != nil {
			fmt.Fprintf(stderr, "hueprint: --open: %v\n", err)
		}
	}
	return serveStudio(ctx, ln, h, stderr)
}

// serveStudio serves h on ln until ctx is done, then shuts down, letting
// requests in flight finish for up to five seconds.
func serveStudio(ctx context.Context, ln net.Listener, h http.Handler, stderr io.Writer) int {
	srv := studio.Server(h)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		fmt.Fprintf(stderr, "hueprint: studio: %v\n", err)
		return exitUsage
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		fmt.Fprintf(stderr, "hueprint: studio: shutting down: %v\n", err)
		return exitUsage
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "hueprint: studio: %v\n", err)
		return exitUsage
	}
	fmt.Fprintln(stderr, "hueprint: studio stopped")
	return exitOK
}

// openBrowser asks the desktop to open url.
func openBrowser(url string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait()
	return nil
}
