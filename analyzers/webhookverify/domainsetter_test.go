package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// DomainSetter: a public gin webhook (from a route table) that trusts the
// posted event and has the use case settle the purchase it names, where
// the paid status is set by a domain method of the entity
// (Purchase.Settle: p.Status = Settled) and saved whole through the
// repository interface, whose GORM implementation lives in another
// package: reported. Silent: the same after webhook.ConstructEvent, and a
// webhook whose use cases only set a note through a domain method, or
// save the row while a method with a value receiver settled a copy.
var _ = cases.Add(webhookverify.Analyzer, "DomainSetter", "domainsetter/...")
