// Package returnpage is the payer's way back from a pay-by-bank
// authorisation: the query string's status "executed" (a bank payment
// carried out) is still the buyer's word, not the provider's.
package returnpage

import (
	"context"
	"net/http"
)

type Orders interface {
	MarkPaid(ctx context.Context, id string) error
}

type Pages struct{ Orders Orders }

func (p *Pages) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/checkout/bank/return", p.bankReturn)
}

func (p *Pages) bankReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("status") != "EXECUTED" {
		http.Redirect(w, r, "/checkout/failed", http.StatusSeeOther)
		return
	}
	if err := p.Orders.MarkPaid(r.Context(), q.Get("order")); err != nil { // want `order fulfilled in the success-redirect handler from the query string \(status\) without reading the payment's status from the provider`
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/checkout/thanks", http.StatusSeeOther)
}
