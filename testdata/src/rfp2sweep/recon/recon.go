// Package recon reconciles open Square payments once a minute: each pass
// selects the open references with sqlx and checks them concurrently
// through an errgroup, one goroutine per reference. The ticker loop is a
// sweep, bounded by ctx; a loop checking one reference handed in stays a
// poll.
package recon

import (
	"context"
	"log"
	"time"

	"github.com/jmoiron/sqlx"
	"golang.org/x/sync/errgroup"

	"rfp2sweep/squarestate"
)

// Reconciler checks open payments against Square.
type Reconciler struct {
	DB     *sqlx.DB
	Square *squarestate.Checker
}

// --- silent ---

// Loop runs a pass every minute until ctx ends.
func (r *Reconciler) Loop(ctx context.Context) error {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		if err := r.pass(ctx); err != nil {
			log.Printf("recon: %v", err)
		}
	}
}

// pass checks every open reference once, eight at a time.
func (r *Reconciler) pass(ctx context.Context) error {
	var refs []string
	if err := r.DB.SelectContext(ctx, &refs, `SELECT square_ref FROM charges WHERE state = 'open'`); err != nil {
		return err
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(8)
	for _, ref := range refs {
		g.Go(func() error { return r.check(gctx, ref) })
	}
	return g.Wait()
}

// check reads one reference and closes its row when it is final.
func (r *Reconciler) check(ctx context.Context, ref string) error {
	st, err := r.Square.State(ctx, ref)
	if err != nil {
		return err
	}
	if st != "COMPLETED" && st != "FAILED" && st != "CANCELED" {
		return nil
	}
	_, err = r.DB.ExecContext(ctx, `UPDATE charges SET state = $1 WHERE square_ref = $2`, st, ref)
	return err
}

// --- flagged ---

// Await checks one reference every ten seconds until ctx ends.
func (r *Reconciler) Await(ctx context.Context, ref string) {
	for { // want `loop polling payment ref has no exit on the payment's status`
		if err := r.check(ctx, ref); err != nil {
			log.Printf("recon: %v", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(10 * time.Second):
		}
	}
}
