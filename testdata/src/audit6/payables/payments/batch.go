package payments

import (
	"context"
	"time"
)

// PayRun pays every bill of a scheduled pay run, one order per bill, and
// waits for each to settle before the next (suppliers get one order each).
func (s *Service) PayRun(ctx context.Context, bills []Bill) error {
	for _, b := range bills {
		po, err := s.bank.CreatePaymentOrderWithKey(ctx, "bill-"+b.ID, orderFor(b))
		if err != nil {
			_ = s.bills.MarkFailed(ctx, b.ID, err.Error())
			continue
		}
		wctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
		final, err := s.bank.AwaitPaymentOrder(wctx, po.ID)
		cancel()
		if err != nil {
			s.log.Warn("still pending, webhook will finish", "bill", b.ID)
			continue
		}
		if final.Status == "completed" {
			_ = s.bills.MarkPaid(ctx, b.ID, final.ID)
		} else {
			_ = s.bills.MarkFailed(ctx, b.ID, final.Status)
		}
		time.Sleep(250 * time.Millisecond) // stay under the bank's write rate limit
	}
	return nil
}

// RetryReturned re-pays a bill whose order the bank returned (wrong
// account details fixed by the customer). It waits for the old order to be
// final first and only creates a new one once the bank says it failed.
func (s *Service) RetryReturned(ctx context.Context, b Bill, oldOrderID string) error {
	ctx, cancel := context.WithTimeout(ctx, time.Hour)
	defer cancel()
	for {
		cur, err := s.bank.GetPaymentOrder(ctx, oldOrderID)
		if err != nil {
			return err
		}
		switch cur.Status {
		case "completed":
			return s.bills.MarkPaid(ctx, b.ID, cur.ID)
		case "returned", "failed", "cancelled":
			po, err := s.bank.CreatePaymentOrderWithKey(ctx, "bill-"+b.ID+"-r-"+oldOrderID, orderFor(b))
			if err != nil {
				return err
			}
			return s.bills.SetPaymentOrder(ctx, b.ID, po.ID)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(30 * time.Second):
		}
	}
}
