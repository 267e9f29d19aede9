package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// RepeatedGrants: entitlement counts, earnings and reward rows raised
// on every delivery, and the look-alikes that repeat harmlessly.
var _ = cases.Add(webhookdedupe.Analyzer, "RepeatedGrants", "webhookdedupe/stgrants")
