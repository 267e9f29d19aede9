// Package lockers sells prepaid credit for parcel-locker rentals: top-ups at
// the locker's screen (Midtrans QRIS), by hosted invoice (Xendit), by QR
// wallet (PromptPay/DuitNow), and automatic e-wallet top-ups.
package lockers

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/hibiken/asynq"
	"github.com/xendit/xendit-go/v6/invoice"
	pr "github.com/xendit/xendit-go/v7/payment_request"

	"audit20/parcels/pay/mtr"
	"audit20/parcels/pay/qrwallet"
	"audit20/parcels/pay/xnd"
	"audit20/parcels/store"
)

var ErrExpired = errors.New("lockers: top-up expired")

const TaskAutoTopUp = "lockers:auto_topup"

type TopUps struct {
	store *store.Lockers
	mt    *mtr.Client
	xnd   *xnd.Client
	qr    *qrwallet.Client
	queue *asynq.Client
	log   *slog.Logger
}

type Deps struct {
	Store    *store.Lockers
	Midtrans *mtr.Client
	Xendit   *xnd.Client
	QR       *qrwallet.Client
	Queue    *asynq.Client
	Log      *slog.Logger
}

func NewTopUps(d Deps) *TopUps {
	return &TopUps{store: d.Store, mt: d.Midtrans, xnd: d.Xendit, qr: d.QR, queue: d.Queue, log: d.Log}
}

func kioskOrderID(accountID string) string {
	return fmt.Sprintf("kiosk-%s-%d", accountID, time.Now().UnixMilli())
}

// Kiosk runs at a locker's screen: it shows a QRIS code and waits for the
// renter to pay it. The screen saver kicks in after three minutes, so a code
// that has been up that long is replaced by a fresh one.
func (s *TopUps) Kiosk(ctx context.Context, accountID string, amountIDR int64, show func(code string)) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	orderID := kioskOrderID(accountID)
	ch, err := s.mt.Charge(orderID, amountIDR)
	if err != nil {
		return err
	}
	if err := s.store.NewTopUp(ctx, &store.TopUp{ID: orderID, AccountID: accountID, AmountMinor: amountIDR,
		Currency: "IDR", Provider: "midtrans", ProviderRef: orderID}); err != nil {
		return err
	}
	show(ch.TransactionID)
	shown := time.Now()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(3 * time.Second):
		}
		st, err := s.mt.Status(orderID)
		if err != nil {
			s.log.Warn("kiosk status", "order", orderID, "err", err)
			continue
		}
		switch st {
		case mtr.StatusSettlement:
			_, err := s.store.SettleTopUp(ctx, orderID)
			return err
		case mtr.StatusCancel, mtr.StatusExpire, mtr.StatusFailure:
			_ = s.store.ExpireTopUp(ctx, orderID)
			return ErrExpired
		}
		if time.Since(shown) > 3*time.Minute {
			orderID = kioskOrderID(accountID)
			ch, err = s.mt.Charge(orderID, amountIDR) // want "\\[pollcreate\\] new payment created inside the loop that polls payment orderID \\(line 71\\):"
			if err != nil {
				return err
			}
			_ = s.store.NewTopUp(ctx, &store.TopUp{ID: orderID, AccountID: accountID, AmountMinor: amountIDR,
				Currency: "IDR", Provider: "midtrans", ProviderRef: orderID})
			show(ch.TransactionID)
			shown = time.Now()
		}
	}
}

// Invoice tops up by a Xendit hosted invoice sent to the renter's phone.
// An invoice that expires unpaid is replaced once.
func (s *TopUps) Invoice(ctx context.Context, accountID string, amountIDR int64, email string, send func(url string)) error {
	for attempt := 0; attempt < 2; attempt++ {
		ext := fmt.Sprintf("tu-%s-%d-%d", accountID, time.Now().Unix(), attempt)
		inv, err := s.xnd.CreateInvoice(ctx, ext, float64(amountIDR), email, "Locker credit") // audit: lookalike pollcreate: a new invoice only after WaitInvoice reported the previous one EXPIRED (or on the first pass)
		if err != nil {
			return err
		}
		if err := s.store.NewTopUp(ctx, &store.TopUp{ID: ext, AccountID: accountID, AmountMinor: amountIDR,
			Currency: "IDR", Provider: "xendit", ProviderRef: inv.ID}); err != nil {
			return err
		}
		send(inv.URL)
		st, err := s.xnd.WaitInvoice(ctx, inv.ID)
		if err != nil {
			return err // still open: the invoice callback settles it
		}
		if st == invoice.INVOICESTATUS_EXPIRED {
			_ = s.store.ExpireTopUp(ctx, inv.ID)
			continue
		}
		_, err = s.store.SettleTopUp(ctx, inv.ID)
		return err
	}
	return ErrExpired
}

