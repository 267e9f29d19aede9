package hooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
)

// Verifier checks a signature over a body.
type Verifier interface {
	Verify(body []byte, sig string) error
}

// CorporateLedger is the corporate-client side of the store.
type CorporateLedger interface {
	CreditAccount(ctx context.Context, clientID string, amountMinor int64) error
	MarkFunded(ctx context.Context, batchID string, transferID int64) error
}

// Screener scores incoming corporate funds.
type Screener interface {
	Screen(ctx context.Context, clientID string, amountMinor int64, currency string) (float64, error)
}

// Wise handles Wise balance and transfer events.
type Wise struct {
	verifier Verifier
	ledger   CorporateLedger
	screener Screener
	refs     func(ctx context.Context, reference string) (clientID string, err error)
}

// NewWise builds the Wise webhook handler. refs resolves a deposit's
// payment reference to the corporate client.
func NewWise(v Verifier, l CorporateLedger, s Screener, refs func(context.Context, string) (string, error)) *Wise {
	return &Wise{verifier: v, ledger: l, screener: s, refs: refs}
}

type wiseEvent struct {
	EventType string `json:"event_type"`
	Data      struct {
		Resource struct {
			ID        int64  `json:"id"`
			Reference string `json:"reference"`
		} `json:"resource"`
		Amount       float64 `json:"amount"`
		Currency     string  `json:"currency"`
		CurrentState string  `json:"current_state"`
		BatchID      string  `json:"customer_transaction_id"`
	} `json:"data"`
}

// Events is mounted on POST /hooks/wise.
func (h *Wise) Events(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.verifier.Verify(body, r.Header.Get("X-Signature-SHA256")); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev wiseEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	switch ev.EventType {
	case "balances#credit":
		clientID, err := h.refs(ctx, ev.Data.Resource.Reference)
		if err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		amount := int64(ev.Data.Amount * 100)
		score, err := h.screener.Screen(ctx, clientID, amount, ev.Data.Currency) // audit: reported at cmd/server/main.go:125 (webhookack): the risk service is called over HTTP (Screener, implemented beside it by FraudScorer.Screen with retries, wired in main) before the handler answers (Exirom guide, "Respond 200 first, process async")
		if err != nil || score > 0.9 {
			w.WriteHeader(http.StatusAccepted)
			return
		}
		if err := h.ledger.CreditAccount(ctx, clientID, amount); err != nil { // audit: reported at cmd/server/main.go:125 (webhookdedupe): balances#credit adds the amount to the corporate balance (CorporateLedger bound in main to store.Corporate: balance = balance + $1) on every delivery, with no event-id guard (Exirom guide, "Not deduplicating webhooks"; KeyStone: handle webhooks idempotently)
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	case "transfers#state-change":
		if ev.Data.CurrentState == "outgoing_payment_sent" {
			if err := h.ledger.MarkFunded(ctx, ev.Data.BatchID, ev.Data.Resource.ID); err != nil {
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}
