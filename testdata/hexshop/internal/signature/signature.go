// Package signature checks the provider's notification signatures.
package signature

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
)

// ErrBadSignature is returned for a notification the provider did not sign.
var ErrBadSignature = errors.New("signature: bad notification signature")

// Verify checks the hex HMAC-SHA256 of body under secret.
func Verify(secret []byte, body []byte, sig string) error {
	if len(secret) == 0 {
		return errors.New("signature: no secret configured")
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	want := mac.Sum(nil)
	got, err := hex.DecodeString(sig)
	if err != nil || !hmac.Equal(got, want) {
		return ErrBadSignature
	}
	return nil
}
