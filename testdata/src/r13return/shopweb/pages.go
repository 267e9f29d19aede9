// Package shopweb serves the buyer's pages after the Mollie checkout.
package shopweb

import (
	"log"
	"net/http"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/go-chi/chi/v5"

	"r13return/fulfil"
)

// Pages is the chi return page.
type Pages struct {
	mollie *mollie.Client
	orders *fulfil.Service
}

func NewPages(c *mollie.Client, svc *fulfil.Service) *Pages { return &Pages{mollie: c, orders: svc} }

func (p *Pages) Routes(r *chi.Mux) {
	r.Get("/checkout/{id}/return", p.Return)
}

// Return reads the payment back from Mollie but never tests its status
// before confirming the order.
func (p *Pages) Return(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	_, pay, err := p.mollie.Payments.Get(r.Context(), r.URL.Query().Get("payment"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	log.Printf("order %s returned with payment %s", id, pay.ID)
	if err := p.orders.Confirm(r.Context(), id, r.URL.Query().Get("email")); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	_, _ = w.Write([]byte("thank you"))
}
