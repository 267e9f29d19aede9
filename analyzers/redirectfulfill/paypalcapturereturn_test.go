package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// PayPalCaptureReturn: PayPal return pages of another package capturing
// the approved order over plain REST through a use case bound in main.
var _ = cases.Add(redirectfulfill.Analyzer, "PayPalCaptureReturn", "paypalcapturereturn/...")
