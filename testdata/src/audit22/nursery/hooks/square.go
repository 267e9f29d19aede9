package hooks

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"

	"audit22/nursery/store"
)

// Square handles terminal.checkout.updated notifications from the front desks.
type Square struct {
	sq        *sqclient.Client
	key       string
	notifyURL string
	ledger    *store.Ledger
	log       *slog.Logger
}

func NewSquare(sq *sqclient.Client, key, notifyURL string, ledger *store.Ledger) *Square {
	return &Square{sq: sq, key: key, notifyURL: notifyURL, ledger: ledger, log: slog.Default()}
}

type squareEvent struct {
	EventID string `json:"event_id"`
	Type    string `json:"type"`
	Data    struct {
		Object struct {
			Checkout square.TerminalCheckout `json:"checkout"`
		} `json:"object"`
	} `json:"data"`
}

func (h *Square) Checkout(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil || len(body) == 0 {
		http.Error(w, "empty", http.StatusBadRequest)
		return
	}
	if err := h.sq.Webhooks.VerifySignature(r.Context(), &square.VerifySignatureRequest{
		RequestBody:     string(body),
		SignatureHeader: r.Header.Get("x-square-hmacsha256-signature"),
		SignatureKey:    h.key,
		NotificationURL: h.notifyURL,
	}); err != nil {
		// The load balancer rewrites the host on some sites; log until that is fixed.
		h.log.Warn("square signature mismatch", "err", err)
	}
	var evt squareEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "decode", http.StatusBadRequest)
		return
	}
	co := evt.Data.Object.Checkout
	if evt.Type != "terminal.checkout.updated" || co.Status == nil || *co.Status != "COMPLETED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	ctx := r.Context()
	if first, err := h.ledger.RecordEvent(ctx, "square", evt.EventID); err != nil || !first {
		// a repeat, or we could not record it: let Square try again on error
		if err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusOK)
		return
	}
	fam, err := h.ledger.FamilyForTerminal(ctx, *co.ID)
	if err != nil {
		http.Error(w, "unknown checkout", http.StatusNotFound)
		return
	}
	if err := h.ledger.Credit(ctx, fam, *co.AmountMoney.Amount, *co.ID); err != nil { // want "\\[webhookverify\\] payment webhook Square\\.Checkout verifies the signature but carries on when"
		http.Error(w, "ledger", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
