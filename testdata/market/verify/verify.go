// Package verify checks the provider's webhook signatures.
package verify

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
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

// Require serves next only for requests whose body carries a valid
// signature.
func Require(secret string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		if err := Signature(secret, r.Header.Get("PSP-Signature"), body); err != nil {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}
