package payment_test

// PostedStatusL14: a store helper writing a field of its row parameter to
// a payment table's status column (GORM Update("status", s.State)) is
// called with the request body's status (through a map lookup) that the
// handler compares with a paid value: a paid-state write. Silent: the
// posted status stored as a note, never compared with a paid value, or
// decoded from the provider's response instead of the request. The whole
// row handed over (rows.go): GORM Updates(p) of a payment with one status
// field and sqlx NamedExecContext binding :pay_state through a db tag are
// such writes; a delivery saved, and a ticket with two status columns,
// are not. The catalogues of webhookverify, webhookack and webhookdedupe
// (l14posted/...) cover the database/sql helpers: an UPDATE built from
// the fields set, a constant UPDATE behind a forwarding helper, a
// shipment's and a shipping_status column.
var _ = cases.Add(debug, "PostedStatusL14", "model/l14posted")
