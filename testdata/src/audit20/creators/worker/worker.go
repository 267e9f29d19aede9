package worker

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/RichardKnop/machinery/v1"
	retrygo "github.com/avast/retry-go/v4"
	"github.com/plutov/paypal/v4"
	"github.com/redis/go-redis/v9"
	"github.com/sethvargo/go-retry"
	stripe "github.com/stripe/stripe-go/v82"

	"audit20/creators/billing"
	"audit20/creators/lemon"
	"audit20/creators/notify"
	"audit20/creators/payouts"
	"audit20/creators/platform"
	"audit20/creators/store"
)

// Worker owns the task handlers and periodic jobs.
type Worker struct {
	refunds   *billing.Refunds
	purchases *store.Purchases
	pp        *paypal.Client
	payouts   *payouts.Service
	mail      *notify.Mailer
	lemon     *lemon.Client
	links     string
	rdb       *redis.Client
	fxURL     string
	hc        *http.Client
	log       *slog.Logger
}

// New builds a Worker.
func New(refunds *billing.Refunds, purchases *store.Purchases, pp *paypal.Client, lc *lemon.Client, po *payouts.Service, mail *notify.Mailer, links string, rdb *redis.Client, log *slog.Logger) *Worker {
	return &Worker{
		refunds: refunds, purchases: purchases, pp: pp, lemon: lc, payouts: po, mail: mail, links: links, rdb: rdb,
		fxURL: "https://fx.internal.fanclub.example/v1/rates?base=USD", hc: platform.HTTPClient(), log: log,
	}
}

// Register registers the task handlers with the machinery server.
func (w *Worker) Register(server *machinery.Server) error {
	return server.RegisterTasks(map[string]interface{}{
		taskRefund:  w.refundDownload,
		taskCapture: w.capturePayPal,
		taskReceipt: w.sendReceipt,
	})
}

func (w *Worker) sendReceipt(purchaseID string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	p, err := w.purchases.Get(ctx, purchaseID)
	if err != nil {
		return err
	}
	return w.mail.SendDownloadLink(p.FanEmail, p.CreatorID, w.links+"/"+p.ID)
}

func (w *Worker) refundDownload(purchaseID string, amountCents int64, reason string) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p, err := w.purchases.Get(ctx, purchaseID)
	if err != nil {
		return err
	}
	if p.Provider == "lemon" {
		orderID := strings.TrimPrefix(p.ProviderRef, "lemon:")
		key := fmt.Sprintf("refund-%s-%d", p.ID, amountCents)
		return w.lemon.Refund(ctx, orderID, amountCents, key)
	}
	return w.refunds.Apply(ctx, purchaseID, amountCents, reason) // want "\\[idempotency\\] billing\\.Refunds\\.Apply \\(stripe V1Refunds\\.Create\\) is retried by machinery,"
}

func isNetErr(err error) bool {
	var ne net.Error
	return errors.As(err, &ne)
}

func (w *Worker) capturePayPal(orderID, purchaseID string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := retrygo.DoWithData(func() (*paypal.CaptureOrderResponse, error) {
		return w.pp.CaptureOrderWithPaypalRequestId(ctx, orderID, paypal.CaptureOrderRequest{}, "capture-"+purchaseID, nil) // want "\\[retrybackoff\\] paypal Client\\.CaptureOrderWithPaypalRequestId is retried by retry\\.DoWithData"
	},
		retrygo.Context(ctx),
		retrygo.Attempts(6),
		retrygo.Delay(250*time.Millisecond),
		retrygo.DelayType(retrygo.FixedDelay),
		retrygo.RetryIf(isNetErr),
	)
	if err != nil {
		return fmt.Errorf("capture %s: %w", orderID, err)
	}
	if res.Status != paypal.OrderStatusCompleted {
		w.log.Error("paypal capture not completed; download stays unlocked until support reviews", "order", orderID, "status", res.Status)
	}
	return nil
}

// PayoutRunner sends due payouts every tick.
func (w *Worker) PayoutRunner(every time.Duration) *platform.Runner[store.Payout] {
	return platform.NewRunner("payouts", w.payouts.Due, w.payOne,
		platform.Every[store.Payout](every), platform.WithLogger[store.Payout](w.log))
}

func (w *Worker) payOne(ctx context.Context, p store.Payout) error {
	err := w.payouts.Pay(ctx, p)
	var se *stripe.Error
	if errors.As(err, &se) && se.HTTPStatusCode >= 400 && se.HTTPStatusCode < 500 && se.HTTPStatusCode != http.StatusTooManyRequests {
		return w.payouts.Fail(ctx, p, se.Msg)
	}
	return err
}

// SnapshotFX stores today's exchange rates for the earnings statements.
func (w *Worker) SnapshotFX(ctx context.Context) error {
	var rates map[string]float64
	b := retry.WithMaxRetries(5, retry.NewConstant(200*time.Millisecond))
	err := retry.Do(ctx, b, func(ctx context.Context) error { // audit: lookalike retrybackoff: a fast constant retry, but of a read of exchange rates from our FX service, not a payment call
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, w.fxURL, nil)
		if err != nil {
			return err
		}
		resp, err := w.hc.Do(req)
		if err != nil {
			return retry.RetryableError(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			serr := platform.ReadError("fx rates", resp)
			if platform.Transient(resp.StatusCode) {
				return retry.RetryableError(serr)
			}
			return serr
		}
		return json.NewDecoder(resp.Body).Decode(&rates)
	})
	if err != nil {
		return err
	}
	raw, _ := json.Marshal(rates)
	return w.rdb.Set(ctx, "fx:"+time.Now().UTC().Format("2006-01-02"), raw, 48*time.Hour).Err()
}
