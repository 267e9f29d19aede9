// Package machinerysignature pays driver bonuses and rider refunds from
// machinery tasks whose signatures are made by tasks.NewSignature and
// given their retries afterwards (sig.RetryCount = n).
package machinerysignature

import (
	"context"
	"fmt"
	"time"

	"github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/tasks"
	"github.com/google/uuid"
	xendit "github.com/xendit/xendit-go/v7"
	"github.com/xendit/xendit-go/v7/payout"
)

// Bonuses queues and pays the weekly completion bonus.
type Bonuses struct {
	server *machinery.Server
	api    *xendit.APIClient
}

// Register registers the tasks.
func (b *Bonuses) Register() error {
	return b.server.RegisterTasks(map[string]interface{}{
		"bonus.pay":     b.PayBonus,
		"referral.pay":  b.PayReferral,
		"bonus.keyed":   b.PayBonusKeyed,
		"tip.pay":       b.PayTip,
		"streak.pay":    b.PayStreak,
		"cashback.pay":  b.PayCashback,
		"cashback.note": b.NoteCashback,
	})
}

// QueueBonus sends the bonus task; machinery runs it again up to three
// times after an error.
func (b *Bonuses) QueueBonus(ctx context.Context, driverID, account string, amount float64, week string) error {
	sig, err := tasks.NewSignature("bonus.pay", []tasks.Arg{
		{Type: "string", Value: driverID},
		{Type: "string", Value: account},
		{Type: "float64", Value: amount},
		{Type: "string", Value: week},
	})
	if err != nil {
		return err
	}
	sig.RetryCount = 3
	_, err = b.server.SendTaskWithContext(ctx, sig)
	return err
}

// --- flagged ---

// PayBonus stamps the key with the time of the run: each delivery is a
// new payout.
func (b *Bonuses) PayBonus(driverID, account string, amount float64, week string) error {
	ctx := context.Background()
	ref := fmt.Sprintf("bonus-%s-%s", driverID, week)
	req := payout.NewCreatePayoutRequest(ref, "ID_OVO", *payout.NewDigitalPayoutChannelProperties(account), float32(amount), "IDR")
	key := fmt.Sprintf("%s-%d", ref, time.Now().UnixNano())
	_, _, xerr := b.api.PayoutApi.CreatePayout(ctx).IdempotencyKey(key).CreatePayoutRequest(*req).Execute() // want `xendit PayoutApi.CreatePayout is retried by machinery, which delivers the task again when the handler returns an error \(line 58\) with an idempotency key made anew on every attempt`
	if xerr != nil {
		return xerr
	}
	return nil
}

const referralRetries = 5

// QueueReferral: the signature's retries are a named constant.
func (b *Bonuses) QueueReferral(ctx context.Context, driverID, account string) error {
	sig, err := tasks.NewSignature("referral.pay", []tasks.Arg{{Type: "string", Value: driverID}, {Type: "string", Value: account}})
	if err != nil {
		return err
	}
	sig.RetryCount = referralRetries
	sig.RetryTimeout = 60
	_, err = b.server.SendTaskWithContext(ctx, sig)
	return err
}

// PayReferral draws a fresh uuid per delivery.
func (b *Bonuses) PayReferral(driverID, account string) error {
	req := payout.NewCreatePayoutRequest("referral-"+driverID, "ID_DANA", *payout.NewDigitalPayoutChannelProperties(account), 50000, "IDR")
	_, _, xerr := b.api.PayoutApi.CreatePayout(context.Background()).IdempotencyKey(uuid.NewString()).CreatePayoutRequest(*req).Execute() // want `xendit PayoutApi.CreatePayout is retried by machinery, which delivers the task again when the handler returns an error \(line 85\) with an idempotency key made anew on every attempt`
	if xerr != nil {
		return xerr
	}
	return nil
}

// QueueKeyed, QueueTip, QueueStreak and QueueCashback send the silent
// look-alikes' tasks.
func (b *Bonuses) QueueKeyed(ctx context.Context, driverID, account, week string) error {
	sig, err := tasks.NewSignature("bonus.keyed", []tasks.Arg{{Type: "string", Value: driverID}, {Type: "string", Value: account}, {Type: "string", Value: week}})
	if err != nil {
		return err
	}
	sig.RetryCount = 3
	_, err = b.server.SendTaskWithContext(ctx, sig)
	return err
}

