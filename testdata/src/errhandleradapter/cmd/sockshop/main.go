// Command sockshop mounts the shop's handlers through their adapter.
package main

import (
	"net/http"

	"errhandleradapter/shophttp"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/order/{id}", shophttp.ErrorCatchHandler(shophttp.HandleGetOrder))
	mux.HandleFunc("/contact", shophttp.ErrorCatchHandler(shophttp.HandleContactForm))
	mux.HandleFunc("/checkout-wh", shophttp.ErrorCatchHandler(shophttp.HandleCheckoutSessionWebhook))
	http.ListenAndServe(":8080", mux)
}
