// Package sigmw holds middleware used by the routes packages: Verify
// checks the signature (a MiddlewareFact), Logging does not.
package sigmw

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"log"
	"net/http"
	"os"
)

var secret = []byte(os.Getenv("PSP_WEBHOOK_SECRET"))

// Verify lets a request through only with a valid HMAC of its body.
func Verify(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		mac := hmac.New(sha256.New, secret)
		mac.Write(body)
		sig, _ := hex.DecodeString(r.Header.Get("PSP-Signature"))
		if !hmac.Equal(mac.Sum(nil), sig) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// Logging logs every request: it verifies nothing.
func Logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.Printf("%s %s", r.Method, r.URL.Path)
		next.ServeHTTP(w, r)
	})
}
