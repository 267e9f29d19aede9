// Package wire builds the inbound service (used by cmd/payables).
package wire

import (
	"context"
	"net/http"
	"os"

	"github.com/jmoiron/sqlx"

	"audit6/payables/inbound/api"
	"audit6/payables/inbound/ledger"
)

type logQueue struct{}

func (logQueue) Push(ctx context.Context, topic string, v any) error { return nil }

// Mux wires the inbound webhooks onto a mux.
func Mux(db *sqlx.DB) (*http.ServeMux, error) {
	h, err := api.NewHandler(os.Getenv("BANK_INBOUND_SECRET"), ledger.NewMatcher(db), logQueue{}) // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(api.Handler.Transfers calls inbound.Matcher.ApplyTransfer \\(handler.go:82\\), bound here to ledger.Matcher.ApplyTransfer"
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/bank/transfers", h.Transfers)
	mux.HandleFunc("POST /webhooks/bank/returns", h.Returns)
	return mux, nil
}
