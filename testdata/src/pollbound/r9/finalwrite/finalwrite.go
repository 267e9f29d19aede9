// Package finalwrite: an exit taken when a call given the context fails
// bounds a poll only where the poll can still be waiting. A store write
// made once the payout is final (and the return when it fails) is never
// reached while the payout stays in flight, so it is no bound.
package finalwrite

import (
	"context"
	"database/sql"
	"log"
	"time"

	"pollbound/r9/payoutapi"
)

type follower struct {
	api *payoutapi.Client
	db  *sql.DB
}

// --- flagged ---

func (f *follower) follow(ctx context.Context, id string) {
	for { // want `loop polling payment id has no bound: no ctx.Done\(\), deadline, attempt cap or timeout, and read errors are swallowed`
		p, err := f.api.Check(ctx, id)
		if err != nil {
			log.Printf("payout %s: %v", id, err)
			time.Sleep(15 * time.Second)
			continue
		}
		if p.Status == payoutapi.PayoutDelivered || p.Status == payoutapi.PayoutCancelled {
			if _, err := f.db.ExecContext(ctx, `UPDATE payouts SET state = $1 WHERE ref = $2`, p.Status, id); err != nil {
				log.Printf("store %s: %v", id, err)
				return
			}
			return
		}
		time.Sleep(15 * time.Second)
	}
}

// --- silent ---

// followCtx selects on the context between reads.
func (f *follower) followCtx(ctx context.Context, id string) error {
	t := time.NewTicker(15 * time.Second)
	defer t.Stop()
	for {
		p, err := f.api.Check(ctx, id)
		if err == nil && (p.Status == payoutapi.PayoutDelivered || p.Status == payoutapi.PayoutCancelled) {
			_, err = f.db.ExecContext(ctx, `UPDATE payouts SET state = $1 WHERE ref = $2`, p.Status, id)
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// followTouch writes on every pending round and returns when that write
// fails: the context, once ended, stops the loop while it still waits.
func (f *follower) followTouch(ctx context.Context, id string) {
	for {
		p, err := f.api.Check(ctx, id)
		if err != nil {
			time.Sleep(15 * time.Second)
			continue
		}
		switch p.Status {
		case payoutapi.PayoutDelivered, payoutapi.PayoutCancelled:
			return
		case payoutapi.PayoutInFlight:
			if _, err := f.db.ExecContext(ctx, `UPDATE payouts SET checked_at = now() WHERE ref = $1`, id); err != nil {
				return
			}
		}
		time.Sleep(15 * time.Second)
	}
}
