// Package sign checks the signatures providers put on their webhooks.
package sign

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
)

// PaystackValid reports whether header is the HMAC-SHA512 of body under secret
// (Paystack's x-paystack-signature).
func PaystackValid(body []byte, header, secret string) bool {
	mac := hmac.New(sha512.New, []byte(secret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(header))
}

// FlutterwaveValid reports whether header is the base64 HMAC-SHA256 of body
// under the dashboard's secret hash (flutterwave-signature).
func FlutterwaveValid(body []byte, header, secret string) bool {
	if secret == "" || header == "" {
		return false
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	want := base64.StdEncoding.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(header))
}
