package billswitch

import (
	"context"
	"errors"
	"log"
	"time"
)

// Store records a bill's outcome.
type Store interface {
	MarkBill(ctx context.Context, billID, status string) error
}

// Settler drives a bill payment to a final state.
type Settler struct {
	sw    *Switch
	store Store
}

// NewSettler wires the settler.
func NewSettler(sw *Switch, st Store) *Settler { return &Settler{sw: sw, store: st} }

// WaitForever polls until the switch answers SUCCESS; a FAILED payment or
// a switch that never answers keeps this goroutine polling forever.
func (s *Settler) WaitForever(ctx context.Context, billID, txnID string) {
	for { // want "\\[pollbound\\] .*stops only when the payment succeeds"
		st, err := s.sw.Status(context.Background(), txnID)
		if err == nil && st.Status == "SUCCESS" {
			_ = s.store.MarkBill(ctx, billID, "paid")
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// QuickCheck polls every half second for the checkout spinner.
func (s *Settler) QuickCheck(ctx context.Context, txnID string) (PayStatus, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		st, err := s.sw.Status(ctx, txnID)
		if err == nil && st.Final() {
			return st, nil
		}
		select {
		case <-ctx.Done():
			return st, ctx.Err()
		case <-time.After(500 * time.Millisecond): // want "\\[pollinterval\\] .*polled every 500ms"
		}
	}
}

// PayAndConfirm re-submits the bill when the status query times out: the
// first payment may still settle, so the customer pays the bill twice.
func (s *Settler) PayAndConfirm(ctx context.Context, pr PayRequest) (PayStatus, error) {
	txn, err := s.sw.Pay(ctx, pr)
	if err != nil {
		return PayStatus{}, err
	}
	deadline := time.Now().Add(2 * time.Minute)
	for attempt := 0; attempt < 20; attempt++ {
		st, err := s.sw.Status(ctx, txn)
		if err == nil && st.Final() {
			return st, nil
		}
		if time.Now().After(deadline) {
			log.Printf("bill %s: status timeout, paying again", pr.Reference)
			txn, err = s.sw.Pay(ctx, pr) // want "\\[pollcreate\\] .*new payment created inside the loop"
			if err != nil {
				return PayStatus{}, err
			}
			deadline = time.Now().Add(2 * time.Minute)
		}
		time.Sleep(5 * time.Second)
	}
	return PayStatus{}, errors.New("bill payment did not settle")
}

// Confirm is the correct shape: one payment, bounded polls every 3s.
func (s *Settler) Confirm(ctx context.Context, txnID string) (PayStatus, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for {
		st, err := s.sw.Status(ctx, txnID)
		if err == nil && st.Final() {
			return st, nil
		}
		select {
		case <-ctx.Done():
			return st, ctx.Err()
		case <-t.C:
		}
	}
}
