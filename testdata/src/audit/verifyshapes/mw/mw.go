// Package mw holds the webhook middleware and helpers shared by services.
package mw

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
)

func valid(secret, body []byte, sig string) bool {
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig))
}

// Signed rejects requests whose X-Signature is not the HMAC of the body.
func Signed(secret []byte) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(r.Body)
			if err != nil || !valid(secret, body, r.Header.Get("X-Signature")) {
				http.Error(w, "invalid signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}

// Event is the PSP's event envelope.
type Event struct {
	ID      string `json:"id"`
	Type    string `json:"type"`
	OrderID string `json:"order_id"`
}

// HandleSigned verifies the request, decodes the event and hands it to
// fn; a bad signature answers 401 and fn is never called.
func HandleSigned(w http.ResponseWriter, r *http.Request, secret []byte, fn func(Event) error) {
	body, err := io.ReadAll(r.Body)
	if err != nil || !valid(secret, body, r.Header.Get("X-Signature")) {
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if err := fn(ev); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Check is the plain helper: it reports whether the signature is good.
func Check(secret, body []byte, sig string) bool { return valid(secret, body, sig) }
