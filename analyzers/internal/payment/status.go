package payment

import (
	"strings"
	"unicode"
)

// The vocabulary of payment states, shared by every rule that looks at a
// payment's status: Hilt's CONFIRMED / FAILED / PENDING_CONFIRMATION,
// stripe-go's succeeded / requires_* / canceled and paid / unpaid, Exirom's
// SUCCEED, PayPal's COMPLETED, Alipay's TRADE_SUCCESS. A word whose
// meaning depends on the provider (approved: Mercado Pago's paid, PayPal's
// and Square's not) is not added to the stems: each provider table
// declares its statuses, and a poll of its read is judged by them first
// (provider_status.go).

// successStatuses are status values, normalised by normStatus, that mean
// the buyer has paid.
var successStatuses = map[string]bool{
	"paid": true, "succeeded": true, "success": true, "successful": true, "complete": true, "completed": true,
	"confirmed": true, "captured": true, "settled": true, "approved": true, "tradesuccess": true,
	"tradefinished": true, "succeed": true, "nopaymentrequired": true, "active": true, "authorized": true,
	"authorised": true, "requirescapture": true,
	// a bank payment order or an Open Banking payment carried out
	"executed": true,
	// UPI gateways: PhonePe's PAYMENT_SUCCESS, Paytm's TXN_SUCCESS
	"paymentsuccess": true, "txnsuccess": true,
	// Braintree: a sale submitted for settlement is paid (its status
	// table counts it as success, provider_braintree.go)
	"submittedforsettlement": true, "settling": true, "settlementconfirmed": true,
}

// IsSuccessStatus reports whether s, a value a payment's status is compared
// with, means the payment is paid. Case, "_", "-" and spaces are ignored.
func IsSuccessStatus(s string) bool { return successStatuses[normStatus(s)] }

func normStatus(s string) string { return Fold(s) }

// Fold is how status values and field names are compared: lower case,
// without "_", "-" and spaces ("Payment_Status" is "paymentstatus").
func Fold(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '_', '-', ' ':
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// Stems that name payment states inside identifiers and constants
// (StatusConfirmed, PaymentFailed, "requires_action"), for matching by
// lower-case substring.
var (
	SuccessStems = []string{"confirm", "succeed", "success", "paid", "complete", "captur", "settl", "executed"}
	// returned and reversed: a bank-rail payment sent back (ACH/SEPA
	// returns) or undone; whole words, not "return" (return_url).
	FailureStems = []string{"fail", "expire", "cancel", "declin", "reject", "void", "abandon", "requires_payment_method",
		"returned", "reversed"}
	PendingStems = []string{"pending", "processing", "requires_", "in_progress", "inprogress"}
	// NotSuccessStems contain a success stem but are not success:
	// PENDING_CONFIRMATION, unpaid, incomplete…
	NotSuccessStems = append([]string{"unpaid", "not_paid", "notpaid", "unconfirmed", "incomplete", "uncaptured", "unsettled", "unexecuted", "not_executed"}, PendingStems...)
)
