package shopweb

import (
	"net/http"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/go-chi/chi/v5"

	"r13return/fulfil"
)

// GatePages hands Mollie's status to a use case that tests it itself.
type GatePages struct {
	mollie *mollie.Client
	gate   *fulfil.Gate
}

func NewGatePages(c *mollie.Client, g *fulfil.Gate) *GatePages { return &GatePages{mollie: c, gate: g} }

func (p *GatePages) Routes(r *chi.Mux) {
	r.Get("/checkout/{id}/done", p.Done)
}

func (p *GatePages) Done(w http.ResponseWriter, r *http.Request) {
	_, pay, err := p.mollie.Payments.Get(r.Context(), r.URL.Query().Get("payment"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if err := p.gate.Confirm(r.Context(), chi.URLParam(r, "id"), pay.Status); err != nil {
		http.Error(w, "not paid yet", http.StatusPaymentRequired)
		return
	}
	_, _ = w.Write([]byte("thank you"))
}
