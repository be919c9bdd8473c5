//go:build race

package main

// raceEnabled: the race detector multiplies memory, so peak memory is not
// checked under it.
const raceEnabled = true
