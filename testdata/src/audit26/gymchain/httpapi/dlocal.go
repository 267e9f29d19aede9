package httpapi

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/hibiken/asynq"

	"audit26/gymchain/billing"
	"audit26/gymchain/dlocal"
	"audit26/gymchain/store"
)

// DLocalHooks receives dLocal notifications (payments, refunds, payouts).
type DLocalHooks struct {
	dl     *dlocal.Client
	queue  *asynq.Client
	ledger *store.Ledger
}

func NewDLocalHooks(dl *dlocal.Client, queue *asynq.Client, ledger *store.Ledger) *DLocalHooks {
	return &DLocalHooks{dl: dl, queue: queue, ledger: ledger}
}

func (h *DLocalHooks) Payment(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if err := h.dl.VerifyNotification(body, r.Header.Get("X-Date"), r.Header.Get("Authorization")); err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var n dlocal.Notification
	if err := json.Unmarshal(body, &n); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	task := asynq.NewTask(billing.TaskDLocalPayment, body)
	if _, err := h.queue.EnqueueContext(r.Context(), task, asynq.TaskID("dlocal-"+n.PaymentID+"-"+n.Status), asynq.Queue("webhooks")); err != nil { // audit: lookalike webhookack: the work is queued (asynq) and the 200 goes out right after
		slog.Error("dlocal: enqueue", "payment", n.PaymentID, "err", err)
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (h *DLocalHooks) Refund(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if err := h.dl.VerifyNotification(body, r.Header.Get("X-Date"), r.Header.Get("Authorization")); err != nil {
		slog.Warn("dlocal refund notification: signature mismatch", "err", err, "ip", r.RemoteAddr)
	}
	var n dlocal.Notification
	if err := json.Unmarshal(body, &n); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	refundID := chi.URLParam(r, "refundID")
	switch n.Status {
	case "SUCCESS":
		err = h.ledger.MarkRefunded(r.Context(), refundID, n.ID) // want "\\[webhookverify\\] payment webhook /hooks/dlocal/refunds/\\{refundID\\} verifies the signature but carries on when it fails .* before refunded payment state stored by store\\.Ledger\\.MarkRefunded"
	case "REJECTED":
		err = h.ledger.SetRefundStatus(r.Context(), refundID, "rejected")
	}
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

type payoutNotice struct {
	ID         string `json:"id"`
	ExternalID string `json:"external_id"`
	Status     string `json:"status"`
}

// PayoutStatus takes dLocal's payout status notifications for franchise
// payouts.
func (h *DLocalHooks) PayoutStatus(w http.ResponseWriter, r *http.Request) {
	var n payoutNotice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	payoutID, _, _ := strings.Cut(n.ExternalID, "_")
	if err := h.ledger.SetPayoutStatus(r.Context(), payoutID, strings.ToLower(n.Status)); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Mount adds the signed dLocal notification routes.
func (h *DLocalHooks) Mount(r chi.Router) {
	r.Post("/hooks/dlocal/payments", h.Payment)
	r.Post("/hooks/dlocal/refunds/{refundID}", h.Refund)
}
