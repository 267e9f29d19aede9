package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// XenditExternalIDA23: Xendit keeps no uniqueness on external_id (its
// key is the X-IDEMPOTENCY-KEY header), so an invoice POST to
// api.xendit.co retried with only the order's external_id in the body
// has no key (payment/xenditref.go): reported; the same invoice
// with the order's id as X-IDEMPOTENCY-KEY, and a custodian's transfer
// whose API dedupes on externalId, stay silent.
var _ = cases.Add(idempotency.Analyzer, "XenditExternalIDA23", "a23xenditref")
