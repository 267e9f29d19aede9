package payment_test

// RFBSQLWith: a Postgres WITH query whose part stores a paid state or
// credits a balance (a purchase marked paid inside the WITH, a gift card
// credited by the main UPDATE) is a paid-state write; parts writing
// pending, logging or clearing a note count stay no payment write.
var _ = cases.Add(debug, "RFBSQLWith", "model/rfbsqlwith")
