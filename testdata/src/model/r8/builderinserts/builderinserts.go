// Package builderinserts: payment webhooks on chi that add a ledger or
// credit row through a query builder (bun, ent) on every delivery, and
// the look-alikes that cannot add a second row.
package builderinserts

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/uptrace/bun"

	"model/r8/builderinserts/ent"
)

type notice struct {
	EventID   string `json:"event_id"`
	AccountID string `json:"account_id"`
	Amount    int64  `json:"amount"`
	Status    string `json:"status"`
	InvoiceID string `json:"invoice_id"`
}

type LedgerLine struct {
	AccountID   string
	AmountCents int64
	Source      string
}

type Invoice struct {
	ID     string
	Status string
}

type Hooks struct {
	db  *bun.DB
	ent *ent.Client
}

func (h *Hooks) Mount(r chi.Router) {
	r.Post("/webhooks/paddle/ledger", h.bunLedger)
	r.Post("/webhooks/paddle/ledger-once", h.bunLedgerOnce)
	r.Post("/webhooks/paddle/ledger-ignore", h.bunLedgerIgnore)
	r.Post("/webhooks/paddle/invoice", h.bunInvoicePaid)
	r.Post("/webhooks/paddle/credits", h.entCredits)
	r.Post("/webhooks/paddle/credits-once", h.entCreditsOnce)
}

func read(r *http.Request) (notice, bool) {
	var n notice
	err := json.NewDecoder(r.Body).Decode(&n)
	return n, err == nil && n.Status == "completed"
}

// bunLedger: a ledger line per delivery of the same notification.
func (h *Hooks) bunLedger(w http.ResponseWriter, r *http.Request) {
	n, ok := read(r)
	if !ok {
		return
	}
	line := &LedgerLine{AccountID: n.AccountID, AmountCents: n.Amount, Source: "paddle"}
	if _, err := h.db.NewInsert().Model(line).Table("account_ledger").Exec(r.Context()); err != nil { // want `webhook handler inserts a ledger or payment row`
		http.Error(w, "db", http.StatusInternalServerError)
	}
}

// entCredits: an ent create of a credit grant per delivery.
func (h *Hooks) entCredits(w http.ResponseWriter, r *http.Request) {
	n, ok := read(r)
	if !ok {
		return
	}
	_, err := h.ent.CreditGrant.Create().SetAccountID(n.AccountID).SetAmount(n.Amount).Save(r.Context()) // want `webhook handler inserts a ledger or payment row`
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
	}
}

// --- silent: a repeat adds nothing ---

// bunLedgerOnce: keyed by the event id, ON CONFLICT DO NOTHING, and the
// rows affected tell a repeat.
func (h *Hooks) bunLedgerOnce(w http.ResponseWriter, r *http.Request) {
	n, ok := read(r)
	if !ok {
		return
	}
	line := &LedgerLine{AccountID: n.AccountID, AmountCents: n.Amount, Source: n.EventID}
	res, err := h.db.NewInsert().Model(line).Table("account_ledger").On("CONFLICT (source) DO NOTHING").Exec(r.Context())
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if k, _ := res.RowsAffected(); k == 0 {
		return
	}
}

// bunLedgerIgnore: INSERT IGNORE on a unique event id.
func (h *Hooks) bunLedgerIgnore(w http.ResponseWriter, r *http.Request) {
	n, ok := read(r)
	if !ok {
		return
	}
	line := &LedgerLine{AccountID: n.AccountID, AmountCents: n.Amount, Source: n.EventID}
	_, _ = h.db.NewInsert().Ignore().Model(line).Table("account_ledger").Exec(r.Context())
}

// bunInvoicePaid: setting a status is the same on every delivery.
func (h *Hooks) bunInvoicePaid(w http.ResponseWriter, r *http.Request) {
	n, ok := read(r)
	if !ok {
		return
	}
	_, _ = h.db.NewUpdate().Model((*Invoice)(nil)).Set("status = ?", "paid").Where("id = ?", n.InvoiceID).Exec(r.Context())
}

// entCreditsOnce: an ent upsert that ignores a second grant of the
// same event.
func (h *Hooks) entCreditsOnce(w http.ResponseWriter, r *http.Request) {
	n, ok := read(r)
	if !ok {
		return
	}
	_ = h.ent.CreditGrant.Create().SetAccountID(n.AccountID).SetAmount(n.Amount).SetEventID(n.EventID).OnConflictColumns("event_id").Ignore().Exec(r.Context())
}
