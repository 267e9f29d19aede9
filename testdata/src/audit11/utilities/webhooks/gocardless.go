// Package webhooks receives the payment providers' webhooks.
package webhooks

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit11/utilities/billing"
	"audit11/utilities/platform"
)

// GoCardless handles GoCardless webhook batches.
type GoCardless struct {
	secret   string
	bills    billing.BillStore
	accounts billing.Accounts
	events   billing.EventLog
	mail     billing.Notifier
	log      *slog.Logger
}

func NewGoCardless(secret string, bills billing.BillStore, accounts billing.Accounts, events billing.EventLog, mail billing.Notifier) (*GoCardless, error) {
	if secret == "" {
		return nil, errors.New("webhooks: gocardless secret is required")
	}
	return &GoCardless{secret: secret, bills: bills, accounts: accounts, events: events, mail: mail,
		log: slog.Default().With("provider", "gocardless")}, nil
}

func (h *GoCardless) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := platform.VerifyHMAC(body, r.Header.Get("Webhook-Signature"), h.secret); err != nil {
		w.WriteHeader(498) // GoCardless: invalid token
		return
	}
	var batch struct {
		Events []gocardless.Event `json:"events"`
	}
	if err := json.Unmarshal(body, &batch); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, ev := range batch.Events {
		if ev.ResourceType != "payments" || ev.Links == nil {
			continue
		}
		first, err := h.events.Claim(ctx, "gocardless", ev.Id)
		if err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		if !first {
			continue
		}
		billID, _ := ev.Metadata["bill_id"].(string)
		switch ev.Action {
		case "confirmed":
			if err := h.bills.MarkPaid(ctx, billID, ev.Links.Payment); err != nil {
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
			h.sendReceipt(r, billID) // want "\\[webhookack\\] webhook handler calls webhooks.GoCardless.sendReceipt, which sends a message"
		case "failed", "cancelled", "charged_back":
			_ = h.bills.MarkFailed(ctx, billID, ev.Action)
		}
	}
	w.WriteHeader(http.StatusOK)
}

func (h *GoCardless) sendReceipt(r *http.Request, billID string) {
	bill, err := h.bills.Get(r.Context(), billID)
	if err != nil {
		return
	}
	acct, err := h.accounts.Account(r.Context(), bill.AccountID)
	if err != nil || acct.Email == "" {
		return
	}
	body := fmt.Sprintf("Hello %s,\n\nYour direct debit for %s (%d.%02d %s) has been collected.\n",
		acct.Name, bill.Period, bill.Total()/100, bill.Total()%100, bill.Currency)
	if err := h.mail.SendEmail(r.Context(), acct.Email, "Payment received", body); err != nil {
		h.log.Warn("receipt email", "bill", billID, "err", err)
	}
}
