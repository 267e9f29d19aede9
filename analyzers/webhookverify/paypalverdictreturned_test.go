package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// PayPalVerdictReturned: a merchant's PayPal client of another package
// posts the delivery to /v1/notifications/verify-webhook-signature and
// returns the answer's verification_status for the caller to compare
// (its error says only that PayPal could not be asked). Reported: the
// paid write after checking only that error, with the verdict logged
// (slog, log.Printf) or dropped, also through a helper of the client that
// hands back only that error. Silent: the verdict compared with SUCCESS,
// a FAILURE verdict refused, the verdict handed to a function that judges
// it, and a helper of the client that errs unless it is SUCCESS.
var _ = cases.Add(webhookverify.Analyzer, "PayPalVerdictReturned", "paypalverdictreturned/...")
