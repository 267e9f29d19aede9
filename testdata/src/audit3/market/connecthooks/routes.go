package connecthooks

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Mount registers the Connect webhook routes.
func Mount(r chi.Router, pool *pgxpool.Pool, secret, ledgerURL string) {
	h := &Handler{
		secret:   secret,
		balances: &Balances{pool: pool},
		ledger:   &LedgerAPI{URL: ledgerURL, HC: http.DefaultClient},
	}
	r.Post("/webhooks/stripe/connect/payouts", h.Payouts)
	r.Post("/webhooks/stripe/connect/transfers", h.Transfers)
}
