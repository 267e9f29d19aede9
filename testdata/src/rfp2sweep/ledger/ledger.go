// Package ledger settles the merchant's open Square payments: every two
// minutes it loads the rows still pending with GORM and hands them to a
// pool of named workers over a channel; each worker asks Square for the
// state of the row it received, once, and stores a final state, which
// takes the row out of the next pass's query. The ticker loop is a sweep
// over pending rows, not a poll of one payment: it needs no exit on a
// payment's state. Following one payment, fixed before the loop, through
// the same helpers is still a poll.
package ledger

import (
	"context"
	"log"
	"strings"
	"sync"
	"time"

	"gorm.io/gorm"

	"rfp2sweep/squarestate"
)

// Settlement is a row of the merchant's ledger.
type Settlement struct {
	ID        uint
	SquareRef string
	Status    string
}

// Sweeper settles pending rows.
type Sweeper struct {
	DB      *gorm.DB
	Square  *squarestate.Checker
	Workers int
}

// --- silent: sweeps over the rows a query selects on every pass ---

// Run settles the pending rows every two minutes until ctx ends.
func (s *Sweeper) Run(ctx context.Context) {
	for range time.Tick(2 * time.Minute) {
		if ctx.Err() != nil {
			return
		}
		s.settleDue(ctx)
	}
}

// settleDue loads the pending rows afresh and feeds them to the pool.
func (s *Sweeper) settleDue(ctx context.Context) {
	var due []Settlement
	if err := s.DB.WithContext(ctx).Where("status = ?", "pending").Find(&due).Error; err != nil {
		log.Printf("ledger: %v", err)
		return
	}
	queue := make(chan Settlement)
	var wg sync.WaitGroup
	for i := 0; i < s.Workers; i++ {
		wg.Add(1)
		go s.drain(ctx, queue, &wg)
	}
	for _, row := range due {
		queue <- row
	}
	close(queue)
	wg.Wait()
}

// drain settles every row it receives.
func (s *Sweeper) drain(ctx context.Context, in <-chan Settlement, wg *sync.WaitGroup) {
	defer wg.Done()
	for row := range in {
		s.apply(ctx, row)
	}
}

// apply reads the row's payment once and stores a final state.
func (s *Sweeper) apply(ctx context.Context, row Settlement) {
	st, err := s.Square.State(ctx, row.SquareRef)
	if err != nil {
		return
	}
	if st == "COMPLETED" || st == "FAILED" || st == "CANCELED" {
		s.DB.Model(&row).Update("status", strings.ToLower(st))
	}
}

// --- flagged: one payment, fixed before the loop, read again and again ---

// Follow logs one payment's state every half minute, forever.
func (s *Sweeper) Follow(ctx context.Context, ref string) {
	for { // want `loop polling payment read by ledger.Sweeper.apply \(square Payments.Get\) never stops`
		s.apply(ctx, Settlement{SquareRef: ref})
		time.Sleep(30 * time.Second)
	}
}

// watchOne hands one fixed row to the worker: a channel fed with one
// payment is no batch.
func (s *Sweeper) watchOne(ctx context.Context, ref string) {
	one := make(chan Settlement, 1)
	one <- Settlement{SquareRef: ref}
	close(one)
	var wg sync.WaitGroup
	wg.Add(1)
	s.drain(ctx, one, &wg)
}

// Watch follows one payment through the worker, once a minute, until ctx
// ends.
func (s *Sweeper) Watch(ctx context.Context, ref string) {
	for { // want `loop polling payment read by ledger.Sweeper.watchOne \(square Payments.Get\) has no exit on the payment's status`
		s.watchOne(ctx, ref)
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Minute):
		}
	}
}
