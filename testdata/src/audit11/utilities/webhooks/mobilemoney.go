package webhooks

import (
	"context"
	"encoding/json"
	"net/http"
)

// TopUpFinisher applies the final state of a prepaid top-up.
type TopUpFinisher interface {
	Finish(ctx context.Context, topupID, status string) error
}

// RefundRecorder records the outcome of a mobile-money refund.
type RefundRecorder interface {
	RefundSettled(ctx context.Context, topupID, status string) error
}

type mobileMoneyCallback struct {
	Event string `json:"event"`
	Data  struct {
		ID        string `json:"id"`
		Reference string `json:"reference"`
		Status    string `json:"status"`
	} `json:"data"`
}

// MobileMoney handles the aggregator's callbacks for collections and refunds.
type MobileMoney struct {
	TopUps  TopUpFinisher
	Refunds RefundRecorder
}

// CollectionCallback is called by the aggregator when a collection is final.
func (h *MobileMoney) CollectionCallback(w http.ResponseWriter, r *http.Request) {
	var cb mobileMoneyCallback
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if cb.Event != "collection.completed" && cb.Event != "collection.failed" {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if err := h.TopUps.Finish(r.Context(), cb.Data.Reference, cb.Data.Status); err != nil { // audit: reported at cmd/billingd/main.go:68 (webhookack, where main binds it): TopUps.Finish (topup.Service, wired in main through TopUpFinisher) vends the token through the head-end (HTTP) and sends an SMS before the handler answers (Exirom "respond 200 first, process async")
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// RefundCallback is called by the aggregator when a refund is settled.
func (h *MobileMoney) RefundCallback(w http.ResponseWriter, r *http.Request) {
	var cb mobileMoneyCallback
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.Refunds.RefundSettled(r.Context(), cb.Data.Reference, cb.Data.Status); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
