package copays

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/braintree-go/braintree-go"
	"github.com/go-chi/chi/v5"
)

// Routes mounts the copay endpoints the patient app calls.
func (s *Service) Routes(r chi.Router) {
	r.Post("/copays/{visitID}/complete", s.complete)
	r.Get("/copays/{visitID}", s.status)
}

type completeReq struct {
	Nonce string `json:"nonce"`
}

// complete is called by the patient app with the Drop-in nonce once the
// patient pressed "Pay copay".
func (s *Service) complete(w http.ResponseWriter, r *http.Request) {
	visitID := chi.URLParam(r, "visitID")
	var body completeReq
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.Nonce == "" {
		http.Error(w, "missing nonce", http.StatusBadRequest)
		return
	}
	v, err := s.visits.Get(r.Context(), visitID)
	if err != nil {
		http.Error(w, "unknown visit", http.StatusNotFound)
		return
	}
	tx, err := s.Charge(r.Context(), v, body.Nonce)
	if errors.Is(err, ErrDeclined) {
		http.Error(w, "card declined", http.StatusPaymentRequired)
		return
	}
	if err != nil {
		http.Error(w, "payment failed", http.StatusBadGateway)
		return
	}
	if tx.Status != braintree.TransactionStatusSubmittedForSettlement && tx.Status != braintree.TransactionStatusSettled {
		http.Error(w, "payment not completed", http.StatusPaymentRequired)
		return
	}
	if err := s.visits.MarkPaid(r.Context(), v.ID, tx.Id); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"status": "paid", "transaction": tx.Id})
}

func (s *Service) status(w http.ResponseWriter, r *http.Request) {
	v, err := s.visits.Get(r.Context(), chi.URLParam(r, "visitID"))
	if err != nil {
		http.Error(w, "unknown visit", http.StatusNotFound)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"status": v.PaymentStatus})
}
