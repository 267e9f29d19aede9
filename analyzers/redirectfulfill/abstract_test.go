package redirectfulfill

// AbstractEffects: on a success-redirect page, a service behind an
// interface whose implementation the package cannot see that unlocks,
// issues or stores a paid state where a query or form parameter was
// tested against a paid value fulfils the order; look-alikes (no paid
// test, a pending state, the payment read back from the provider, an
// e-mail confirmation link) stay silent.
var _ = cases.Add(Analyzer, "AbstractEffects", "ifacehooks/abstract/returns", "ifacehooks/abstract/startpages")
