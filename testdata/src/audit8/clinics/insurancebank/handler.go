package insurancebank

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
)

type Handler struct {
	secret string
	ledger Ledger
	notify Notifier
}

func NewHandler(secret string, ledger Ledger, notify Notifier) *Handler {
	return &Handler{secret: secret, ledger: ledger, notify: notify}
}

func (h *Handler) decode(w http.ResponseWriter, r *http.Request) (CreditEvent, bool) {
	var evt CreditEvent
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return evt, false
	}
	if err := checkSignature(h.secret, body, r.Header.Get("X-Bank-Signature")); err != nil {
		http.Error(w, "signature", http.StatusUnauthorized)
		return evt, false
	}
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return evt, false
	}
	return evt, true
}

// CreditPosted books a payer's claim payment and tells the billing office.
func (h *Handler) CreditPosted(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.decode(w, r)
	if !ok {
		return
	}
	if evt.Type != "account.credit.posted" || evt.Status != "posted" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.ledger.RecordClaimPayment(r.Context(), evt); err != nil {
		http.Error(w, "ledger", http.StatusInternalServerError)
		return
	}
	subject := fmt.Sprintf("EFT %s from %s: %d", evt.TraceNo, evt.PayerName, evt.Amount)
	if err := h.notify.Send(r.Context(), "billing@clinic.example", subject, "post the ERA"); err != nil { // webhookack (reported at the binding, server/main.go:44): the billing office is mailed (Notifier bound to server.mailer, net/smtp.SendMail) before the bank's webhook gets its 200 (Exirom: respond 200 before processing)
		log.Printf("notify billing: %v", err)
	}
	w.WriteHeader(http.StatusOK)
}

// CreditReturned handles an EFT the payer pulled back; the ledger answers
// whether this event was new.
func (h *Handler) CreditReturned(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.decode(w, r)
	if !ok {
		return
	}
	w.WriteHeader(http.StatusOK)
	if _, err := h.ledger.RecordReturn(r.Context(), evt); err != nil {
		log.Printf("record return %s: %v", evt.ID, err)
	}
}
