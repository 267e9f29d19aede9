// Package web mounts the providers' notification handlers of package psp.
package web

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"

	"github.com/go-chi/chi/v5"

	"wirehooks/splitmount/psp"
)

// signed lets a request through only with a valid HMAC of its query.
func signed(secret []byte) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			mac := hmac.New(sha256.New, secret)
			mac.Write([]byte(r.URL.RawQuery))
			sig, _ := hex.DecodeString(r.Header.Get("X-Webhook-Signature"))
			if !hmac.Equal(mac.Sum(nil), sig) {
				http.Error(w, "bad signature", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// Router mounts the notifications: Razorpay's v2 route and Cashfree's
// behind the signature middleware, Razorpay's legacy route bare.
func Router(n *psp.Notifications, secret []byte) http.Handler {
	r := chi.NewRouter()
	r.Route("/notify", func(r chi.Router) {
		r.With(signed(secret)).Post("/razorpay/v2", n.Razorpay)
		r.With(signed(secret)).Post("/cashfree", n.CashfreePayment)
		r.Post("/razorpay", n.Razorpay) // want `payment webhook handler n.Razorpay \(package wirehooks/splitmount/psp\) mounted on POST /notify/razorpay verifies no signature`
		r.Post("/instamojo", n.InstamojoPayment)
	})
	return r
}
