package driver

import (
	"regexp"
	"strings"
	"testing"
)

// TestDebugCache: -debug.cache says how many packages were analysed and
// how many go vet replayed; a second run over unchanged code analyses
// none, and asking for the statistics does not change the cache key.
func TestDebugCache(t *testing.T) {
	withRegistry(t, fake)
	t.Chdir("testdata/fake")
	stats := regexp.MustCompile(`paylint: cache: (\d+) of (\d+) packages analysed \((\d+) of them only for their importers' facts\), (\d+) replayed from the go build cache`)
	if code, _, stderr := runMain(t, "-debug.cache", "./..."); code != ExitFindings || !stats.MatchString(stderr) {
		t.Fatalf("first run: exit %d, stderr %q; want 1 and the statistics", code, stderr)
	}
	code, _, stderr := runMain(t, "-debug.cache", "./...")
	m := stats.FindStringSubmatch(stderr)
	if code != ExitFindings || m == nil || m[1] != "0" || m[2] == "0" || m[2] != m[4] {
		t.Fatalf("second run: exit %d, stderr %q; want 1 and every package replayed", code, stderr)
	}
	if code, _, stderr := runMain(t, "./..."); code != ExitFindings || strings.Contains(stderr, "cache:") {
		t.Fatalf("without -debug.cache: exit %d, stderr %q; want no statistics", code, stderr)
	}
}

func TestReadStats(t *testing.T) {
	s := readStats(strings.NewReader("a vet\nb facts\nb facts\nbroken\n"))
	s.packages = 5
	if s.analysed != 2 || s.factsOnly != 1 {
		t.Fatalf("readStats = %+v; want 2 analysed, 1 for facts (a repeated line counted once)", s)
	}
	if want := "paylint: cache: 2 of 5 packages analysed (1 of them only for their importers' facts), 3 replayed from the go build cache"; s.line() != want {
		t.Fatalf("line = %q, want %q", s.line(), want)
	}
}
