package webhooks

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit9/rentals/ledger"
)

// VerifyGoCardless rejects requests whose Webhook-Signature is not the
// HMAC-SHA256 of the body under secret, with GoCardless's 498.
func VerifyGoCardless(secret string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "read", http.StatusBadRequest)
				return
			}
			mac := hmac.New(sha256.New, []byte(secret))
			mac.Write(body)
			want := hex.EncodeToString(mac.Sum(nil))
			if !hmac.Equal([]byte(want), []byte(r.Header.Get("Webhook-Signature"))) {
				w.WriteHeader(498)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}

type gcBatch struct {
	Events []gocardless.Event `json:"events"`
}

// GoCardless handles GoCardless event batches.
type GoCardless struct {
	charges Charges
	owners  OwnerPayouts
	log     *slog.Logger
}

// NewGoCardless returns the GoCardless handlers.
func NewGoCardless(charges Charges, owners OwnerPayouts, log *slog.Logger) *GoCardless {
	return &GoCardless{charges: charges, owners: owners, log: log}
}

// Payments handles payment events: confirmed rent is booked and the owner is
// paid out.
func (h *GoCardless) Payments(w http.ResponseWriter, r *http.Request) {
	var batch gcBatch
	if err := json.NewDecoder(r.Body).Decode(&batch); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, ev := range batch.Events {
		if ev.ResourceType != "payments" || ev.Links == nil {
			continue
		}
		fresh, err := h.charges.ClaimEvent(ctx, "gocardless", ev.Id)
		if err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if !fresh {
			continue
		}
		c, err := h.charges.ChargeByProviderRef(ctx, ev.Links.Payment)
		if err != nil {
			h.log.Warn("gocardless event for unknown payment", "payment", ev.Links.Payment)
			continue
		}
		switch ev.Action {
		case "confirmed":
			if err := h.charges.MarkChargePaid(ctx, c.ID); err != nil {
				http.Error(w, "store", http.StatusInternalServerError)
				return
			}
			_ = h.charges.PostEntry(ctx, ledger.Entry{ChargeID: c.ID, Account: "tenant_receivable", Amount: -c.Amount, Currency: c.Currency, Memo: "GoCardless " + ev.Links.Payment})
			if err := h.charges.QueueDisbursement(ctx, c.ID); err != nil {
				http.Error(w, "store", http.StatusInternalServerError)
				return
			}
			if err := h.owners.PayOwner(ctx, c.ID); err != nil { // audit: reported at cmd/rentald/main.go:102 (webhookack, where main binds it): OwnerPayouts.PayOwner (owners.Worker, wired in main) calls Fundline CreateTransfer, with its backoff retries, before the handler answers 204 (Exirom "Respond 200 first, process async")
				h.log.Error("owner payout", "charge", c.ID, "err", err)
			}
		case "failed", "cancelled", "charged_back":
			_ = h.charges.MarkChargeFailed(ctx, c.ID, ev.Action)
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// Mandates handles mandate events; a cancelled mandate switches the lease
// back to manual payment.
func (h *GoCardless) Mandates(w http.ResponseWriter, r *http.Request) {
	var batch gcBatch
	if err := json.NewDecoder(r.Body).Decode(&batch); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	for _, ev := range batch.Events {
		if ev.ResourceType == "mandates" {
			h.log.Info("mandate event", "action", ev.Action, "event", ev.Id)
		}
	}
	w.WriteHeader(http.StatusNoContent)
}
