package payment_test

// RowChoiceR15: a GORM row given a status in its literal and others on
// branches before Create or Save may be stored with any of them: one paid
// value makes it a paid-state write, whatever the source order. Silent: a
// row only ever pending or rejected, a paid value set after the write,
// a parcel's completed status, and a paid value chosen on the status read
// back from the provider (judged at the handler, not here).
var _ = cases.Add(debug, "RowChoiceR15", "r15rowchoice/rows")
