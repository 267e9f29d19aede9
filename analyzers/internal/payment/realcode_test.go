package payment_test

// RealCode runs the model over what real code does (issue 18): the
// fields providers dedupe on, and paid states written through a database.
// A load of its own, so that the pieces of payment_test.go stay as they are.
var _ = cases.Add(debug, "RealCode", "model/realkeys", "model/dbwrites")
