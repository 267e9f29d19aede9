package webhooks

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/mercadopago/sdk-go/pkg/payment"

	"audit12/fitness/domain"
	"audit12/fitness/mercadopt"
)

// MercadoHooks receives Mercado Pago payment notifications. The
// notification only carries the payment id; the payment is read back
// from Mercado Pago.
type MercadoHooks struct {
	payments    payment.Client
	memberships domain.MembershipStore
}

func NewMercadoHooks(p payment.Client, ms domain.MembershipStore) *MercadoHooks {
	return &MercadoHooks{payments: p, memberships: ms}
}

type mpNotification struct {
	Type   string `json:"type"`
	Action string `json:"action"`
	Data   struct {
		ID string `json:"id"`
	} `json:"data"`
}

func (m *MercadoHooks) Notify(w http.ResponseWriter, r *http.Request) {
	var n mpNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad notification", http.StatusBadRequest)
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
	p, err := m.payments.Get(r.Context(), id)
	if err != nil {
		http.Error(w, "lookup failed", http.StatusBadGateway)
		return
	}
	if p.Status != "approved" {
		w.WriteHeader(http.StatusOK)
		return
	}
	membershipID, pkg, err := mercadopt.ParseReference(p.ExternalReference)
	if err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := m.memberships.AddSessions(r.Context(), membershipID, pkg.Sessions); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(domain.MembershipStore.AddSessions \\(store.Memberships.AddSessions\\)"
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
