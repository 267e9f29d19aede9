package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// VfyVerdict: SDK verifiers whose verdict is a result field (PayPal's
// VerificationStatus), and signature checks that depend on a configured
// secret (fail-open unless the empty secret is refused).
var _ = cases.Add(webhookverify.Analyzer, "VfyVerdict", "webhookverify/vfyverdict", "webhookverify/vfysecret")
