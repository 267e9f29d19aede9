package workers

import (
	"context"
	"fmt"
	"log"
	"time"

	"audit15/insurance/gateways"
	"audit15/insurance/policy"
	"audit15/insurance/store"
)

// Collection collects premiums.
type Collection struct {
	Policies *store.Policies
	DD       *gateways.DirectDebit
	Card     *gateways.Card
	Midtrans *gateways.Midtrans
	Notifier policy.Notifier
}

// CollectMonthly is the "premium.collect" task, run on the 1st.
func (w *Collection) CollectMonthly(period string) error {
	ctx := context.Background()
	due, err := w.Policies.DuePremiums(ctx, period)
	if err != nil {
		return err
	}
	for _, pr := range due {
		p, err := w.Policies.Get(ctx, pr.PolicyID)
		if err != nil || p.Channel != policy.ChannelDirectDebit {
			continue
		}
		pm, err := w.DD.Collect(ctx, p, pr)
		if err != nil {
			log.Printf("collect %s: %v", pr.ID, err)
			continue
		}
		if err := w.Policies.SetPremiumRef(ctx, pr.ID, pm.Id, "pending"); err != nil {
			return err
		}
	}
	return nil
}

// Recollect is the "premium.recollect" task, run after a new mandate.
func (w *Collection) Recollect(policyID, premiumID string) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p, err := w.Policies.Get(ctx, policyID)
	if err != nil {
		return err
	}
	pr := policy.Premium{ID: premiumID, PolicyID: policyID, AmountMinor: p.PremiumMinor, Period: time.Now().Format("2006-01")}
	pm, err := w.DD.Recollect(ctx, p, pr)
	if err != nil {
		return err
	}
	return w.Policies.SetPremiumRef(ctx, premiumID, pm.Id, "pending")
}

// ConfirmDirectDebit is the "premium.confirm" task: it waits for a
// direct debit for up to a week, then hands over to dunning.
func (w *Collection) ConfirmDirectDebit(paymentID string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 7*24*time.Hour)
	defer cancel()
	if _, err := w.DD.AwaitCollected(ctx, paymentID); err != nil {
		return err
	}
	return w.Policies.MarkPremiumPaid(ctx, paymentID)
}

// ChargeCard is the "premium.card" task for a card premium.
func (w *Collection) ChargeCard(premiumID, policyID, nonce string, amountMinor int64) error {
	ctx := context.Background()
	pr := policy.Premium{ID: premiumID, PolicyID: policyID, AmountMinor: amountMinor}
	tx, err := w.Card.ChargePremium(ctx, pr, nonce)
	if err != nil {
		return err
	}
	if err := w.Policies.SetPremiumRef(ctx, premiumID, tx.Id, "pending"); err != nil {
		return err
	}
	if err := w.Card.AwaitSettlement(ctx, tx.Id); err != nil {
		return err
	}
	return w.Policies.MarkPremiumPaid(ctx, tx.Id)
}

// CollectMidtrans is the "premium.midtrans" task: a virtual account for
// an Indonesian policyholder's premium, watched for up to ten days.
func (w *Collection) CollectMidtrans(premiumID, policyID string, amountMinor int64) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*24*time.Hour)
	defer cancel()
	pr := policy.Premium{ID: premiumID, PolicyID: policyID, AmountMinor: amountMinor}
	orderID, err := w.Midtrans.CollectVA(ctx, pr)
	if err != nil {
		return err
	}
	return w.Policies.SetPremiumRef(ctx, premiumID, orderID, "paid")
}

// Remind is the "premium.remind" task: an SMS to every holder with a
// premium due in three days.
func (w *Collection) Remind(period string) error {
	ctx := context.Background()
	due, err := w.Policies.DuePremiums(ctx, period)
	if err != nil {
		return err
	}
	for _, pr := range due {
		msg := fmt.Sprintf("Your premium of %d.%02d is due on the 1st.", pr.AmountMinor/100, pr.AmountMinor%100)
		if err := w.Notifier.Send(ctx, pr.PolicyID, msg); err != nil {
			log.Printf("remind %s: %v", pr.PolicyID, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil
}
