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

// BrokerRequeue: RabbitMQ consumers (amqp091-go) that hand a failed
// payment call's message back with requeue=true, so the next delivery
// repeats the call (retry/redeliver.go): a PayPal refund through an
// in-house client of another package with no PayPal-Request-Id, requeued
// by d.Nack(false, true) in a range over the consumer's deliveries and by
// ch.Nack(d.DeliveryTag, false, true) in a consumer goroutine, and a
// payout whose handler, given the delivery, makes a new Idempotency-Key
// on every delivery and rejects with requeue=true, reported. A failed
// refund dead-lettered (Nack(false, false), Reject(false)), acked after
// logging, requeued only on its first delivery (!d.Redelivered), or
// requeued with the refund row's id or the message's id as
// PayPal-Request-Id, and a consumer mailing receipts that requeues, stay
// silent.
var _ = cases.Add(idempotency.Analyzer, "BrokerRequeue", "brokerrequeue/refundkeys")
