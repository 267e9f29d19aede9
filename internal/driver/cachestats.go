package driver

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// ---- -debug.cache: how much of a run the go build cache answered ------------
//
// The standalone command's result cache is go vet's: a package whose
// inputs, dependencies' facts, analyzers and configuration are unchanged
// is not analysed again, and go vet replays its result without starting
// the tool. So the units the tool is started for are the cache misses;
// with -debug.cache each of them appends its package to a file named in
// the environment, and the command compares their number with the
// packages of the run. The variable is not part of the tool's identity
// (printToolID), so asking for the statistics does not empty the cache.

// StatsEnv names the file each unit appends "<package> <vet|facts>" to.
const StatsEnv = "PAYLINT_CACHE_STATS"

// noteUnit records that go vet started the tool for u.
func noteUnit(u *unit) {
	path := os.Getenv(StatsEnv)
	if path == "" {
		return
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return // statistics are best effort; the analysis is not
	}
	defer f.Close()
	kind := "vet"
	if u.VetxOnly {
		kind = "facts"
	}
	fmt.Fprintf(f, "%s %s\n", u.ID, kind) // one short write: whole lines under O_APPEND
}

// cacheStats counts the units of a run.
type cacheStats struct {
	analysed  int // units go vet started the tool for
	factsOnly int // of which for their importers' facts only
	packages  int // packages of the run (roots and dependencies)
}

// readStats reads the file the units appended to.
func readStats(r io.Reader) cacheStats {
	var s cacheStats
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 2 || seen[sc.Text()] {
			continue
		}
		seen[sc.Text()] = true
		s.analysed++
		if f[1] == "facts" {
			s.factsOnly++
		}
	}
	return s
}

// line words the statistics for stderr.
func (s cacheStats) line() string {
	replayed := s.packages - s.analysed
	if replayed < 0 {
		replayed = 0
	}
	return fmt.Sprintf("paylint: cache: %d of %d packages analysed (%d of them only for their importers' facts), %d replayed from the go build cache",
		s.analysed, s.packages, s.factsOnly, replayed)
}

// withCacheStats makes the units of req's go vet run record themselves,
// and returns what prints the statistics once the run is over.
func withCacheStats(req *vetRequest, stderr io.Writer) (func(), error) {
	f, err := os.CreateTemp("", "paylint-cache-*.txt")
	if err != nil {
		return nil, failf("-debug.cache: %v", err)
	}
	f.Close()
	req.stats = f.Name()
	return func() {
		defer os.Remove(req.stats)
		r, err := os.Open(req.stats)
		if err != nil {
			return
		}
		defer r.Close()
		s := readStats(r)
		s.packages = countPackages(*req)
		fmt.Fprintln(stderr, s.line())
	}, nil
}

// countPackages counts the packages of the run, dependencies included
// (go vet runs a unit for each, for its facts), test variants aside.
func countPackages(req vetRequest) int {
	out, err := goCommand(req, append([]string{"list", "-e", "-deps", "-f", "{{.ImportPath}}"}, req.patterns...)...).Output()
	if err != nil {
		return 0
	}
	return len(strings.Fields(string(out)))
}
