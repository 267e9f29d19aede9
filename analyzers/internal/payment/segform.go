package payment

import "strings"

// ---- one resource, whichever separator its path writes ----------------------
//
// REST APIs join a two-word resource with a hyphen or an underscore as
// their style guide says: "/payment-orders" and "/payment_orders",
// "/direct-debits" and "/direct_debits", "/usage-records" and
// "/usage_records" are the same resource. resourceSegs lists most words
// with one separator (a few with both); a hand-written client of a bank
// network sending POST /payment-orders through its generic
// send(method, path) was no payment write at all, so its retry loop, its
// poll and its re-creation inside the poll went unseen. The separator says
// nothing about what the endpoint does, so a resource word matches a
// segment spelled with the other one. Case is left as written: only the
// separator is style.

// segForm is a path segment or resource word with its hyphens written as
// underscores, the form resource words are compared in.
func segForm(s string) string {
	return strings.ReplaceAll(s, "-", "_")
}
