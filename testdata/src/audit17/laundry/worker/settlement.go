package worker

import (
	"context"
	"fmt"
	"log"

	"audit17/laundry/bankfolio"
)

// Settlement pays franchisees their monthly share.
type Settlement struct {
	bank *bankfolio.Client
}

// NewSettlement returns the settlement job.
func NewSettlement(bank *bankfolio.Client) *Settlement { return &Settlement{bank: bank} }

// Run is the machinery task "franchise.settle"; args come from the
// monthly close.
func (s *Settlement) Run(franchiseID, period, clabe string, amountCts int64) error {
	ctx := context.Background()
	t, err := s.bank.CreateTransfer(ctx, bankfolio.TransferOrder{
		FranchiseID: franchiseID,
		Period:      period,
		CLABE:       clabe,
		AmountCts:   amountCts,
		Currency:    "MXN",
		Concept:     fmt.Sprintf("Liquidacion %s %s", franchiseID, period),
	})
	if err != nil {
		return err
	}
	booked, err := s.bank.WaitBooked(ctx, t.ID)
	if err != nil {
		return err
	}
	log.Printf("franchise %s period %s settled: %s", franchiseID, period, booked.ID)
	return nil
}
