package webhookdedupe

// AbstractCredits: a credit (TopUp, AddBonusPoints) through an
// interface whose implementation the package cannot see, handed the
// event's amount in a payment webhook, is repeated on every delivery;
// look-alikes (guarded by the event id, a state set, a dashboard sample,
// points for a daily login) stay silent.
var _ = cases.Add(Analyzer, "AbstractCredits", "ifacehooks/abstract/credithooks")
