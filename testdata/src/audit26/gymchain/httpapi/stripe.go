package httpapi

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit26/gymchain/platform"
	"audit26/gymchain/store"
)

// StripeHooks receives Stripe events for the US gyms.
type StripeHooks struct {
	members *store.Memberships
	ledger  *store.Ledger
	mailer  *platform.Mailer
	secret  string
}

func NewStripeHooks(members *store.Memberships, ledger *store.Ledger, mailer *platform.Mailer, secret string) *StripeHooks {
	return &StripeHooks{members: members, ledger: ledger, mailer: mailer, secret: secret}
}

func (h *StripeHooks) Handle(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil { // audit: lookalike webhookverify: ConstructEvent's error returns 400 before anything is written
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	switch ev.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
			http.Error(w, "bad object", http.StatusBadRequest)
			return
		}
		membershipID := pi.Metadata["membership_id"]
		if err := h.members.Activate(ctx, membershipID, pi.ID); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		if email, err := h.members.MemberEmail(ctx, membershipID); err == nil {
			receipt := fmt.Sprintf("We received $%.2f for your membership. Thanks!", float64(pi.Amount)/100)
			if err := h.mailer.SendReceipt(email, "Your gym membership receipt", receipt); err != nil { // want "\\[webhookdedupe\\] webhook handler sends a message \\(platform\\.Mailer\\.SendReceipt: smtp\\.SendMail\\)" "\\[webhookack\\] webhook handler calls platform\\.Mailer\\.SendReceipt, which sends a message"
				slog.Warn("receipt mail failed", "membership", membershipID, "err", err)
			}
		}
	case stripe.EventTypeCheckoutSessionCompleted:
		var cs stripe.CheckoutSession
		if err := json.Unmarshal(ev.Data.Raw, &cs); err != nil {
			http.Error(w, "bad object", http.StatusBadRequest)
			return
		}
		n, _ := strconv.Atoi(cs.Metadata["sessions"])
		if err := h.ledger.AddSessions(ctx, cs.ClientReferenceID, n); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(store\\.Ledger\\.AddSessions: pgxpool\\.Pool\\.Exec:"
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
