// Package watcher waits for crypto payments: a BTCPay Server invoice over
// its Greenfield REST API, and an on-chain transaction through a chain
// client.
package watcher

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"example.com/realshop/internal/service"
)

// BTCPay reads invoices of one store.
type BTCPay struct {
	Base, Store, Token string
	HTTP               *http.Client
	Orders             *service.OrderService
}

type invoice struct {
	ID     string `json:"id"`
	Status string `json:"status"` // New, Processing, Settled, Expired, Invalid
}

func (b *BTCPay) invoice(ctx context.Context, id string) (*invoice, error) {
	url := fmt.Sprintf("%s/api/v1/stores/%s/invoices/%s", b.Base, b.Store, id)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "token "+b.Token)
	resp, err := b.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var inv invoice
	return &inv, json.NewDecoder(resp.Body).Decode(&inv)
}

// WaitSettled polls the invoice until it settles or expires, every second.
func (b *BTCPay) WaitSettled(ctx context.Context, id, outTradeNo string) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second): // paylint: expect pollinterval
		}
		inv, err := b.invoice(ctx, id)
		if err != nil {
			continue
		}
		switch inv.Status {
		case "Settled":
			return b.Orders.MarkPaid(outTradeNo)
		case "Expired", "Invalid":
			return b.Orders.Close(outTradeNo)
		}
	}
}

// Report reads one invoice for the admin page: not a poll.
func (b *BTCPay) Report(ctx context.Context, id string) (string, error) {
	inv, err := b.invoice(ctx, id)
	if err != nil {
		return "", err
	}
	return inv.Status, nil
}
