package main

import "io"

func runPreview(args []string, stdin io.Reader, stdout, stderr io.Writer) int { return exitUsage }
