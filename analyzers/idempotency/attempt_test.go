package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// AttemptKeyW18: a PaymentIntent made again on each pass of a loop after
// a waiter of the package gives up while it may be pending, through the
// package's own wrapper that prints the pass counter it is handed into
// the key (order-try1, -try2…): a new key per pass, reported. Silent:
// instalments numbered by the counter (each a payment of its own, the
// loop never leaving on a settled one) and a key made of the order only
// (orderkey).
var _ = cases.Add(idempotency.Analyzer, "AttemptKeyW18", "w18rewait/numberedkey", "w18rewait/instalments", "w18rewait/orderkey")