// App starts a QRIS top-up from the renter app and credits it in the
// background once Midtrans reports settlement.
func (s *TopUps) App(ctx context.Context, accountID string, amountIDR int64) (string, error) {
	orderID := fmt.Sprintf("app-%s-%d", accountID, time.Now().UnixMilli())
	ch, err := s.mt.Charge(orderID, amountIDR)
	if err != nil {
		return "", err
	}
	if err := s.store.NewTopUp(ctx, &store.TopUp{ID: orderID, AccountID: accountID, AmountMinor: amountIDR,
		Currency: "IDR", Provider: "midtrans", ProviderRef: orderID}); err != nil {
		return "", err
	}
	go func() {
		bg := context.Background()
		if err := s.mt.WaitSettlement(bg, orderID); err != nil {
			s.log.Warn("app top-up", "order", orderID, "err", err)
			return
		}
		if _, err := s.store.SettleTopUp(bg, orderID); err != nil {
			s.log.Error("app top-up settle", "order", orderID, "err", err)
		}
	}()
	return ch.TransactionID, nil
}

// QR starts a QR-wallet top-up and returns the QR string to render.
func (s *TopUps) QR(ctx context.Context, accountID string, amount int64, currency string) (string, error) {
	id := fmt.Sprintf("tq-%s-%d", accountID, time.Now().UnixNano())
	ch, err := s.qr.CreateCharge(ctx, id, amount, currency, 15*time.Minute, id)
	if err != nil {
		return "", err
	}
	if err := s.store.NewTopUp(ctx, &store.TopUp{ID: id, AccountID: accountID, AmountMinor: amount,
		Currency: currency, Provider: "qrpay", ProviderRef: id}); err != nil {
		return "", err
	}
	go s.watchQR(ch.ID, id)
	return ch.QRString, nil
}

// watchQR settles a QR top-up as soon as it is paid, in case the callback
// is late.
func (s *TopUps) watchQR(chargeID, ref string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	if _, err := s.qr.WaitPaid(ctx, chargeID); err != nil {
		return
	}
	if _, err := s.store.SettleTopUp(ctx, ref); err != nil {
		s.log.Error("qr top-up settle", "ref", ref, "err", err)
	}
}

type autoPayload struct {
	AccountID string `json:"account_id"`
	Amount    int64  `json:"amount"`
	Day       string `json:"day"`
}

// ScheduleAuto enqueues an automatic top-up for every account below the
// threshold.
func (s *TopUps) ScheduleAuto(ctx context.Context, below, amount int64) error {
	accts, err := s.store.AutoTopUpAccounts(ctx, below)
	if err != nil {
		return err
	}
	day := time.Now().Format("20060102")
	for _, a := range accts {
		b, _ := json.Marshal(autoPayload{AccountID: a.ID, Amount: amount, Day: day})
		if _, err := s.queue.EnqueueContext(ctx, asynq.NewTask(TaskAutoTopUp, b), asynq.Queue("topups")); err != nil {
			s.log.Error("auto top-up enqueue", "account", a.ID, "err", err)
		}
	}
	return nil
}

// HandleAutoTopUp charges the renter's linked e-wallet.
func (s *TopUps) HandleAutoTopUp(ctx context.Context, t *asynq.Task) error {
	var p autoPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	ref := "auto-" + p.AccountID + "-" + p.Day
	charge, err := s.xnd.ChargeEWallet(ctx, ref, float64(p.Amount), "") // want "\\[idempotency\\] xnd\\.Client\\.ChargeEWallet \\(xendit PaymentRequestApi\\.CreatePaymentRequest\\)"
	if err != nil {
		return err
	}
	if err := s.store.NewTopUp(ctx, &store.TopUp{ID: ref, AccountID: p.AccountID, AmountMinor: p.Amount,
		Currency: "IDR", Provider: "xendit-ewallet", ProviderRef: charge.Id}); err != nil {
		return err
	}
	st, err := s.xnd.AwaitEWallet(ctx, charge.Id)
	if err != nil {
		return err
	}
	if st != pr.PAYMENTREQUESTSTATUS_SUCCEEDED {
		return s.store.ExpireTopUp(ctx, charge.Id)
	}
	// The payment_request.succeeded callback credits the account.
	s.log.Info("auto top-up approved", "account", p.AccountID, "charge", charge.Id)
	return nil
}

// Reconcile settles kiosk top-ups whose kiosk session ended before Midtrans
// did (power cut, app restart). Runs every five minutes.
func (s *TopUps) Reconcile(ctx context.Context) error {
	pending, err := s.store.PendingTopUps(ctx, "midtrans", 15*time.Minute)
	if err != nil {
		return err
	}
	for _, t := range pending {
		st, err := s.mt.Status(t.ProviderRef) // audit: lookalike pollbound: one status read per pending top-up per run; the range over the rows ends
		if err != nil {
			s.log.Warn("reconcile", "order", t.ProviderRef, "err", err)
			continue
		}
		switch st {
		case mtr.StatusSettlement:
			if _, err := s.store.SettleTopUp(ctx, t.ProviderRef); err != nil {
				return err
			}
		case mtr.StatusExpire, mtr.StatusCancel, mtr.StatusFailure:
			_ = s.store.ExpireTopUp(ctx, t.ProviderRef)
		}
		time.Sleep(200 * time.Millisecond) // audit: lookalike pollinterval: a pause between different top-ups of the batch, not between reads of one payment
	}
	return nil
}

// QRPayments settles locker top-ups paid through the QR wallet.
type QRPayments struct {
	store *store.Lockers
}

func NewQRPayments(st *store.Lockers) *QRPayments { return &QRPayments{store: st} }

func (q *QRPayments) MarkPaidByRef(ctx context.Context, ref string) error {
	_, err := q.store.SettleTopUp(ctx, ref)
	return err
}
