// Package collections runs the asynq tasks that collect instalments and
// send out loan disbursements.
package collections

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/cenkalti/backoff/v4"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/hibiken/asynq"

	"audit19/lending/platform"
	"audit19/lending/providers/flutterwave"
	"audit19/lending/providers/mpesa"
	"audit19/lending/providers/paystack"
	"audit19/lending/store"
)

// Task types.
const (
	TypeDailyCollections = "collections:daily"
	TypeRepresent        = "collections:represent"
	TypeDisburse         = "loans:disburse"
	TypeTopUp            = "loans:topup"
)

// paystackPollEvery is how often a pending Paystack charge is re-read.
const paystackPollEvery = 750 * time.Millisecond

// Worker holds the dependencies of the collection tasks.
type Worker struct {
	st       *store.Store
	payments gocardless.PaymentService
	paystack *paystack.Client
	fw       *flutterwave.Client
	mp       *mpesa.Client
	log      *slog.Logger
}

// NewWorker builds the worker.
func NewWorker(st *store.Store, gc *gocardless.Service, ps *paystack.Client, fw *flutterwave.Client, mp *mpesa.Client, log *slog.Logger) *Worker {
	return &Worker{st: st, payments: gc.Payments, paystack: ps, fw: fw, mp: mp, log: log}
}

// onlyNetwork lets backoff retry network failures and stops on anything
// the provider answered.
func onlyNetwork(err error) error {
	var ne net.Error
	if err == nil || errors.As(err, &ne) {
		return err
	}
	return backoff.Permanent(err)
}

// Register mounts the task handlers.
func (w *Worker) Register(mux *asynq.ServeMux) {
	mux.HandleFunc(TypeDailyCollections, w.HandleDailyCollections)
	mux.HandleFunc(TypeRepresent, w.HandleRepresent)
	mux.HandleFunc(TypeDisburse, w.HandleDisburse)
	mux.HandleFunc(TypeTopUp, w.HandleTopUp)
}

// HandleDailyCollections collects every instalment that is due today.
func (w *Worker) HandleDailyCollections(ctx context.Context, t *asynq.Task) error {
	due, err := w.st.DueInstalments(ctx, time.Now(), 500)
	if err != nil {
		return err
	}
	for _, in := range due {
		var err error
		switch {
		case in.MandateID != "":
			err = w.collectDirectDebit(ctx, in)
		case in.PaystackAuth != "":
			err = w.collectPaystack(ctx, in)
		default:
			continue
		}
		if err != nil {
			w.log.Error("collection failed", "instalment", in.ID, "err", err)
		}
	}
	return nil
}

func (w *Worker) collectDirectDebit(ctx context.Context, in store.Instalment) error {
	key := fmt.Sprintf("inst-%s-%d", in.ID, in.Attempts)
	op := func() (*gocardless.Payment, error) {
		p, err := w.payments.Create(ctx, gocardless.PaymentCreateParams{
			Amount:    int(in.Amount),
			Currency:  in.Currency,
			Links:     gocardless.PaymentCreateParamsLinks{Mandate: in.MandateID},
			Reference: "LN" + in.LoanID,
		}, gocardless.WithIdempotencyKey(key))
		return p, onlyNetwork(err)
	}
	p, err := backoff.RetryWithData(op, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
	if err != nil {
		return err
	}
	return w.st.MarkInstalmentCollecting(ctx, in.ID, p.Id)
}

func (w *Worker) collectPaystack(ctx context.Context, in store.Instalment) error {
	ref := fmt.Sprintf("inst_%s_%d", in.ID, in.Attempts)
	tx, err := w.paystack.ChargeAuthorization(ctx, paystack.ChargeRequest{
		AuthorizationCode: in.PaystackAuth,
		Email:             in.PaystackEmail,
		Amount:            in.Amount,
		Currency:          in.Currency,
		Reference:         ref,
	})
	if err != nil {
		return err
	}
	if err := w.st.MarkInstalmentCollecting(ctx, in.ID, tx.Reference); err != nil {
		return err
	}
	status, err := w.awaitPaystack(ctx, tx.Reference)
	if err != nil {
		return err
	}
	switch status {
	case "success":
		return w.st.MarkInstalmentPaid(ctx, in.ID, tx.Reference)
	case "pending":
		return nil // the charge.success webhook settles it
	}
	return w.st.MarkInstalmentFailed(ctx, in.ID, status)
}

// awaitPaystack re-reads a charge until Paystack has a final answer.
func (w *Worker) awaitPaystack(ctx context.Context, ref string) (string, error) {
	for i := 0; i < 20; i++ {
		tx, err := w.paystack.Verify(ctx, ref)
		if err != nil {
			return "", err
		}
		switch tx.Status {
		case "success", "failed", "abandoned", "reversed":
			return tx.Status, nil
		}
		time.Sleep(paystackPollEvery) // want "\\[pollinterval\\] payment status polled every 750ms"
	}
	return "pending", nil
}

type representPayload struct {
	InstalmentID string `json:"instalment_id"`
	LoanID       string `json:"loan_id"`
	MandateID    string `json:"mandate_id"`
	Amount       int64  `json:"amount"`
	Currency     string `json:"currency"`
}

// HandleRepresent collects a failed direct debit again a few days later.
func (w *Worker) HandleRepresent(ctx context.Context, t *asynq.Task) error {
	var p representPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	var payment *gocardless.Payment
	err := backoff.Retry(func() error {
		var err error
		payment, err = w.payments.Create(ctx, gocardless.PaymentCreateParams{ // want "\\[idempotency\\] gocardless Payments.Create is retried by backoff.Retry"
			Amount:    int(p.Amount),
			Currency:  p.Currency,
			Links:     gocardless.PaymentCreateParamsLinks{Mandate: p.MandateID},
			Reference: "LN" + p.LoanID + "R",
		})
		return onlyNetwork(err)
	}, backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx))
	if err != nil {
		return err
	}
	return w.st.MarkInstalmentCollecting(ctx, p.InstalmentID, payment.Id)
}

