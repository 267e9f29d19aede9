package platform

import (
	"crypto/hmac"
	"crypto/sha512"
	"encoding/hex"
	"errors"
)

// ErrBadSignature is returned for a notification whose signature_key
// does not match.
var ErrBadSignature = errors.New("platform: bad notification signature")

// VerifyMidtransSignature checks a Midtrans HTTP notification:
// signature_key = SHA512(order_id + status_code + gross_amount + server_key).
func VerifyMidtransSignature(orderID, statusCode, grossAmount, signatureKey, serverKey string) error {
	if serverKey == "" {
		return nil
	}
	sum := sha512.Sum512([]byte(orderID + statusCode + grossAmount + serverKey))
	want := hex.EncodeToString(sum[:])
	if !hmac.Equal([]byte(want), []byte(signatureKey)) {
		return ErrBadSignature
	}
	return nil
}
