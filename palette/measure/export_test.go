package measure

// SetSlowTally makes Measure tally every pixel one by one (the reference
// path) when slow, and returns a function restoring the default.
func SetSlowTally(slow bool) (restore func()) {
	old := slowTally
	slowTally = slow
	return func() { slowTally = old }
}
