package webhooks

import (
	"encoding/base64"
	"encoding/xml"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"github.com/braintree-go/braintree-go"
)

type btSubject struct {
	Kind        string `xml:"kind"`
	Transaction struct {
		ID      string `xml:"id"`
		OrderID string `xml:"order-id"`
		Status  string `xml:"status"`
	} `xml:"subject>transaction"`
}

func decodeSubject(payload string) (*btSubject, error) {
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(payload))
	if err != nil {
		return nil, err
	}
	var s btSubject
	if err := xml.Unmarshal(raw, &s); err != nil {
		return nil, err
	}
	if s.Transaction.ID == "" {
		return nil, errors.New("braintree: notification without transaction")
	}
	return &s, nil
}

// Braintree handles Braintree transaction notifications for card rent.
type Braintree struct {
	bt       *braintree.Braintree
	charges  Charges
	mail     Mailer
	log      *slog.Logger
	unsigned bool
}

// BraintreeOption configures the handler.
type BraintreeOption func(*Braintree)

// AcceptUnsigned accepts notifications without bt_signature, for the
// sandbox webhook tester.
func AcceptUnsigned(on bool) BraintreeOption { return func(h *Braintree) { h.unsigned = on } }

// NewBraintree returns the Braintree webhook handler.
func NewBraintree(bt *braintree.Braintree, charges Charges, mail Mailer, log *slog.Logger, opts ...BraintreeOption) *Braintree {
	h := &Braintree{bt: bt, charges: charges, mail: mail, log: log}
	for _, o := range opts {
		o(h)
	}
	return h
}

func (h *Braintree) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "form", http.StatusBadRequest)
		return
	}
	payload := r.PostForm.Get("bt_payload")
	if !h.unsigned || r.PostForm.Get("bt_signature") != "" {
		if _, err := h.bt.WebhookNotification().Parse(r.PostForm.Get("bt_signature"), payload); err != nil {
			http.Error(w, "signature", http.StatusForbidden)
			return
		}
	}
	subj, err := decodeSubject(payload)
	if err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	c, err := h.charges.ChargeByProviderRef(ctx, subj.Transaction.ID)
	if err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	switch subj.Kind {
	case "transaction_settled":
		if err := h.charges.MarkChargePaid(ctx, c.ID); err != nil { // want "\\[webhookverify\\] payment webhook Braintree.ServeHTTP verifies the signature only on some paths"
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if lease, err := h.charges.Lease(ctx, c.LeaseID); err == nil {
			go func() {
				if err := h.mail.SendReceipt(ctx, lease.TenantEmail, c); err != nil { // want "\\[webhookdedupe\\] webhook handler sends a message \\(webhooks.Mailer.SendReceipt\\) on every delivery"
					h.log.Warn("receipt", "charge", c.ID, "err", err)
				}
			}()
		}
	case "transaction_settlement_declined":
		_ = h.charges.MarkChargeFailed(ctx, c.ID, "settlement_declined")
	}
	w.WriteHeader(http.StatusOK)
}
