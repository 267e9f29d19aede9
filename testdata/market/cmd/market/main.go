// Command market runs the marketplace backend.
package main

import (
	"log"
	"net/http"
	"os"

	"example.com/market/internal/psp"
	"example.com/market/orders"
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
	log.Fatal(http.ListenAndServe(":8080", mux))
}
