package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// PostedStatusL14: an echo crypto IPN, a webhook because the posted
// status becomes the order's payment status (through a row-taking store
// helper), mails the receipt over SMTP before answering: reported. Its
// look-alikes (status read back from the API, HMAC checked) send nothing.
var _ = cases.Add(webhookack.Analyzer, "PostedStatusL14", "l14posted/cryptoipn")
