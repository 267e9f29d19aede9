// Package orders is the printshop's order service: checkout, crypto
// payment flows and handing paid orders to the print partner.
package orders

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"audit17/printshop/cryptopay"
	"audit17/printshop/printpartner"
	"audit17/printshop/store"
)

// Mailer sends customer mail.
type Mailer interface {
	Send(ctx context.Context, to, subject, body string) error
}

// LineSource lists the printed items of an order.
type LineSource interface {
	Lines(ctx context.Context, orderID string) ([]store.LineItem, error)
}

// Service runs orders from checkout to print.
type Service struct {
	orders   *store.Orders
	lines    LineSource
	coinbase *cryptopay.Coinbase
	btcpay   *cryptopay.BTCPay
	printer  *printpartner.Client
	mail     Mailer
	baseURL  string
}

// Option configures the service.
type Option func(*Service)

// WithCoinbase enables Coinbase Commerce checkout.
func WithCoinbase(c *cryptopay.Coinbase) Option { return func(s *Service) { s.coinbase = c } }

// WithBTCPay enables BTCPay Server checkout.
func WithBTCPay(b *cryptopay.BTCPay) Option { return func(s *Service) { s.btcpay = b } }

// NewService returns the order service.
func NewService(o *store.Orders, lines LineSource, printer *printpartner.Client, mail Mailer, baseURL string, opts ...Option) *Service {
	s := &Service{orders: o, lines: lines, printer: printer, mail: mail, baseURL: baseURL}
	for _, opt := range opts {
		opt(s)
	}
	return s
}

// FulfilOrder records the payment, sends the order to print and tells the buyer.
func (s *Service) FulfilOrder(ctx context.Context, orderID string) error {
	if err := s.orders.MarkPaid(ctx, orderID); err != nil {
		return err
	}
	o, err := s.orders.Get(ctx, orderID)
	if err != nil {
		return err
	}
	items, err := s.lines.Lines(ctx, orderID)
	if err != nil {
		return err
	}
	ref, err := s.printer.SubmitOrder(ctx, printpartner.PrintOrder{ExternalID: o.ID, Recipient: o.BuyerEmail, Items: items})
	if err != nil {
		return err
	}
	if err := s.orders.SetPrintRef(ctx, o.ID, ref); err != nil {
		return err
	}
	return s.mail.Send(ctx, o.BuyerEmail, "Your order is being printed", "Order "+o.ID+" is at the printer.")
}

// PrintPaid hands one paid order to the print partner, once.
func (s *Service) PrintPaid(ctx context.Context, orderID string) error {
	ok, err := s.orders.ClaimForPrinting(ctx, orderID)
	if err != nil || !ok {
		return err
	}
	o, err := s.orders.Get(ctx, orderID)
	if err != nil {
		return err
	}
	items, err := s.lines.Lines(ctx, orderID)
	if err != nil {
		return err
	}
	ref, err := s.printer.SubmitOrder(ctx, printpartner.PrintOrder{ExternalID: o.ID, Recipient: o.BuyerEmail, Items: items})
	if err != nil {
		return err
	}
	return s.orders.SetPrintRef(ctx, o.ID, ref)
}

// CoinbaseCheckout issues a Coinbase Commerce charge for a wholesale order,
// mails the buyer the hosted link and waits for payment; a charge window that
// runs out is replaced with a fresh charge, up to three times.
func (s *Service) CoinbaseCheckout(ctx context.Context, o *store.Order) error {
	for round := 0; round < 3; round++ {
		ch, err := s.coinbase.CreateCharge(ctx, o.ID, o.AmountCents, o.Currency) // want "\\[idempotency\\] cryptopay.Coinbase.CreateCharge \\(POST /charges\\) is retried by a for loop \\(line 104\\) but CreateCharge makes a new idempotency key" "\\[pollcreate\\] payment cryptopay.Coinbase.CreateCharge \\(POST /charges\\) made again on every pass of the loop \\(line 104\\) after cryptopay.Coinbase.AwaitCharge \\(line 115\\) stops waiting"
		if err != nil {
			return err
		}
		if err := s.orders.SetProviderRef(ctx, o.ID, "coinbase", ch.Code); err != nil {
			return err
		}
		if err := s.mail.Send(ctx, o.BuyerEmail, "Pay your order with crypto", ch.HostedURL); err != nil {
			log.Printf("orders: mail charge link %s: %v", o.ID, err)
		}
		_, paid, err := s.coinbase.AwaitCharge(ctx, ch.ID, 70*time.Minute)
		if err != nil {
			return err
		}
		if paid {
			return s.FulfilOrder(ctx, o.ID)
		}
	}
	return fmt.Errorf("orders: coinbase checkout of %s not paid", o.ID)
}

// ConfirmCoinbase waits for the order's Coinbase charge and records it.
func (s *Service) ConfirmCoinbase(ctx context.Context, orderID string) error {
	o, err := s.orders.Get(ctx, orderID)
	if err != nil {
		return err
	}
	if o.Provider != "coinbase" || o.ProviderRef == "" {
		return errors.New("orders: no coinbase charge")
	}
	if _, err := s.coinbase.WaitForCharge(ctx, o.ProviderRef); err != nil {
		return err
	}
	return s.orders.MarkPaid(ctx, orderID)
}

// KioskBTCPay takes a Bitcoin payment at a pop-up store: it opens the invoice
// for the kiosk screen and waits until the buyer's payment settles.
func (s *Service) KioskBTCPay(ctx context.Context, o *store.Order, show func(link string)) error {
	inv, err := s.btcpay.CreateInvoice(ctx, o.ID, o.AmountCents, o.Currency, "")
	if err != nil {
		return err
	}
	show(inv.CheckoutLink)
	ctx, cancel := context.WithTimeout(ctx, 20*time.Minute)
	defer cancel()
	tick := time.NewTicker(1 * time.Second) // want "\\[pollinterval\\] payment status polled every 1s"
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		cur, err := s.btcpay.GetInvoice(ctx, inv.ID)
		if err != nil {
			continue
		}
		switch cur.Status {
		case cryptopay.InvoiceSettled:
			return s.orders.MarkPaid(ctx, o.ID)
		case cryptopay.InvoiceExpired, cryptopay.InvoiceInvalid:
			return fmt.Errorf("orders: kiosk invoice %s %s", inv.ID, cur.Status)
		}
	}
}

// StartBTCPay opens a BTCPay invoice for an online order and returns the link.
func (s *Service) StartBTCPay(ctx context.Context, o *store.Order) (string, error) {
	inv, err := s.btcpay.CreateInvoice(ctx, o.ID, o.AmountCents, o.Currency, s.baseURL+"/crypto/btcpay/return?order="+o.ID)
	if err != nil {
		return "", err
	}
	if err := s.orders.SetProviderRef(ctx, o.ID, "btcpay", inv.ID); err != nil {
		return "", err
	}
	return inv.CheckoutLink, nil
}
