package idempotency_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/paylint/paylint/analyzers/idempotency"
)

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// Idempotency: the first catalogue, by shape of retry and key.
var _ = cases.Add(idempotency.Analyzer, "Idempotency",
	"idempotency/nethttp",        // hand-written loops, closures, body keys
	"idempotency/recursion",      // recursion
	"idempotency/recursionloop",  // recursion written as for cond { return self() }
	"idempotency/libs",           // backoff v4/v5, retry-go v4/v5, sethvargo
	"idempotency/generics",       // generic helper, RetryWithData[T]
	"idempotency/resty",          // resty retry count, resty in backoff
	"idempotency/retryablehttp",  // client that retries
	"idempotency/clienttemplate", // a retrying client behind a request method the caller names the write to
	"idempotency/stripe82",       // the stripe-go trap, v82
	"idempotency/stripe72",       // the stripe-go trap, v72
	"idempotency/wrappers/billing",
	"idempotency/wrappers/app", // two calls and one package away
)

func TestDoc(t *testing.T) {
	first, _, _ := strings.Cut(idempotency.Analyzer.Doc, "\n")
	if first != "idempotency: retried payment writes without one stable idempotency key" {
		t.Errorf("doc title = %q", first)
	}
	for _, seed := range []string{"001 Tally", "002 Exirom", "003 KeyStone", "000 Hilt"} {
		if !strings.Contains(idempotency.Analyzer.Doc, seed) {
			t.Errorf("doc does not cite %s", seed)
		}
	}
}
