// Package payouts settles open Square payments in the styles older Go
// code uses: a goroutine handed the row as its argument (before loop
// variables were per iteration), a producer scanning sql.Rows straight
// into the workers' channel, and a pool written inline in the ticker
// loop. Each pass selects the open rows afresh: a sweep, not a poll.
package payouts

import (
	"context"
	"database/sql"
	"sync"
	"time"

	"rfp2sweep/squarestate"
)

// Settler settles open rows.
type Settler struct {
	DB     *sql.DB
	Square *squarestate.Checker
}

type row struct {
	id  int64
	ref string
}

// --- silent ---

// Every runs a goroutine-per-row pass every three minutes.
func (s *Settler) Every(ctx context.Context) {
	t := time.NewTicker(3 * time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			s.perRow(ctx)
		}
	}
}

func (s *Settler) perRow(ctx context.Context) {
	open := s.open(ctx)
	var wg sync.WaitGroup
	for _, r := range open {
		wg.Add(1)
		go func(r row) {
			defer wg.Done()
			s.settle(ctx, r)
		}(r)
	}
	wg.Wait()
}

// Scanning runs a pass whose producer scans rows into the workers'
// channel.
func (s *Settler) Scanning(ctx context.Context) {
	for range time.Tick(3 * time.Minute) {
		if ctx.Err() != nil {
			return
		}
		s.scanned(ctx)
	}
}

func (s *Settler) scanned(ctx context.Context) {
	rs, err := s.DB.QueryContext(ctx, `SELECT id, square_ref FROM payouts WHERE state = 'open'`)
	if err != nil {
		return
	}
	defer rs.Close()
	feed := make(chan row, 16)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range feed {
				s.settle(ctx, r)
			}
		}()
	}
	for rs.Next() {
		var r row
		if rs.Scan(&r.id, &r.ref) != nil {
			break
		}
		feed <- r
	}
	close(feed)
	wg.Wait()
}

// Inline writes the pool inside the ticker loop.
func (s *Settler) Inline(ctx context.Context) {
	t := time.NewTicker(3 * time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		refs := make(chan string)
		go func() {
			defer close(refs)
			for _, r := range s.open(ctx) {
				refs <- r.ref
			}
		}()
		for ref := range refs {
			_, _ = s.Square.State(ctx, ref)
		}
	}
}

func (s *Settler) open(ctx context.Context) []row {
	rs, err := s.DB.QueryContext(ctx, `SELECT id, square_ref FROM payouts WHERE state = 'open'`)
	if err != nil {
		return nil
	}
	defer rs.Close()
	var out []row
	for rs.Next() {
		var r row
		if rs.Scan(&r.id, &r.ref) == nil {
			out = append(out, r)
		}
	}
	return out
}

func (s *Settler) settle(ctx context.Context, r row) {
	st, err := s.Square.State(ctx, r.ref)
	if err != nil || st == "PENDING" || st == "APPROVED" {
		return
	}
	_, _ = s.DB.ExecContext(ctx, `UPDATE payouts SET state = $1 WHERE id = $2`, st, r.id)
}

// --- flagged ---

// follow hands one fixed row to a goroutine and waits for it.
func (s *Settler) follow(ctx context.Context, ref string) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func(r row) {
		defer wg.Done()
		s.settle(ctx, r)
	}(row{ref: ref})
	wg.Wait()
}

// Follow follows one payment through a goroutine, every minute.
func (s *Settler) Follow(ctx context.Context, ref string) {
	for { // want `loop polling payment read by payouts.Settler.follow \(square Payments.Get\) has no exit on the payment's status`
		s.follow(ctx, ref)
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Minute):
		}
	}
}
