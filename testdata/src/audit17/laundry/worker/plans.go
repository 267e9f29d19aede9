package worker

import (
	"context"
	"log"

	"audit17/laundry/mpago"
	"audit17/laundry/store"
)

// Plans renews monthly laundry plans of Mercado Pago customers.
type Plans struct {
	store *store.OrderStore
	mp    *mpago.Client
}

// NewPlans returns the renewal job.
func NewPlans(s *store.OrderStore, mp *mpago.Client) *Plans { return &Plans{store: s, mp: mp} }

// Run is the machinery task "plans.renew".
func (p *Plans) Run() error {
	ctx := context.Background()
	due, err := p.store.DuePlans(ctx)
	if err != nil {
		return err
	}
	for _, r := range due {
		id, err := p.mp.ChargeSavedCard(ctx, mpago.SavedCardCharge{
			OrderID:    r.OrderID,
			CustomerID: r.CustomerID,
			CardToken:  r.CardToken,
			Amount:     r.Amount,
		})
		if err != nil {
			log.Printf("plan %s: charge failed: %v", r.OrderID, err)
			continue
		}
		if err := p.store.PlanCharged(ctx, r.OrderID, id); err != nil {
			log.Printf("plan %s: charged %d but not recorded: %v", r.OrderID, id, err)
		}
	}
	return nil
}
