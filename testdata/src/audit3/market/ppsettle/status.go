package ppsettle

import (
	"context"
	"log"
	"time"
)

// WaitBatch polls the batch until PayPal finishes it. Called from the admin
// "settle now" button, so it polls quickly.
func (s *Service) WaitBatch(ctx context.Context, batchID string) (string, error) {
	for i := 0; i < 40; i++ {
		res, err := s.pp.GetPayout(ctx, batchID)
		if err != nil {
			return "", err
		}
		switch res.BatchHeader.BatchStatus {
		case "SUCCESS", "DENIED", "CANCELED":
			return res.BatchHeader.BatchStatus, nil
		}
		time.Sleep(500 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 500ms"
	}
	return "", errStillPending
}

// Follow is used by the nightly job: waits until the batch succeeds.
func (s *Service) Follow(ctx context.Context, batchID string) {
	for { // want "\\[pollbound\\] loop polling payment batchID stops only when the payment succeeds"
		res, err := s.pp.GetPayout(ctx, batchID)
		if err != nil {
			log.Printf("follow %s: %v", batchID, err)
			time.Sleep(30 * time.Second)
			continue
		}
		if res.BatchHeader.BatchStatus == "SUCCESS" {
			log.Printf("batch %s paid", batchID)
			return
		}
		time.Sleep(30 * time.Second)
	}
}

// SettleAndConfirm sends the batch and waits for it; when PayPal is still
// processing after a minute the batch is sent again.
func (s *Service) SettleAndConfirm(ctx context.Context, st Settlement) error {
	batchID, err := s.SendStable(ctx, st)
	if err != nil {
		return err
	}
	for round := 0; round < 3; round++ {
		status, err := s.waitMinute(ctx, batchID)
		if err == nil && status == "SUCCESS" {
			return nil
		}
		// idempotency (found after the blind audit): Send stamps sender_batch_id with time.Now(), so each pass is a new payout batch
		batchID, err = s.Send(ctx, st) // want "\\[pollcreate\\] payment ppsettle.Service.Send \\(paypal Client.CreatePayout\\) made again on every pass of the loop \\(line 50\\)" "\\[idempotency\\] ppsettle.Service.Send \\(paypal Client.CreatePayout\\) is made again on every pass of the loop \\(line 50\\) after ppsettle.Service.waitMinute \\(line 51\\) gives up while the payment may still be pending, and Send makes a new idempotency key on every call"
		if err != nil {
			return err
		}
	}
	return errStillPending
}

func (s *Service) waitMinute(ctx context.Context, batchID string) (string, error) {
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		res, err := s.pp.GetPayout(ctx, batchID)
		if err != nil {
			return "", err
		}
		if st := res.BatchHeader.BatchStatus; st == "SUCCESS" || st == "DENIED" {
			return st, nil
		}
		time.Sleep(5 * time.Second)
	}
	return "PENDING", nil
}
