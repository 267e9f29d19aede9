// Package sigkey checks Midtrans's signature_key: SHA512 of order_id,
// status_code, gross_amount and the server key.
package sigkey

import (
	"crypto/sha512"
	"encoding/hex"
)

// Checker holds the server key.
type Checker struct{ ServerKey string }

// Valid reports whether the notification's signature_key is Midtrans's.
func (c Checker) Valid(orderID, statusCode, grossAmount, signatureKey string) bool {
	sum := sha512.Sum512([]byte(orderID + statusCode + grossAmount + c.ServerKey))
	return hex.EncodeToString(sum[:]) == signatureKey
}