func (b *Bonuses) QueueTip(ctx context.Context, tripID, account string) error {
	sig, err := tasks.NewSignature("tip.pay", []tasks.Arg{{Type: "string", Value: tripID}, {Type: "string", Value: account}})
	if err != nil {
		return err
	}
	sig.RetryCount = 0 // machinery runs it once
	_, err = b.server.SendTaskWithContext(ctx, sig)
	return err
}

func (b *Bonuses) QueueStreak(ctx context.Context, driverID, account string) error {
	sig, err := tasks.NewSignature("streak.pay", []tasks.Arg{{Type: "string", Value: driverID}, {Type: "string", Value: account}})
	if err != nil {
		return err
	}
	_, err = b.server.SendTaskWithContext(ctx, sig) // no RetryCount: machinery's default is no retry
	return err
}

func (b *Bonuses) QueueCashback(ctx context.Context, riderID, account string) error {
	pay, err := tasks.NewSignature("cashback.pay", []tasks.Arg{{Type: "string", Value: riderID}, {Type: "string", Value: account}})
	if err != nil {
		return err
	}
	note, err := tasks.NewSignature("cashback.note", []tasks.Arg{{Type: "string", Value: riderID}})
	if err != nil {
		return err
	}
	note.RetryCount = 10 // only the notice is retried
	if _, err := b.server.SendTaskWithContext(ctx, pay); err != nil {
		return err
	}
	_, err = b.server.SendTaskWithContext(ctx, note)
	return err
}

// --- silent ---

// PayBonusKeyed is retried, but its key comes from the task's arguments:
// every delivery asks for the same payout.
func (b *Bonuses) PayBonusKeyed(driverID, account, week string) error {
	ref := fmt.Sprintf("bonus-%s-%s", driverID, week)
	req := payout.NewCreatePayoutRequest(ref, "ID_OVO", *payout.NewDigitalPayoutChannelProperties(account), 150000, "IDR")
	_, _, xerr := b.api.PayoutApi.CreatePayout(context.Background()).IdempotencyKey(ref).CreatePayoutRequest(*req).Execute()
	if xerr != nil {
		return xerr
	}
	return nil
}

// PayTip is sent with RetryCount 0: one run.
func (b *Bonuses) PayTip(tripID, account string) error {
	req := payout.NewCreatePayoutRequest("tip-"+tripID, "ID_OVO", *payout.NewDigitalPayoutChannelProperties(account), 10000, "IDR")
	_, _, xerr := b.api.PayoutApi.CreatePayout(context.Background()).IdempotencyKey(uuid.NewString()).CreatePayoutRequest(*req).Execute()
	if xerr != nil {
		return xerr
	}
	return nil
}

// PayStreak is sent with no RetryCount.
func (b *Bonuses) PayStreak(driverID, account string) error {
	key := fmt.Sprintf("streak-%s-%d", driverID, time.Now().Unix())
	req := payout.NewCreatePayoutRequest("streak-"+driverID, "ID_OVO", *payout.NewDigitalPayoutChannelProperties(account), 25000, "IDR")
	_, _, xerr := b.api.PayoutApi.CreatePayout(context.Background()).IdempotencyKey(key).CreatePayoutRequest(*req).Execute()
	if xerr != nil {
		return xerr
	}
	return nil
}

// PayCashback's signature is not the one given retries (the notice's is).
func (b *Bonuses) PayCashback(riderID, account string) error {
	req := payout.NewCreatePayoutRequest("cashback-"+riderID, "ID_OVO", *payout.NewDigitalPayoutChannelProperties(account), 5000, "IDR")
	_, _, xerr := b.api.PayoutApi.CreatePayout(context.Background()).IdempotencyKey(uuid.NewString()).CreatePayoutRequest(*req).Execute()
	if xerr != nil {
		return xerr
	}
	return nil
}

// NoteCashback only logs.
func (b *Bonuses) NoteCashback(riderID string) error {
	fmt.Println("cashback queued for", riderID)
	return nil
}
