package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// ConstantTimeSecretS23: an echo wallet's top-up notifications checking
// the dashboard secret a provider sends as is (verif-hash,
// X-Webhook-Secret) in constant time — subtle.ConstantTimeCompare over
// []byte conversions in either order, its verdict tested with != 1, == 0
// or == 1, or !hmac.Equal — and refusing a mismatch silent, as two MACs
// of the body compared so are; the verdict thrown away, a mismatch only
// logged and the header compared with a hash the body itself carries
// reported.
var _ = cases.Add(webhookverify.Analyzer, "ConstantTimeSecretS23", "s23ctcompare/...")
