//go:build tools

// Package tools pins the versions of the linters that .ci/run installs, apart
// from the library's own go.mod so that users of hueprint never download them.
package tools

import _ "honnef.co/go/tools/cmd/staticcheck"
