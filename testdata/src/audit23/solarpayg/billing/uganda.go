package billing

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"

	"audit23/solarpayg/domain"
	"audit23/solarpayg/flutterwave"
	"audit23/solarpayg/momo"
	"audit23/solarpayg/platform"
	"audit23/solarpayg/store"
)

// UgandaCollector collects from MTN MoMo wallets, directly or through Flutterwave.
type UgandaCollector struct {
	momo    *momo.Client
	flw     *flutterwave.Client
	ledger  *store.Ledger
	settler *Settler
}

// NewUgandaCollector builds the collector.
func NewUgandaCollector(m *momo.Client, f *flutterwave.Client, l *store.Ledger, s *Settler) *UgandaCollector {
	return &UgandaCollector{momo: m, flw: f, ledger: l, settler: s}
}

func transient(err error) bool { return errors.Is(err, momo.ErrTransient) }

func requestBody(acct *domain.Account, amount int64, externalID string) momo.RequestToPay {
	return momo.RequestToPay{
		Amount:       strconv.FormatInt(amount, 10),
		Currency:     "UGX",
		ExternalID:   externalID,
		Payer:        momo.Payer{PartyIDType: "MSISDN", PartyID: acct.MSISDN},
		PayerMessage: "SolarPAYG installment",
		PayeeNote:    acct.ID,
	}
}

// Collect asks the customer's MoMo wallet for an installment.
func (u *UgandaCollector) Collect(ctx context.Context, acct *domain.Account, amount int64) (string, error) {
	externalID := acct.ID + "-" + time.Now().Format("20060102")
	var refID string
	op := func() error {
		refID = uuid.NewString()
		err := u.momo.RequestToPay(ctx, refID, requestBody(acct, amount, externalID)) // want "\\[idempotency\\] momo\\.Client\\.RequestToPay \\(POST /collection/v1_0/requesttopay\\) is retried by backoff\\.Retry \\(line 59\\) with an idempotency key made anew on every attempt \\(uuid\\.NewString\\(\\), line 51\\)"
		if err != nil && !transient(err) {
			return backoff.Permanent(err)
		}
		return err
	}
	b := backoff.NewExponentialBackOff(backoff.WithMaxElapsedTime(2 * time.Minute))
	if err := backoff.Retry(op, backoff.WithContext(b, ctx)); err != nil {
		return "", err
	}
	p := &domain.Payment{ID: refID, AccountID: acct.ID, Rail: "momo", Reference: refID, Amount: amount, Currency: "UGX", Kind: domain.KindInstallment}
	return refID, u.ledger.CreatePending(ctx, p)
}

// CollectDeposit asks for the signup deposit.
func (u *UgandaCollector) CollectDeposit(ctx context.Context, acct *domain.Account, amount int64) (string, error) {
	refID := uuid.NewString()
	p := &domain.Payment{ID: refID, AccountID: acct.ID, Rail: "momo", Reference: refID, Amount: amount, Currency: "UGX", Kind: domain.KindDeposit}
	if err := u.ledger.CreatePending(ctx, p); err != nil {
		return "", err
	}
	b := backoff.WithMaxRetries(backoff.NewConstantBackOff(500*time.Millisecond), 4) // audit: reported at billing/uganda.go:75, the retried call (retrybackoff): the deposit request is sent again every half second, a fixed wait under 1s that never grows
	err := backoff.Retry(func() error {
		err := u.momo.RequestToPay(ctx, refID, requestBody(acct, amount, "dep-"+acct.ID)) // audit: lookalike idempotency: the X-Reference-Id is made once before the retry and sent on every attempt // want "\\[retrybackoff\\] momo\\.Client\\.RequestToPay \\(POST /collection/v1_0/requesttopay\\) is retried"
		if err != nil && !transient(err) {
			return backoff.Permanent(err)
		}
		return err
	}, b)
	return refID, err
}

// Await waits for the customer to approve a request to pay and settles it.
func (u *UgandaCollector) Await(ctx context.Context, refID string) error {
	for { // want "\\[pollbound\\] loop polling payment refID stops only when the payment succeeds \\(line 95\\):"
		time.Sleep(5 * time.Second)
		t, err := u.momo.Status(ctx, refID)
		if err != nil {
			platform.Logger.Warn("momo status", "ref", refID, "err", err)
			continue
		}
		if t.Status == "SUCCESSFUL" {
			_, err := u.settler.Apply(ctx, refID, t.FinancialTransactionID)
			return err
		}
	}
}