type disbursePayload struct {
	DisbursementID string `json:"disbursement_id"`
}

// HandleDisburse sends an approved loan to the borrower.
func (w *Worker) HandleDisburse(ctx context.Context, t *asynq.Task) error {
	var p disbursePayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	d, err := w.st.Disbursement(ctx, p.DisbursementID)
	if err != nil {
		return err
	}
	if d.Status != store.DisbursementPending || d.ProviderID != "" {
		return nil
	}
	switch d.Rail {
	case "mpesa":
		ack, err := w.mp.SendB2C(ctx, mpesa.Payout{DisbursementID: d.ID, Msisdn: d.Msisdn, Amount: d.Amount, Remarks: "Loan " + d.LoanID}) // want `\[idempotency\] mpesa.Client.SendB2C \(POST /mpesa/b2c/v3/paymentrequest\) is retried by asynq, which delivers the task again when the handler returns an error \(line 190\) but SendB2C makes a new idempotency key on every call`
		if err != nil {
			return err
		}
		return w.st.SetDisbursementProvider(ctx, d.ID, ack.OriginatorConversationID)
	default:
		tr, err := w.fw.CreateTransfer(ctx, flutterwave.TransferRequest{
			AccountBank:   d.BankCode,
			AccountNumber: d.Account,
			Amount:        d.Amount,
			Currency:      d.Currency,
			Narration:     "Loan " + d.LoanID,
			Reference:     "disb_" + d.ID,
		})
		if err != nil {
			return err
		}
		return w.st.SetDisbursementProvider(ctx, d.ID, fmt.Sprint(tr.ID))
	}
}

// HandleTopUp disburses a top-up on an existing loan to a bank account.
func (w *Worker) HandleTopUp(ctx context.Context, t *asynq.Task) error {
	var p disbursePayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	d, err := w.st.Disbursement(ctx, p.DisbursementID)
	if err != nil {
		return err
	}
	tr, err := platform.Retry(ctx, platform.DefaultPolicy, func(ctx context.Context) (*flutterwave.Transfer, error) {
		tr, err := w.fw.CreateTransfer(ctx, flutterwave.TransferRequest{ // want "\\[idempotency\\] flutterwave.Client.CreateTransfer \\(POST /v3/transfers\\) is retried by platform.Retry"
			AccountBank:   d.BankCode,
			AccountNumber: d.Account,
			Amount:        d.Amount,
			Currency:      d.Currency,
			Narration:     "Top-up " + d.LoanID,
			Reference:     fmt.Sprintf("topup_%s_%d", d.ID, time.Now().UnixMilli()),
		})
		var se *flutterwave.StatusError
		if errors.As(err, &se) && !se.Retryable() {
			return nil, fmt.Errorf("%w: %v", platform.ErrPermanent, err)
		}
		return tr, err
	})
	if err != nil {
		return err
	}
	return w.st.SetDisbursementProvider(ctx, d.ID, fmt.Sprint(tr.ID))
}
