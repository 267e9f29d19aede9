// Package srvqueue binds the Stripe handler to the background queue.
package srvqueue

import (
	"net/http"
	"os"

	"a11fanout/fulfil"
	"a11fanout/piwebhook"
)

func Mux() *http.ServeMux {
	q := fulfil.NewQueue(fulfil.NewDHL(http.DefaultClient, os.Getenv("DHL_URL")))
	h := piwebhook.NewIntents(os.Getenv("STRIPE_WHSEC"), q)
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/stripe", h.Succeeded)
	return mux
}
