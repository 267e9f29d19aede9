package service

import (
	"bytes"
	"context"
	"encoding/json"
	"log"
	"net/http"
	"time"

	"gorm.io/gorm"
)

// sellerPayout is a payout row the settlement worker sends to the PSP.
type sellerPayout struct {
	ID       uint
	SellerID string
	Amount   int64
	Status   string // pending, paid, failed
}

// Settler sends the pending seller payouts every minute.
type Settler struct {
	DB   *gorm.DB
	Base string
	HTTP *http.Client
}

// Run sends each pending payout; a failure is only logged, so the row
// stays pending and the next pass sends it again — with no reference the
// PSP could dedupe on.
func (s *Settler) Run(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		var rows []sellerPayout
		s.DB.Where("status = ?", "pending").Find(&rows)
		for _, row := range rows {
			body, _ := json.Marshal(map[string]any{"seller": row.SellerID, "amount": row.Amount})
			resp, err := s.HTTP.Post(s.Base+"/v1/payouts", "application/json", bytes.NewReader(body)) // paylint: expect idempotency
			if err != nil {
				log.Printf("payout %d: %v", row.ID, err)
				continue
			}
			resp.Body.Close()
			s.DB.Model(&row).Update("status", "paid")
		}
	}
}

// RunKeyed is the same worker keyed by the row: every pass sends the
// same Idempotency-Key for a payout (look-alike: silent).
func (s *Settler) RunKeyed(ctx context.Context) {
	for ctx.Err() == nil {
		var rows []sellerPayout
		s.DB.Where("status = ?", "pending").Find(&rows)
		for _, row := range rows {
			body, _ := json.Marshal(map[string]any{"seller": row.SellerID, "amount": row.Amount})
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.Base+"/v1/payouts", bytes.NewReader(body))
			req.Header.Set("Idempotency-Key", "payout-"+row.SellerID+"-"+time.Unix(int64(row.ID), 0).UTC().Format("20060102"))
			resp, err := s.HTTP.Do(req)
			if err != nil {
				continue
			}
			resp.Body.Close()
			s.DB.Model(&row).Update("status", "paid")
		}
		time.Sleep(time.Minute)
	}
}
