package pollinterval

// C15p: a Midtrans voucher polled by order id on a value-receiver client
// field at a cadence constant of another package (1s), in a loop that
// renews the order id when the payer's window ran out, is reported; the
// same poll at another package's 5s constant stays silent.
var _ = cases.Add(Analyzer, "CadenceC15p", "pollinterval/c15p/vouchers")
