// Package workers holds the scheduled jobs over bills: late fees, dunning,
// card autopay and refunds of overpayments.
package workers

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"gorm.io/gorm"

	"audit11/utilities/billing"
)

// BillRow is the GORM model of the bills table.
type BillRow struct {
	ID           string `gorm:"primaryKey"`
	AccountID    string
	Period       string
	AmountMinor  int64
	Currency     string
	DueDate      time.Time
	Status       string
	Channel      string
	MandateID    string
	ProviderRef  string
	LateFeeMinor int64
	DunningStage int
}

func (BillRow) TableName() string { return "bills" }

func (r BillRow) Bill() billing.Bill {
	return billing.Bill{ID: r.ID, AccountID: r.AccountID, Period: r.Period, AmountMinor: r.AmountMinor,
		Currency: r.Currency, DueDate: r.DueDate, Status: billing.BillStatus(r.Status),
		Channel: billing.Channel(r.Channel), MandateID: r.MandateID, ProviderRef: r.ProviderRef,
		LateFeeMinor: r.LateFeeMinor, DunningStage: r.DunningStage}
}

// DirectDebits collects bills by direct debit.
type DirectDebits interface {
	Collect(ctx context.Context, b *billing.Bill) (*gocardless.Payment, error)
	Represent(ctx context.Context, b *billing.Bill, stage int) error
}

// Dunning chases unpaid bills.
type Dunning struct {
	db       *gorm.DB
	debits   DirectDebits
	accounts billing.Accounts
	mail     billing.Notifier
	now      func() time.Time
	log      *slog.Logger
}

func NewDunning(db *gorm.DB, debits DirectDebits, accounts billing.Accounts, mail billing.Notifier) *Dunning {
	return &Dunning{db: db, debits: debits, accounts: accounts, mail: mail, now: time.Now,
		log: slog.Default().With("job", "dunning")}
}

// RunCollections raises the direct debits of bills due within three days.
func (d *Dunning) RunCollections(ctx context.Context) error {
	var rows []BillRow
	if err := d.db.WithContext(ctx).Where("status = ? AND channel = ? AND due_date <= ?",
		"open", string(billing.ChannelDirectDebit), d.now().AddDate(0, 0, 3)).Find(&rows).Error; err != nil {
		return err
	}
	for _, r := range rows {
		b := r.Bill()
		p, err := d.debits.Collect(ctx, &b)
		if err != nil {
			d.log.Error("direct debit", "bill", b.ID, "err", err)
			continue
		}
		d.db.WithContext(ctx).Model(&BillRow{}).Where("id = ?", b.ID).
			Updates(map[string]any{"status": string(billing.BillCollecting), "provider_ref": p.Id})
	}
	return nil
}

// lateFee is 2% of the bill, at least 5.00 and at most 50.00.
func lateFee(amountMinor int64) int64 {
	return min(max(amountMinor*2/100, 500), 5000)
}

// RunLateFees adds the late fee to bills unpaid 14 days after their due date.
func (d *Dunning) RunLateFees(ctx context.Context) error {
	var rows []BillRow
	cutoff := d.now().AddDate(0, 0, -14)
	if err := d.db.WithContext(ctx).Where("status IN ? AND due_date < ? AND late_fee_minor = 0",
		[]string{"open", "failed"}, cutoff).Find(&rows).Error; err != nil {
		return err
	}
	for _, r := range rows {
		res := d.db.WithContext(ctx).Model(&BillRow{}).
			Where("id = ? AND late_fee_minor = 0", r.ID).
			Update("late_fee_minor", lateFee(r.AmountMinor))
		if res.Error != nil {
			d.log.Error("late fee", "bill", r.ID, "err", res.Error)
		}
	}
	return nil
}

// RunDunning re-presents failed direct debits (three stages, a week apart)
// and writes to the customer at each stage.
func (d *Dunning) RunDunning(ctx context.Context) error {
	var rows []BillRow
	if err := d.db.WithContext(ctx).Where("status = ? AND channel = ? AND dunning_stage < 3",
		"failed", string(billing.ChannelDirectDebit)).Find(&rows).Error; err != nil {
		return err
	}
	for _, r := range rows {
		b := r.Bill()
		stage := r.DunningStage + 1
		if err := d.debits.Represent(ctx, &b, stage); err != nil {
			d.log.Warn("represent failed", "bill", b.ID, "stage", stage, "err", err)
			continue
		}
		d.db.WithContext(ctx).Model(&BillRow{}).Where("id = ?", b.ID).
			Updates(map[string]any{"dunning_stage": stage, "status": string(billing.BillCollecting)})
		if acct, err := d.accounts.Account(ctx, b.AccountID); err == nil {
			_ = d.mail.SendEmail(ctx, acct.Email, "We'll try your direct debit again",
				fmt.Sprintf("Your payment for %s did not go through. We will collect it again in 3 days.", b.Period))
		}
	}
	return nil
}
