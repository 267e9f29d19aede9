package platform

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
)

// ErrBadSignature is returned when a request signature does not match.
var ErrBadSignature = errors.New("bad signature")

// VerifyHMAC checks a hex HMAC-SHA256 of body, optionally prefixed "sha256=".
func VerifyHMAC(secret string, body []byte, header string) error {
	if header == "" {
		return ErrBadSignature
	}
	got, err := hex.DecodeString(strings.TrimPrefix(header, "sha256="))
	if err != nil {
		return ErrBadSignature
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	if !hmac.Equal(got, mac.Sum(nil)) {
		return ErrBadSignature
	}
	return nil
}
