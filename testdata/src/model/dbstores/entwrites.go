// Package dbstores exercises paid states written through ent and bun
// builders, the mongo driver and redis, recognised by what is written.
package dbstores

import (
	"context"
	"time"

	"model/dbstores/ent"
)

type EntRepo struct{ db *ent.Client }

// --- ent: recognised ---

func (r *EntRepo) markPaid(ctx context.Context, id int) error { // want `wrapper EntRepo.markPaid statewrite`
	_, err := r.db.Order.UpdateOneID(id).SetStatus("paid").SetPaidAt(time.Now()).Save(ctx) // want `op statewrite paid state stored by ent.OrderUpdateOne.Save$`
	return err
}

func (r *EntRepo) markPaidX(ctx context.Context, o *ent.Order) { // want `wrapper EntRepo.markPaidX statewrite`
	r.db.Order.UpdateOne(o).SetPaidAt(time.Now()).ExecX(ctx) // want `op statewrite paid state stored by ent.OrderUpdateOne.ExecX$`
}

func (r *EntRepo) markAllPaid(ctx context.Context) { // want `wrapper EntRepo.markAllPaid statewrite`
	r.db.Order.Update().Where(func(*ent.Order) bool { return true }).SetStatus("completed").Save(ctx) // want `op statewrite paid state stored by ent.OrderUpdate.Save$`
}

func (r *EntRepo) stepwise(ctx context.Context, id int) { // want `wrapper EntRepo.stepwise statewrite`
	u := r.db.Order.UpdateOneID(id)
	u.SetStatus("paid")
	u.SaveX(ctx) // want `op statewrite paid state stored by ent.OrderUpdateOne.SaveX$`
}

func (r *EntRepo) grantPro(ctx context.Context, uid int) error { // want `wrapper EntRepo.grantPro statewrite`
	return r.db.User.UpdateOneID(uid).SetPlan("pro").Exec(ctx) // want `op statewrite paid state stored by ent.UserUpdateOne.Exec$`
}

func (r *EntRepo) grantVip(ctx context.Context, uid int) error { // want `wrapper EntRepo.grantVip statewrite`
	return r.db.User.UpdateOneID(uid).SetVip(true).Exec(ctx) // want `op statewrite paid state stored by ent.UserUpdateOne.Exec$`
}

func (r *EntRepo) topUp(ctx context.Context, uid int, n int64) error { // want `wrapper EntRepo.topUp statewrite`
	return r.db.User.UpdateOneID(uid).AddCredits(n).Exec(ctx) // want `op statewrite paid state stored by ent.UserUpdateOne.Exec$`
}

func (r *EntRepo) subscribe(ctx context.Context, uid int) { // want `wrapper EntRepo.subscribe statewrite`
	r.db.Subscription.Create().SetUserID(uid).SetStatus("active").Save(ctx) // want `op statewrite paid state stored by ent.SubscriptionCreate.Save$`
}

func (r *EntRepo) credit(ctx context.Context, n int64) { // want `wrapper EntRepo.credit statewrite`
	r.db.LedgerEntry.Create().SetAmount(n).Save(ctx) // want `op statewrite paid state stored by ent.LedgerEntryCreate.Save$`
}

// --- ent: look-alikes ---

func (r *EntRepo) entLookalikes(ctx context.Context, id int, addr string, n int64, t *time.Time) {
	r.db.Order.UpdateOneID(id).SetShippingAddress(addr).Save(ctx)
	r.db.Order.UpdateOneID(id).SetStatus("cancelled").ClearPaidAt().Save(ctx)
	r.db.Order.UpdateOneID(id).SetStatus("refunded").SetPaidAt(time.Now()).Save(ctx)
	r.db.Order.Create().SetStatus("pending").SetTotal(n).Save(ctx)
	r.db.User.UpdateOneID(id).SetStatus("verified").Exec(ctx)
	r.db.User.UpdateOneID(id).SetPlan("free").Exec(ctx)
	r.db.User.UpdateOneID(id).SetNickname(addr).Exec(ctx)
	r.db.User.UpdateOneID(id).SetCredits(n).Exec(ctx)
	r.db.Address.UpdateOneID(id).SetStatus("active").SetLine1(addr).Exec(ctx)
	(&Draft{}).SetStatus("paid").Save(ctx)
}

// Draft is a form builder of the app's own, not an ent builder: its
// setters return another type.
type Draft struct{}

type DraftState struct{}

func (d *Draft) SetStatus(s string) *DraftState      { return &DraftState{} }
func (d *DraftState) Save(ctx context.Context) error { return nil }
