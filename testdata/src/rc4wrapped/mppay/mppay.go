// Package mppay takes Mercado Pago's posts of a payment id on net/http
// and reads the payment back from the API. Nothing here says webhook;
// the packages mounting it do.
package mppay

import (
	"context"
	"net/http"
	"strconv"

	"github.com/mercadopago/sdk-go/pkg/payment"
)

// Seats books the seats of a paid order.
type Seats interface {
	Book(ctx context.Context, orderRef string) error
}

// Listener books the seats before answering.
type Listener struct {
	payments payment.Client
	seats    Seats
}

func NewListener(pc payment.Client, s Seats) *Listener { return &Listener{payments: pc, seats: s} }

func (l *Listener) Handle(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.FormValue("id"))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	p, err := l.payments.Get(ctx, id)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if p.Status != "approved" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := l.seats.Book(ctx, p.ExternalReference); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
