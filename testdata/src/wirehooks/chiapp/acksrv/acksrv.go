// Package acksrv binds the Stripe account handlers to the CRM-backed
// account service on chi.
package acksrv

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"

	"wirehooks/chiapp/accounts"
	"wirehooks/chiapp/stripehook"
)

func Router(db *sql.DB) http.Handler {
	secret := os.Getenv("STRIPE_WHSEC")
	crm := accounts.New(db, os.Getenv("CRM_URL"))
	acc := stripehook.NewAccounts(secret, crm) // want `webhook handler calls stripehook.Activator.Activate \(stripehook.go:114, in stripehook.Accounts.Completed\), bound here to accounts.Service.Activate, which`
	late := stripehook.NewLateAccounts(secret, accounts.New(db, os.Getenv("CRM_URL")))

	r := chi.NewRouter()
	r.With(requestLog).Post("/stripe/accounts", acc.Completed)
	r.Post("/stripe/accounts/late", late.Completed)
	return r
}

func requestLog(next http.Handler) http.Handler { return next }
