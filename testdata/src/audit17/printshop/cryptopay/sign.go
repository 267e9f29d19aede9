// Package cryptopay holds the hand-written clients of the crypto processors
// (Coinbase Commerce, BTCPay Server) and their webhook signature checks.
package cryptopay

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
)

// ErrBadSignature is returned when a webhook's signature does not match.
var ErrBadSignature = errors.New("cryptopay: bad webhook signature")

func bodyMAC(body []byte, secret string) []byte {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return m.Sum(nil)
}

// VerifyCoinbase checks the X-CC-Webhook-Signature header (hex HMAC-SHA256).
func VerifyCoinbase(body []byte, header, secret string) error {
	got, err := hex.DecodeString(header)
	if err != nil {
		return ErrBadSignature
	}
	if !hmac.Equal(got, bodyMAC(body, secret)) {
		return ErrBadSignature
	}
	return nil
}

// VerifyBTCPay checks the BTCPay-Sig header ("sha256=<hex>").
func VerifyBTCPay(body []byte, header, secret string) error {
	hexSig, ok := strings.CutPrefix(header, "sha256=")
	if !ok {
		return ErrBadSignature
	}
	got, err := hex.DecodeString(hexSig)
	if err != nil || !hmac.Equal(got, bodyMAC(body, secret)) {
		return ErrBadSignature
	}
	return nil
}
