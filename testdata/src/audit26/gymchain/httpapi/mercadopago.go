package httpapi

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/mercadopago/sdk-go/pkg/payment"

	"audit26/gymchain/store"
)

// MercadoPagoHooks receives Mercado Pago payment notifications. The
// signature is checked by the middleware the route is mounted with.
type MercadoPagoHooks struct {
	payments payment.Client
	members  *store.Memberships
	claims   *store.Claims
}

func NewMercadoPagoHooks(payments payment.Client, members *store.Memberships, claims *store.Claims) *MercadoPagoHooks {
	return &MercadoPagoHooks{payments: payments, members: members, claims: claims}
}

type mpNotification struct {
	Action string `json:"action"`
	Type   string `json:"type"`
	Data   struct {
		ID string `json:"id"`
	} `json:"data"`
}

func (h *MercadoPagoHooks) Notify(w http.ResponseWriter, r *http.Request) {
	var n mpNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
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
	p, err := h.payments.Get(r.Context(), id)
	if err != nil {
		http.Error(w, "retry", http.StatusBadGateway)
		return
	}
	if p.Status == "approved" {
		first, err := h.claims.Claim(r.Context(), "mp:payment:"+n.Data.ID)
		if err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		if first {
			if err := h.members.Extend(r.Context(), p.ExternalReference, n.Data.ID); err != nil { // audit: lookalike webhookdedupe: the month is added only by the delivery that wins the redis SETNX claim on the payment id
				http.Error(w, "retry", http.StatusInternalServerError)
				return
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}
