package payment_test

// StoreRecordS17: a payment record (an invoice, a subscription) handed
// whole to a store of the merchant's own (a generic key-value bucket's
// Put, a concrete Save) after its status field was given a paid value: a
// classifier's constant through a local, a constant in a pointer record,
// a keyed literal in the call. Silent: a cache's Set, sync.Map.Store, a
// parcel's completed status, a status copied through a function that maps
// nothing, a classifier of the payment service's answer, paid only on
// that answer, a classifier knowing no paid value, a paid value set after
// the write, and a status handed in by the caller.
var _ = cases.Add(debug, "StoreRecordS17", "s17records/app")
