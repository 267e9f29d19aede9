package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// SignedMountRC4: a partner's event handler that decodes the event and
// stores only a mandate's state (no paid state: its use case confirms
// nothing) is a payment provider's webhook where the binding package
// mounts it behind a middleware known to verify the signature, on a
// hook path naming a mandate, wrapped in middleware calls around an
// http.HandlerFunc conversion: its text to the payer, sent through the
// SMS provider's API before the answer, is reported at the binding
// (app). Silent: the text sent after the answer or from a goroutine
// (appafter), the same signed mount on a back-office path (appadmin), and
// texts bound to an in-memory outbox (appqueue).
var _ = cases.Add(webhookack.Analyzer, "SignedMountRC4", "rc4signed/mandates", "rc4signed/app", "rc4signed/appafter",
	"rc4signed/appadmin", "rc4signed/appqueue")
