package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// WordVerifierC17: endpoints that call a check named as a verification
// (VerifyAttempt, VerifyDocument, VerifyEmailToken, a captcha's Verify)
// handed only what the handler looked up or a user's own token are not
// webhooks by that word: a lab grading a learner's attempt and opening
// the next module (chi), a KYC form whose document check opens a wallet
// (echo), an e-mail confirmation setting a workspace up on its plan
// (gin), a hosting sign-up provisioning a machine after a captcha (fiber)
// stay silent; a code host's push hook signed with X-Hub-Signature-256
// that provisions a preview on the project's tier is a webhook, but no
// payment provider's: a fulfilment known by its name alone does not make
// it one (c17words/cihooks).
var _ = cases.Add(webhookack.Analyzer, "WordVerifierC17", "c17words/...")

// WordVerifierHandedC17: a PSP's refund notice whose checker, known by
// its name, is handed the raw body is a webhook, and mailing the
// customer before answering is reported.
var _ = cases.Add(webhookack.Analyzer, "WordVerifierHandedC17", "c17psp/refunds")
