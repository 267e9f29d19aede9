package plain

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"webhookverify/crosspkg/store"
	"webhookverify/mounts/hooks"
)

// A test mounting the handler on a bare mux is no deployed route: silent.
func TestStripe(t *testing.T) {
	h := &hooks.Handler{Orders: &store.Store{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/stripe", h.Stripe)
	srv := httptest.NewServer(mux)
	defer srv.Close()
}
