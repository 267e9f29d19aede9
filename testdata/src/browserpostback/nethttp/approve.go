// Package nethttp is a bakery's net/http backend for PayPal Buttons: the
// page's script posts the approved order back as a form.
package nethttp

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"

	"github.com/plutov/paypal/v4"
)

// Orders stores the bakery's orders.
type Orders struct{ db *sql.DB }

// MarkPaid stores an order paid.
func (o *Orders) MarkPaid(ctx context.Context, ref string) error {
	_, err := o.db.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE ref = $1`, ref)
	return err
}

// Bakery holds the handlers' dependencies.
type Bakery struct {
	pp     *paypal.Client
	orders *Orders
}

// Mount registers the callbacks.
func (b *Bakery) Mount(mux *http.ServeMux) {
	mux.HandleFunc("POST /cakes/paypal/buttons", b.cakeApproved)
	mux.HandleFunc("POST /cakes/paypal/buttons/captured", b.cakeCaptured)
}

// Mistake: the order named by the posted form is read, and a switch lets
// APPROVED through with COMPLETED.
func (b *Bakery) cakeApproved(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	o, err := b.pp.GetOrder(ctx, r.FormValue("orderID"))
	if err != nil {
		http.Error(w, "paypal unavailable", http.StatusBadGateway)
		return
	}
	switch o.Status {
	case paypal.OrderStatusApproved, paypal.OrderStatusCompleted:
		if err := b.orders.MarkPaid(ctx, r.FormValue("ref")); err != nil { // want "order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, `{"ok":true}`)
	default:
		http.Error(w, "not paid", http.StatusConflict)
	}
}

// Look-alike: the same with COMPLETED alone.
func (b *Bakery) cakeCaptured(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	o, err := b.pp.GetOrder(ctx, r.FormValue("orderID"))
	if err != nil || o.Status != paypal.OrderStatusCompleted {
		http.Error(w, "not paid", http.StatusConflict)
		return
	}
	_ = b.orders.MarkPaid(ctx, r.FormValue("ref"))
	fmt.Fprint(w, `{"ok":true}`)
}
