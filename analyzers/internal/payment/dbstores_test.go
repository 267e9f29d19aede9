package payment_test

// DBStores: paid states written through ent and bun builders, the
// mongo driver and redis, and free subscriptions that are not paid ones.
var _ = cases.Add(debug, "DBStores", "model/dbstores")
