// Package statuswords maps the words of the payment gateways' callbacks
// onto the merchant's own status words. Each function returns one of a
// few constants chosen by comparing its parameter (word lists, a switch,
// a package-level map); some can return a paid word, some only failures.
package statuswords

import "strings"

// MerchantStatus maps a gateway's word to "Success", "Failed" or
// "Pending" through word lists (and a lower-case second pass).
func MerchantStatus(status string) string {
	successWords := []string{"SUCCEEDED", "PAID", "CAPTURED", "SUCCESS", "COMPLETED", "00"}
	failureWords := []string{"EXPIRED", "CANCELLED", "VOIDED", "FAILED"}
	upper := strings.ToUpper(strings.TrimSpace(status))
	for _, s := range successWords {
		if upper == s {
			return "Success"
		}
	}
	for _, s := range failureWords {
		if upper == s {
			return "Failed"
		}
	}
	if lower := strings.ToLower(status); lower == "settled" || lower == "paid" {
		return "Success"
	}
	return "Pending"
}

// OrderState maps a QRIS gateway's state with a switch.
func OrderState(state string) string {
	switch strings.ToUpper(state) {
	case "PAID", "SETTLED":
		return "paid"
	case "EXPIRED":
		return "expired"
	case "FAILED", "DECLINED":
		return "failed"
	default:
		return "pending"
	}
}

// ledgerStates is the bank transfer gateway's words to the ledger's.
var ledgerStates = map[string]string{
	"SETTLED":  "paid",
	"REJECTED": "failed",
	"RETURNED": "failed",
}

// LedgerState looks the gateway's word up in ledgerStates.
func LedgerState(word string) string {
	if s, ok := ledgerStates[strings.ToUpper(word)]; ok {
		return s
	}
	return "pending"
}

// FailureState maps the reasons a payment did not go through: it never
// answers a paid word.
func FailureState(reason string) string {
	switch reason {
	case "TIMEOUT", "EXPIRED":
		return "expired"
	case "CANCELLED":
		return "cancelled"
	}
	return "failed"
}

// Label words a gateway state for people (logs, alerts).
func Label(state string) string {
	switch strings.ToUpper(state) {
	case "PAID", "SETTLED":
		return "Paid"
	case "FAILED":
		return "Failed"
	}
	return "Waiting"
}

// Canonical renames two of a gateway's words and hands any other back as
// it came: what it returns is not always one of its constants, so it maps
// nothing the model can name.
func Canonical(state string) string {
	if state == "settlement" {
		state = "SETTLED"
	} else if state == "deny" {
		state = "FAILED"
	}
	return state
}
