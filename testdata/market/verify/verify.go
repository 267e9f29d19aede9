// Package verify checks the provider's webhook signatures.
package verify

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
)

// ErrSignature is returned for a bad signature.
var ErrSignature = errors.New("bad webhook signature")

// Signature checks an HMAC-SHA256 of the raw body.
func Signature(secret, header string, body []byte) error {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(header)) {
		return ErrSignature
	}
	return nil
}
