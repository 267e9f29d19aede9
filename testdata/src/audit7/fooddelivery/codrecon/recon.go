// Package codrecon reconciles cash-on-delivery: riders hand in the cash
// they collected; a shortfall is recovered through a payment link.
package codrecon

import (
	"context"
	"log"
	"time"

	"github.com/jmoiron/sqlx"
)

type Shortfall struct {
	ID          string `db:"id"`
	RiderID     string `db:"rider_id"`
	AmountPaise int64  `db:"amount_paise"`
	Phone       string `db:"phone"`
}

type Reconciler struct {
	DB    *sqlx.DB
	Links *LinkClient
}

// MatchDeposits marks COD orders whose cash was handed in at the hub.
func (r *Reconciler) MatchDeposits(ctx context.Context, hubID string) error {
	_, err := r.DB.ExecContext(ctx, `
		UPDATE cod_orders o SET cash_state = 'deposited'
		FROM hub_deposits d
		WHERE d.hub_id = $1 AND d.order_id = o.id AND o.cash_state = 'with_rider'`, hubID)
	return err
}

// RecoverShortfalls sends a payment link for every open shortfall.
func (r *Reconciler) RecoverShortfalls(ctx context.Context) {
	for {
		var open []Shortfall
		if err := r.DB.SelectContext(ctx, &open, "SELECT id, rider_id, amount_paise, phone FROM cod_shortfalls WHERE state = 'open'"); err != nil {
			log.Printf("shortfalls: %v", err)
		}
		for _, s := range open {
			linkID, err := r.Links.Create(ctx, s)
			if err != nil {
				log.Printf("shortfall %s: %v", s.ID, err)
				continue
			}
			r.DB.MustExecContext(ctx, "UPDATE cod_shortfalls SET state = 'link_sent', link_id = $1 WHERE id = $2", linkID, s.ID)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(10 * time.Minute):
		}
	}
}
