// Package cronjob settles open Square payments from a robfig/cron
// schedule, or, where no scheduler runs, from a loop of its own waiting a
// minute between batches: each batch selects the open rows afresh, a
// producer goroutine feeds them into a channel that worker goroutines
// range over, and each worker reads the payment it received once. The
// loop works other payments on each pass, so it polls none of them; a
// loop handing one payment to the same helper stays a poll.
package cronjob

import (
	"context"
	"database/sql"
	"log"
	"sync"
	"sync/atomic"
	"time"

	"github.com/robfig/cron/v3"

	"rfp2sweep/squarestate"
)

// Job settles open rows.
type Job struct {
	DB     *sql.DB
	Square *squarestate.Checker
}

type openRow struct {
	id  int64
	ref string
}

// --- silent ---

// Schedule registers the settling job.
func (j *Job) Schedule(ctx context.Context) *cron.Cron {
	c := cron.New()
	_, _ = c.AddFunc("@every 5m", func() { j.batch(ctx) })
	c.Start()
	return c
}

// RunLocal settles a batch every minute until ctx ends.
func (j *Job) RunLocal(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Minute):
			j.batch(ctx)
		}
	}
}

// batch settles up to 20 open rows.
func (j *Job) batch(ctx context.Context) {
	rows, err := j.DB.QueryContext(ctx, `SELECT id, square_ref FROM payments WHERE state = 'open' LIMIT 20`)
	if err != nil {
		return
	}
	var open []openRow
	for rows.Next() {
		var o openRow
		if rows.Scan(&o.id, &o.ref) == nil {
			open = append(open, o)
		}
	}
	rows.Close()

	work := make(chan openRow)
	go func() {
		defer close(work)
		for _, o := range open {
			work <- o
		}
	}()
	var settled atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for o := range work {
				if j.settle(ctx, o) {
					settled.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	log.Printf("cronjob: %d of %d settled", settled.Load(), len(open))
}

// settle reads one payment and stores its final state; true when final.
func (j *Job) settle(ctx context.Context, o openRow) bool {
	st, err := j.Square.State(ctx, o.ref)
	if err != nil || st == "PENDING" || st == "APPROVED" {
		return false
	}
	_, err = j.DB.ExecContext(ctx, `UPDATE payments SET state = $1 WHERE id = $2`, st, o.id)
	return err == nil
}

// --- flagged ---

// settleOne feeds the worker pool's shape one fixed payment.
func (j *Job) settleOne(ctx context.Context, ref string) bool {
	work := make(chan openRow, 1)
	work <- openRow{ref: ref}
	close(work)
	done := false
	for o := range work {
		done = j.settle(ctx, o)
	}
	return done
}

// Retry hands one payment to the helper every minute, forever.
func (j *Job) Retry(ctx context.Context, ref string) {
	for { // want `loop polling payment read by cronjob.Job.settleOne \(square Payments.Get\) never stops`
		j.settleOne(ctx, ref)
		time.Sleep(time.Minute)
	}
}
