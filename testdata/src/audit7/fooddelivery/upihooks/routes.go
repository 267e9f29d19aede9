// Package upihooks receives the UPI gateway's server-to-server callbacks.
package upihooks

import "net/http"

func (h *Handlers) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /hooks/upi", h.Callback)
	mux.HandleFunc("POST /hooks/upi/refund", h.RefundCallback)
	mux.HandleFunc("POST /hooks/upi/tip", h.TipCallback)
}
