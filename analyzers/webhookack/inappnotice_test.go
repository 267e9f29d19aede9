package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// InAppNotice: echo Stripe listeners of a tea shop telling the customer
// an order is paid before answering. Through notifyCustomer, which only
// stores an inbox row and pings the customer's open streams over an
// in-process channel hub of another package, silent: nothing leaves the
// process. notifyBuyer, which also mails through net/smtp, reported; and
// notifyUser, whose ping goes to a function value main sets (out of
// sight), keeps its name's verdict, reported.
var _ = cases.Add(webhookack.Analyzer, "InAppNotice", "inappack/...")
