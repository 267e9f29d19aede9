package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// MailAfterGuardB17: net/http Stripe listeners of a bakery that credit a
// gift-card top-up once (the wallet store moves it out of pending first)
// or mark an order paid only while it is not, and then, after the branch
// joins again, mail the customer through a port whose implementation
// posts to a mail API over net/http or sends through Gmail's API: the
// mail goes out on every delivery, reported. The mail inside the guarded
// branch, after an early return for a paid order, queued in an outbox
// keyed by the event id (ON CONFLICT DO NOTHING), through a sender that
// claims the confirmation with a pending CAS before posting, or a notice
// only logged and counted, silent.
var _ = cases.Add(webhookdedupe.Analyzer, "MailAfterGuardB17", "b17mail/...")
