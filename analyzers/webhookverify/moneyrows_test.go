package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// MoneyRowsDeps: a webhook reaching its store through the merchant's
// interface, implemented in a package it imports whose SQL shows the
// rows carry money (charged_minor, charged_currency, status): settling
// one after a signature mismatch that is only logged is reported. The
// same call verified first, a payout marked completed and a remark kept
// stay silent.
var _ = cases.Add(webhookverify.Analyzer, "MoneyRowsDeps", "mrhooks/...")
