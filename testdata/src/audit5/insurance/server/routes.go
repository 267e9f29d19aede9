// Package server wires the insurer's HTTP API.
package server

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"

	"audit5/insurance/gchooks"
	"audit5/insurance/policy"
)

type Deps struct {
	DB       *sql.DB
	Mailer   policy.Mailer
	Events   gchooks.EventLog
	GCSecret string
}

func Routes(d Deps) (http.Handler, error) {
	store := policy.NewStore(d.DB, d.Mailer)
	legacy := &gchooks.Handler{Policies: store} // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(gchooks.Handler.Payments calls gchooks.PolicyEvents.ExtendCover \\(handler.go:39\\), bound here to policy.Store.ExtendCover" "\\[webhookack\\] webhook handler calls gchooks.PolicyEvents.ActivateOnFirstPremium \\(handler.go:35, in gchooks.Handler.Payments\\), bound here to policy.Store.ActivateOnFirstPremium, which sends a message"
	verified, err := gchooks.NewVerified(d.GCSecret, store, d.Events)
	if err != nil {
		return nil, err
	}
	crm := &crmHooks{db: d.DB}

	r := chi.NewRouter()
	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	r.Route("/webhooks", func(r chi.Router) {
		r.Post("/gocardless", legacy.Payments) // want "\\[webhookverify\\] payment webhook handler legacy.Payments \\(package audit5/insurance/gchooks\\) mounted on POST /webhooks/gocardless verifies no signature"
		r.Handle("/gocardless/v2", verified)
		r.Post("/crm/contact", crm.contactUpdated)
	})
	return r, nil
}

// crmHooks receives contact changes from the CRM (no payment data).
type crmHooks struct{ db *sql.DB }

func (c *crmHooks) contactUpdated(w http.ResponseWriter, r *http.Request) {
	var in struct {
		ContactID string `json:"contact_id"`
		Email     string `json:"email"`
		Stage     string `json:"lifecycle_stage"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if _, err := c.db.ExecContext(r.Context(),
		`UPDATE leads SET email = $1, stage = $2 WHERE crm_id = $3`, in.Email, in.Stage, in.ContactID); err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
