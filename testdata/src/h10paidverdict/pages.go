// Package h10paidverdict: the return page asks the shop's own port a
// noun-first paid question (SessionSettled, ChargeCaptured, OrderPaid)
// and fulfils only when its bool says so: silent. The same name whose
// bool is not tested, or tested the wrong way round, and a port that
// stores the state under a paid name (RecordPaid), stay reported.
package h10paidverdict

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"
	"gorm.io/gorm"
)

type Gateway interface {
	SessionSettled(ctx context.Context, ref string) (bool, error)
	ChargeCaptured(ctx context.Context, ref string) (orderID string, ok bool, err error)
	OrderPaid(ref string) bool
	RecordPaid(ctx context.Context, ref string) (bool, error)
}

type Ticket struct {
	ID     string
	Status string
}

type Pages struct {
	gw Gateway
	db *gorm.DB
}

func (p *Pages) Mount(r *chi.Mux) {
	r.Get("/tickets/success", p.settled)
	r.Get("/tickets/card/success", p.succeeded)
	r.Get("/tickets/wallet/success", p.paidInline)
	r.Get("/tickets/errors-only/success", p.errorsOnly)
	r.Get("/tickets/inverted/success", p.inverted)
	r.Get("/tickets/recorded/success", p.recorded)
}

// settled: early return when the verdict is false.
func (p *Pages) settled(w http.ResponseWriter, r *http.Request) {
	ref := r.URL.Query().Get("ref")
	ok, err := p.gw.SessionSettled(r.Context(), ref)
	if err != nil || !ok {
		http.Redirect(w, r, "/tickets/pending", http.StatusSeeOther)
		return
	}
	p.db.Model(&Ticket{}).Where("id = ?", ref).Update("status", "paid")
}

// succeeded: the verdict is the middle result; the fulfilment sits in
// the positive branch.
func (p *Pages) succeeded(w http.ResponseWriter, r *http.Request) {
	id, ok, err := p.gw.ChargeCaptured(r.Context(), r.URL.Query().Get("ref"))
	if err != nil {
		http.Error(w, "retry", http.StatusBadGateway)
		return
	}
	if ok {
		p.db.Model(&Ticket{}).Where("id = ?", id).Update("status", "paid")
	}
}

// paidInline: a bool-only verdict tested in the condition itself.
func (p *Pages) paidInline(w http.ResponseWriter, r *http.Request) {
	ref := r.URL.Query().Get("ref")
	if !p.gw.OrderPaid(ref) {
		http.Redirect(w, r, "/tickets/pending", http.StatusSeeOther)
		return
	}
	p.db.Model(&Ticket{}).Where("id = ?", ref).Update("status", "paid")
}

// errorsOnly: the verdict is dropped; only the lookup's error is tested.
func (p *Pages) errorsOnly(w http.ResponseWriter, r *http.Request) {
	ref := r.URL.Query().Get("ref")
	if _, err := p.gw.SessionSettled(r.Context(), ref); err != nil {
		http.Error(w, "retry", http.StatusBadGateway)
		return
	}
	p.db.Model(&Ticket{}).Where("id = ?", ref).Update("status", "paid") // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
}

// inverted: the fulfilment is reached when the verdict is false.
func (p *Pages) inverted(w http.ResponseWriter, r *http.Request) {
	ref := r.URL.Query().Get("ref")
	if p.gw.OrderPaid(ref) {
		http.Redirect(w, r, "/tickets/done", http.StatusSeeOther)
		return
	}
	p.db.Model(&Ticket{}).Where("id = ?", ref).Update("status", "paid") // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
}

// recorded: RecordPaid stores the state; its bool is no answer from the
// provider.
func (p *Pages) recorded(w http.ResponseWriter, r *http.Request) {
	ref := r.URL.Query().Get("ref")
	ok, err := p.gw.RecordPaid(r.Context(), ref)
	if err != nil || !ok {
		return
	}
	p.db.Model(&Ticket{}).Where("id = ?", ref).Update("status", "paid") // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
}
