// Command market runs the marketplace backend.
package main

import (
	"log"
	"net/http"
	"os"

	"example.com/market/backoffice"
	"example.com/market/internal/psp"
	"example.com/market/orders"
	"example.com/market/queue"
	"example.com/market/routes"
	"example.com/market/storefront"
	"example.com/market/webhooks"
)

func main() {
	store := &orders.Store{}
	client := psp.NewClient("https://api.psp.example", os.Getenv("PSP_KEY"))
	mux := http.NewServeMux()
	routes.Register(mux,
		&webhooks.Handler{Orders: store, Secret: os.Getenv("PSP_WEBHOOK_SECRET")},
		&storefront.Handler{Orders: store, PSP: client})
	routes.RegisterStaff(mux, staffOnly, &backoffice.Handler{Orders: store})
	bus := &queue.Consumer{Orders: store}
	_ = bus // subscribed to the event bus in production
	log.Fatal(http.ListenAndServe(":8080", mux))
}

// staffOnly lets staff through (the session check is elided here).
func staffOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Staff-Session") == "" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}
