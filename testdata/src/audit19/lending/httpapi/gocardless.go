package httpapi

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// Repayments is the use case the direct-debit webhook drives.
type Repayments interface {
	DirectDebitConfirmed(ctx context.Context, paymentID string) error
	DirectDebitFailed(ctx context.Context, paymentID, cause string) error
}

// GoCardlessWebhook receives GoCardless event batches.
type GoCardlessWebhook struct {
	secret     string
	repayments Repayments
	log        *slog.Logger
}

// NewGoCardlessWebhook returns the handler. The secret is the endpoint's
// webhook secret from the GoCardless dashboard; local setups leave it blank.
func NewGoCardlessWebhook(secret string, repayments Repayments, log *slog.Logger) *GoCardlessWebhook {
	return &GoCardlessWebhook{secret: secret, repayments: repayments, log: log}
}

func (h *GoCardlessWebhook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if h.secret != "" {
		mac := hmac.New(sha256.New, []byte(h.secret))
		mac.Write(body)
		if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("Webhook-Signature"))) {
			w.WriteHeader(498)
			return
		}
	}
	var batch struct {
		Events []gocardless.Event `json:"events"`
	}
	if err := json.Unmarshal(body, &batch); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, ev := range batch.Events {
		if ev.ResourceType != "payments" || ev.Links == nil {
			continue
		}
		var err error
		switch ev.Action {
		case "confirmed":
			err = h.repayments.DirectDebitConfirmed(ctx, ev.Links.Payment) // want "\\[webhookverify\\] payment webhook GoCardlessWebhook.ServeHTTP skips signature verification"
		case "failed", "charged_back":
			err = h.repayments.DirectDebitFailed(ctx, ev.Links.Payment, ev.Action)
		}
		if err != nil {
			h.log.Error("gocardless event", "id", ev.Id, "err", err)
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}
