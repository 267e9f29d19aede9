package hooks

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"webhookverify/crosspkg/store"
)

// The package's own test mounts the handlers on a bare mux: no deployed
// route, so the handlers stay judged where they are mounted.
func TestStripe(t *testing.T) {
	h := &Handler{Orders: &store.Store{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/stripe", h.Stripe)
	mux.Handle("POST /webhooks/refund", NewRefundHook(h.Orders))
	srv := httptest.NewServer(mux)
	defer srv.Close()
}
