// Package paddlesig verifies a Paddle-style "ts=…;h1=…" webhook
// signature. Verify accepts every request when the secret is empty (its
// VerifierFact says it fails open); VerifyStrict refuses them.
package paddlesig

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
)

// Header carries the signature.
const Header = "Paddle-Signature"

// ErrSignature is a signature that does not match.
var ErrSignature = errors.New("paddlesig: bad signature")

func parse(header string) (ts, h1 string) {
	for _, part := range strings.Split(header, ";") {
		k, v, _ := strings.Cut(part, "=")
		switch k {
		case "ts":
			ts = v
		case "h1":
			h1 = v
		}
	}
	return ts, h1
}

// Verify checks the HMAC of "<ts>:<body>"; with no secret configured it
// lets everything through (a sandbox convenience).
func Verify(secret, header string, body []byte) error {
	if secret == "" {
		return nil
	}
	ts, h1 := parse(header)
	want, err := hex.DecodeString(h1)
	if err != nil {
		return ErrSignature
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(ts + ":"))
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), want) {
		return ErrSignature
	}
	return nil
}

// VerifyStrict is Verify refusing to run without a secret.
func VerifyStrict(secret, header string, body []byte) error {
	if secret == "" {
		return errors.New("paddlesig: no webhook secret configured")
	}
	ts, h1 := parse(header)
	want, err := hex.DecodeString(h1)
	if err != nil {
		return ErrSignature
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(ts + ":"))
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), want) {
		return ErrSignature
	}
	return nil
}
