package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// ReleasePortR22: echo return pages of a kit shop holding their Courier
// port, whose package also imports the GORM store for its back office
// (so the store was "in sight" though only main binds it), the store's
// Dispatch setting the purchase's status to "dispatched": a page that
// verifies the Flutterwave transaction and tests only the call's error,
// and a page trusting the redirect's status=completed, reported at the
// value main gives the page's field. Silent: the page testing the
// verified status inline or through a helper erring unless successful,
// a receipt page writing nothing, the verified webhook dispatching, the
// same pages bound to a courier that only logs, and a kiosk page whose
// port is bound to a stock hold's Dispatch storing "released" (a hold
// freed, not goods handed over).
var _ = cases.Add(redirectfulfill.Analyzer, "ReleasePortR22", "r22release/...")
