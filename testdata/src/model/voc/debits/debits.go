// Package debits exercises pulls of money from a payer's bank account:
// a debit against a mandate, an ACH transfer, a bank payment order are
// payment writes and their reads status reads; a debit entry booked in
// the merchant's own ledger moves no money.
package debits

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

type Bank struct {
	Base string
	HC   *http.Client
}

func (b *Bank) post(ctx context.Context, path string, in any) (*http.Response, error) {
	body, _ := json.Marshal(in)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.Base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	return b.HC.Do(req)
}

func (b *Bank) get(ctx context.Context, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, b.Base+path, nil)
	if err != nil {
		return nil, err
	}
	return b.HC.Do(req)
}

type pull struct {
	Mandate string `json:"mandate"`
	Cents   int64  `json:"value_cents"`
}

func (b *Bank) Collect(ctx context.Context, mandate string, cents int64) error { // want `wrapper Bank.Collect write\|create POST /v2/direct_debits$`
	_, err := b.post(ctx, "/v2/direct_debits", pull{Mandate: mandate, Cents: cents}) // want `op write\|create POST /v2/direct_debits via=post$`
	return err
}

func (b *Bank) PullACH(ctx context.Context, account string, cents int64) error { // want `wrapper Bank.PullACH write\|create POST /ach_transfers$`
	_, err := b.post(ctx, "/ach_transfers", map[string]any{"account_id": account, "amount": -cents}) // want `op write\|create POST /ach_transfers via=post$`
	return err
}

func (b *Bank) Debit(ctx context.Context, customer string) error { // want `wrapper Bank.Debit write\|create POST /api/customers/{}/debits$`
	_, err := b.post(ctx, "/api/customers/"+customer+"/debits", nil) // want `op write\|create POST /api/customers/{}/debits via=post$`
	return err
}

func (b *Bank) Order(ctx context.Context, counterparty string) error { // want `wrapper Bank.Order write\|create POST /api/payment_orders$`
	_, err := b.post(ctx, "/api/payment_orders", map[string]string{"counterparty_id": counterparty, "direction": "debit"}) // want `op write\|create POST /api/payment_orders via=post$`
	return err
}

func (b *Bank) DebitStatus(ctx context.Context, id string) error { // want `wrapper Bank.DebitStatus read GET /v2/direct_debits/{} idparam=1$`
	_, err := b.get(ctx, "/v2/direct_debits/"+id) // want `op read GET /v2/direct_debits/{} id=id via=get$`
	return err
}

// Look-alikes: a debit entry of the merchant's own books, a report of
// debits, a debit note (a document).
func (b *Bank) Book(ctx context.Context, ledger string, cents int64) error {
	_, err := b.post(ctx, "/ledgers/"+ledger+"/debits", map[string]int64{"amount": cents})
	return err
}

func (b *Bank) JournalDebit(ctx context.Context, cents int64) error {
	_, err := b.post(ctx, "/v1/journal/debits", map[string]int64{"amount": cents})
	return err
}

func (b *Bank) DebitsReport(ctx context.Context) error {
	_, err := b.post(ctx, "/v1/debits/export", nil)
	return err
}

func (b *Bank) DebitNote(ctx context.Context, supplier string) error {
	_, err := b.post(ctx, "/v1/debit_notes", map[string]string{"supplier": supplier})
	return err
}
