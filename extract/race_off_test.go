//go:build !race

package extract

// raceEnabled: see race_on_test.go.
const raceEnabled = false
