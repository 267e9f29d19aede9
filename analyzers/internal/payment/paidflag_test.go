package payment_test

// R13PaidFlag: a boolean money-moved flag (disbursed, is_paid, paid_out,
// settled) set true with the provider's transfer or payout reference, or
// on a row whose SQL or GORM model carries a payment reference or an
// amount, stores a payment state: database/sql, sqlx, pgx, GORM Updates,
// Update and Save. Silent: is_read, archived, active, email_verified;
// paid on quotes, estimates, payment_events and webhook logs; a flag set
// false or from a parameter; a row with no money; a refund settled.
var _ = cases.Add(debug, "R13PaidFlag", "model/r13paidflag")
