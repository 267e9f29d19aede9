package webhooks

import (
	"encoding/base64"
	"encoding/xml"
	"fmt"
	"net/http"

	"github.com/braintree-go/braintree-go"
	"github.com/zeromicro/go-zero/rest/httpx"

	"audit16/hosting/store"
)

// BraintreeHooks receives Braintree notifications for PayPal wallet payments.
type BraintreeHooks struct {
	bt     *braintree.Braintree
	ledger *store.Ledger
	mail   *SMTPMailer
}

func NewBraintreeHooks(bt *braintree.Braintree, ledger *store.Ledger, mail *SMTPMailer) *BraintreeHooks {
	return &BraintreeHooks{bt: bt, ledger: ledger, mail: mail}
}

type btPayload struct {
	Subject struct {
		Transaction struct {
			ID       string `xml:"id"`
			OrderID  string `xml:"order-id"`
			Amount   string `xml:"amount"`
			Customer struct {
				Email string `xml:"email"`
			} `xml:"customer"`
		} `xml:"transaction"`
	} `xml:"subject"`
}

// transactionOf pulls the transaction out of an already verified payload.
func transactionOf(payload string) (*btPayload, error) {
	raw, err := base64.StdEncoding.DecodeString(payload)
	if err != nil {
		return nil, err
	}
	var p btPayload
	if err := xml.Unmarshal(raw, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// Notify handles transaction_settled notifications.
func (h *BraintreeHooks) Notify(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		httpx.Error(w, err)
		return
	}
	payload := r.PostFormValue("bt_payload")
	n, err := h.bt.WebhookNotification().Parse(r.PostFormValue("bt_signature"), payload)
	if err != nil {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	if n.Kind != "transaction_settled" {
		w.WriteHeader(http.StatusOK)
		return
	}
	p, err := transactionOf(payload)
	if err != nil {
		httpx.Error(w, err)
		return
	}
	tx := p.Subject.Transaction
	ctx := r.Context()
	first, err := h.ledger.RecordEvent(ctx, "braintree", tx.ID+":"+n.Kind)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.ledger.MarkWalletSettled(ctx, tx.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	body := fmt.Sprintf("We received your PayPal payment of $%s for order %s.", tx.Amount, tx.OrderID)
	if err := h.mail.SendReceipt(tx.Customer.Email, "Payment received", body); err != nil { // want "\\[webhookack\\] webhook handler calls webhooks.SMTPMailer.SendReceipt, which sends a message"
		httpx.Error(w, err)
		return
	}
	httpx.OkJson(w, map[string]string{"status": "ok"})
}
