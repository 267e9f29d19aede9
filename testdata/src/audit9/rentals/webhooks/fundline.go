package webhooks

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"

	"audit9/rentals/payouts"
)

type fundlineEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		TransferID string `json:"transfer_id"`
		Status     string `json:"status"`
	} `json:"data"`
}

// Fundline handles transfer events of owner and vendor payouts.
type Fundline struct {
	charges Charges
	rdb     *redis.Client
	secret  string
	log     *slog.Logger
}

// NewFundline returns the Fundline webhook handler.
func NewFundline(charges Charges, rdb *redis.Client, secret string, log *slog.Logger) *Fundline {
	return &Fundline{charges: charges, rdb: rdb, secret: secret, log: log}
}

func (h *Fundline) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if err := payouts.VerifySignature(h.secret, r.Header.Get(payouts.SignatureHeader), body, time.Now()); err != nil {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	var ev fundlineEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	first, err := h.rdb.SetNX(ctx, "fundline:event:"+ev.ID, 1, 72*time.Hour).Result()
	if err != nil {
		http.Error(w, "dedupe", http.StatusInternalServerError)
		return
	}
	if !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	switch ev.Type {
	case "transfer.completed":
		if err := h.charges.MarkTransferCompleted(ctx, ev.Data.TransferID); err != nil { // audit: reported at cmd/rentald/main.go:101 (webhookverify, where main binds ledger.Store): payouts.VerifySignature returns nil when the secret is empty, and main passes os.Getenv("FUNDLINE_WEBHOOK_SECRET") unchecked, so a missing secret accepts forged transfer.completed events that mark disbursements and vendor invoices paid (Exirom "Always trust the webhook" holds only when verified)
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	case "transfer.failed", "transfer.returned":
		h.log.Error("transfer failed", "transfer", ev.Data.TransferID, "status", ev.Data.Status)
	}
	w.WriteHeader(http.StatusOK)
}
