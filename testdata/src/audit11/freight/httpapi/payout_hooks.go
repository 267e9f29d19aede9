package httpapi

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"audit11/freight/ops"
	"audit11/freight/store"
)

// PayoutHooks receives quick-pay payout events from the payouts fintech.
type PayoutHooks struct {
	loads *store.Loads
	sms   *ops.Dispatcher
	log   *slog.Logger
}

// NewPayoutHooks returns the payout webhook handler.
func NewPayoutHooks(loads *store.Loads, sms *ops.Dispatcher, log *slog.Logger) *PayoutHooks {
	return &PayoutHooks{loads: loads, sms: sms, log: log}
}

type payoutEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		ID          string `json:"id"`
		Reference   string `json:"reference"`
		Status      string `json:"status"`
		AmountCents int64  `json:"amount"`
		FailureCode string `json:"failure_code"`
	} `json:"data"`
}

func loadIDFromReference(ref string) string {
	id := strings.TrimPrefix(ref, "load-")
	if i := strings.LastIndex(id, "-r"); i > 0 {
		id = id[:i]
	}
	return id
}

// Handle processes payout.paid and payout.failed.
func (h *PayoutHooks) Handle(w http.ResponseWriter, r *http.Request) {
	var ev payoutEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	loadID := loadIDFromReference(ev.Data.Reference)
	switch ev.Type {
	case "payout.paid":
		l, err := h.loads.Load(ctx, loadID)
		if err != nil {
			http.Error(w, "unknown load", http.StatusInternalServerError)
			return
		}
		if l.PaidOut {
			w.WriteHeader(http.StatusOK)
			return
		}
		if err := h.loads.MarkPaidOut(ctx, loadID, ev.Data.ID); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		c, err := h.loads.Carrier(ctx, l.CarrierID)
		if err == nil && c.Phone != "" {
			msg := fmt.Sprintf("Quick pay of $%d.%02d for load %s is on its way.", ev.Data.AmountCents/100, ev.Data.AmountCents%100, loadID)
			if err := h.sms.Text(ctx, c.Phone, msg); err != nil { // want "\\[webhookack\\] webhook handler calls ops.Dispatcher.Text, which calls an external API \\(http.Client.Do\\) before answering"
				h.log.Warn("payout sms", "load", loadID, "err", err)
			}
		}
	case "payout.failed", "payout.returned":
		if err := h.loads.MarkPayoutFailed(ctx, loadID, ev.Data.FailureCode); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
