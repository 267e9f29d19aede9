package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// StockD14: net/http Stripe listeners taking seats away by constant SQL
// (seats_available = seats_available - $1), boxes out of a depot of
// another package (GORM gorm.Expr("inventory - ?")), and merchandise
// loaded, lowered (m.Stock -= qty) and saved: reported, a second delivery
// sells the items twice. The seats set to a value, the decrement behind
// the order's stored paid state or an event id's unique insert, an
// inventory recounted, a column computed from two others, and a
// customer's credits_left - 1 silent.
var _ = cases.Add(webhookdedupe.Analyzer, "StockD14", "d14stock/...")
