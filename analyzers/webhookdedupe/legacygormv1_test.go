package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// LegacyGormV1: a concert ticket shop still on GORM v1
// (github.com/jinzhu/gorm, the same chain API under its old import path)
// takes sold seats off the concert with gorm.Expr("seats_left - ?", n)
// and spends a gift card through a store of another package on every
// verified Stripe delivery: reported. The seats taken only after the
// event id's insert under a v1 unique_index succeeded, and a gift card's
// balance set to a value, stay silent.
var _ = cases.Add(webhookdedupe.Analyzer, "LegacyGormV1", "legacygormv1/hooks")
