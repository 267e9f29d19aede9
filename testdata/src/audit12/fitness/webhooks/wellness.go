package webhooks

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"audit12/fitness/domain"
	"audit12/fitness/wellnessnet"
)

// DeliveryLog records webhook deliveries by id.
type DeliveryLog interface {
	RecordDelivery(ctx context.Context, provider, deliveryID string) (bool, error)
}

// MandateStore keeps corporate direct-debit mandates.
type MandateStore interface {
	SetMandateStatus(ctx context.Context, companyID, status string) error
}

// WellnessHooks receives payment order and mandate events of the B2B
// payment network.
type WellnessHooks struct {
	invoices   domain.InvoiceStore
	deliveries DeliveryLog
	mandates   MandateStore
	erp        *wellnessnet.ERP
}

func NewWellnessHooks(inv domain.InvoiceStore, dl DeliveryLog, ms MandateStore, erp *wellnessnet.ERP) *WellnessHooks {
	return &WellnessHooks{invoices: inv, deliveries: dl, mandates: ms, erp: erp}
}

// PaymentOrder handles payment_order.* events.
func (h *WellnessHooks) PaymentOrder(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var ev wellnessnet.Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	fresh, err := h.deliveries.RecordDelivery(ctx, "b2bpaynet", ev.ID)
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if !fresh {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	switch ev.Type {
	case "payment_order.settled":
		if err := h.invoices.MarkPaid(ctx, ev.Data.InvoiceRef, ev.Data.OrderID); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		if err := h.erp.PostSettlement(ctx, ev.Data.InvoiceRef, ev.Data.OrderID); err != nil { // want "\\[webhookack\\] webhook handler calls wellnessnet.ERP.PostSettlement"
			log.Printf("erp: invoice %s: %v", ev.Data.InvoiceRef, err)
		}
	case "payment_order.rejected", "payment_order.expired":
		if err := h.invoices.MarkFailed(ctx, ev.Data.InvoiceRef, ev.Data.Status); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

type mandateEvent struct {
	ID        string `json:"id"`
	CompanyID string `json:"company_id"`
	Status    string `json:"status"`
}

// Mandate handles mandate.* events.
func (h *WellnessHooks) Mandate(w http.ResponseWriter, r *http.Request) {
	var ev mandateEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if err := h.mandates.SetMandateStatus(r.Context(), ev.CompanyID, ev.Status); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
