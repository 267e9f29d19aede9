package httpapi

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"

	mpwebhook "github.com/mercadopago/sdk-go/pkg/webhook"

	"audit11/freight/domain"
	"audit11/freight/mercado"
	"audit11/freight/store"
)

// MPHooks receives Mercado Pago payment notifications.
type MPHooks struct {
	secret   string
	mp       *mercado.Collector
	invoices *store.Invoices
	ledger   domain.LedgerWriter
	log      *slog.Logger
}

// NewMPHooks returns the handler; the signing secret is required.
func NewMPHooks(secret string, mp *mercado.Collector, inv *store.Invoices, ledger domain.LedgerWriter, log *slog.Logger) (*MPHooks, error) {
	if secret == "" {
		return nil, errors.New("httpapi: mercado pago webhook secret is empty")
	}
	return &MPHooks{secret: secret, mp: mp, invoices: inv, ledger: ledger, log: log}, nil
}

type mpNotification struct {
	Action string `json:"action"`
	Type   string `json:"type"`
	Data   struct {
		ID string `json:"id"`
	} `json:"data"`
}

// Handle trusts only the payment id: the payment itself is read back from
// Mercado Pago.
func (h *MPHooks) Handle(w http.ResponseWriter, r *http.Request) {
	var n mpNotification
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&n); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if err := mpwebhook.ValidateSignature(r.Header.Get("x-signature"), r.Header.Get("x-request-id"), n.Data.ID, h.secret); err != nil {
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	if n.Type != "payment" {
		w.WriteHeader(http.StatusOK)
		return
	}
	id, err := strconv.Atoi(n.Data.ID)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	p, err := h.mp.Get(ctx, id)
	if err != nil {
		http.Error(w, "lookup failed", http.StatusBadGateway)
		return
	}
	if p.Status != mercado.StatusApproved {
		w.WriteHeader(http.StatusOK)
		return
	}
	inv, err := h.invoices.ByNumber(ctx, p.ExternalReference)
	if err != nil {
		http.Error(w, "unknown invoice", http.StatusInternalServerError)
		return
	}
	ev := domain.PaymentEvent{
		Provider:   "mercadopago",
		EventID:    n.Data.ID,
		InvoiceID:  inv.ID,
		PaymentRef: strconv.Itoa(p.ID),
		Status:     p.Status,
		AmountCent: inv.AmountCents,
	}
	fresh, err := h.invoices.RecordProviderPayment(ctx, ev)
	if err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if !fresh {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.ledger.RecordReceipt(ctx, ev); err != nil {
		h.log.Error("ledger", "invoice", inv.Number, "err", err)
	}
	if err := h.invoices.MarkPaid(ctx, inv.ID, ev.PaymentRef); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
