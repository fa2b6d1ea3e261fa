//go:build race

package extract

// raceEnabled says the test binary runs under the race detector, where
// extracting hundreds of pages takes minutes: the quality-figure tests
// skip there and run in make test's second, race-free pass.
const raceEnabled = true
