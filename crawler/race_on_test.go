//go:build race

package crawler

// raceEnabled scales the heaviest hostile-site tests down under -race,
// which runs them 5-20 times slower; the code paths are the same.
const raceEnabled = true
