package web

import (
	"net/http"

	"funcfieldack/hooks"
)

// Routes binds the callbacks and mounts the hooks.
func (s *Server) Routes(mux *http.ServeMux) {
	paid := &hooks.Hooks{Ledger: Rentals{}, OnPaid: s.syncGate} // want "webhook handler calls hooks\\.Hooks\\.OnPaid \\(hooks\\.go:48, in hooks\\.Hooks\\.Payment\\), bound here to web\\.Server\\.syncGate"
	mux.HandleFunc("POST /webhooks/acquirer/payments", paid.Payment)

	refunds := hooks.NewRefunds(Rentals{}, s.syncGate) // want "webhook handler calls hooks\\.Refunds\\.onRefund \\(hooks\\.go:73, in hooks\\.Refunds\\.Refunded\\), bound here to web\\.Server\\.syncGate"
	mux.HandleFunc("POST /webhooks/acquirer/refunds", refunds.Refunded)

	// Silent: only queued before the answer.
	queued := &hooks.Later{Ledger: Rentals{}, OnPaid: s.enqueueGate}
	mux.HandleFunc("POST /webhooks/acquirer/queued", queued.Payment)

	// Silent: run in a goroutine.
	async := &hooks.Async{Ledger: Rentals{}, OnPaid: s.syncGate}
	mux.HandleFunc("POST /webhooks/acquirer/async", async.Payment)
}
