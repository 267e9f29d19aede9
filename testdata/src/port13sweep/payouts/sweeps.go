// Package payouts sends the queued payouts from machinery tasks. It
// imports the bank's package for its request type only; main hands the
// bank's client over as Bank.
package payouts

import (
	"bytes"
	"context"
	"net/http"

	machinery "github.com/RichardKnop/machinery/v2"
	"github.com/google/uuid"

	"port13sweep/bankapi"
)

// Payout is one queued payout.
type Payout struct {
	ID, IBAN, Currency string
	AmountMinor        int64
}

// Bank sends payouts.
type Bank interface {
	CreatePayout(ctx context.Context, pr bankapi.PayoutRequest, key string) (string, error)
}

// Store holds the payouts.
type Store interface {
	ListQueued(ctx context.Context) ([]Payout, error)
	Get(ctx context.Context, id string) (Payout, error)
	SetSent(ctx context.Context, id, ref string) error
	MarkSending(ctx context.Context, id string) error
}

// Tasks are the payout tasks.
type Tasks struct {
	bank  Bank
	store Store
}

// NewTasks returns the tasks.
func NewTasks(bank Bank, store Store) *Tasks { return &Tasks{bank: bank, store: store} }

// Register registers the sweep; a scheduler outside sends it.
func (t *Tasks) Register(srv *machinery.Server) error {
	return srv.RegisterTask("send_queued", t.SendQueued)
}

// OneTask sends the payout each task names.
type OneTask struct {
	Bank  Bank
	Store Store
}

// Register registers the task.
func (t *OneTask) Register(srv *machinery.Server) error {
	return srv.RegisterTask("send_one", t.SendOne)
}

// KeyedTasks sweeps with a key from the row.
type KeyedTasks struct {
	Bank  Bank
	Store Store
}

// Register registers the sweep.
func (t *KeyedTasks) Register(srv *machinery.Server) error {
	return srv.RegisterTask("send_queued_keyed", t.SendQueuedKeyed)
}

// ClaimTasks sweeps and claims each row first.
type ClaimTasks struct {
	Bank  Bank
	Store Store
}

// Register registers the sweep.
func (t *ClaimTasks) Register(srv *machinery.Server) error {
	return srv.RegisterTask("send_queued_claimed", t.SendQueuedClaimed)
}

func request(p Payout) bankapi.PayoutRequest {
	return bankapi.PayoutRequest{AmountMinor: p.AmountMinor, Currency: p.Currency, IBAN: p.IBAN, Reference: p.ID}
}

// SendQueued sends every queued payout under a key made on this run: a
// payout whose answer was lost stays queued and the next run sends it
// again under another key.
func (t *Tasks) SendQueued(ctx context.Context) error {
	queued, err := t.store.ListQueued(ctx)
	if err != nil {
		return err
	}
	for _, p := range queued {
		ref, err := t.bank.CreatePayout(ctx, request(p), uuid.New().String())
		if err != nil {
			continue
		}
		_ = t.store.SetSent(ctx, p.ID, ref)
	}
	return nil
}

// SendOne sends the payout it is handed: no sweep, and machinery does not
// retry it.
func (t *OneTask) SendOne(id string) error {
	ctx := context.Background()
	p, err := t.Store.Get(ctx, id)
	if err != nil {
		return err
	}
	ref, err := t.Bank.CreatePayout(ctx, request(p), uuid.New().String())
	if err != nil {
		return err
	}
	return t.Store.SetSent(ctx, p.ID, ref)
}

// SendQueuedKeyed keys every payout by its id: the same key on every run.
func (t *KeyedTasks) SendQueuedKeyed() error {
	ctx := context.Background()
	queued, err := t.Store.ListQueued(ctx)
	if err != nil {
		return err
	}
	for _, p := range queued {
		if ref, err := t.Bank.CreatePayout(ctx, request(p), "payout-"+p.ID); err == nil {
			_ = t.Store.SetSent(ctx, p.ID, ref)
		}
	}
	return nil
}

// SendQueuedClaimed marks each payout sending before it sends it: a
// failed send leaves it for review, not for the next run.
func (t *ClaimTasks) SendQueuedClaimed(ctx context.Context) error {
	queued, err := t.Store.ListQueued(ctx)
	if err != nil {
		return err
	}
	for _, p := range queued {
		if err := t.Store.MarkSending(ctx, p.ID); err != nil {
			continue
		}
		if ref, err := t.Bank.CreatePayout(ctx, request(p), uuid.New().String()); err == nil {
			_ = t.Store.SetSent(ctx, p.ID, ref)
		}
	}
	return nil
}

// Refunds sends queued refunds itself, over HTTP, from a sweep task.
type Refunds struct {
	hc    *http.Client
	store Store
}

// Register registers the refund sweep.
func (r *Refunds) Register(srv *machinery.Server) error {
	return srv.RegisterTasks(map[string]interface{}{"refund_queued": r.RefundQueued})
}

// RefundQueued makes the key on each run.
func (r *Refunds) RefundQueued() error {
	ctx := context.Background()
	queued, err := r.store.ListQueued(ctx)
	if err != nil {
		return err
	}
	for _, p := range queued {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.bank.example/v2/refunds", bytes.NewReader([]byte(p.ID)))
		req.Header.Set("Idempotency-Key", uuid.NewString())
		resp, err := r.hc.Do(req) // want `POST /v2/refunds .*is retried by a machinery sweep task that re-selects pending rows \(line \d+\) with an idempotency key made anew on every attempt \(uuid.NewString\(\)`
		if err != nil {
			continue
		}
		resp.Body.Close()
		_ = r.store.SetSent(ctx, p.ID, "")
	}
	return nil
}
