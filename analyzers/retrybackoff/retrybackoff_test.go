package retrybackoff_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/retrybackoff"
)

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// RetryBackoff: the first catalogue, by shape of retry and wait.
var _ = cases.Add(retrybackoff.Analyzer, "RetryBackoff",
	"retrybackoff/loops",       // hand-written loops: busy, forever, fixed and fast; growing, capped, unknown
	"retrybackoff/libs",        // backoff v4/v5, retry-go v4/v5, sethvargo: constant and zero vs defaults
	"retrybackoff/helpers/use", // in-house helpers of another package: wait and bound from their summaries
	"retrybackoff/recursion",   // a function calling itself again: its fixed wait judged as in a loop
	"retrybackoff/formwrapper", // a single-endpoint gateway's send(form) wrapper: the form's method says what is sent
	"retrybackoff/waitinside",  // a loop around the package's own waiter waits too; around a bare sender it does not
	"retry/respdrain",          // draining, closing and logging the last answer is no wait
)

// TestMinFlag: -retrybackoff.min moves the threshold of a fixed wait.
func TestMinFlag(t *testing.T) {
	if err := retrybackoff.Analyzer.Flags.Set("min", "200ms"); err != nil {
		t.Fatal(err)
	}
	defer retrybackoff.Analyzer.Flags.Set("min", "1s")
	analysistest.Run(t, testdata(t), retrybackoff.Analyzer, "retrybackoff/minflag")
}

func TestDoc(t *testing.T) {
	first, _, _ := strings.Cut(retrybackoff.Analyzer.Doc, "\n")
	if first != "retrybackoff: payment calls retried with no backoff, too fast, or forever" {
		t.Errorf("doc title = %q", first)
	}
	for _, seed := range []string{"Exirom guide", "KeyStone guide", "Hilt guide", "Bad:", "Good:"} {
		if !strings.Contains(retrybackoff.Analyzer.Doc, seed) {
			t.Errorf("doc does not cite %s", seed)
		}
	}
}

// Release: a hold released (a payment intent cancelled, a Braintree
// authorization voided) is retried and paced like any payment call: back
// to back is reported, growing waits are not.
var _ = cases.Add(retrybackoff.Analyzer, "Release", "retrybackoff/r7/release", "retrybackoff/r7/btvoid")

// CapGuard: a loop whose only way round is a continue under an
// attempt cap is capped.
var _ = cases.Add(retrybackoff.Analyzer, "CapGuard", "retrybackoff/r7/capguard")

// BrokerRequeue: RabbitMQ consumers (amqp091-go) that requeue a failed
// refund (retry/redeliver.go): RabbitMQ delivers a requeued message
// again at once, so d.Nack(false, true) in a range over the deliveries
// and return d.Reject(true) in a handler given one are reported. A
// consumer that waits before requeuing, one that dead-letters, one that
// consumes with autoAck, and a mailer that requeues stay silent.
var _ = cases.Add(retrybackoff.Analyzer, "BrokerRequeue", "brokerrequeue/refundpace")

// RequeueAfterRetries: RabbitMQ consumers that retry a payout a few
// times themselves (a capped helper of another package, a counted loop)
// and then hand the message back with requeue=true
// (retry.RequeueAfterRetries): RabbitMQ delivers it again at once, so
// the attempts start over with no wait and no cap on the deliveries;
// reported at the requeue. Waiting before the requeue, republishing to a
// delayed exchange with an x-delay header, dead-lettering, and requeuing
// only when retries bounded by the consumer's context alone end stay
// silent.
var _ = cases.Add(retrybackoff.Analyzer, "RequeueAfterRetries", "requeueafterretries/...")
