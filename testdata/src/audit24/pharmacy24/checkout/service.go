// Package checkout takes payment for prescription orders in India (Razorpay),
// Brazil (Mercado Pago, Pix) and Mexico (Conekta, OXXO).
package checkout

import (
	"context"
	"errors"
	"log/slog"

	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/mercadopago/sdk-go/pkg/refund"
	razorpay "github.com/razorpay/razorpay-go"

	"audit24/pharmacy24/conekta"
	"audit24/pharmacy24/pix"
	"audit24/pharmacy24/store"
)

var ErrDeclined = errors.New("checkout: payment declined")

type Service struct {
	rzp       *razorpay.Client
	mpPay     payment.Client
	mpRefund  refund.Client
	pix       *pix.Client
	oxxo      *conekta.Client
	orders    *store.Orders
	log       *slog.Logger
	notifyURL string
}

type Option func(*Service)

func WithRazorpay(c *razorpay.Client) Option { return func(s *Service) { s.rzp = c } }
func WithMercadoPago(p payment.Client, r refund.Client) Option {
	return func(s *Service) { s.mpPay, s.mpRefund = p, r }
}
func WithPix(c *pix.Client) Option         { return func(s *Service) { s.pix = c } }
func WithConekta(c *conekta.Client) Option { return func(s *Service) { s.oxxo = c } }
func WithLogger(l *slog.Logger) Option     { return func(s *Service) { s.log = l } }
func WithNotificationURL(u string) Option  { return func(s *Service) { s.notifyURL = u } }

func New(orders *store.Orders, opts ...Option) *Service {
	s := &Service{orders: orders, log: slog.Default()}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Orders exposes the order store to the HTTP layers.
func (s *Service) Orders() *store.Orders { return s.orders }

func money(minor int64) float64 { return float64(minor) / 100 }

// Confirm marks the order paid with the provider's payment reference.
func (s *Service) Confirm(ctx context.Context, orderID, paymentRef string) error {
	return s.orders.MarkPaid(ctx, orderID, paymentRef)
}
