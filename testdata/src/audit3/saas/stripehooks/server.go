// Package stripehooks receives Stripe Billing events: subscription created,
// invoice paid, payment failed.
package stripehooks

import (
	"net/http"

	"github.com/jmoiron/sqlx"
)

type Provisioner interface {
	// ProvisionTenant calls the provisioning service over HTTP (~3-10 s).
	ProvisionTenant(workspaceID, plan string) error
}

type Mailer interface {
	SendEmail(to, subject, body string) error
}

type Jobs interface {
	Enqueue(kind string, payload []byte) error
}

type Hooks struct {
	db          *sqlx.DB
	secret      string
	provisioner Provisioner
	mail        Mailer
	jobs        Jobs
}

func New(db *sqlx.DB, secret string, p Provisioner, m Mailer, j Jobs) *Hooks {
	return &Hooks{db: db, secret: secret, provisioner: p, mail: m, jobs: j}
}

func (h *Hooks) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /hooks/stripe/legacy", h.legacy)
	mux.HandleFunc("POST /hooks/stripe/invoices", h.invoices)
	mux.HandleFunc("POST /hooks/stripe/subscriptions", h.subscriptions)
	mux.HandleFunc("POST /hooks/stripe/billing", h.billing)
}
