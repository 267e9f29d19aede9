// Package iface: the paid check is behind an interface.
package iface

import (
	"context"
	"net/http"
)

type Payments interface {
	IsPaid(ctx context.Context, orderID string) (bool, error)
	EnsurePaid(ctx context.Context, orderID string) error
}

type Orders interface {
	MarkPaid(ctx context.Context, id string) error
	Fulfill(ctx context.Context, id string) error
}

type Pages struct {
	pay    Payments
	orders Orders
}

func (p *Pages) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /checkout/success", p.success)
	mux.HandleFunc("GET /checkout/thanks", p.thanks)
	mux.HandleFunc("GET /checkout/complete", p.complete)
}

func (p *Pages) success(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("order_id")
	paid, err := p.pay.IsPaid(r.Context(), id)
	if err != nil || !paid {
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
		return
	}
	p.orders.MarkPaid(r.Context(), id)
}

func (p *Pages) thanks(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("order_id")
	if err := p.pay.EnsurePaid(r.Context(), id); err != nil {
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
		return
	}
	p.orders.MarkPaid(r.Context(), id)
}

// complete: storing the paid state is no check that it is paid.
func (p *Pages) complete(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("order_id")
	if err := p.orders.MarkPaid(r.Context(), id); err != nil { // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
		return
	}
	p.orders.Fulfill(r.Context(), id) // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
}
