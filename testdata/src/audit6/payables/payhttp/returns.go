package payhttp

import (
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

// payByBankReturn is where the open-banking provider sends the payer back
// after they authorised the transfer in their banking app
// (?bill_id=...&payment_status=executed).
func (h *Handlers) payByBankReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	billID := q.Get("bill_id")
	if q.Get("payment_status") == "executed" {
		if err := h.bills.MarkPaid(r.Context(), billID, q.Get("payment_id")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler"
			h.log.Error("mark paid", "bill", billID, "err", err)
		}
		http.Redirect(w, r, "/bills/"+billID+"?paid=1", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/bills/"+billID+"?paid=0", http.StatusSeeOther)
}

// topupReturn is the Stripe Checkout success_url of a wallet top-up.
func (h *Handlers) topupReturn(w http.ResponseWriter, r *http.Request) {
	s, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "could not confirm payment, refresh in a moment", http.StatusBadGateway)
		return
	}
	if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		http.Redirect(w, r, "/wallet?topup=pending", http.StatusSeeOther)
		return
	}
	if err := h.wallets.MarkTopupSucceeded(r.Context(), s.ID); err != nil {
		h.log.Error("topup", "session", s.ID, "err", err)
	}
	http.Redirect(w, r, "/wallet?topup=ok", http.StatusSeeOther)
}

// bankLinkComplete ends the bank-account linking flow (account
// verification, no money moves).
func (h *Handlers) bankLinkComplete(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("status") != "success" {
		http.Redirect(w, r, "/settings/bank?link=failed", http.StatusSeeOther)
		return
	}
	_ = h.jobs.Enqueue(r.Context(), "bank_link.refresh", r.URL.Query().Get("link_id"))
	http.Redirect(w, r, "/settings/bank?link=ok", http.StatusSeeOther)
}
