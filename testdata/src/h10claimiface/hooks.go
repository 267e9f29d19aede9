// Package h10claimiface: a webhook asks the domain's interface whether the
// delivery is new, and the only implementation in sight, in this package,
// inserts the event id ON CONFLICT DO NOTHING and answers RowsAffected()
// == 1: the effect inside `if first { … }` is guarded, like one after an
// early return. The claim's answer left untested, an implementation that
// answers anything else (an UPDATE of a counter) and an interface nothing
// here implements guard nothing.
package h10claimiface

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"h10claimiface/ports"
)

// PgInbox admits each event once, in Postgres.
type PgInbox struct{ pool *pgxpool.Pool }

func (i *PgInbox) Admit(ctx context.Context, eventID string) (bool, error) {
	tag, err := i.pool.Exec(ctx, `INSERT INTO provider_events (id) VALUES ($1) ON CONFLICT DO NOTHING`, eventID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// PgQuota bumps a usage counter: its answer says nothing about the event.
type PgQuota struct{ pool *pgxpool.Pool }

func (q *PgQuota) Bump(ctx context.Context, account string) (bool, error) {
	tag, err := q.pool.Exec(ctx, `UPDATE quotas SET used = used + 1 WHERE account = $1`, account)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() > 0, nil
}

// Shipping ships paid orders.
type Shipping struct{}

func (s *Shipping) ShipOrder(ctx context.Context, orderID string) error { return nil }

type notice struct {
	ID      string `json:"id"`
	OrderID string `json:"order_id"`
}

type Hooks struct {
	inbox ports.Inbox
	quota ports.Quota
	seen  ports.Seen
	ship  *Shipping
}

func (h *Hooks) Mount(r *chi.Mux) {
	r.Post("/webhooks/psp/claimed", h.claimedBlock)
	r.Post("/webhooks/psp/claimed-return", h.claimedReturn)
	r.Post("/webhooks/psp/unchecked", h.uncheckedClaim)
	r.Post("/webhooks/psp/quota", h.quotaBlock)
	r.Post("/webhooks/psp/unknown", h.unknownBlock)
}

// claimedBlock: ships only inside the positive block of a first delivery.
func (h *Hooks) claimedBlock(w http.ResponseWriter, r *http.Request) {
	var n notice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	first, err := h.inbox.Admit(r.Context(), n.ID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if first {
		_ = h.ship.ShipOrder(r.Context(), n.OrderID)
	}
	w.WriteHeader(http.StatusOK)
}

// claimedReturn: the same claim as an early return.
func (h *Hooks) claimedReturn(w http.ResponseWriter, r *http.Request) {
	var n notice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if first, err := h.inbox.Admit(r.Context(), n.ID); err != nil || !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = h.ship.ShipOrder(r.Context(), n.OrderID)
	w.WriteHeader(http.StatusOK)
}

// uncheckedClaim: the claim is made, its answer dropped.
func (h *Hooks) uncheckedClaim(w http.ResponseWriter, r *http.Request) {
	var n notice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_, _ = h.inbox.Admit(r.Context(), n.ID)
	_ = h.ship.ShipOrder(r.Context(), n.OrderID) // want `webhook handler fulfils the order \(h10claimiface.Shipping.ShipOrder\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}

// quotaBlock: a counter bumped, not the event claimed.
func (h *Hooks) quotaBlock(w http.ResponseWriter, r *http.Request) {
	var n notice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if ok, _ := h.quota.Bump(r.Context(), n.OrderID); ok {
		_ = h.ship.ShipOrder(r.Context(), n.OrderID) // want `webhook handler fulfils the order \(h10claimiface.Shipping.ShipOrder\) on every delivery of the event`
	}
	w.WriteHeader(http.StatusOK)
}

// unknownBlock: nothing here implements Seen; its answer is unknown.
func (h *Hooks) unknownBlock(w http.ResponseWriter, r *http.Request) {
	var n notice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if ok, _ := h.seen.FirstTime(r.Context(), n.ID); ok {
		_ = h.ship.ShipOrder(r.Context(), n.OrderID) // want `webhook handler fulfils the order \(h10claimiface.Shipping.ShipOrder\) on every delivery of the event`
	}
	w.WriteHeader(http.StatusOK)
}
