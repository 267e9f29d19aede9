package nethttp

import "net/http"

// fakeSuccess is a fake provider's redirect in a test: silent.
func fakeSuccess(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("redirect_status") == "succeeded" {
		db.FulfillOrder(r.URL.Query().Get("order_id"))
	}
}

func init() { http.HandleFunc("/fake/success", fakeSuccess) }
