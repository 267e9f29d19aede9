// Package mpesahooks receives Daraja's STK push callbacks.
package mpesahooks

import "net/http"

func Routes(h *Callbacks) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /mpesa/callback/stk", h.STK)
	mux.HandleFunc("POST /mpesa/callback/wallet", h.WalletTopup)
	return mux
}
