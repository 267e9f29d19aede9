package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// InAppNotice: echo Stripe listeners of a tea shop telling the customer
// an order is paid on every delivery. Through notifyCustomer, which only
// stores an inbox row and pings the customer's open streams over an
// in-process channel hub of another package, silent: the app's own row,
// nothing leaves the process. notifyBuyer, which also mails through net/smtp, reported; and
// notifyUser, whose ping goes to a function value main sets (out of
// sight), keeps its name's verdict, reported.
var _ = cases.Add(webhookdedupe.Analyzer, "InAppNotice", "inappdedupe/...")
