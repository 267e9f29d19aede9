package cardpay

import (
	"context"
	"net/http"
	"time"

	"github.com/plutov/paypal/v4"
	"github.com/sethvargo/go-retry"
)

// PayPal opens and captures PayPal orders.
type PayPal struct {
	c          *paypal.Client
	webhookID  string
	newBackoff func() retry.Backoff
}

func NewPayPal(c *paypal.Client, webhookID string) *PayPal {
	return &PayPal{
		c:         c,
		webhookID: webhookID,
		newBackoff: func() retry.Backoff {
			return retry.WithMaxRetries(5, retry.NewConstant(300*time.Millisecond))
		},
	}
}

// CreateOrder opens an order for a bill or permit; the buyer approves it
// on PayPal and comes back to the return page.
func (p *PayPal) CreateOrder(ctx context.Context, ref, amount string) (*paypal.Order, error) {
	requestID := "ord-" + ref
	units := []paypal.PurchaseUnitRequest{{
		ReferenceID: ref,
		Amount:      &paypal.PurchaseUnitAmount{Currency: "GBP", Value: amount},
	}}
	appCtx := &paypal.ApplicationContext{BrandName: "City Services"}
	return retry.DoValue(ctx, p.newBackoff(), func(ctx context.Context) (*paypal.Order, error) {
		o, err := p.c.CreateOrderWithPaypalRequestID(ctx, paypal.OrderIntentCapture, units, nil, appCtx, requestID) // want "\\[retrybackoff\\] paypal Client.CreateOrderWithPaypalRequestID is retried by retry.DoValue \\(line 38\\) every 300ms, a fixed wait"
		if err != nil && transient(err) {
			return nil, retry.RetryableError(err)
		}
		return o, err
	})
}

// Capture captures an approved order.
func (p *PayPal) Capture(ctx context.Context, orderID string) (*paypal.CaptureOrderResponse, error) {
	return p.c.CaptureOrderWithPaypalRequestId(ctx, orderID, paypal.CaptureOrderRequest{}, "cap-"+orderID, nil)
}

// Order reads an order.
func (p *PayPal) Order(ctx context.Context, id string) (*paypal.Order, error) {
	return p.c.GetOrder(ctx, id)
}

// VerifyWebhook asks PayPal to check the transmission signature of r.
func (p *PayPal) VerifyWebhook(ctx context.Context, r *http.Request) error {
	_, err := p.c.VerifyWebhookSignature(ctx, r, p.webhookID)
	return err
}
