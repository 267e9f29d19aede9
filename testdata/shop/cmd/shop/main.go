// Command shop runs the merchant backend.
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/stripe/stripe-go/v82"

	"example.com/shop/billing"
	"example.com/shop/checkout"
	"example.com/shop/orders"
	"example.com/shop/poller"
	"example.com/shop/webhooks"
)

func main() {
	stripe.Key = os.Getenv("STRIPE_SECRET_KEY")
	store := orders.NewStore()
	provider := billing.New(os.Getenv("PROVIDER_URL"), os.Getenv("PROVIDER_API_KEY"))

	mux := http.NewServeMux()
	(&checkout.Handlers{Orders: store, BaseURL: os.Getenv("BASE_URL")}).Register(mux)
	(&webhooks.Handlers{Orders: store, StripeSecret: os.Getenv("STRIPE_WEBHOOK_SECRET"), ProviderToken: os.Getenv("PROVIDER_WEBHOOK_TOKEN")}).Register(mux)
	mux.HandleFunc("POST /orders/{order}/reconcile", func(w http.ResponseWriter, r *http.Request) {
		o, err := store.Get(r.PathValue("order"))
		if err != nil || o.PaymentID == "" {
			http.Error(w, "no such payment", http.StatusNotFound)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Minute)
		defer cancel()
		p, err := poller.Wait(ctx, provider, o.PaymentID)
		if err != nil {
			http.Error(w, err.Error(), http.StatusGatewayTimeout)
			return
		}
		w.Write([]byte(p.Status))
	})

	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
