package pollinterval

import (
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis/analysistest"
)

func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestPollInterval(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), Analyzer,
		"pollinterval/stripeget", "pollinterval/nethttp", "pollinterval/wrapped", "pollinterval/configmin")
}

func TestMinFlag(t *testing.T) {
	if err := Analyzer.Flags.Set("min", "5s"); err != nil {
		t.Fatal(err)
	}
	defer Analyzer.Flags.Set("min", "0")
	if minFlag != 5*time.Second {
		t.Fatalf("-pollinterval.min=5s gave %v", minFlag)
	}
	analysistest.RunWithSuggestedFixes(t, testdata(t), Analyzer, "pollinterval/flagmin")
}

func TestGoDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		2 * time.Second:         "2 * time.Second",
		time.Second:             "time.Second",
		1500 * time.Millisecond: "1500 * time.Millisecond",
		3 * time.Minute:         "3 * time.Minute",
		7:                       "time.Duration(7)",
	} {
		if got := goDuration(d, "time"); got != want {
			t.Errorf("goDuration(%v) = %q, want %q", d, got, want)
		}
	}
	if got := short(2 * time.Minute); got != "2m" {
		t.Errorf("short(2m) = %q", got)
	}
}