// Nudge watches a request to pay for a minute; customers often miss the USSD
// prompt, so when it is still pending halfway through it is sent once more.
func (u *UgandaCollector) Nudge(ctx context.Context, acct *domain.Account, refID string, amount int64) (string, error) {
	resent := false
	for i := 0; i < 10; i++ {
		t, err := u.momo.Status(ctx, refID)
		if err != nil {
			return refID, err
		}
		switch t.Status {
		case "SUCCESSFUL":
			_, err := u.settler.Apply(ctx, refID, t.FinancialTransactionID)
			return refID, err
		case "FAILED":
			return refID, u.ledger.SetStatus(ctx, refID, domain.PaymentFailed, t.Reason)
		}
		if i == 5 && !resent {
			refID = uuid.NewString()
			if err := u.momo.RequestToPay(ctx, refID, requestBody(acct, amount, acct.ID)); err != nil { // want "\\[pollcreate\\] new payment created inside the loop that polls payment refID \\(line 104\\):"
				return refID, err
			}
			resent = true
		}
		time.Sleep(6 * time.Second)
	}
	return refID, ErrStillPending
}

func chargeFinal(t *flutterwave.Transaction) bool {
	return t.Status == "successful" || t.Status == "failed"
}

// ChargeViaFlutterwave collects through Flutterwave's mobile money charge,
// used when the direct MoMo integration is degraded.
func (u *UgandaCollector) ChargeViaFlutterwave(ctx context.Context, acct *domain.Account, amount int64) error {
	for attempt := 1; attempt <= 3; attempt++ {
		txRef := fmt.Sprintf("ug-%s-%d", acct.ID, time.Now().UnixNano())
		p := &domain.Payment{ID: txRef, AccountID: acct.ID, Rail: "flutterwave", Reference: txRef, Amount: amount, Currency: "UGX", Kind: domain.KindInstallment}
		if err := u.ledger.CreatePending(ctx, p); err != nil {
			return err
		}
		if _, err := u.flw.ChargeMobileMoney(ctx, flutterwave.MobileMoneyCharge{ // want "\\[pollcreate\\] payment flutterwave\\.Client\\.ChargeMobileMoney \\(POST /charges\\) made again" "\\[idempotency\\] flutterwave\\.Client\\.ChargeMobileMoney \\(POST /charges\\) is made again on every pass of the loop \\(line 135\\) after platform\\.PollUntil \\(line 147\\) gives up while the payment may still be pending, with an idempotency key made anew on every pass \\(time\\.Now\\(\\), line 136\\)"
			TxRef: txRef, Amount: strconv.FormatInt(amount, 10), Currency: "UGX",
			Email: acct.Email, PhoneNumber: acct.MSISDN, Network: "MTN",
		}); err != nil {
			return err
		}
		tx, ok, err := platform.PollUntil(ctx, 5*time.Second, 90*time.Second,
			func(ctx context.Context) (*flutterwave.Transaction, error) {
				return u.flw.VerifyByReference(ctx, txRef)
			},
			chargeFinal)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if tx.Status == "successful" {
			_, err := u.settler.Apply(ctx, txRef, strconv.FormatInt(tx.ID, 10))
			return err
		}
		return fmt.Errorf("flutterwave charge %s failed", txRef)
	}
	return ErrStillPending
}

// ConfirmCharge waits for one Flutterwave charge to settle.
func (u *UgandaCollector) ConfirmCharge(ctx context.Context, txRef string, id int64) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	t := time.NewTicker(10 * time.Second)
	defer t.Stop()
	for { // audit: lookalike pollbound: bounded by the 10-minute context and leaves on successful and failed
		select {
		case <-ctx.Done():
			return ErrStillPending
		case <-t.C:
		}
		tx, err := u.flw.Verify(ctx, id)
		if err != nil {
			continue
		}
		switch tx.Status {
		case "successful":
			_, err := u.settler.Apply(ctx, txRef, strconv.FormatInt(id, 10))
			return err
		case "failed":
			return u.ledger.SetStatus(ctx, txRef, domain.PaymentFailed, strconv.FormatInt(id, 10))
		}
	}
}
