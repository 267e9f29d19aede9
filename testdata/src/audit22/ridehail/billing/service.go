// Package billing charges riders for trips and tips, grants promo credit
// and refunds cancelled trips, across the markets' payment rails.
package billing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/google/uuid"

	"audit22/ridehail/midpay"
	"audit22/ridehail/platform"
	"audit22/ridehail/rzp"
	"audit22/ridehail/store"
	"audit22/ridehail/upi"
	"audit22/ridehail/xenditpay"
)

// Service is the billing use case.
type Service struct {
	repo     *store.Repo
	xendit   *xenditpay.Client
	midtrans *midpay.Gateway
	razor    *rzp.Gateway
	upi      *upi.Client
	log      *slog.Logger
	baseURL  string
	waitMax  time.Duration
}

// Deps are the collaborators of a Service.
type Deps struct {
	Repo     *store.Repo
	Xendit   *xenditpay.Client
	Midtrans *midpay.Gateway
	Razor    *rzp.Gateway
	UPI      *upi.Client
	Log      *slog.Logger
}

// Option configures a Service.
type Option func(*Service)

// WithBaseURL sets the public URL used for return pages and callbacks.
func WithBaseURL(u string) Option { return func(s *Service) { s.baseURL = u } }

// WithPaymentWait caps how long a blocking charge waits.
func WithPaymentWait(d time.Duration) Option { return func(s *Service) { s.waitMax = d } }

// New builds the service.
func New(d Deps, opts ...Option) *Service {
	s := &Service{repo: d.Repo, xendit: d.Xendit, midtrans: d.Midtrans, razor: d.Razor, upi: d.UPI, log: d.Log, waitMax: 5 * time.Minute}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Checkout is what the rider app needs to finish paying.
type Checkout struct {
	PaymentID   string `json:"payment_id"`
	Provider    string `json:"provider"`
	ProviderRef string `json:"provider_ref"`
	RedirectURL string `json:"redirect_url,omitempty"`
}

// ErrUnsupported is returned for a method a market does not offer.
var ErrUnsupported = errors.New("billing: method not offered in this market")

// StartFare creates the payment for a finished trip.
func (s *Service) StartFare(ctx context.Context, tripID, method, phone string) (*Checkout, error) {
	t, err := s.repo.Trip(ctx, tripID)
	if err != nil {
		return nil, err
	}
	p := &store.Payment{
		ID: uuid.NewString(), TripID: t.ID, RiderID: t.RiderID, Purpose: "fare", Method: method,
		Currency: t.Currency, Amount: t.Fare - t.PromoUsed, Status: store.PayPending, CreatedAt: time.Now(),
	}
	if err := s.repo.SavePayment(ctx, p); err != nil {
		return nil, err
	}
	return s.start(ctx, p, phone)
}

func (s *Service) start(ctx context.Context, p *store.Payment, phone string) (*Checkout, error) {
	switch p.Method {
	case "ovo", "gcash", "gopay_xendit":
		p.Provider = "xendit"
		id, err := s.xendit.ChargeEWallet(ctx, xenditpay.Charge{
			PaymentID: p.ID, Channel: channel(p.Method), Phone: phone, Currency: p.Currency,
			Amount: p.Amount, ReturnURL: s.baseURL + "/pay/return?payment_id=" + p.ID,
		})
		if err != nil {
			return nil, err
		}
		p.ProviderRef = id
	case "gopay", "qris":
		p.Provider = "midtrans"
		qr, err := s.midtrans.Charge(p.ID, int64(p.Amount))
		if err != nil {
			return nil, err
		}
		p.ProviderRef = qr.TransactionID
	case "card":
		p.Provider = "razorpay"
		id, err := s.razor.CreateOrder(p.ID, platform.Minor("INR", p.Amount), map[string]string{"trip": p.TripID})
		if err != nil {
			return nil, err
		}
		p.ProviderRef = id
	default:
		return nil, ErrUnsupported
	}
	if err := s.repo.SavePayment(ctx, p); err != nil {
		return nil, err
	}
	return &Checkout{PaymentID: p.ID, Provider: p.Provider, ProviderRef: p.ProviderRef}, nil
}

func channel(method string) string {
	switch method {
	case "ovo":
		return "ID_OVO"
	case "gcash":
		return "PH_GCASH"
	default:
		return "ID_GOPAY"
	}
}

// PayByUPI collects a fare from a VPA and blocks until the rider acts.
// Riders often miss the first notification, so after each wait we nudge
// them with a fresh collect request.
func (s *Service) PayByUPI(ctx context.Context, paymentID, vpa string) error {
	p, err := s.repo.Payment(ctx, paymentID)
	if err != nil {
		return err
	}
	for nudge := 0; nudge < 3; nudge++ {
		ref := fmt.Sprintf("%s-%d", p.ID, nudge)
		if _, err := s.upi.SendCollect(ctx, ref, vpa, p.Amount, s.baseURL+"/hooks/upi"); err != nil { // want "\\[pollcreate\\] payment upi\\.Client\\.SendCollect \\(POST /v2/collect\\) made again on every pass"
			return err
		}
		st, err := s.upi.Await(ctx, ref, 2*time.Minute)
		if err != nil {
			return err
		}
		switch st {
		case upi.StatusSuccess:
			p.ProviderRef = ref
			p.Provider = "upi"
			if err := s.repo.SavePayment(ctx, p); err != nil {
				return err
			}
			return s.repo.MarkPaid(ctx, p.ID)
		case upi.StatusFailure, upi.StatusRejected:
			return s.repo.SetPaymentStatus(ctx, p.ID, store.PayFailed)
		}
	}
	return s.repo.SetPaymentStatus(ctx, p.ID, store.PayFailed)
}

// PayAtKiosk charges an e-wallet at an airport kiosk; the rider waits.
// When the first charge is still pending after the wait, we try once more
// only if Xendit has said the first one failed or expired.
func (s *Service) PayAtKiosk(ctx context.Context, p *store.Payment, phone string) error {
	for round := 0; round < 2; round++ {
		ch := xenditpay.Charge{PaymentID: fmt.Sprintf("%s-k%d", p.ID, round), Channel: channel(p.Method), Phone: phone, Currency: p.Currency, Amount: p.Amount}
		id, err := s.xendit.ChargeEWallet(ctx, ch)
		if err != nil {
			return err
		}
		pr, err := s.xendit.AwaitCharge(ctx, id, s.waitMax)
		if errors.Is(err, xenditpay.ErrStillPending) {
			return s.repo.SetPaymentStatus(ctx, p.ID, store.PayPending) // audit: lookalike pollcreate: a charge still pending after the wait is left to the callback; the loop never creates another one for it
		}
		if err != nil {
			return err
		}
		if pr.Status == "SUCCEEDED" {
			return s.repo.MarkPaid(ctx, p.ID)
		}
	}
	return s.repo.SetPaymentStatus(ctx, p.ID, store.PayFailed)
}
