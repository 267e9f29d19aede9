// Package bnplhooks: a furniture shop selling on instalments. The
// instalment provider posts its callback to /installments/callback; the
// shop captures the payment before it answers. A settings page of the
// instalment plans is no webhook.
package bnplhooks

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type callback struct {
	Token   string `json:"token"`
	OrderID string `json:"orderId"`
}

type Shop struct{ client *http.Client }

func (s *Shop) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /installments/callback", s.providerCallback)
	mux.HandleFunc("GET /instalments/notifications", s.notificationSettings)
}

// providerCallback captures the instalment payment before answering.
func (s *Shop) providerCallback(w http.ResponseWriter, r *http.Request) {
	var in callback
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	body, _ := json.Marshal(map[string]string{"token": in.Token, "merchantReference": in.OrderID})
	resp, err := s.client.Post("https://api.instalments.example/v2/payments/capture", "application/json", bytes.NewReader(body)) // want `webhook handler calls the payment provider`
	if err != nil {
		http.Error(w, "retry", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	w.WriteHeader(http.StatusNoContent)
}

// ---- silent ---------------------------------------------------------------------

// notificationSettings is the page where the customer sees the plan's
// reminders; it reads the plan from the provider and answers.
func (s *Shop) notificationSettings(w http.ResponseWriter, r *http.Request) {
	resp, err := s.client.Get("https://api.instalments.example/v2/payments/" + r.URL.Query().Get("plan"))
	if err != nil {
		http.Error(w, "try later", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(http.StatusOK)
}
