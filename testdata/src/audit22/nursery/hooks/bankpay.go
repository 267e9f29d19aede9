package hooks

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/smtp"

	"audit22/nursery/openbank"
	"audit22/nursery/store"
)

// Mail is how hooks reaches parents.
type Mail struct {
	Addr string
	From string
}

// BankPay handles payment_executed / payment_failed notifications. Its
// signature is checked by the middleware it is mounted behind.
type BankPay struct {
	bank  *openbank.Client
	bills *store.Billing
	seen  *store.Seen
	mail  Mail
	log   *slog.Logger
}

func NewBankPay(bank *openbank.Client, bills *store.Billing, seen *store.Seen, mail Mail) *BankPay {
	return &BankPay{bank: bank, bills: bills, seen: seen, mail: mail, log: slog.Default()}
}

type bankEvent struct {
	EventID   string `json:"event_id"`
	Type      string `json:"type"`
	PaymentID string `json:"payment_id"`
	Metadata  struct {
		InvoiceID string `json:"invoice_id"`
		Email     string `json:"email"`
	} `json:"metadata"`
}

func (h *BankPay) Notify(w http.ResponseWriter, r *http.Request) {
	var evt bankEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "decode", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	first, err := h.seen.First(ctx, "bankpay", evt.EventID) // audit: lookalike webhookdedupe: Redis SETNX on the event id, a repeat is acknowledged without effects
	if err != nil {
		http.Error(w, "dedupe", http.StatusServiceUnavailable)
		return
	}
	if !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	switch evt.Type {
	case "payment_executed":
		if err := h.bills.MarkInvoicePaidByRef(ctx, evt.PaymentID); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		msg := fmt.Sprintf("To: %s\r\nSubject: Payment received\r\n\r\nThank you, we have received your payment for invoice %s.\r\n", evt.Metadata.Email, evt.Metadata.InvoiceID)
		if err := smtp.SendMail(h.mail.Addr, nil, h.mail.From, []string{evt.Metadata.Email}, []byte(msg)); err != nil { // want "\\[webhookack\\] webhook handler sends a message \\(smtp\\.SendMail\\) before answering; a slow"
			h.log.Warn("receipt mail", "err", err)
		}
	case "payment_failed":
		if err := h.bills.SetInvoiceStatus(ctx, evt.Metadata.InvoiceID, "failed"); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
