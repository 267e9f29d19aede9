package billing

import (
	"context"
	"fmt"
	"time"

	"audit7/edtech/internal/paddle"
)

// pollEvery is how often the checkout page's "confirming…" spinner asks.
const pollEvery = 750 * time.Millisecond

// AwaitTransaction waits for Paddle to settle a transaction the overlay
// reported as submitted, for at most 90 seconds.
func (s *Service) AwaitTransaction(ctx context.Context, txnID string) (*paddle.Transaction, error) {
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	for {
		txn, err := s.paddle.GetTransaction(ctx, txnID)
		if err != nil {
			return nil, err
		}
		switch txn.Status {
		case "completed", "paid":
			return txn, nil
		case "canceled", "past_due":
			return nil, fmt.Errorf("billing: transaction %s %s", txnID, txn.Status)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(pollEvery): // want "\\[pollinterval\\] payment status polled every 750ms"
		}
	}
}

// WatchSubscriptionStart is started in a goroutine after a subscription
// checkout and unlocks the catalogue once the first transaction completes.
func (s *Service) WatchSubscriptionStart(txnID string, unlock func(string)) {
	for { // want "\\[pollbound\\] loop polling payment txnID stops only when the payment succeeds \\(line 50\\)"
		txn, err := s.paddle.GetTransaction(context.Background(), txnID)
		if err != nil {
			s.log.Warn("subscription poll", "txn", txnID, "err", err)
			time.Sleep(5 * time.Second)
			continue
		}
		if txn.Status == "completed" {
			unlock(txn.CustomerID)
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// PayBundle charges a course bundle and waits for the money; Paddle
// sometimes keeps a transaction "billed" for minutes, so after two minutes
// we open a fresh one for the learner.
func (s *Service) PayBundle(ctx context.Context, in paddle.CreateTransactionInput) (*paddle.Transaction, error) {
	txn, err := s.paddle.CreateTransaction(ctx, in)
	if err != nil {
		return nil, err
	}
	started := time.Now()
	for attempt := 0; attempt < 60; attempt++ {
		cur, err := s.paddle.GetTransaction(ctx, txn.ID)
		if err != nil {
			return nil, err
		}
		if cur.Status == "completed" {
			return cur, nil
		}
		if cur.Status == "canceled" {
			return nil, errCanceled
		}
		if time.Since(started) > 2*time.Minute {
			txn, err = s.paddle.CreateTransaction(ctx, in) // want "\\[pollcreate\\] new payment created inside the loop that polls payment txn.ID \\(line 65\\)"
			if err != nil {
				return nil, err
			}
			started = time.Now()
		}
		time.Sleep(3 * time.Second)
	}
	return nil, fmt.Errorf("billing: bundle %s still pending", txn.ID)
}

// RetryDeclined opens a new transaction only once the previous one is
// canceled (card declined): a clean new checkout, not a second live one.
func (s *Service) RetryDeclined(ctx context.Context, prevID string, in paddle.CreateTransactionInput) (*paddle.Transaction, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	t := time.NewTicker(4 * time.Second)
	defer t.Stop()
	for {
		prev, err := s.paddle.GetTransaction(ctx, prevID)
		if err != nil {
			return nil, err
		}
		switch prev.Status {
		case "completed", "paid":
			return prev, nil
		case "canceled":
			return s.paddle.CreateTransaction(ctx, in)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}
