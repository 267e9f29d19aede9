package pspwebhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
)

type pspEvent struct {
	ID        string `json:"id"`
	Type      string `json:"type"`
	PaymentID string `json:"payment_id"`
	Metadata  struct {
		BookingID string `json:"booking_id"`
	} `json:"metadata"`
}

func validSignature(body []byte, sig, secret string) bool {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(sig))
}

// paymentEvent trusts the payload: the endpoint URL is "secret".
func (s *Server) paymentEvent(w http.ResponseWriter, r *http.Request) {
	var evt pspEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if evt.Type == "payment.paid" {
		if err := s.markBookingPaid(r.Context(), evt.Metadata.BookingID, evt.PaymentID); err != nil { // want "\\[webhookverify\\] payment webhook /hooks/psp/payments acts on the payment .* without verifying"
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// legacyEvent checks the signature only when a secret is configured.
func (s *Server) legacyEvent(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if s.legacy != "" && !validSignature(body, r.Header.Get("X-PSP-Signature"), s.legacy) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var evt pspEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if evt.Type == "payment.paid" {
		_ = s.markBookingPaid(r.Context(), evt.Metadata.BookingID, evt.PaymentID) // want "\\[webhookverify\\] payment webhook /hooks/psp/legacy skips signature verification when the secret is empty"
	}
	w.WriteHeader(http.StatusOK)
}

// bankEvent is the verified endpoint for iDEAL settlements.
func (s *Server) bankEvent(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if !validSignature(body, r.Header.Get("X-PSP-Signature"), s.secret) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var evt pspEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if evt.Type == "payment.paid" {
		if err := s.markBookingPaid(r.Context(), evt.Metadata.BookingID, evt.PaymentID); err != nil {
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
