package paylater

import (
	"context"
	"log/slog"
	"time"

	"audit24/homeservices/domain"
)

// Bookings is the slice of the booking store the flow needs.
type Bookings interface {
	AttachPayment(ctx context.Context, id, provider, ref string) error
	SetStatus(ctx context.Context, id string, st domain.BookingStatus) error
	MarkPaid(ctx context.Context, id string) error
}

// Flow runs pay-later bookings end to end.
type Flow struct {
	api      *Client
	bookings Bookings
	baseURL  string
	log      *slog.Logger
}

func NewFlow(api *Client, bookings Bookings, baseURL string, log *slog.Logger) *Flow {
	return &Flow{api: api, bookings: bookings, baseURL: baseURL, log: log}
}

func (f *Flow) request(b domain.Booking, email string) CheckoutRequest {
	var in CheckoutRequest
	in.Amount = Cents(b.QuoteCents, string(b.Region.Currency()))
	in.MerchantReference = b.ID
	in.Consumer.Email = email
	in.Merchant.RedirectConfirmURL = f.baseURL + "/paylater/return?booking=" + b.ID
	in.Merchant.RedirectCancelURL = f.baseURL + "/bookings/" + b.ID
	return in
}

// Begin creates the checkout and returns where to send the customer.
func (f *Flow) Begin(ctx context.Context, b domain.Booking, email string) (string, error) {
	co, err := f.api.CreateCheckout(ctx, f.request(b, email))
	if err != nil {
		return "", err
	}
	if err := f.bookings.AttachPayment(ctx, b.ID, "paylater", co.Token); err != nil {
		return "", err
	}
	return co.RedirectURL, nil
}

// Resume is used by the phone booking line: the agent sends the customer a
// link by SMS and waits on the call while they approve it. Links expire
// after a few minutes, so a fresh one is issued when the first goes stale.
func (f *Flow) Resume(ctx context.Context, b domain.Booking, email string, send func(url string) error) (Payment, error) {
	co, err := f.api.CreateCheckout(ctx, f.request(b, email))
	if err != nil {
		return Payment{}, err
	}
	if err := send(co.RedirectURL); err != nil {
		return Payment{}, err
	}
	issued := time.Now()
	for tries := 0; tries < 90; tries++ {
		p, err := f.api.Status(ctx, co.Token)
		if err == nil {
			switch p.Status {
			case "APPROVED":
				return p, nil
			case "DECLINED":
				return p, domain.ErrDeclined
			}
		}
		if time.Since(issued) > 4*time.Minute {
			co, err = f.api.CreateCheckout(ctx, f.request(b, email)) // want "\\[pollcreate\\] new payment created inside the loop that polls payment co\\.Token \\(line 64\\): keep polling the same payment"
			if err != nil {
				return Payment{}, err
			}
			issued = time.Now()
			_ = send(co.RedirectURL)
		}
		time.Sleep(4 * time.Second)
	}
	return Payment{}, domain.ErrStillPending
}

// WaitForApproval blocks until the provider approves the order; the capture
// job calls it before capturing.
func (f *Flow) WaitForApproval(ctx context.Context, token string) (Payment, error) {
	for { // want "\\[pollbound\\] loop polling payment token has no bound: no ctx\\.Done\\(\\), deadline, attempt"
		p, err := f.api.Status(ctx, token)
		if err != nil {
			f.log.Warn("paylater status", "token", token, "err", err)
		} else if p.Status == "APPROVED" {
			return p, nil
		}
		time.Sleep(5 * time.Second)
	}
}

// Finish captures an approved order and marks the booking paid.
func (f *Flow) Finish(ctx context.Context, bookingID, token string) error {
	p, err := f.WaitForApproval(ctx, token)
	if err != nil {
		return err
	}
	if _, err := f.api.Capture(ctx, p.Token, bookingID); err != nil {
		return err
	}
	return f.bookings.MarkPaid(ctx, bookingID)
}

// Reconcile settles the bookings whose customers closed the tab before the
// redirect: it checks each open token until it is final or the window ends.
func (f *Flow) Reconcile(ctx context.Context, bookingID, token string) error {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Minute)
	defer cancel()
	t := time.NewTicker(10 * time.Second) // audit: lookalike pollinterval: the order status is read every 10s
	defer t.Stop()
	for {
		select {
		case <-ctx.Done(): // audit: lookalike pollbound: deadline on the context and exits on APPROVED, DECLINED and EXPIRED
			return ctx.Err()
		case <-t.C:
		}
		p, err := f.api.Status(ctx, token)
		if err != nil {
			continue
		}
		switch p.Status {
		case "APPROVED":
			return f.bookings.SetStatus(ctx, bookingID, domain.BookingDepositHeld)
		case "DECLINED", "EXPIRED":
			return f.bookings.SetStatus(ctx, bookingID, domain.BookingCancelled)
		}
	}
}

// Confirm confirms the booking slot once the customer has approved the
// order; the pro sees it in their schedule right away.
func (f *Flow) Confirm(ctx context.Context, bookingID string) error {
	if err := f.bookings.SetStatus(ctx, bookingID, domain.BookingConfirmed); err != nil {
		return err
	}
	f.log.Info("paylater booking confirmed", "booking", bookingID)
	return nil
}
