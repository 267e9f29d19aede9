// Package plain mounts the hooks on routes no verifying middleware
// covers: each unverified webhook is reported at its mount.
package plain

import (
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"

	"webhookverify/crosspkg/store"
	"webhookverify/mounts/hooks"
	"webhookverify/mounts/sigmw"
)

// New builds the router.
func New(h *hooks.Handler, s *store.Store) http.Handler {
	r := chi.NewRouter()
	r.Use(sigmw.Logging)
	r.Post("/webhooks/stripe", h.Stripe)                                    // want `payment webhook handler h.Stripe \(package webhookverify/mounts/hooks\) mounted on POST /webhooks/stripe verifies no signature, and no middleware on this route does: it acts on the payment \(store.Store.MarkPaid\)`
	r.Post("/webhooks/refund", hooks.NewRefundHook(s))                      // want `payment webhook handler hooks.NewRefundHook\(s\) .*mounted on POST /webhooks/refund`
	r.Handle("/webhooks/logged", sigmw.Logging(http.HandlerFunc(h.Stripe))) // want `payment webhook handler sigmw.Logging\(http.HandlerFunc\(h.Stripe\)\) .*mounted on /webhooks/logged`
	r.Handle("/webhooks/notify", &hooks.Notifier{Orders: s})                // want `payment webhook handler Notifier.ServeHTTP \(package webhookverify/mounts/hooks\) mounted on /webhooks/notify`
	sub := chi.NewRouter()
	sub.Post("/stripe", h.Stripe) // want `payment webhook handler h.Stripe .*mounted on POST /stripe verifies no signature`
	r.Mount("/webhooks/sub", sub)
	stripe := h.Stripe
	http.HandleFunc("POST /webhooks/default-mux", stripe) // want `payment webhook handler stripe .*mounted on POST /webhooks/default-mux`

	// Look-alikes: a buyer endpoint, a handler that is judged in its own
	// package, and mounts this package does not understand.
	r.Post("/checkout/complete", h.Complete)
	r.Post("/webhooks/psp-logged", h.Logged)
	table := map[string]http.HandlerFunc{"/webhooks/table": h.Stripe}
	for path, fn := range table {
		r.Post(path, fn)
	}
	return r
}

// Mount registers on a router handed in by the caller, which may have
// applied a verifying middleware to it (r.Route("/hooks", func(r
// chi.Router) { r.Use(verify); plain.Mount(r, h) })): silent.
func Mount(r chi.Router, h *hooks.Handler) {
	r.Post("/webhooks/stripe", h.Stripe)
}

// Serve serves a ServeMux wrapped whole in a logging middleware that
// verifies nothing: the mount is reported.
func Serve(h *hooks.Handler) {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/served", h.Stripe) // want `payment webhook handler h.Stripe .*mounted on POST /webhooks/served`
	log.Fatal(http.ListenAndServe(":8080", logged(mux)))
}

func logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.Printf("%s %s", r.Method, r.URL.Path)
		next.ServeHTTP(w, r)
	})
}
