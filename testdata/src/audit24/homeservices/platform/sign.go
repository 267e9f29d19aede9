package platform

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"io"
	"net/http"
)

// HMACHex returns the hex SHA-256 HMAC of body under secret.
func HMACHex(secret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// ValidSignature compares a hex signature header with the body's HMAC.
func ValidSignature(secret string, body []byte, sig string) bool {
	want := HMACHex(secret, body)
	return hmac.Equal([]byte(want), []byte(sig))
}

// SquareSignature checks Square's x-square-hmacsha256-signature: base64
// HMAC-SHA256 over notification URL + body.
func SquareSignature(key, notifyURL string, body []byte, sig string) bool {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(notifyURL))
	m.Write(body)
	want := base64.StdEncoding.EncodeToString(m.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sig))
}

// SquareSigned is middleware that rejects Square notifications whose
// signature does not match. The body is put back for the handler.
func SquareSigned(key, notifyURL string) func(http.Handler) http.Handler {
	if key == "" {
		panic("platform: square signature key is required")
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "bad body", http.StatusBadRequest)
				return
			}
			if !SquareSignature(key, notifyURL, body, r.Header.Get("x-square-hmacsha256-signature")) {
				http.Error(w, "invalid signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
