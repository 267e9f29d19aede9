// Package mw holds the HTTP middleware of the billing service.
package mw

import (
	"bytes"
	"io"
	"log"
	"net/http"

	svix "github.com/svix/svix-webhooks/go"
)

// Svix verifies the svix-id / svix-timestamp / svix-signature headers.
func Svix(secret string) func(http.Handler) http.Handler {
	wh, err := svix.NewWebhook(secret)
	if err != nil {
		log.Fatalf("svix secret: %v", err)
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(r.Body)
			if err != nil {
				http.Error(w, "read", http.StatusBadRequest)
				return
			}
			if err := wh.Verify(body, r.Header); err != nil {
				http.Error(w, "invalid signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}

// SvixOptional verifies only when a secret is configured (preview envs).
func SvixOptional(secret string) func(http.Handler) http.Handler {
	if secret == "" {
		return func(next http.Handler) http.Handler { return next }
	}
	return Svix(secret)
}
