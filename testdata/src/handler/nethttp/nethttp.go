// Package nethttp exercises the handler model on net/http.
package nethttp

import (
	"fmt"
	"net/http"
)

type Server struct{}

func Routes(s *Server) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /checkout/success", s.handleSuccess)
	mux.HandleFunc("POST example.com/webhooks/stripe", stripeHook)
	mux.Handle("/ipn", ipn{})
	mux.Handle("/orders/", http.StripPrefix("/orders", http.HandlerFunc(orders)))
	mux.HandleFunc("/pay/return", returnPage(s))
	http.HandleFunc("/landing", func(w http.ResponseWriter, r *http.Request) { // want `handler fw=net/http routes=\[/landing\] redirect=reads session_id webhook=- params=\[query:session_id\] headers=\[\]`
		fmt.Fprint(w, r.URL.Query().Get("session_id"))
	})
}

func (s *Server) handleSuccess(w http.ResponseWriter, r *http.Request) { // want `handler Server.handleSuccess fw=net/http routes=\[GET /checkout/success\] redirect=route /checkout/success webhook=- params=\[form:order_id path:id\] headers=\[\]`
	_ = r.FormValue("order_id")
	_ = r.PathValue("id")
}

func stripeHook(w http.ResponseWriter, r *http.Request) { // want `handler stripeHook fw=net/http routes=\[POST /webhooks/stripe\] redirect=- webhook=reads Stripe-Signature params=\[\] headers=\[header:Stripe-Signature\]`
	_ = r.Header.Get("Stripe-Signature")
}

type ipn struct{}

func (ipn) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want `handler ipn.ServeHTTP fw=net/http routes=\[/ipn\] redirect=- webhook=route /ipn params=\[\] headers=\[\]`
}

func orders(w http.ResponseWriter, r *http.Request) { // want `handler orders fw=net/http routes=\[/orders/\] redirect=- webhook=- params=\[\] headers=\[\]`
}

// returnPage is a factory: the literal it returns is the handler.
func returnPage(s *Server) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { // want `handler returnPage fw=net/http routes=\[/pay/return\] redirect=route /pay/return webhook=- params=\[query:status query:order_id\] headers=\[\]`
		q := r.URL.Query()
		_, _ = q.Get("status"), q.Get("order_id")
	}
}

// PaymentComplete is unregistered here; its name makes it a redirect target.
func PaymentComplete(w http.ResponseWriter, r *http.Request) { // want `handler PaymentComplete fw=net/http routes=\[\] redirect=PaymentComplete webhook=- params=\[\] headers=\[\]`
	render(w, r)
}

// render has the handler shape but is called directly: a helper, not a handler.
func render(w http.ResponseWriter, r *http.Request) {}

// notAHandler has another shape.
func notAHandler(w http.ResponseWriter) {}

// PaymentEvents is an http.Handler built by a constructor.
type PaymentEvents struct{ secret string }

func NewPaymentEvents(secret string) *PaymentEvents { return &PaymentEvents{secret: secret} }

func (p *PaymentEvents) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want `handler PaymentEvents.ServeHTTP fw=net/http routes=\[/pay/events,/pay/events2\] redirect=- webhook=route /pay/events params=\[\] headers=\[\]`
}

func Constructed(mux *http.ServeMux) {
	mux.Handle("/pay/events", NewPaymentEvents("whsec"))
	h := NewPaymentEvents("whsec")
	mux.Handle("/pay/events2", h)
}
