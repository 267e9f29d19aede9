package payment_test

// PaidObjectColumns: a status column named for a payment object
// (deposit_status, invoice_state) set to a settled value stores a paid
// state on any business table; a delivery's or housekeeping's status,
// a pending or authorised deposit, and a log row do not.
var _ = cases.Add(debug, "PaidObjectColumns", "model/r8/paidcols")
