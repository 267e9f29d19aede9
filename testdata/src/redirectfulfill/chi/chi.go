// Package chi: redirect handlers on chi against a hand-rolled REST
// provider (GET /v1/payments/{id}).
package chi

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type Payment struct {
	ID      string `json:"id"`
	Status  string `json:"status"`
	OrderID string `json:"order_id"`
}

type Provider struct {
	Base   string
	Client *http.Client
}

// Payment reads a payment's current state from the provider.
func (p *Provider) Payment(ctx context.Context, id string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.Base+"/v1/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := p.Client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out Payment
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}

type Orders struct{}

//paylint:fulfillment
func (Orders) MarkPaid(ctx context.Context, orderID string) error { return nil }

type Server struct {
	pay    *Provider
	orders Orders
}

func (s *Server) Routes() http.Handler {
	r := chi.NewRouter()
	r.Route("/payments", func(r chi.Router) {
		r.Get("/return", s.paymentReturnTrustsResult)
		r.Get("/complete", s.paymentCompleteChecksProvider)
	})
	r.Get("/orders/{orderID}/done", s.doneReadsStatusParam)
	return r
}

// paymentReturnTrustsResult fulfils on the redirect's result parameter.
func (s *Server) paymentReturnTrustsResult(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("result") != "COMPLETED" {
		http.Redirect(w, r, "/cart", http.StatusSeeOther)
		return
	}
	s.orders.MarkPaid(r.Context(), r.URL.Query().Get("order_id")) // want `order fulfilled in the success-redirect handler from the query string \(result\) without reading the payment's status from the provider`
}

// paymentCompleteChecksProvider reads GET /v1/payments/{id} and checks it.
func (s *Server) paymentCompleteChecksProvider(w http.ResponseWriter, r *http.Request) {
	p, err := s.pay.Payment(r.Context(), r.URL.Query().Get("paymentId"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	if p.Status == "COMPLETED" {
		s.orders.MarkPaid(r.Context(), p.OrderID)
	}
}

// doneReadsStatusParam: a redirect by its parameters (status next to an
// order id), fulfilling on the status parameter.
func (s *Server) doneReadsStatusParam(w http.ResponseWriter, r *http.Request) {
	orderID := chi.URLParam(r, "orderID")
	st := r.URL.Query().Get("status")
	if st == "success" && r.URL.Query().Get("order_id") == orderID {
		s.orders.MarkPaid(r.Context(), orderID) // want `from the query string \(status\)`
	}
}
