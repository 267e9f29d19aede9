package retrystatus_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/paylint/paylint/analyzers/retrybackoff"
	"github.com/paylint/paylint/analyzers/retrystatus"
)

// TestPrecisionRetryPoll runs retrystatus and retrybackoff over the
// retry/poll precision corpus (testdata/src/precision/retrypoll, the
// near misses of the other rules excepted): production-style code written
// to keep idempotency and the poll rules silent. One load, one checker
// pass. Any finding fails the test except those listed in judged, which
// were reviewed one by one and are right under these two rules.
func TestPrecisionRetryPoll(t *testing.T) {
	dir := filepath.Join(testdata(t), "src", "precision", "retrypoll")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var patterns []string
	for _, e := range entries {
		if e.IsDir() && e.Name() != "nearmiss" {
			patterns = append(patterns, "precision/retrypoll/"+e.Name())
		}
	}
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax,
		Dir:   dir,
		Tests: true,
		Env:   append(os.Environ(), "GOPATH="+testdata(t), "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d load errors", n)
	}
	if len(pkgs) < 10 {
		t.Fatalf("loaded %d packages, want the whole corpus", len(pkgs))
	}
	seen := map[string]bool{}
	graph, err := checker.Analyze([]*analysis.Analyzer{retrystatus.Analyzer, retrybackoff.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if act.IsRoot {
			for _, d := range act.Diagnostics {
				pos := act.Package.Fset.Position(d.Pos)
				rel, _ := filepath.Rel(filepath.Join(testdata(t), "src"), pos.Filename)
				at := fmt.Sprintf("%s %s:%d", act.Analyzer.Name, filepath.ToSlash(rel), pos.Line)
				if want, ok := judged[at]; ok && strings.Contains(d.Message, want) {
					seen[at] = true
					continue
				}
				t.Errorf("%s: false positive at %s: %s", act.Analyzer.Name, pos, d.Message)
			}
		}
	}
	for at := range judged {
		if !seen[at] {
			t.Errorf("judged finding no longer reported: %s", at)
		}
	}
}

// judged are the corpus findings reviewed and found right, with a part
// of their message. The corpus cases were written for the key rules and
// happen to retry with no wait, a fixed sub-second wait, or a default
// branch that retries every status.
var judged = map[string]string{
	// recovery409.Confirm: the default branch retries 400/404/422 of a
	// confirmation (only 409 is handled by reading the state).
	"retrystatus precision/retrypoll/recovery409/recovery409.go:50": "every non-2xx status is retried, including 400/404/422",
	// worker: billing.Charge and ChargeOrder forward send's error, which
	// is non-nil for every status >= 300 (fmt.Errorf("status %d")); the
	// backoff and the loop retry every error, so a 400/422 charge is sent
	// again (found once wrapper summaries followed forwarding methods).
	"retrystatus precision/retrypoll/worker/worker.go:28": "every non-2xx status is retried, including 400/404/422",
	"retrystatus precision/retrypoll/worker/worker.go:36": "every non-2xx status is retried, including 400/404/422",
	// Three immediate attempts on an error or a 5xx: no wait at all.
	"retrybackoff precision/retrypoll/derivedkeys/derivedkeys.go:69":   "with no wait between attempts", // HelperKey: reported since keyFor is known not to block
	"retrybackoff precision/retrypoll/derivedkeys/derivedkeys.go:117":  "with no wait between attempts",
	"retrybackoff precision/retrypoll/derivedkeys/derivedkeys.go:144":  "with no wait between attempts",
	"retrybackoff precision/retrypoll/freshother/freshother.go:66":     "with no wait between attempts",
	"retrybackoff precision/retrypoll/keyforms/keyforms.go:50":         "with no wait between attempts",
	"retrybackoff precision/retrypoll/keyforms/keyforms.go:65":         "with no wait between attempts",
	"retrybackoff precision/retrypoll/keyforms/keyforms.go:79":         "with no wait between attempts",
	"retrybackoff precision/retrypoll/keyforms/keyforms.go:93":         "with no wait between attempts",
	"retrybackoff precision/retrypoll/providerkeys/providerkeys.go:52": "with no wait between attempts",
	"retrybackoff precision/retrypoll/providerkeys/providerkeys.go:64": "with no wait between attempts",
	"retrybackoff precision/retrypoll/providerkeys/providerkeys.go:82": "with no wait between attempts",
	// readretry: a read retried on 5xx every 200ms, and a stripe read
	// under backoff.NewConstantBackOff(250ms).
	"retrybackoff precision/retrypoll/readretry/readretry.go:30": "every 200ms, a fixed wait that does not grow",
	"retrybackoff precision/retrypoll/readretry/readretry.go:55": "every 250ms, a fixed wait that does not grow",
	// iterators.Bounded: each stale payment's cancel (a hold released,
	// judged since the rules take Release) is tried three times at once.
	"retrybackoff precision/retrypoll/iterators/rangefunc.go:42": "with no wait between attempts",
}
