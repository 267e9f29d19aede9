package workers

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/hibiken/asynq"
	razorpay "github.com/razorpay/razorpay-go"

	"audit13/tickets/domain"
	"audit13/tickets/paypalpay"
	"audit13/tickets/store"
)

// Task names of the reconciliation workers.
const (
	TaskWatchLink       = "adyen:watch-link"
	TaskAwaitRazorpay   = "razorpay:await"
	TaskSweepPayPal     = "paypal:sweep"
	TaskAwaitPayPalDone = "paypal:await"
)

// Fulfiller issues the tickets of a paid order.
type Fulfiller interface {
	Fulfill(ctx context.Context, ref string) error
}

// Reconciler settles orders whose payment finished outside the buyer's
// session.
type Reconciler struct {
	adyen  *checkout.APIClient
	rz     *razorpay.Client
	paypal *paypalpay.Client
	orders *store.Orders
	fulfil Fulfiller
	log    *slog.Logger
}

// NewReconciler builds the reconciler.
func NewReconciler(adyen *checkout.APIClient, rz *razorpay.Client, pp *paypalpay.Client, orders *store.Orders, f Fulfiller, log *slog.Logger) *Reconciler {
	return &Reconciler{adyen: adyen, rz: rz, paypal: pp, orders: orders, fulfil: f, log: log}
}

type refPayload struct {
	Ref    string `json:"ref"`
	LinkID string `json:"link_id"`
	PSPRef string `json:"psp_ref"`
}

// WatchLink follows a box-office payment link until it is paid.
func (r *Reconciler) WatchLink(ctx context.Context, t *asynq.Task) error {
	var p refPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return asynq.SkipRetry
	}
	ctx, cancel := context.WithTimeout(ctx, 24*time.Hour)
	defer cancel()
	api := r.adyen.PaymentLinksApi
	for { // want "\\[pollbound\\] loop polling payment p.LinkID stops only when the payment succeeds"
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(30 * time.Second):
		}
		link, _, err := api.GetPaymentLink(ctx, api.GetPaymentLinkInput(p.LinkID))
		if err != nil {
			r.log.Warn("link status", "link", p.LinkID, "err", err)
			continue
		}
		if link.Status == "completed" {
			return r.fulfil.Fulfill(ctx, p.Ref)
		}
	}
}

// errStillPending makes asynq try the task again later.
var errStillPending = errors.New("payment still pending")

// AwaitRazorpay waits for a UPI collect payment the buyer approves in
// their banking app.
func (r *Reconciler) AwaitRazorpay(ctx context.Context, t *asynq.Task) error {
	var p refPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return asynq.SkipRetry
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	wait := 2 * time.Second
	for {
		select {
		case <-ctx.Done():
			return errStillPending
		case <-time.After(wait):
		}
		pay, err := r.rz.Payment.Fetch(p.PSPRef, nil, nil)
		if err != nil {
			r.log.Warn("razorpay fetch", "payment", p.PSPRef, "err", err)
		} else {
			switch pay["status"] {
			case "captured":
				return r.fulfil.Fulfill(ctx, p.Ref)
			case "failed", "refunded":
				return nil
			}
		}
		wait = min(wait*2, time.Minute)
	}
}

// SweepPayPal looks once at every PayPal order left pending for an hour.
func (r *Reconciler) SweepPayPal(ctx context.Context, _ *asynq.Task) error {
	pending, err := r.orders.PendingOlderThan(ctx, domain.ProviderPayPal, time.Hour)
	if err != nil {
		return err
	}
	for _, o := range pending {
		po, err := r.paypal.Order(ctx, o.PSPRef)
		if err != nil {
			r.log.Warn("paypal sweep", "ref", o.Ref, "err", err)
			continue
		}
		if po.Status == "COMPLETED" {
			if err := r.fulfil.Fulfill(ctx, o.Ref); err != nil {
				return err
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return nil
}

// AwaitPayPalCompleted fulfils a PayPal order once its capture settles
// (eCheck and other delayed funding sources).
func (r *Reconciler) AwaitPayPalCompleted(ctx context.Context, t *asynq.Task) error {
	var p refPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return asynq.SkipRetry
	}
	if err := r.paypal.WaitCompleted(ctx, p.PSPRef); err != nil {
		return err
	}
	return r.fulfil.Fulfill(ctx, p.Ref)
}
