package payhttp

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
)

type bankEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		ID        string `json:"id"`
		Status    string `json:"status"`
		Amount    int64  `json:"amount"`
		Reference string `json:"reference"` // our bill id for payment orders
		OrgID     string `json:"virtual_account_owner"`
	} `json:"data"`
}

func validSignature(body []byte, sig, secret string) bool {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sig))
}

// bankWebhook receives payment-order and incoming-payment events.
func (h *Handlers) bankWebhook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if h.cfg.BankWebhookSecret != "" {
		if !validSignature(body, r.Header.Get("X-Signature"), h.cfg.BankWebhookSecret) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
	}
	var ev bankEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	switch ev.Type {
	case "payment_order.completed":
		if err := h.bills.MarkPaid(ctx, ev.Data.Reference, ev.Data.ID); err != nil { // want "\\[webhookverify\\] payment webhook /webhooks/bank skips signature verification when the secret is empty"
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		accID, err := h.bills.AccountingID(ctx, ev.Data.Reference)
		if err == nil {
			if err := h.acct.RecordBillPayment(ctx, accID, float64(ev.Data.Amount)/100, ev.Data.ID); err != nil { // want "\\[webhookack\\] webhook handler calls acctsync.Client.RecordBillPayment"
				h.log.Warn("accounting sync", "err", err)
			}
		}
		if err := h.mail.SendRemittance(ctx, ev.Data.Reference); err != nil { // want "\\[webhookdedupe\\] webhook handler sends a message"
			h.log.Warn("remittance", "err", err)
		}
	case "incoming_payment.completed":
		if err := h.wallets.Credit(ctx, ev.Data.OrgID, ev.Data.Amount, ev.Data.ID); err != nil { // want "\\[webhookverify\\] payment webhook /webhooks/bank skips signature verification when the secret is empty" "\\[webhookdedupe\\] webhook handler credits the balance"
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// accountingWebhook tells us a contact or bill changed in the ledger; we
// just schedule a re-sync.
func (h *Handlers) accountingWebhook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if !validSignature(body, r.Header.Get("X-Xero-Signature"), h.cfg.AccountingKey) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var p struct {
		Events []struct {
			ResourceID string `json:"resourceId"`
			Category   string `json:"eventCategory"`
		} `json:"events"`
	}
	if err := json.Unmarshal(body, &p); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	for _, e := range p.Events {
		_ = h.jobs.Enqueue(r.Context(), "accounting.resync", e)
	}
	w.WriteHeader(http.StatusOK)
}
