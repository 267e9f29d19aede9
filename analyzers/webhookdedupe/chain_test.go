package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// ChainD14: a chi Stripe listener calling billing through its interface,
// whose implementation renews through the members service's interface
// (declared beside its implementation, which pushes the membership's end
// forward): a service's summary sees through the interface calls in it,
// so the extension is reported at the handler's call. The same chain
// behind the invoice's stored state, and one setting the end to the
// invoice's period end, silent.
var _ = cases.Add(webhookdedupe.Analyzer, "ChainD14", "d14chain/...")
