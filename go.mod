module github.com/hueprint/hueprint

go 1.26.0

require (
	github.com/lucasb-eyer/go-colorful v1.4.1
	github.com/spf13/pflag v1.1.0
	golang.org/x/image v0.48.0
	golang.org/x/term v0.48.0
	golang.org/x/text v0.44.0
)

require golang.org/x/sys v0.50.0 // indirect
