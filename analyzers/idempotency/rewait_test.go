package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// RewaitNoKeyT15p: the debit of pollcreate's RewaitMapIDT15p (its id
// taken with a comma-ok assertion) made again after the waiter gives up
// while it may be pending, through an SDK that sends no idempotency key
// at all (razorpay-go): each pass is a new payment to the provider,
// reported. The waiter erring when still
// pending (pendingerr) and the loop going round only on "failed"
// (failedonly) stay silent.
var _ = cases.Add(idempotency.Analyzer, "RewaitNoKeyT15p", "t15prewait/upiwaitkey", "t15prewait/pendingerr", "t15prewait/failedonly")
