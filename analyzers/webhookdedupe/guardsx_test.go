package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// GuardsX: duplicate guards behind helpers of other packages (an
// idempotency package's function, a store type's method) guard their
// caller's effects; helpers answering something else, and interface
// methods with no implementation in sight, guard nothing.
var _ = cases.Add(webhookdedupe.Analyzer, "GuardsX", "webhookdedupe/guardsx/hooks")
