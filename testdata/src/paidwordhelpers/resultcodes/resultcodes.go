// Package resultcodes says what the payment page's result codes mean.
package resultcodes

import "strings"

// Succeeded reports whether a hosted page's resultCode means the shopper
// paid.
func Succeeded(resultCode string) bool {
	switch strings.ToLower(strings.TrimSpace(resultCode)) {
	case "authorised", "authorized":
		return true
	}
	return false
}

// Known reports whether the code is one the page may send back at all.
func Known(resultCode string) bool {
	switch strings.ToLower(resultCode) {
	case "authorised", "refused", "cancelled", "pending", "error":
		return true
	}
	return false
}
