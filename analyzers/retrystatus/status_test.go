package retrystatus_test

import (
	"github.com/paylint/paylint/analyzers/retrystatus"
)

// SelectWaitDSPB: a retry loop waiting in a select on ctx.Done() and a
// timer (time.After, a *time.Timer's C) after a success-only check or a
// status switch whose default falls through sends 400/404/422 round
// again; the same wait after a condition returning on 4xx, a select on an
// abort channel and a select with a default stay silent.
var _ = cases.Add(retrystatus.Analyzer, "SelectWaitDSPB", "dspbstatus/selectwait")

// CompoundResourceDSPB: POSTs to a qualified payment resource
// ("/v3/sepa-payments", "/v3/credit_transfers") retried on every status
// but success reported; the same loops around "/v1/inventory_transfers"
// and "/v1/payment-methods" silent.
var _ = cases.Add(retrystatus.Analyzer, "CompoundResourceDSPB", "dspbstatus/compound")
