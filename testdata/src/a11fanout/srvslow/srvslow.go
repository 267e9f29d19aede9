// Package srvslow binds the Stripe handler to the carrier router.
package srvslow

import (
	"database/sql"
	"net/http"
	"os"

	"a11fanout/fulfil"
	"a11fanout/piwebhook"
)

func Mux(db *sql.DB) *http.ServeMux {
	carriers := map[string]fulfil.Carrier{
		"DE": fulfil.NewDHL(http.DefaultClient, os.Getenv("DHL_URL")),
		"NL": fulfil.NewCourier(os.Getenv("COURIER_URL")),
	}
	router := fulfil.NewRouter(db, carriers)
	h := piwebhook.NewIntents(os.Getenv("STRIPE_WHSEC"), router) // want `webhook handler calls piwebhook.Fulfiller.Process \(piwebhook.go:40, in piwebhook.Intents.Succeeded\), bound here to fulfil.Router.Process, which calls fulfil.Carrier.Book`
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/stripe", h.Succeeded)
	return mux
}
