package measure

// SetSlowTally makes Measure tally every pixel one by one (the reference
// path) when slow, and returns a function restoring the default.
func SetSlowTally(slow bool) (restore func()) {
	old := slowTally
	slowTally = slow
	return func() { slowTally = old }
}

// SetDenseCheck sets the size from which scanYCbCr may stop early, and
// returns a function restoring the default.
func SetDenseCheck(pixels int) (restore func()) {
	old := denseCheckPixels
	denseCheckPixels = pixels
	return func() { denseCheckPixels = old }
}
