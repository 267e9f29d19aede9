// Package shop: the fulfilment is a wrapper two packages away; the status
// check is a helper in another package that returns an error.
package shop

import (
	"net/http"

	"redirectfulfill/wrapper/orders"
)

func Routes() {
	http.HandleFunc("/checkout/success", checkoutSuccess)
	http.HandleFunc("/checkout/return", checkoutReturn)
}

func checkoutSuccess(w http.ResponseWriter, r *http.Request) {
	orders.Complete(r.URL.Query().Get("order_id")) // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
}

func checkoutReturn(w http.ResponseWriter, r *http.Request) {
	orderID, err := orders.RequirePaid(r.URL.Query().Get("session_id"))
	if err != nil {
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
		return
	}
	orders.Complete(orderID)
}
