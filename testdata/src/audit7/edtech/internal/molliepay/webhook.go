package molliepay

import (
	"context"
	"net/http"

	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"
)

// OrderStore is the billing side.
type OrderStore interface {
	MarkPaidByPayment(ctx context.Context, paymentID string) error
}

// Webhook is Mollie's webhookUrl: the body carries only id=tr_…; the
// payment is fetched back, so nobody can forge a state.
func (g *Gateway) Webhook(store OrderStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.FormValue("id")
		if id == "" {
			http.Error(w, "missing id", http.StatusBadRequest)
			return
		}
		res, err := g.c.Payments.Get(r.Context(), operations.GetPaymentRequest{PaymentID: id})
		if err != nil {
			http.Error(w, "retry", http.StatusBadGateway)
			return
		}
		if res.PaymentResponse.Status == components.PaymentResponseStatusPaid {
			if err := store.MarkPaidByPayment(r.Context(), id); err != nil {
				http.Error(w, "retry", http.StatusInternalServerError)
				return
			}
		}
		w.WriteHeader(http.StatusOK)
	}
}

// Return is the redirectUrl: it waits briefly for the real status and
// shows it; access comes from the webhook.
func (g *Gateway) Return(w http.ResponseWriter, r *http.Request) {
	st, err := g.WaitPaid(r.Context(), r.URL.Query().Get("payment"))
	if err != nil {
		http.Error(w, "could not confirm", http.StatusBadGateway)
		return
	}
	if st == components.PaymentResponseStatusPaid {
		http.Redirect(w, r, "/learn", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
}
