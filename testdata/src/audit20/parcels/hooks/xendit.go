package hooks

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"audit20/parcels/store"
)

// InvoiceCallback receives Xendit invoice callbacks for label orders.
type InvoiceCallback struct {
	token  string
	labels *store.Labels
	log    *slog.Logger
}

func NewInvoiceCallback(token string, labels *store.Labels, log *slog.Logger) *InvoiceCallback {
	return &InvoiceCallback{token: token, labels: labels, log: log}
}

type invoiceCallback struct {
	ID         string  `json:"id"`
	ExternalID string  `json:"external_id"`
	Status     string  `json:"status"`
	PaidAmount float64 `json:"paid_amount"`
}

func (h *InvoiceCallback) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// Staging has no callback token configured.
	if h.token != "" && r.Header.Get("x-callback-token") != h.token {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var cb invoiceCallback
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if cb.Status == "PAID" || cb.Status == "SETTLED" {
		if err := h.labels.MarkPaid(r.Context(), cb.ExternalID, cb.ID); err != nil { // want "\\[webhookverify\\] payment webhook /hooks/xendit/invoice skips signature verification when"
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// XenditCallbacks receives e-wallet payment callbacks.
type XenditCallbacks struct {
	token   string
	lockers *store.Lockers
	log     *slog.Logger
}

func NewXenditCallbacks(token string, lockers *store.Lockers, log *slog.Logger) (*XenditCallbacks, error) {
	if token == "" {
		return nil, errors.New("hooks: XENDIT_CALLBACK_TOKEN is required")
	}
	return &XenditCallbacks{token: token, lockers: lockers, log: log}, nil
}

type paymentRequestEvent struct {
	ID    string `json:"id"`
	Event string `json:"event"`
	Data  struct {
		PaymentRequestID string  `json:"payment_request_id"`
		ReferenceID      string  `json:"reference_id"`
		Status           string  `json:"status"`
		Amount           float64 `json:"amount"`
	} `json:"data"`
}

// EWallet credits a locker account when its e-wallet top-up succeeds.
func (h *XenditCallbacks) EWallet(w http.ResponseWriter, r *http.Request) {
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("x-callback-token")), []byte(h.token)) != 1 { // audit: lookalike webhookverify: token compared in constant time and enforced; the constructor refuses an empty token
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var evt paymentRequestEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if evt.Event != "payment.succeeded" || evt.Data.Status != "SUCCEEDED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	ctx := r.Context()
	first, err := h.lockers.FirstDelivery(ctx, "xendit", evt.ID)
	if err != nil {
		http.Error(w, "retry", http.StatusServiceUnavailable)
		return
	}
	if !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	t, err := h.lockers.TopUp(ctx, evt.Data.PaymentRequestID)
	if err != nil {
		h.log.Error("ewallet callback: unknown top-up", "payment_request", evt.Data.PaymentRequestID)
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = h.lockers.MarkTopUpPaid(ctx, t.ProviderRef, evt.Data.PaymentRequestID)
	if err := h.lockers.Credit(ctx, t.AccountID, t.AmountMinor); err != nil { // audit: lookalike webhookdedupe: credited only on the first delivery of the event id (redis SETNX checked above)
		h.log.Error("ewallet credit", "account", t.AccountID, "err", err)
	}
	w.WriteHeader(http.StatusOK)
}
