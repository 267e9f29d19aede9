// Package hooks receives a wallet provider's signed settlement
// notifications and texts the customer once the top-up is credited.
package hooks

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v82/webhook"

	"casflagdedupe/topups"
)

// SMS sends text messages through an SMS gateway.
type SMS struct {
	Base string
	HC   *http.Client
}

// Send posts one message.
func (c *SMS) Send(ctx context.Context, phone, text string) error {
	body, _ := json.Marshal(map[string]string{"to": phone, "text": text})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/messages", bytes.NewReader(body))
	if err != nil {
		return err
	}
	res, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		return fmt.Errorf("sms: %s", res.Status)
	}
	return nil
}

// Hooks holds the store and the SMS client.
type Hooks struct {
	Secret string
	Store  *topups.Store
	SMS    *SMS
}

// Routes mounts the handlers.
func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/wallet/settled", h.Settled)
	mux.HandleFunc("POST /webhooks/wallet/settled-sql", h.SettledSQL)
	mux.HandleFunc("POST /webhooks/wallet/settled-ignored", h.SettledIgnored)
}

type settlement struct {
	ProviderRef string `json:"provider_ref"`
}

func (h *Hooks) settlement(w http.ResponseWriter, r *http.Request) (settlement, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return settlement{}, false
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.Secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return settlement{}, false
	}
	var s settlement
	if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return settlement{}, false
	}
	return s, true
}

// Settled texts the customer only when this delivery moved the top-up.
func (h *Hooks) Settled(w http.ResponseWriter, r *http.Request) {
	s, ok := h.settlement(w, r)
	if !ok {
		return
	}
	settled, err := h.Store.Settle(r.Context(), s.ProviderRef)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if settled {
		t, err := h.Store.ByRef(r.Context(), s.ProviderRef)
		if err == nil && t.Phone != "" {
			_ = h.SMS.Send(r.Context(), t.Phone, fmt.Sprintf("Your top-up of %d is ready.", t.AmountMinor))
		}
	}
	w.WriteHeader(http.StatusOK)
}

// SettledSQL is the same over the database/sql settlement.
func (h *Hooks) SettledSQL(w http.ResponseWriter, r *http.Request) {
	s, ok := h.settlement(w, r)
	if !ok {
		return
	}
	credited, err := h.Store.SettleSQL(r.Context(), s.ProviderRef)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if !credited {
		w.WriteHeader(http.StatusOK) // a redelivery: already credited
		return
	}
	t, err := h.Store.ByRef(r.Context(), s.ProviderRef)
	if err == nil && t.Phone != "" {
		_ = h.SMS.Send(r.Context(), t.Phone, fmt.Sprintf("Your top-up of %d is ready.", t.AmountMinor))
	}
	w.WriteHeader(http.StatusOK)
}

// SettledIgnored settles but texts whatever the settlement answered.
func (h *Hooks) SettledIgnored(w http.ResponseWriter, r *http.Request) {
	s, ok := h.settlement(w, r)
	if !ok {
		return
	}
	if _, err := h.Store.Settle(r.Context(), s.ProviderRef); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	t, err := h.Store.ByRef(r.Context(), s.ProviderRef)
	if err == nil && t.Phone != "" {
		_ = h.SMS.Send(r.Context(), t.Phone, fmt.Sprintf("Your top-up of %d is ready.", t.AmountMinor)) // want "webhook handler sends a message \\(hooks.SMS.Send"
	}
	w.WriteHeader(http.StatusOK)
}
