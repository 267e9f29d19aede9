package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// RequeueFailedA23: a dispatcher over queued bills sets a bill failed
// when opening its payment link errs, and a second loop of the same
// dispatcher sets the failed bills queued again a minute later
// (retry/requeue.go): the failed mark is no way out of the
// selection, so a lost answer opens a second link; reported where main
// binds the keyless client. The same dispatcher bound to a client keyed
// by the bill's reference, a twin whose second loop archives the failed
// bills, and one whose failed bills are queued again only by an
// operator's one-off call stay silent.
var _ = cases.Add(idempotency.Analyzer, "RequeueFailedA23", "a23requeue/...")
