// Package labels sells prepaid shipping labels to small online sellers.
package labels

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	rzperrors "github.com/razorpay/razorpay-go/errors"

	"audit20/parcels/pay/qrwallet"
	"audit20/parcels/pay/rzp"
	"audit20/parcels/pay/xnd"
	"audit20/parcels/platform"
	"audit20/parcels/store"
)

var ErrNotPaid = errors.New("labels: payment not completed")

type Service struct {
	orders *store.Labels
	rzp    *rzp.Client
	xnd    *xnd.Client
	qr     *qrwallet.Client
	geo    Geocoder
	log    *slog.Logger
}

type Option func(*Service)

func WithGeocoder(g Geocoder) Option         { return func(s *Service) { s.geo = g } }
func WithLogger(l *slog.Logger) Option       { return func(s *Service) { s.log = l } }
func WithQRWallet(c *qrwallet.Client) Option { return func(s *Service) { s.qr = c } }

func NewService(orders *store.Labels, r *rzp.Client, x *xnd.Client, opts ...Option) *Service {
	s := &Service{orders: orders, rzp: r, xnd: x, log: slog.Default()}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Checkout is what the seller's browser needs to pay.
type Checkout struct {
	OrderID  string `json:"order_id"`
	Provider string `json:"provider"`
	Ref      string `json:"ref"`
	URL      string `json:"url,omitempty"`
}

func (s *Service) Start(ctx context.Context, o *store.LabelOrder, email string) (*Checkout, error) {
	switch o.Country {
	case "IN":
		ref, err := s.rzp.CreateOrder(ctx, o.ID, o.AmountMinor, map[string]string{"seller": o.SellerID})
		if err != nil {
			return nil, err
		}
		if err := s.orders.SetProviderRef(ctx, o.ID, "razorpay", ref); err != nil {
			return nil, err
		}
		return &Checkout{OrderID: o.ID, Provider: "razorpay", Ref: ref}, nil
	case "ID", "PH":
		inv, err := s.xnd.CreateInvoice(ctx, o.ID, float64(o.AmountMinor)/100, email,
			fmt.Sprintf("%d prepaid labels (%s)", o.Quantity, o.ServiceCode))
		if err != nil {
			return nil, err
		}
		if err := s.orders.SetProviderRef(ctx, o.ID, "xendit", inv.ID); err != nil {
			return nil, err
		}
		return &Checkout{OrderID: o.ID, Provider: "xendit", Ref: inv.ID, URL: inv.URL}, nil
	}
	return nil, fmt.Errorf("labels: no online checkout for %s", o.Country)
}

// ConfirmRazorpay is called with what Razorpay Checkout hands the browser.
// The payment is read back from Razorpay and captured if it is only
// authorized.
func (s *Service) ConfirmRazorpay(ctx context.Context, orderID, paymentID string) (bool, error) {
	o, err := s.orders.Get(ctx, orderID)
	if err != nil {
		return false, err
	}
	p, err := s.rzp.FetchPayment(ctx, paymentID)
	if err != nil {
		return false, err
	}
	if p.OrderID != o.ProviderRef || p.Amount != o.AmountMinor {
		return false, fmt.Errorf("labels: payment %s does not belong to %s", paymentID, orderID)
	}
	switch p.Status {
	case "captured":
	case "authorized":
		err := platform.Retry(ctx, 3, 2*time.Second, func(ctx context.Context, _ int) error {
			err := s.rzp.Capture(ctx, paymentID, o.AmountMinor) // want "\\[idempotency\\] rzp\\.Client\\.Capture \\(razorpay Payment\\.Capture\\) is retried by platform\\.Retry"
			var bad *rzperrors.BadRequestError
			if errors.As(err, &bad) {
				return platform.Permanent(err)
			}
			return err
		})
		if err != nil {
			return false, err
		}
	default:
		return false, nil
	}
	if err := s.orders.Issue(ctx, o.ID); err != nil { // audit: lookalike redirectfulfill: issued only after the payment was fetched from Razorpay, matched to the order and is captured (or our capture succeeded)
		return false, err
	}
	return true, nil
}

// Pickup books a courier pickup at the seller's address.
func (s *Service) Pickup(ctx context.Context, orderID, address, country string) (Point, error) {
	if s.geo == nil {
		return Point{}, errors.New("labels: no geocoder")
	}
	pt, err := s.geo.Resolve(ctx, address, country)
	if err != nil {
		return Point{}, fmt.Errorf("labels: address for %s: %w", orderID, err)
	}
	s.log.Info("pickup booked", "order", orderID, "hub", pt.HubCode)
	return pt, nil
}

// Issue issues an order's labels.
func (s *Service) Issue(ctx context.Context, orderID string) error {
	return s.orders.Issue(ctx, orderID)
}

// PayAtCounter takes payment at a partner shop's counter screen: a QR is
// shown, and if nobody pays it within two minutes a fresh one is shown.
func (s *Service) PayAtCounter(ctx context.Context, orderID string, show func(qr string)) error {
	o, err := s.orders.Get(ctx, orderID)
	if err != nil {
		return err
	}
	for attempt := 0; attempt < 3; attempt++ {
		key := o.ID + "-" + strconv.Itoa(attempt)                                              // audit: reported at service.go:144 (idempotency, the charge this key is sent with): a new key on every pass after platform.Poll gave up while the previous QR may still be paid
		ch, err := s.qr.CreateCharge(ctx, o.ID, o.AmountMinor, o.Currency, 5*time.Minute, key) // want "\\[idempotency\\] qrwallet\\.Client\\.CreateCharge \\(POST /v1/charges\\) is retried by a for loop \\(line 142\\) with an idempotency key made from the attempt counter attempt" "\\[pollcreate\\] payment qrwallet\\.Client\\.CreateCharge \\(POST /v1/charges\\) made again on every pass of the loop \\(line 142\\) after platform\\.Poll \\(line 150\\) stops waiting"
		if err != nil {
			return err
		}
		_ = s.orders.SetProviderRef(ctx, o.ID, "qrpay", ch.ID)
		show(ch.QRString)
		err = platform.Poll(ctx, 3*time.Second, 2*time.Minute, func(ctx context.Context) (bool, error) {
			c, err := s.qr.GetCharge(ctx, ch.ID)
			if err != nil {
				return false, err
			}
			if c.Status == qrwallet.StatusExpired {
				return false, errors.New("qr expired")
			}
			return c.Status == qrwallet.StatusPaid, nil
		})
		if errors.Is(err, platform.ErrStillPending) {
			continue
		}
		if err != nil {
			return err
		}
		if err := s.orders.MarkPaid(ctx, o.ID, ch.ID); err != nil {
			return err
		}
		return s.orders.Issue(ctx, o.ID)
	}
	return ErrNotPaid
}

// Cancel cancels an unused order and refunds a QR payment.
func (s *Service) Cancel(ctx context.Context, orderID string) error {
	o, err := s.orders.Get(ctx, orderID)
	if err != nil {
		return err
	}
	if o.Status == store.LabelIssued {
		return errors.New("labels: already issued")
	}
	if o.Status == store.LabelPaid && o.Provider == "qrpay" {
		if err := s.qr.Refund(ctx, o.ProviderRef, o.AmountMinor); err != nil {
			return err
		}
	}
	return s.orders.Cancel(ctx, o.ID)
}
