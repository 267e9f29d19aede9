package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// SDKIfaceT15p: an SDK client behind an unexported field of the
// package's own interface, written in the SDK's types and filled by the
// constructor's caller (main binds the client): an Adyen payment retried
// by a retrier held in a pointer field with a uuid key built inside the
// closure, and a GoCardless payment retried by a package-level helper
// with no key (the SDK makes one per call), reported as the SDK's calls.
// Look-alikes that stay silent: the Adyen key made once before the
// retrier runs (adyenonce), an interface with a method of the
// merchant's own beside the SDK's (mixedport), and a field also given an
// in-memory payer of the package in dry-run mode (dryrun).
var _ = cases.Add(idempotency.Analyzer, "SDKIfaceT15p", "t15psdkiface/adyenretry", "t15psdkiface/adyenonce",
	"t15psdkiface/gcretry", "t15psdkiface/mixedport", "t15psdkiface/dryrun")
