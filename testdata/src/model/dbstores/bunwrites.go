package dbstores

import (
	"context"
	"time"

	"github.com/uptrace/bun"
)

type Order struct {
	ID     int64
	Status string
	PaidAt time.Time
	Note   string
}

type LedgerEntry struct {
	UserID int64
	Amount int64
}

type Profile struct {
	ID     int64
	Status string
}

type Payment struct {
	ID     int64
	Status string
}

type BunRepo struct{ db *bun.DB }

// --- bun: recognised ---

func (r *BunRepo) setPaid(ctx context.Context, o *Order) error { // want `wrapper BunRepo.setPaid statewrite`
	_, err := r.db.NewUpdate().Model(o).Set("status = ?", "paid").Set("paid_at = now()").WherePK().Exec(ctx) // want `op statewrite paid state stored by bun.UpdateQuery.Exec$`
	return err
}

func (r *BunRepo) columnPaid(ctx context.Context, id int64) error { // want `wrapper BunRepo.columnPaid statewrite`
	o := Order{ID: id}
	o.Status = "paid"
	_, err := r.db.NewUpdate().Model(&o).Column("status").WherePK().Exec(ctx) // want `op statewrite paid state stored by bun.UpdateQuery.Exec$`
	return err
}

func (r *BunRepo) tablePaid(ctx context.Context, id int64) { // want `wrapper BunRepo.tablePaid statewrite`
	q := r.db.NewUpdate().Table("payments").Set("state = 'succeeded'")
	q.Where("id = ?", id).Exec(ctx) // want `op statewrite paid state stored by bun.UpdateQuery.Exec$`
}

func (r *BunRepo) ledger(ctx context.Context, uid, n int64) { // want `wrapper BunRepo.ledger statewrite`
	r.db.NewInsert().Model(&LedgerEntry{UserID: uid, Amount: n}).Exec(ctx) // want `op statewrite paid state stored by bun.InsertQuery.Exec$`
}

// --- bun: look-alikes ---

func (r *BunRepo) bunLookalikes(ctx context.Context, o *Order, id int64, note string) {
	r.db.NewUpdate().Model(o).Set("note = ?", note).WherePK().Exec(ctx)
	r.db.NewUpdate().Model(o).Set("status = ?", "cancelled").WherePK().Exec(ctx)
	r.db.NewUpdate().Model(&Profile{ID: id}).Set("status = ?", "completed").WherePK().Exec(ctx)
	p := Order{ID: id}
	p.Status = "paid"
	p.Note = note
	r.db.NewUpdate().Model(&p).Column("note").WherePK().Exec(ctx) // only the note is written
	r.db.NewInsert().Model(&Payment{ID: id, Status: "pending"}).Exec(ctx)
}
