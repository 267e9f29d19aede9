package webhookverify

// AbstractEffects: a store behind an interface whose implementation
// the package cannot see, handed a paid status or the event's own status
// in a payment webhook, stores a payment state; look-alikes (a state that
// is no payment's, a logger, a counter, a notifier, a verified webhook, a
// CI provider's webhook, a visible implementation, a test's fake
// provider) stay silent.
var _ = cases.Add(Analyzer, "AbstractEffects", "ifacehooks/abstract/statehooks", "ifacehooks/abstract/cihooks",
	"ifacehooks/abstract/localimpl", "ifacehooks/abstract/namedevent")
