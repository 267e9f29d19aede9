package retrystatus_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/retrystatus"
)

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestRetryStatus runs every case in one load.
func TestRetryStatus(t *testing.T) {
	analysistest.Run(t, testdata(t), retrystatus.Analyzer,
		"retrystatus/nethttp",        // hand-written loops: != 200, >= 400, != 201, default; 5xx/429 only, 409 with key, 401 refresh
		"retrystatus/libs",           // backoff v4/v5, retry-go v4 (Unrecoverable, RetryIf), sethvargo RetryableError
		"retrystatus/resty",          // resty IsError / StatusCode()
		"retrystatus/rhttp",          // retryablehttp CheckRetry
		"retrystatus/stripe",         // *stripe.Error types
		"retrystatus/helpers/use",    // an in-house retry helper of another package
		"retrystatus/sdkresp",        // Adyen: an error for every status >= 300; StatusCode/100 class tests
		"retrystatus/rhttpcond",      // CheckRetry returning a computed condition
		"retrystatus/wrapped/use",    // wrappers that turn every 4xx/5xx into an error (a fact), status carried by an in-house type
		"retrystatus/forwarded/shop", // methods forwarding a wrapper's error, or handing back its status as an int
		"retrystatus/rowsworker",     // workers over pending rows whose push errs on every non-2xx, only logged
		"retrystatus/resphelper/app", // helpers (of this package and another) that test the callback's answer themselves
		"retrystatus/errlist",        // Square responses listing the API's errors: every listed error sent round again
		"retrystatus/errfilter",      // in-house helpers that test the failed answer: only 429/5xx round (silent), unread (silent), 4xx round
	)
}

func TestDoc(t *testing.T) {
	first, _, _ := strings.Cut(retrystatus.Analyzer.Doc, "\n")
	if first != "retrystatus: retries of payment calls on answers that will never change" {
		t.Errorf("doc title = %q", first)
	}
	for _, seed := range []string{"KeyStone guide", "Hilt guide", "Exirom guide", "Tally guide", "Bad:", "Good:"} {
		if !strings.Contains(retrystatus.Analyzer.Doc, seed) {
			t.Errorf("doc does not cite %s", seed)
		}
	}
}

// Round7: senders whose status int comes with a decode error on a
// success only (r7/decodeok); tests free of the outcome (an attempt cap,
// a deadline) on the way round (r7/freecond).
var _ = cases.Add(retrystatus.Analyzer, "Round7", "retrystatus/r7/decodeok", "retrystatus/r7/freecond")

// BrokerRequeue: RabbitMQ consumers (amqp091-go) that requeue a failed
// refund (retry/redeliver.go, retrycond/requeue.go): every error of an
// in-house client of another package that errs on every answer >= 400
// requeued by d.Nack(false, true), and a refund sent in a handler given
// the delivery that rejects with requeue=true every answer but 201,
// reported. Requeuing only a lost answer, 429 and 5xx (read from the
// response or from the client's *APIError) and dead-lettering the rest,
// and a consumer that never requeues, stay silent.
var _ = cases.Add(retrystatus.Analyzer, "BrokerRequeue", "brokerrequeue/refundstatus")

// TypedStatusRetry: retry helpers of another package that tell a failed
// attempt's statuses apart through the *StatusError its callback fails
// with (retry/flowcarrier.go), around a payout client that returns
// &StatusError{Code: resp.StatusCode} for every non-2xx answer. A helper
// that only checks the error is a *StatusError (errors.As without its
// code, a type switch clause that sleeps and goes round) and a
// backoff.Retry operation that sends any *StatusError round are
// reported. Helpers that stop on a code that will not change (errors.As
// with a transient-code predicate, a type switch, a type assertion, a
// callback answering with a status beside its error) and an operation
// that marks refusals permanent stay silent.
var _ = cases.Add(retrystatus.Analyzer, "TypedStatusRetry", "typedstatusretry/...")

// RefundAttemptLoop: refund attempt loops of a hand-written client that
// sends the *http.Request a retryablehttp request wraps (req.Request,
// also .WithContext(ctx)) with a plain client (payment/httpcalls.go
// embeddedRequest): going round on every answer but 201, or on every
// status of 300 and up, is reported; a loop that goes round only on 5xx
// and 429, and a single send, stay silent.
var _ = cases.Add(retrystatus.Analyzer, "RefundAttemptLoop", "refundattemptloop")
