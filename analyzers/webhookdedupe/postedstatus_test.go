package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// PostedStatusL14: an echo crypto IPN, a webhook because the posted
// status becomes the order's payment status (through a row-taking store
// helper), mails the receipt on every delivery with no guard on the
// stored state: reported. Its look-alikes send nothing.
var _ = cases.Add(webhookdedupe.Analyzer, "PostedStatusL14", "l14posted/cryptoipn")
